// Process maps of an agency (peta proses bisnis, peta relasi, peta lintas fungsi): the
// business processes by kind with their responsible official, and the cross-function table.
// Processes and steps carry no government of their own: every lookup goes through the map.
import {
  ZAddBusinessProcess,
  ZAddCrossFunctionStep,
  ZMoveBusinessProcess,
  ZMoveCrossFunctionStep,
  ZUpdateBusinessProcess,
  ZUpdateCrossFunctionStep,
  ZVersioned,
} from '@rb/domain';
import type { PrismaClient } from '@rb/db';
import { type Context, governmentId } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { type Writer, write } from '../kernel.ts';
import { parseInput, type Tx } from './common.ts';

const KIND_ORDER = ['INPUT', 'MANAGERIAL', 'MAIN', 'SUPPORTING', 'OUTPUT'] as const;

/** A map of the caller's government with its processes, steps and actors; null when not theirs. */
export async function loadProcessMap(db: Tx | PrismaClient, ctx: Context, id: string) {
  const map = await db.processMap.findFirst({
    where: { id, governmentId: governmentId(ctx) },
    include: {
      agency: true,
      processes: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      sopSteps: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!map) return null;
  const processes = [...map.processes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const actors: string[] = [];
  for (const s of map.sopSteps) if (!actors.includes(s.actor)) actors.push(s.actor);
  return {
    id: map.id,
    title: map.title,
    agency: map.agency,
    version: map.version,
    processes,
    crossFunctionSteps: map.sopSteps,
    actors,
    canEdit: ctx.roles.has('PLANNER') || ctx.roles.has('ADMIN'),
  };
}

export async function listProcessMaps(ctx: Context) {
  const maps = await ctx.prisma.processMap.findMany({
    where: { governmentId: governmentId(ctx) },
    orderBy: { title: 'asc' },
    select: { id: true },
  });
  const out = [];
  for (const m of maps) out.push(await loadProcessMap(ctx.prisma, ctx, m.id));
  return out.filter((m) => m !== null);
}

async function mapOrFail(w: Writer, id: string) {
  const map = await loadProcessMap(w.tx, w.ctx, id);
  if (!map) throw notFound('ProcessMap');
  return map;
}

/** Bumps the map's version: it orders concurrent structural edits of one map. */
async function touchMap(w: Writer, mapId: string) {
  await w.find(w.tx.processMap, 'ProcessMap', mapId);
  await w.tx.processMap.update({ where: { id: mapId }, data: { version: { increment: 1 } } });
}

/** Processes and steps have no government of their own: their map's decides. */
const viaMap = (w: Writer) => ({ map: { governmentId: w.gid } });

export const addBusinessProcess = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { mapId, kind, name, responsibleOfficial } = parseInput(ZAddBusinessProcess, input);
    await touchMap(w, mapId);
    const last = await w.tx.businessProcess.aggregate({ where: { mapId, kind }, _max: { sortOrder: true } });
    await w.create(
      w.tx.businessProcess,
      'BusinessProcess',
      { mapId, kind, name, responsibleOfficial: responsibleOfficial ?? null, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      { scoped: false },
    );
    return mapOrFail(w, mapId);
  });

export const updateBusinessProcess = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, kind, name, responsibleOfficial } = parseInput(ZUpdateBusinessProcess, input);
    const after = await w.update(w.tx.businessProcess, 'BusinessProcess', {
      id,
      version,
      scope: viaMap(w),
      data: { kind, name, responsibleOfficial: responsibleOfficial ?? null },
    });
    return mapOrFail(w, after.mapId);
  });

export const deleteBusinessProcess = (ctx: Context, args: { id: string; version: number }) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersioned, args);
    const row = await w.remove(w.tx.businessProcess, 'BusinessProcess', { id, version, scope: viaMap(w) });
    return mapOrFail(w, row.mapId);
  });

/**
 * Moves a process to `index` among the processes of its kind (clamped), renumbering them
 * 0..n-1. The map's version orders concurrent moves; a stale process version is a conflict.
 */
export const moveBusinessProcess = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, index } = parseInput(ZMoveBusinessProcess, input);
    const row = await w.find(w.tx.businessProcess, 'BusinessProcess', id, viaMap(w));
    await touchMap(w, row.mapId);
    const siblings = await w.tx.businessProcess.findMany({
      where: { mapId: row.mapId, kind: row.kind },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });
    const rest = siblings.filter((s) => s.id !== id);
    const at = Math.max(0, Math.min(index, rest.length));
    await w.update(w.tx.businessProcess, 'BusinessProcess', { id, version, scope: viaMap(w), data: { sortOrder: at } });
    const order = [...rest.slice(0, at), row, ...rest.slice(at)];
    for (const [i, s] of order.entries()) {
      if (s.id === id) continue;
      if (s.sortOrder !== i) await w.tx.businessProcess.update({ where: { id: s.id }, data: { sortOrder: i } });
    }
    return mapOrFail(w, row.mapId);
  });

/** Renumbers the table 0..n-1 with `id` at `index` (clamped). */
async function placeStep(tx: Tx, mapId: string, id: string, index: number) {
  const steps = await tx.crossFunctionStep.findMany({ where: { mapId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const rest = steps.filter((s) => s.id !== id);
  const at = Math.max(0, Math.min(index, rest.length));
  const order = [...rest.slice(0, at).map((s) => s.id), id, ...rest.slice(at).map((s) => s.id)];
  for (const [i, sid] of order.entries()) {
    const current = steps.find((s) => s.id === sid);
    if (current?.sortOrder !== i) await tx.crossFunctionStep.update({ where: { id: sid }, data: { sortOrder: i } });
  }
}

export const addCrossFunctionStep = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { mapId, index, activity, actor, outputDocument } = parseInput(ZAddCrossFunctionStep, input);
    await touchMap(w, mapId);
    const count = await w.tx.crossFunctionStep.count({ where: { mapId } });
    const created = await w.tx.crossFunctionStep.create({
      data: { mapId, activity, actor, outputDocument: outputDocument ?? null, sortOrder: count },
    });
    if (index != null && index < count) await placeStep(w.tx, mapId, created.id, index);
    await w.audit('CrossFunctionStep', created.id, 'CREATE', undefined, created);
    return mapOrFail(w, mapId);
  });

export const updateCrossFunctionStep = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, activity, actor, outputDocument } = parseInput(ZUpdateCrossFunctionStep, input);
    const after = await w.update(w.tx.crossFunctionStep, 'CrossFunctionStep', {
      id,
      version,
      scope: viaMap(w),
      data: { activity, actor, outputDocument: outputDocument ?? null },
    });
    return mapOrFail(w, after.mapId);
  });

export const moveCrossFunctionStep = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, index } = parseInput(ZMoveCrossFunctionStep, input);
    const row = await w.find(w.tx.crossFunctionStep, 'CrossFunctionStep', id, viaMap(w));
    await touchMap(w, row.mapId);
    const count = await w.tx.crossFunctionStep.count({ where: { mapId: row.mapId } });
    const at = Math.max(0, Math.min(index, count - 1));
    await w.update(w.tx.crossFunctionStep, 'CrossFunctionStep', { id, version, scope: viaMap(w), data: { sortOrder: at } });
    await placeStep(w.tx, row.mapId, id, at);
    return mapOrFail(w, row.mapId);
  });

export const deleteCrossFunctionStep = (ctx: Context, args: { id: string; version: number }) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersioned, args);
    const row = await w.remove(w.tx.crossFunctionStep, 'CrossFunctionStep', { id, version, scope: viaMap(w) });
    return mapOrFail(w, row.mapId);
  });
