// Period closing: an administrator closes a year (quarter 0) or a quarter for
// entry; its values cannot change until the period is explicitly reopened.
import { z } from 'zod';
import type { Prisma } from '@rb/db';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';

const ZClose = z.object({
  year: z.number().int().min(1990, 'Tahun tidak valid (year out of range)').max(2100, 'Tahun tidak valid (year out of range)'),
  quarter: z.number().int().min(0).max(4, 'Triwulan harus 1–4 (quarter must be 1–4)'),
  reason: z.string().trim().max(500, 'Alasan terlalu panjang (reason too long, max 500)').nullish(),
});

type Tx = Prisma.TransactionClient;

/** Open (not reopened) locks of a government for the given years. */
export function activeLocks(tx: Pick<Tx, 'periodLock'>, gid: string, years: number[]) {
  return tx.periodLock.findMany({ where: { governmentId: gid, year: { in: years }, reopenedAt: null } });
}

/** True when a value of this year/quarter is closed for entry: the whole year, or that quarter. */
export function isLocked(locks: { year: number; quarter: number }[], year: number, quarter: number): boolean {
  return locks.some((l) => l.year === year && (l.quarter === 0 || l.quarter === quarter));
}

export async function closePeriod(ctx: Context, input: { year: number; quarter?: number | null; reason?: string | null }) {
  const parsed = ZClose.safeParse({ ...input, quarter: input.quarter ?? 0 });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? 'Invalid input', issue?.path.join('.'));
  }
  const { year, quarter, reason } = parsed.data;
  const gid = governmentId(ctx);
  const user = requireUser(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const open = await tx.periodLock.findFirst({ where: { governmentId: gid, year, quarter, reopenedAt: null } });
    if (open) throw conflict(`Periode ini sudah ditutup (this period is already closed)`, open);
    const lock = await tx.periodLock.create({ data: { governmentId: gid, year, quarter, reason: reason ?? null, lockedById: user.id } });
    await audit(tx, ctx, { entity: 'PeriodLock', entityId: lock.id, action: 'CREATE', after: lock });
    return lock;
  });
}

export async function reopenPeriod(ctx: Context, id: string) {
  const gid = governmentId(ctx);
  const user = requireUser(ctx);
  if (!z.string().uuid().safeParse(id).success) throw notFound('Period lock');
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.periodLock.findFirst({ where: { id, governmentId: gid } });
    if (!before) throw notFound('Period lock');
    const { count } = await tx.periodLock.updateMany({
      where: { id, reopenedAt: null },
      data: { reopenedAt: new Date(), reopenedById: user.id },
    });
    if (count === 0) throw conflict('Periode ini sudah dibuka kembali (this period was already reopened)', before);
    const after = await tx.periodLock.findFirstOrThrow({ where: { id } });
    await audit(tx, ctx, { entity: 'PeriodLock', entityId: id, action: 'UPDATE', before, after });
    return after;
  });
}
