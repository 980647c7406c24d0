// Period closing: an administrator closes a year (quarter 0) or a quarter for
// entry; its values cannot change until the period is explicitly reopened.
import { z } from 'zod';
import type { Prisma } from '@rb/db';
import { type Context, requireUser } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { parseInput, write } from '../kernel.ts';

const ZClose = z.object({
  year: z.number('indicators.year').int('indicators.year').min(1990, 'indicators.year').max(2100, 'indicators.year'),
  quarter: z.number('indicators.quarter').int('indicators.quarter').min(0, 'indicators.quarter').max(4, 'indicators.quarter'),
  reason: z.string('validation.invalid').trim().max(500, 'validation.tooLong').nullish(),
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

export const closePeriod = (ctx: Context, input: { year: number; quarter?: number | null; reason?: string | null }) =>
  write(ctx, async (w) => {
    const { year, quarter, reason } = parseInput(ZClose, { ...input, quarter: input.quarter ?? 0 });
    const user = requireUser(ctx);
    const open = await w.tx.periodLock.findFirst({ where: { governmentId: w.gid, year, quarter, reopenedAt: null } });
    if (open) throw conflict('indicators.periodAlreadyClosed', open);
    return w.create(w.tx.periodLock, 'PeriodLock', { year, quarter, reason: reason ?? null, lockedById: user.id });
  });

/** Reopens a closed period; reopening one that is open again is a conflict carrying the lock (locks have no version). */
export const reopenPeriod = (ctx: Context, id: string) =>
  write(ctx, async (w) => {
    const user = requireUser(ctx);
    const before = await w.find(w.tx.periodLock, 'PeriodLock', id);
    const [after] = await w.tx.periodLock.updateManyAndReturn({
      where: { id, governmentId: w.gid, reopenedAt: null },
      data: { reopenedAt: new Date(), reopenedById: user.id },
    });
    if (!after) throw conflict('indicators.periodAlreadyOpen', before);
    await w.audit('PeriodLock', id, 'UPDATE', before, after);
    return after;
  });
