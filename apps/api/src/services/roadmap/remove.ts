// Removing road-map items: an item with history hanging on it or under it
// (indicator values, yearly work-plan actions implementing it, performance-tree
// links, efforts) is archived; one without is deleted with what is under it.
// roadmapItemUsage tells the UI what a removal affects before it asks.
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import type { Tx } from '../kernel.ts';
import { parseInput, type Writer, write } from '../kernel.ts';
import { effortScope } from './activities.ts';
import { openRoadmap, requireRoadmapWriter, ZId, ZVersion } from './common.ts';
import { familyOf, ITEM_KINDS, type ItemKind } from './order.ts';

export interface Usage {
  values: number;
  plans: number;
  treeLinks: number;
  efforts: number;
  children: number;
  archive: boolean;
}

/** What hangs on an item of the government `gid` (its indicators' and actions' history included). */
export async function usageOf(tx: Tx, gid: string, kind: ItemKind, id: string): Promise<Usage> {
  let indicatorIds: string[] = [];
  let actionIds: string[] = [];
  let children = 0;
  switch (kind) {
    case 'GOAL': {
      indicatorIds = (await tx.indicator.findMany({ where: { goalId: id, governmentId: gid }, select: { id: true } })).map((r) => r.id);
      children = indicatorIds.length;
      break;
    }
    case 'INDICATOR':
      indicatorIds = [id];
      break;
    case 'ACTIVITY': {
      actionIds = (await tx.action.findMany({ where: { activityId: id, governmentId: gid }, select: { id: true } })).map((r) => r.id);
      indicatorIds = (await tx.indicator.findMany({ where: { activityId: id, governmentId: gid }, select: { id: true } })).map((r) => r.id);
      children = actionIds.length;
      break;
    }
    case 'ACTION':
      actionIds = [id];
      break;
    case 'EFFORT':
      return { values: 0, plans: 0, treeLinks: 0, efforts: 0, children: 0, archive: false };
  }
  const [values, indicatorLinks, plans, actionLinks, efforts] = await Promise.all([
    indicatorIds.length ? tx.indicatorValue.count({ where: { indicatorId: { in: indicatorIds } } }) : 0,
    indicatorIds.length ? tx.treeNodeIndicator.count({ where: { indicatorId: { in: indicatorIds } } }) : 0,
    actionIds.length ? tx.action.count({ where: { roadmapActionId: { in: actionIds } } }) : 0,
    actionIds.length ? tx.treeNodeAction.count({ where: { actionId: { in: actionIds } } }) : 0,
    actionIds.length ? tx.actionEffort.count({ where: { actionId: { in: actionIds } } }) : 0,
  ]);
  const treeLinks = indicatorLinks + actionLinks;
  return { values, plans, treeLinks, efforts, children, archive: values + plans + treeLinks + efforts > 0 };
}

const ZItem = z.object({ kind: z.enum(ITEM_KINDS, 'validation.invalid'), id: ZId });

/** The usage of an item of the caller's government (NOT_FOUND otherwise). */
export const roadmapItemUsage = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { kind, id } = parseInput(ZItem, input);
    await familyOf(w, kind, id);
    return usageOf(w.tx, governmentId(ctx), kind, id);
  });

const ZRemove = ZItem.extend({ version: ZVersion });

export const removeRoadmapItem = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { kind, id, version } = parseInput(ZRemove, input);
    await requireRoadmapWriter(w);
    const family = await familyOf(w, kind, id);
    await openRoadmap(w, family.roadmapId, 'id');
    const usage = await usageOf(w.tx, w.gid, kind, id);
    if (usage.archive) await archive(w, kind, id, version);
    else await remove(w, kind, id, version);
    return { archived: usage.archive, usage };
  });

async function archive(w: Writer, kind: ItemKind, id: string, version: number) {
  const data = { archivedAt: new Date() };
  switch (kind) {
    case 'GOAL':
      return w.update(w.tx.goal, 'Goal', { id, version, data });
    case 'INDICATOR':
      return w.update(w.tx.indicator, 'Indicator', { id, version, data });
    case 'ACTIVITY':
      return w.update(w.tx.activity, 'Activity', { id, version, data });
    case 'ACTION':
      return w.update(w.tx.action, 'Action', { id, version, data });
    case 'EFFORT':
      throw new Error('efforts are never archived');
  }
}

/** Deletes the item and, audited one by one, what is under it (which has no history, or it would be archived). */
async function remove(w: Writer, kind: ItemKind, id: string, version: number) {
  switch (kind) {
    case 'GOAL': {
      const indicators = await w.tx.indicator.findMany({ where: { goalId: id } });
      await w.remove(w.tx.goal, 'Goal', { id, version });
      await removeAll(w, 'Indicator', indicators, (ids) => w.tx.indicator.deleteMany({ where: { id: { in: ids } } }));
      return;
    }
    case 'INDICATOR':
      await w.remove(w.tx.indicator, 'Indicator', { id, version });
      return;
    case 'ACTIVITY': {
      // Its actions and indicators go with it (cascade); audit them first.
      const actions = await w.tx.action.findMany({ where: { activityId: id } });
      const indicators = await w.tx.indicator.findMany({ where: { activityId: id } });
      await w.remove(w.tx.activity, 'Activity', { id, version });
      await removeAll(w, 'Action', actions, async () => undefined);
      await removeAll(w, 'Indicator', indicators, async () => undefined);
      return;
    }
    case 'ACTION':
      await w.remove(w.tx.action, 'Action', { id, version });
      return;
    case 'EFFORT':
      await w.remove(w.tx.actionEffort, 'ActionEffort', { id, version, scope: effortScope(w) });
      return;
  }
}

async function removeAll(w: Writer, entity: 'Indicator' | 'Action', rows: { id: string }[], del: (ids: string[]) => Promise<unknown>) {
  if (rows.length === 0) return;
  await del(rows.map((r) => r.id));
  for (const row of rows) await w.audit(entity, row.id, 'DELETE', row);
}
