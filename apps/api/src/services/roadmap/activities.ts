// The areas' activities (kegiatan) and actions (rencana aksi) of a road map:
// the years each action runs (the V marks, within the period), its output,
// responsible agency and efforts (upaya) per agency.
import type { Roadmap } from '@rb/db';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { checkAgency, parseInput, type Writer, write } from '../kernel.ts';
import { checkYearIn, nextOrder, openRoadmap, optText, requiredText, requireRoadmapWriter, ZId, ZVersion } from './common.ts';

const ZCreateActivity = z.object({ roadmapId: ZId, areaId: ZId, code: optText(50), name: requiredText(1000) });

export const createRoadmapActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { roadmapId, areaId, code, name } = parseInput(ZCreateActivity, input);
    await requireRoadmapWriter(w);
    await openRoadmap(w, roadmapId);
    await w.find(w.tx.area, 'Area', areaId);
    const sortOrder = await nextOrder(w.tx.activity.aggregate({ where: { roadmapId, areaId }, _max: { sortOrder: true } }));
    return w.create(w.tx.activity, 'Activity', { roadmapId, areaId, code: code ?? null, name, sortOrder });
  });

const ZUpdateActivity = z.object({ id: ZId, version: ZVersion, code: optText(50), name: requiredText(1000).optional() });

export const updateRoadmapActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdateActivity, input);
    await requireRoadmapWriter(w);
    await roadmapActivity(w, id, 'id');
    return w.update(w.tx.activity, 'Activity', { id, version, data });
  });

/** A road-map activity of the caller's government and its open road map. */
async function roadmapActivity(w: Writer, id: string, field: string) {
  const activity = await w.find(w.tx.activity, 'Activity', id, { governmentId: w.gid, roadmapId: { not: null } });
  const roadmap = await openRoadmap(w, activity.roadmapId as string, field);
  return { activity, roadmap };
}

const ZYears = z.array(z.number('validation.year').int('validation.year'), 'validation.invalid').max(12, 'validation.tooLong').optional();

function checkYears(roadmap: Roadmap, years: number[] | undefined): number[] | undefined {
  if (!years) return undefined;
  const seen = new Set<number>();
  years.forEach((year, i) => {
    checkYearIn(roadmap, year, `years.${i}`);
    if (seen.has(year)) throw badInput('roadmap.duplicateYear', `years.${i}`, { year });
    seen.add(year);
  });
  return [...years].sort((a, b) => a - b);
}

const actionFields = {
  code: optText(50),
  years: ZYears,
  output: optText(2000),
  responsibleAgencyId: ZId.nullish(),
  responsibleText: optText(500),
};

const ZCreateAction = z.object({ activityId: ZId, name: requiredText(2000), ...actionFields });

export const createRoadmapAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { activityId, name, years, ...rest } = parseInput(ZCreateAction, input);
    await requireRoadmapWriter(w);
    const { roadmap } = await roadmapActivity(w, activityId, 'activityId');
    const sortedYears = checkYears(roadmap, years) ?? [];
    await checkAgency(w, rest.responsibleAgencyId, 'responsibleAgencyId');
    const sortOrder = await nextOrder(w.tx.action.aggregate({ where: { activityId }, _max: { sortOrder: true } }));
    return w.create(w.tx.action, 'Action', {
      activityId,
      name,
      years: sortedYears,
      code: rest.code ?? null,
      output: rest.output ?? null,
      responsibleAgencyId: rest.responsibleAgencyId ?? null,
      responsibleText: rest.responsibleText ?? null,
      sortOrder,
    });
  });

const ZUpdateAction = z.object({ id: ZId, version: ZVersion, name: requiredText(2000).optional(), ...actionFields });

export const updateRoadmapAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, years, ...data } = parseInput(ZUpdateAction, input);
    await requireRoadmapWriter(w);
    const { roadmap } = await roadmapAction(w, id, 'id');
    const sortedYears = checkYears(roadmap, years);
    if (data.responsibleAgencyId) await checkAgency(w, data.responsibleAgencyId, 'responsibleAgencyId');
    return w.update(w.tx.action, 'Action', { id, version, data: { ...data, ...(sortedYears ? { years: sortedYears } : {}) } });
  });

/** A road-map action (its activity belongs to an open road map). */
async function roadmapAction(w: Writer, id: string, field: string) {
  const action = await w.find(w.tx.action, 'Action', id, { governmentId: w.gid, activity: { roadmapId: { not: null } } });
  const { roadmap } = await roadmapActivity(w, action.activityId, field);
  return { action, roadmap };
}

const ZAddEffort = z.object({ actionId: ZId, agencyId: ZId.nullish(), description: requiredText(2000) });

export const addActionEffort = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { actionId, agencyId, description } = parseInput(ZAddEffort, input);
    await requireRoadmapWriter(w);
    await roadmapAction(w, actionId, 'actionId');
    await checkAgency(w, agencyId, 'agencyId');
    const sortOrder = await nextOrder(w.tx.actionEffort.aggregate({ where: { actionId }, _max: { sortOrder: true } }));
    return w.create(w.tx.actionEffort, 'ActionEffort', { actionId, agencyId: agencyId ?? null, description, sortOrder }, { scoped: false });
  });

const ZUpdateEffort = z.object({ id: ZId, version: ZVersion, agencyId: ZId.nullish(), description: requiredText(2000).optional() });

/** Efforts have no government column: they are the government's through their action. */
export const effortScope = (w: Writer) => ({ action: { governmentId: w.gid } });

export const updateActionEffort = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdateEffort, input);
    await requireRoadmapWriter(w);
    const effort = await w.find(w.tx.actionEffort, 'ActionEffort', id, effortScope(w));
    await roadmapAction(w, effort.actionId, 'id');
    if (data.agencyId) await checkAgency(w, data.agencyId, 'agencyId');
    return w.update(w.tx.actionEffort, 'ActionEffort', { id, version, data, scope: effortScope(w) });
  });
