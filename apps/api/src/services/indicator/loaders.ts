// Per-request DataLoaders of the indicator feature (spread into loaders.ts):
// one query per batch, whatever the number of indicators on a page.
import DataLoader from 'dataloader';
import type { Activity, Indicator, IndicatorValue, PrismaClient, StatusThreshold } from '@rb/db';

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

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

export function createIndicatorLoaders(prisma: PrismaClient) {
  return {
    /** All status thresholds of a government (the default row has indicatorId null). */
    thresholdsByGovernment: new DataLoader<string, StatusThreshold[]>(async (ids) => {
      const groups = grouped(await prisma.statusThreshold.findMany({ where: { governmentId: { in: [...ids] } } }), (r) => r.governmentId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** Agencies of a government as id → parentId (for ownership checks). */
    agencyParents: new DataLoader<string, Map<string, string | null>>(async (ids) => {
      const rows = await prisma.agency.findMany({
        where: { governmentId: { in: [...ids] } },
        select: { id: true, parentId: true, governmentId: true },
      });
      const groups = grouped(rows, (r) => r.governmentId);
      return ids.map((id) => new Map((groups.get(id) ?? []).map((r) => [r.id, r.parentId])));
    }),
    indicatorsByArea: new DataLoader<string, Indicator[]>(async (ids) => {
      const groups = grouped(await prisma.indicator.findMany({ where: { areaId: { in: [...ids] } }, orderBy: ordered }), (r) => r.areaId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    activitiesByIndicator: new DataLoader<string, Activity[]>(async (ids) => {
      const rows = await prisma.activity.findMany({
        where: { indicatorId: { in: [...ids] } },
        orderBy: [{ workPlanId: { sort: 'asc', nulls: 'first' } }, ...ordered],
      });
      const groups = grouped(rows, (r) => r.indicatorId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    workPlan: new DataLoader<string, { id: string; title: string; year: number } | null>(async (ids) => {
      const rows = new Map(
        (await prisma.workPlan.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, year: true } })).map((r) => [
          r.id,
          r,
        ]),
      );
      return ids.map((id) => rows.get(id) ?? null);
    }),
    userName: new DataLoader<string, string | null>(async (ids) => {
      const rows = new Map(
        (await prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } })).map((r) => [r.id, r.name]),
      );
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** Agency-scoped values, keyed "indicatorId:year". */
    agencyValues: new DataLoader<string, IndicatorValue[]>(async (keys) => {
      const pairs = keys.map((k) => {
        const [indicatorId, year] = k.split(':');
        return { indicatorId: indicatorId ?? '', year: Number(year) };
      });
      const rows = await prisma.indicatorValue.findMany({
        where: { OR: pairs.map((p) => ({ indicatorId: p.indicatorId, year: p.year })), scopeKey: { not: '' } },
        orderBy: [{ quarter: 'asc' }, { kind: 'asc' }],
      });
      const groups = grouped(rows, (r) => `${r.indicatorId}:${r.year}`);
      return keys.map((k) => groups.get(k) ?? []);
    }),
  };
}
