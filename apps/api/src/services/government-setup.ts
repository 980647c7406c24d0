// A new government and its first administrator: what `pnpm admin:create` does
// on an empty database (and the API tests do to start a government with
// nothing in it). The national areas of change come from the reference data.
import type { GovernmentKind, PrismaClient } from '@rb/db';
import { AREAS } from '@rb/reference';

export interface NewGovernment {
  code: string;
  /** Needed when the government does not exist yet. */
  name?: string;
  kind?: GovernmentKind;
  email: string;
  adminName: string;
  passwordHash: string;
}

/**
 * Creates the government (with its 8 areas of change and the default status
 * thresholds) if it does not exist, and the user as its administrator (one
 * account per email across governments; an existing user gets the new password).
 */
export async function createGovernmentWithAdmin(prisma: PrismaClient, g: NewGovernment) {
  const email = g.email.trim().toLowerCase();
  return prisma.$transaction(async (tx) => {
    let government = await tx.government.findUnique({ where: { code: g.code } });
    if (!government) {
      if (!g.name) throw new Error(`Government "${g.code}" does not exist: give --government-name to create it`);
      government = await tx.government.create({ data: { code: g.code, name: g.name, kind: g.kind ?? 'CITY' } });
      const governmentId = government.id;
      await tx.area.createMany({ data: AREAS.map((a, i) => ({ governmentId, kind: a.kind, name: a.name, sortOrder: i })) });
      await tx.statusThreshold.create({ data: { governmentId } });
    }
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: g.adminName, passwordHash: g.passwordHash },
      update: { passwordHash: g.passwordHash, name: g.adminName, disabled: false },
    });
    const existing = await tx.membership.findFirst({
      where: { userId: user.id, governmentId: government.id, role: 'ADMIN', agencyId: null },
    });
    if (!existing) await tx.membership.create({ data: { userId: user.id, governmentId: government.id, role: 'ADMIN' } });
    await tx.auditLog.create({
      data: {
        governmentId: government.id,
        entity: 'User',
        entityId: user.id,
        action: 'CREATE',
        after: { email, role: 'ADMIN', via: 'admin:create' },
      },
    });
    return { government, user };
  });
}
