// Per-request DataLoaders of the indicator feature (spread into loaders.ts):
// one query per batch, whatever the number of indicators on a page.
import DataLoader from 'dataloader';
import type { Activity, Indicator, IndicatorValue, PrismaClient, StatusThreshold } from '@rb/db';
import { Prisma } from '@rb/db';
import { canonicalDecimal } from '@rb/domain';

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

/** A value in the columns statuses and charts need; numericValue canonical ("50", not "50.0000"). */
export interface SeriesRow {
  indicatorId: string;
  kind: 'BASELINE' | 'TARGET' | 'REALIZATION';
  year: number;
  quarter: number;
  month: number;
  numericValue: string | null;
  categoryValue: string | null;
  textValue: string | null;
  notAvailable: boolean;
}

interface RawSeriesRow extends Omit<SeriesRow, 'month' | 'numericValue'> {
  numericValue: unknown;
}

const SERIES_COLUMNS = {
  indicatorId: true,
  kind: true,
  year: true,
  quarter: true,
  numericValue: true,
  categoryValue: true,
  textValue: true,
  notAvailable: true,
} as const;

function toSeriesRow(r: RawSeriesRow): SeriesRow {
  const n = r.numericValue === null || r.numericValue === undefined ? null : canonicalDecimal(String(r.numericValue));
  return { ...r, month: 0, numericValue: n };
}

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

const KIND_ORDER = { BASELINE: 0, TARGET: 1, REALIZATION: 2 } as const;

/**
 * The packed values of one indicator (see seriesRows) as series rows: one per
 * kind and year, the yearly value (quarter 0) before the fourth quarter's,
 * ordered by kind and year.
 */
export function unpackSeries(indicatorId: string, packed: string): SeriesRow[] {
  const best = new Map<string, SeriesRow>();
  for (const value of packed.split('\u001e')) {
    const [kind, year, quarter, numericValue, notAvailable, categoryValue, textValue] = value.split('\u001f');
    const key = `${kind}:${year}`;
    const q = Number(quarter);
    const previous = best.get(key);
    if (previous && previous.quarter <= q) continue;
    best.set(
      key,
      toSeriesRow({
        indicatorId,
        kind: kind as SeriesRow['kind'],
        year: Number(year),
        quarter: q,
        numericValue: numericValue || null,
        notAvailable: notAvailable === '1',
        categoryValue: categoryValue ? (JSON.parse(categoryValue) as string | null) : null,
        textValue: textValue ? (JSON.parse(textValue) as string | null) : null,
      }),
    );
  }
  return [...best.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.year - b.year);
}

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
    /** Success indicators (scope AREA) of areas of change. */
    indicatorsByArea: new DataLoader<string, Indicator[]>(async (ids) => {
      const groups = grouped(
        await prisma.indicator.findMany({ where: { areaId: { in: [...ids] }, scope: 'AREA' }, orderBy: ordered }),
        (r) => r.areaId,
      );
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
    /**
     * Values of one quarter of one year (the government's), keyed
     * "indicatorId:year:quarter", in the few columns a status needs.
     */
    quarterValues: new DataLoader<string, SeriesRow[]>(async (keys) => {
      const groups = new Map<string, string[]>();
      for (const k of keys) {
        const [id, year, quarter] = k.split(':');
        const period = `${year}:${quarter}`;
        groups.set(period, [...(groups.get(period) ?? []), id ?? '']);
      }
      const rows = (
        await Promise.all(
          [...groups.entries()].map(([period, ids]) => {
            const [year, quarter] = period.split(':').map(Number);
            return prisma.indicatorValue.findMany({
              where: { indicatorId: { in: ids }, year: year ?? 0, quarter: quarter ?? 0, month: 0, scopeKey: '' },
              select: SERIES_COLUMNS,
            });
          }),
        )
      ).flat();
      const byKey = grouped(rows, (r) => `${r.indicatorId}:${r.year}:${r.quarter}`);
      return keys.map((k) => (byKey.get(k) ?? []).map(toSeriesRow));
    }),
    /**
     * One value per kind and year (the yearly value, else the fourth
     * quarter's, as the status rules read a year), baselines included, in the
     * few columns charts and statuses need: one query for any number of
     * indicators and years.
     */
    seriesRows: new DataLoader<string, SeriesRow[]>(async (ids) => {
      // One row per indicator with its values packed in one string (fields split by U+001F, values
      // by U+001E; category and text as JSON strings, which escape those characters): far fewer rows
      // and fields to hand from the database driver to JavaScript than one row per value, and cheaper
      // for the database than json_agg. The yearly value is preferred to the fourth quarter's here,
      // not with DISTINCT ON in SQL (a sort of every row: twice the time on PGlite).
      const rows = await prisma.$queryRaw<{ indicatorId: string; series: string }[]>(Prisma.sql`
        SELECT "indicatorId", string_agg(concat("kind", chr(31), "year", chr(31), "quarter", chr(31), "numericValue", chr(31),
          "notAvailable"::int, chr(31), to_json("categoryValue"), chr(31), to_json("textValue")), chr(30)) AS "series"
        FROM "IndicatorValue"
        WHERE "indicatorId" = ANY(${[...ids]}::uuid[]) AND "scopeKey" = '' AND "month" = 0 AND "quarter" IN (0, 4)
        GROUP BY "indicatorId"`);
      const byId = new Map<string, SeriesRow[]>();
      for (const row of rows) byId.set(row.indicatorId, unpackSeries(row.indicatorId, row.series));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    /** Full rows of the yearly values (see seriesRows), for the yearlyValues field. */
    yearlyValuesByIndicator: new DataLoader<string, IndicatorValue[]>(async (ids) => {
      const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT DISTINCT ON ("indicatorId", "kind", "year") "id"
        FROM "IndicatorValue"
        WHERE "indicatorId" = ANY(${[...ids]}::uuid[]) AND "scopeKey" = '' AND "month" = 0 AND "quarter" IN (0, 4)
        ORDER BY "indicatorId", "kind", "year", "quarter"`);
      const full = await prisma.indicatorValue.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
      const order = { BASELINE: 0, TARGET: 1, REALIZATION: 2 };
      const groups = grouped(full, (r) => r.indicatorId);
      return ids.map((id) => (groups.get(id) ?? []).sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]));
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
