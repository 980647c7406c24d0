// Reordering a road map's goals, indicators, activities, actions and efforts
// among their siblings. The moved row is version-checked and audited; its
// siblings only get new positions.
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { parseInput, type Writer, write } from '../kernel.ts';
import { effortScope } from './activities.ts';
import { openRoadmap, requireRoadmapWriter, ZId, ZVersion } from './common.ts';

export const ITEM_KINDS = ['GOAL', 'INDICATOR', 'ACTIVITY', 'ACTION', 'EFFORT'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const ZMove = z.object({
  kind: z.enum(ITEM_KINDS, 'validation.invalid'),
  id: ZId,
  version: ZVersion,
  index: z.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid'),
});

type Sibling = { id: string; sortOrder: number };
interface Family {
  roadmapId: string;
  siblings: Sibling[];
  setOrder(id: string, sortOrder: number): Promise<unknown>;
  moved(version: number, sortOrder: number): Promise<unknown>;
}

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];
const select = { id: true, sortOrder: true } as const;

/** The item's road map and its siblings in order (archived ones excluded). */
export async function familyOf(w: Writer, kind: ItemKind, id: string): Promise<Family> {
  switch (kind) {
    case 'GOAL': {
      const goal = await w.find(w.tx.goal, 'Goal', id, { governmentId: w.gid, roadmapId: { not: null } });
      return {
        roadmapId: goal.roadmapId as string,
        siblings: await w.tx.goal.findMany({ where: { roadmapId: goal.roadmapId, archivedAt: null }, orderBy: ordered, select }),
        setOrder: (sid, sortOrder) => w.tx.goal.update({ where: { id: sid }, data: { sortOrder } }),
        moved: (version, sortOrder) => w.update(w.tx.goal, 'Goal', { id, version, data: { sortOrder } }),
      };
    }
    case 'INDICATOR': {
      const indicator = await w.find(w.tx.indicator, 'Indicator', id, { governmentId: w.gid, roadmapId: { not: null } });
      const where = indicator.goalId
        ? { goalId: indicator.goalId }
        : { areaId: indicator.areaId, roadmapId: indicator.roadmapId, scope: indicator.scope };
      return {
        roadmapId: indicator.roadmapId as string,
        siblings: await w.tx.indicator.findMany({ where: { ...where, archivedAt: null }, orderBy: ordered, select }),
        setOrder: (sid, sortOrder) => w.tx.indicator.update({ where: { id: sid }, data: { sortOrder } }),
        moved: (version, sortOrder) => w.update(w.tx.indicator, 'Indicator', { id, version, data: { sortOrder } }),
      };
    }
    case 'ACTIVITY': {
      const activity = await w.find(w.tx.activity, 'Activity', id, { governmentId: w.gid, roadmapId: { not: null } });
      return {
        roadmapId: activity.roadmapId as string,
        siblings: await w.tx.activity.findMany({
          where: { roadmapId: activity.roadmapId, areaId: activity.areaId, archivedAt: null },
          orderBy: ordered,
          select,
        }),
        setOrder: (sid, sortOrder) => w.tx.activity.update({ where: { id: sid }, data: { sortOrder } }),
        moved: (version, sortOrder) => w.update(w.tx.activity, 'Activity', { id, version, data: { sortOrder } }),
      };
    }
    case 'ACTION': {
      const action = await w.find(w.tx.action, 'Action', id, { governmentId: w.gid, activity: { roadmapId: { not: null } } });
      const activity = await w.tx.activity.findFirstOrThrow({ where: { id: action.activityId } });
      return {
        roadmapId: activity.roadmapId as string,
        siblings: await w.tx.action.findMany({ where: { activityId: action.activityId, archivedAt: null }, orderBy: ordered, select }),
        setOrder: (sid, sortOrder) => w.tx.action.update({ where: { id: sid }, data: { sortOrder } }),
        moved: (version, sortOrder) => w.update(w.tx.action, 'Action', { id, version, data: { sortOrder } }),
      };
    }
    case 'EFFORT': {
      const effort = await w.find(w.tx.actionEffort, 'ActionEffort', id, effortScope(w));
      const action = await w.tx.action.findFirstOrThrow({ where: { id: effort.actionId }, include: { activity: true } });
      if (!action.activity.roadmapId) throw new Error('effort outside a road map');
      return {
        roadmapId: action.activity.roadmapId,
        siblings: await w.tx.actionEffort.findMany({ where: { actionId: effort.actionId }, orderBy: ordered, select }),
        setOrder: (sid, sortOrder) => w.tx.actionEffort.update({ where: { id: sid }, data: { sortOrder } }),
        moved: (version, sortOrder) =>
          w.update(w.tx.actionEffort, 'ActionEffort', { id, version, data: { sortOrder }, scope: effortScope(w) }),
      };
    }
  }
}

/** Moves an item to `index` among its siblings (clamped to the last position); returns its road map. */
export const moveRoadmapItem = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { kind, id, version, index } = parseInput(ZMove, input);
    await requireRoadmapWriter(w);
    const family = await familyOf(w, kind, id);
    const roadmap = await openRoadmap(w, family.roadmapId, 'id');
    const rest = family.siblings.filter((s) => s.id !== id);
    const at = Math.min(index, rest.length);
    const order = [...rest.slice(0, at), { id, sortOrder: -1 }, ...rest.slice(at)];
    for (const [i, s] of order.entries()) {
      const sortOrder = i + 1;
      if (s.id === id) await family.moved(version, sortOrder);
      else if (s.sortOrder !== sortOrder) await family.setOrder(s.id, sortOrder);
    }
    return roadmap;
  });
