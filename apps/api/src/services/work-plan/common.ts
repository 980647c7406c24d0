// Shared pieces of the work-plan editor services: input parsing (the kernel's),
// tenant-scoped lookups of plan rows, and sibling renumbering.
import type { Prisma } from '@rb/db';
import { notFound } from '../../errors.ts';
import { requireScope, type Writer } from '../kernel.ts';

export type Tx = Prisma.TransactionClient;

export { parseInput } from '../kernel.ts';

/**
 * The plan's agency scope for edits: a planner limited to an agency edits that
 * agency's plans (and its sub-units'), not the government's own plan nor
 * another agency's (the plan's `canEdit` says the same to the grid).
 */
async function requirePlanScope(w: Writer, agencyId: string | null) {
  await requireScope(w, ['PLANNER'], agencyId);
}

/** The action with its plan id, if it belongs to a work plan of the government that the caller may edit. */
export async function findPlanAction(w: Writer, actionId: string) {
  const action = await w.tx.action.findFirst({
    where: { id: actionId, governmentId: w.gid, activity: { workPlanId: { not: null } } },
    include: { activity: { select: { workPlanId: true, workPlan: { select: { agencyId: true } } } } },
  });
  if (!action) throw notFound('Action');
  await requirePlanScope(w, action.activity.workPlan?.agencyId ?? null);
  const { activity, ...row } = action;
  return { action: { ...row, activity: { workPlanId: activity.workPlanId } }, workPlanId: activity.workPlanId as string };
}

export async function findPlanActivity(w: Writer, activityId: string) {
  const activity = await w.tx.activity.findFirst({
    where: { id: activityId, governmentId: w.gid, workPlanId: { not: null } },
    include: { workPlan: { select: { agencyId: true } } },
  });
  if (!activity) throw notFound('Activity');
  await requirePlanScope(w, activity.workPlan?.agencyId ?? null);
  const { workPlan: _plan, ...row } = activity;
  return { activity: row, workPlanId: activity.workPlanId as string };
}

export async function findPlanStep(w: Writer, stepId: string) {
  const step = await w.tx.step.findFirst({
    where: { id: stepId, governmentId: w.gid, action: { activity: { workPlanId: { not: null } } } },
    include: { action: { select: { activity: { select: { workPlanId: true, workPlan: { select: { agencyId: true } } } } } } },
  });
  if (!step) throw notFound('Step');
  await requirePlanScope(w, step.action.activity.workPlan?.agencyId ?? null);
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
