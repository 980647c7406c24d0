// Road maps: create, edit (title, period, regulation), archive.
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { parseInput, write } from '../kernel.ts';
import { checkPeriod, openRoadmap, optText, requiredText, requireRoadmapWriter, ZId, ZVersion, ZYear } from './common.ts';

const ZCreate = z.object({
  title: requiredText(500),
  startYear: ZYear,
  endYear: ZYear,
  regulationRef: optText(500),
});

export const createRoadmap = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreate, input);
    await requireRoadmapWriter(w);
    checkPeriod(data.startYear, data.endYear);
    return w.create(w.tx.roadmap, 'Roadmap', { ...data, regulationRef: data.regulationRef ?? null });
  });

const ZUpdate = z.object({
  id: ZId,
  version: ZVersion,
  title: requiredText(500).optional(),
  startYear: ZYear.optional(),
  endYear: ZYear.optional(),
  regulationRef: optText(500),
});

/**
 * Edits a road map. A new period must still hold every target already set
 * and every year an action runs (else refused, naming the first such year).
 */
export const updateRoadmap = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdate, input);
    await requireRoadmapWriter(w);
    const current = await openRoadmap(w, id, 'id');
    const startYear = data.startYear ?? current.startYear;
    const endYear = data.endYear ?? current.endYear;
    checkPeriod(startYear, endYear);
    if (startYear !== current.startYear || endYear !== current.endYear) {
      const outside = { OR: [{ year: { lt: startYear } }, { year: { gt: endYear } }] };
      const target = await w.tx.indicatorValue.findFirst({
        where: { kind: 'TARGET', indicator: { roadmapId: id, archivedAt: null }, ...outside },
        orderBy: { year: 'asc' },
      });
      const actions = await w.tx.action.findMany({
        where: { archivedAt: null, activity: { roadmapId: id, archivedAt: null } },
        select: { years: true },
      });
      const years = [...(target ? [target.year] : []), ...actions.flatMap((a) => a.years.filter((y) => y < startYear || y > endYear))];
      if (years.length) {
        const year = Math.min(...years);
        throw badInput('roadmap.periodLeavesOut', year < startYear ? 'startYear' : 'endYear', { year });
      }
    }
    return w.update(w.tx.roadmap, 'Roadmap', { id, version, data: { ...data, startYear, endYear } });
  });

const ZArchive = z.object({ id: ZId, version: ZVersion });

/** Archives a road map: it keeps everything under it and leaves the list of road maps in use. */
export const archiveRoadmap = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZArchive, input);
    await requireRoadmapWriter(w);
    const current = await w.find(w.tx.roadmap, 'Roadmap', id);
    return w.update(w.tx.roadmap, 'Roadmap', { id, version, data: { archivedAt: current.archivedAt ?? new Date() } });
  });
