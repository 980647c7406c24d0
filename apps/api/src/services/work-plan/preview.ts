// The shape both previews (from a road map, copy) return: what would be
// created, grouped by area and activity, and what is left out and why.
import type { Area } from '@rb/db';

export interface PreviewAction {
  name: string;
  output: string | null;
  responsible: string | null;
  stepCount: number;
}

export interface PreviewActivity {
  areaId: string | null;
  name: string;
  actions: PreviewAction[];
}

export interface LeftOut {
  entity: 'Activity' | 'Action' | 'Step';
  name: string;
  reason: 'NOT_THIS_YEAR' | 'ARCHIVED';
  years: number[];
}

/** Groups preview activities by area, in the areas' order (activities without an area last). */
export function previewAreas(activities: PreviewActivity[], areas: Area[]) {
  const byArea = new Map<string | null, PreviewActivity[]>();
  for (const a of activities) {
    const list = byArea.get(a.areaId);
    if (list) list.push(a);
    else byArea.set(a.areaId, [a]);
  }
  const sorted = [...areas].sort((a, b) => a.sortOrder - b.sortOrder);
  const groups = [...sorted.map((area) => ({ area, key: area.id as string | null })), { area: null, key: null }];
  return groups
    .filter((g) => byArea.has(g.key))
    .map((g) => {
      const list = byArea.get(g.key) ?? [];
      return {
        area: g.area,
        activityCount: list.length,
        actionCount: list.reduce((n, a) => n + a.actions.length, 0),
        activities: list.map((a) => ({ name: a.name, actions: a.actions })),
      };
    });
}

/** Agency display names by id, for the "responsible" column of a preview. */
export function agencyNames(agencies: { id: string; name: string; shortName: string | null }[]) {
  return new Map(agencies.map((a) => [a.id, a.shortName ?? a.name]));
}

/** Inserts rows in chunks (one statement per chunk, far below PostgreSQL's parameter limit). */
export async function insertChunked<Row>(rows: Row[], insert: (chunk: Row[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
