// Optimistic concurrency: an update names the version it read; the row is
// changed only if it still has that version, and its version is bumped.
import { conflict, notFound } from '../errors.ts';

interface VersionedDelegate<Row> {
  findFirst(args: { where: Record<string, unknown> }): Promise<Row | null>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
}

/**
 * Updates a row of the caller's government if its version matches. Returns
 * the row before and after. A stale version → CONFLICT carrying the current row.
 */
export async function updateVersioned<Row extends { version: number }>(
  delegate: VersionedDelegate<Row>,
  args: { where: { id: string } & Record<string, unknown>; version: number; data: Record<string, unknown>; what: string },
): Promise<{ before: Row; after: Row }> {
  const before = await delegate.findFirst({ where: args.where });
  if (!before) throw notFound(args.what);
  const { count } = await delegate.updateMany({
    where: { ...args.where, version: args.version },
    data: { ...args.data, version: { increment: 1 } },
  });
  if (count === 0) {
    throw conflict(`${args.what} was changed by someone else (now version ${before.version}); reload and try again`, before);
  }
  const after = await delegate.findFirst({ where: args.where });
  return { before, after: after as Row };
}
