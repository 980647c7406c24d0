import type { AuditAction, AuditLog, Prisma } from '@rb/db';
import type { Context } from '../context.ts';

type Tx = Pick<Prisma.TransactionClient, 'auditLog'>;

/** Records one change. Call inside the transaction that makes the change. */
export function audit(
  tx: Tx,
  ctx: Pick<Context, 'user' | 'government'>,
  entry: { entity: string; entityId: string; action: AuditAction; before?: unknown; after?: unknown },
) {
  return tx.auditLog.create({
    data: {
      governmentId: ctx.government?.id ?? null,
      userId: ctx.user?.id ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/** An audit row as the GraphQL `AuditEntry` shows it (before/after as JSON text). */
export function auditEntryView(r: AuditLog & { user: { name: string } | null }) {
  return {
    id: r.id.toString(),
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    userName: r.user?.name ?? null,
    before: r.before === null ? null : JSON.stringify(r.before),
    after: r.after === null ? null : JSON.stringify(r.after),
    createdAt: r.createdAt.toISOString(),
  };
}
