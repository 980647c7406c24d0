export * from './client.ts';
export * from './config.ts';
export { migrateDeploy, migrateStatus } from './migrate.ts';
export { Prisma, PrismaClient } from './generated/client.ts';
export type * from './generated/models.ts';
export * from './generated/enums.ts';
