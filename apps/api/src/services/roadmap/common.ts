// Shared pieces of the road-map services: the input rules, the period rules,
// and finding a road map the caller may change.
import { ZYear } from '@rb/domain';
import type { Roadmap } from '@rb/db';
import { z } from 'zod';
import { badInput } from '../../errors.ts';
import { requireScope, type Writer } from '../kernel.ts';

/** Road maps are the government's own: a government-wide planner or an administrator. */
export const ROADMAP_ROLES = ['PLANNER'] as const;

/** The longest road map, in years (Road Map RB covers five; a transition year is allowed). */
export const MAX_ROADMAP_YEARS = 6;

export const ZId = z.guid('validation.uuid');
export const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
export const text = (max: number) => z.string('validation.invalid').trim().max(max, 'validation.tooLong');
export const requiredText = (max: number) => text(max).min(1, 'validation.required');
/** Optional text: "" and null clear it, undefined leaves it. */
export const optText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));
export { ZYear };

/** Refuses a period that ends before it starts or is longer than MAX_ROADMAP_YEARS. */
export function checkPeriod(startYear: number, endYear: number) {
  if (endYear < startYear) throw badInput('roadmap.endBeforeStart', 'endYear');
  if (endYear - startYear + 1 > MAX_ROADMAP_YEARS) throw badInput('roadmap.periodTooLong', 'endYear', { max: MAX_ROADMAP_YEARS });
}

export function yearsOf(roadmap: Pick<Roadmap, 'startYear' | 'endYear'>): number[] {
  const out: number[] = [];
  for (let y = roadmap.startYear; y <= roadmap.endYear; y++) out.push(y);
  return out;
}

/** Refuses a year outside the road map's period, naming `field`. */
export function checkYearIn(roadmap: Pick<Roadmap, 'startYear' | 'endYear'>, year: number, field: string) {
  if (year < roadmap.startYear || year > roadmap.endYear) {
    throw badInput('roadmap.yearOutsidePeriod', field, { year, start: roadmap.startYear, end: roadmap.endYear });
  }
}

/** The caller may change road maps (government-wide planner or administrator). */
export function requireRoadmapWriter(w: Writer) {
  return requireScope(w, ROADMAP_ROLES, null);
}

/** A road map of the caller's government that is not archived (else NOT_FOUND / refused). */
export async function openRoadmap(w: Writer, id: string, field = 'roadmapId'): Promise<Roadmap> {
  const roadmap = await w.find(w.tx.roadmap, 'Roadmap', id);
  if (roadmap.archivedAt) throw badInput('roadmap.archived', field);
  return roadmap;
}

/** The next sortOrder after the last of `rows`. */
export async function nextOrder(aggregate: Promise<{ _max: { sortOrder: number | null } }>) {
  return ((await aggregate)._max.sortOrder ?? 0) + 1;
}
