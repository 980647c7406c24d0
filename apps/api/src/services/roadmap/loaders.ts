// Per-request loaders of the road-map view (one query per level of the road
// map, whatever its size), kept beside the request's shared loaders.
import type { Activity, ActionEffort, Area } from '@rb/db';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

function grouped<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function create(ctx: Context) {
  const prisma = ctx.prisma;
  return {
    /** Activities (not archived) of road maps, by road map. */
    activitiesByRoadmap: new DataLoader<string, Activity[]>(async (ids) => {
      const groups = grouped(
        await prisma.activity.findMany({ where: { roadmapId: { in: [...ids] }, archivedAt: null }, orderBy: ordered }),
        (r) => r.roadmapId,
      );
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** Areas of change, by government. */
    areasByGovernment: new DataLoader<string, Area[]>(async (ids) => {
      const groups = grouped(
        await prisma.area.findMany({ where: { governmentId: { in: [...ids] } }, orderBy: ordered }),
        (r) => r.governmentId,
      );
      return ids.map((id) => groups.get(id) ?? []);
    }),
    effortsByAction: new DataLoader<string, ActionEffort[]>(async (ids) => {
      const groups = grouped(
        await prisma.actionEffort.findMany({ where: { actionId: { in: [...ids] } }, orderBy: ordered }),
        (r) => r.actionId,
      );
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type RoadmapLoaders = ReturnType<typeof create>;
const cache = new WeakMap<object, RoadmapLoaders>();

/** The road-map loaders of this request. */
export function roadmapLoaders(ctx: Context): RoadmapLoaders {
  let loaders = cache.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ctx);
    cache.set(ctx.loaders, loaders);
  }
  return loaders;
}
