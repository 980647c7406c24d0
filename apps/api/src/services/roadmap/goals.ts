// Goals (sasaran) of a road map: create and edit; moving and removing are in order.ts / remove.ts.
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { parseInput, write } from '../kernel.ts';
import { nextOrder, openRoadmap, optText, requiredText, requireRoadmapWriter, ZId, ZVersion } from './common.ts';

const ZCreate = z.object({ roadmapId: ZId, code: optText(50), statement: requiredText(2000) });

export const createGoal = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { roadmapId, code, statement } = parseInput(ZCreate, input);
    await requireRoadmapWriter(w);
    await openRoadmap(w, roadmapId);
    const sortOrder = await nextOrder(w.tx.goal.aggregate({ where: { roadmapId }, _max: { sortOrder: true } }));
    return w.create(w.tx.goal, 'Goal', { roadmapId, code: code ?? null, statement, sortOrder });
  });

const ZUpdate = z.object({ id: ZId, version: ZVersion, code: optText(50), statement: requiredText(2000).optional() });

export const updateGoal = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdate, input);
    await requireRoadmapWriter(w);
    const goal = await w.find(w.tx.goal, 'Goal', id, { governmentId: w.gid, roadmapId: { not: null } });
    await openRoadmap(w, goal.roadmapId as string);
    return w.update(w.tx.goal, 'Goal', { id, version, data });
  });
