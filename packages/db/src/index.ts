export * from './client.ts';
export * from './config.ts';
export { migrateDeploy, migrateStatus } from './migrate.ts';
export * from './generated/client.ts';
export { BackupError, type BackupTarget, backupDatabase, restoreDatabase } from './backup.ts';
