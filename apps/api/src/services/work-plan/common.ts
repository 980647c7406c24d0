// Shared pieces of the work-plan editor services: input parsing (the kernel's),
// tenant-scoped lookups of plan rows, and sibling renumbering.
import type { Prisma } from '@rb/db';
import { notFound } from '../../errors.ts';

export type Tx = Prisma.TransactionClient;

export { parseInput } from '../kernel.ts';

/** The action with its plan id, if it belongs to a work plan of the government. */
export async function findPlanAction(tx: Tx, governmentId: string, actionId: string) {
  const action = await tx.action.findFirst({
    where: { id: actionId, governmentId, activity: { workPlanId: { not: null } } },
    include: { activity: { select: { workPlanId: true } } },
  });
  if (!action) throw notFound('Action');
  return { action, workPlanId: action.activity.workPlanId as string };
}

export async function findPlanActivity(tx: Tx, governmentId: string, activityId: string) {
  const activity = await tx.activity.findFirst({ where: { id: activityId, governmentId, workPlanId: { not: null } } });
  if (!activity) throw notFound('Activity');
  return { activity, workPlanId: activity.workPlanId as string };
}

export async function findPlanStep(tx: Tx, governmentId: string, stepId: string) {
  const step = await tx.step.findFirst({
    where: { id: stepId, governmentId, action: { activity: { workPlanId: { not: null } } } },
    include: { action: { select: { activity: { select: { workPlanId: true } } } } },
  });
  if (!step) throw notFound('Step');
  const { action, ...row } = step;
  return { step: row, workPlanId: action.activity.workPlanId as string };
}

/** Only the fields present in the patch (undefined = unchanged). */
export function presentFields<T extends Record<string, unknown>>(patch: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (patch[key] !== undefined) out[key] = patch[key];
  return out;
}

/**
 * Puts `id` at `index` among the ordered siblings and writes sortOrder 0…n-1
 * where it changed. Sibling versions are not bumped: their content did not change.
 */
export async function placeAmongSiblings(
  siblings: readonly { id: string; sortOrder: number }[],
  id: string,
  index: number | undefined,
  write: (id: string, sortOrder: number) => Promise<unknown>,
) {
  const ids = siblings.map((s) => s.id).filter((x) => x !== id);
  const at = index === undefined ? ids.length : Math.min(index, ids.length);
  ids.splice(at, 0, id);
  const current = new Map(siblings.map((s) => [s.id, s.sortOrder]));
  for (const [i, siblingId] of ids.entries()) {
    if (current.get(siblingId) !== i) await write(siblingId, i);
  }
  return at;
}

export const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];
