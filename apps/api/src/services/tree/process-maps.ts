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
} from '@rb/domain';
import type { PrismaClient } from '@rb/db';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
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

async function mapOrFail(tx: Tx, ctx: Context, id: string) {
  const map = await loadProcessMap(tx, ctx, id);
  if (!map) throw notFound('Process map');
  return map;
}

/** Bumps the map's version: it orders concurrent structural edits of one map. */
async function touchMap(tx: Tx, ctx: Context, mapId: string) {
  const { count } = await tx.processMap.updateMany({
    where: { id: mapId, governmentId: governmentId(ctx) },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw notFound('Process map');
}

export async function addBusinessProcess(ctx: Context, input: unknown) {
  const { mapId, kind, name, responsibleOfficial } = parseInput(ZAddBusinessProcess, input);
  return ctx.prisma.$transaction(async (tx) => {
    await touchMap(tx, ctx, mapId);
    const last = await tx.businessProcess.aggregate({ where: { mapId, kind }, _max: { sortOrder: true } });
    const created = await tx.businessProcess.create({
      data: { mapId, kind, name, responsibleOfficial: responsibleOfficial ?? null, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    await audit(tx, ctx, { entity: 'BusinessProcess', entityId: created.id, action: 'CREATE', after: created });
    return mapOrFail(tx, ctx, mapId);
  });
}

async function processOfGovernment(tx: Tx, ctx: Context, id: string) {
  const row = await tx.businessProcess.findFirst({ where: { id, map: { governmentId: governmentId(ctx) } } });
  if (!row) throw notFound('Business process');
  return row;
}

export async function updateBusinessProcess(ctx: Context, input: unknown) {
  const { id, version, kind, name, responsibleOfficial } = parseInput(ZUpdateBusinessProcess, input);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await processOfGovernment(tx, ctx, id);
    const { before, after } = await updateVersioned(tx.businessProcess, {
      where: { id },
      version,
      data: { kind, name, responsibleOfficial: responsibleOfficial ?? null },
      what: 'Business process',
    });
    await audit(tx, ctx, { entity: 'BusinessProcess', entityId: id, action: 'UPDATE', before, after });
    return mapOrFail(tx, ctx, row.mapId);
  });
}

export async function deleteBusinessProcess(ctx: Context, args: { id: string; version: number }) {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await processOfGovernment(tx, ctx, args.id);
    if (row.version !== args.version)
      throw conflict(`Business process was changed by someone else (now version ${row.version}); reload and try again`, row);
    await tx.businessProcess.delete({ where: { id: row.id } });
    await audit(tx, ctx, { entity: 'BusinessProcess', entityId: row.id, action: 'DELETE', before: row });
    return mapOrFail(tx, ctx, row.mapId);
  });
}

/**
 * Moves a process to `index` among the processes of its kind (clamped), renumbering them
 * 0..n-1. The map's version orders concurrent moves; a stale process version is a conflict.
 */
export async function moveBusinessProcess(ctx: Context, input: unknown) {
  const { id, version, index } = parseInput(ZMoveBusinessProcess, input);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await processOfGovernment(tx, ctx, id);
    await touchMap(tx, ctx, row.mapId);
    if (row.version !== version)
      throw conflict(`Business process was changed by someone else (now version ${row.version}); reload and try again`, row);
    const siblings = await tx.businessProcess.findMany({
      where: { mapId: row.mapId, kind: row.kind },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });
    const rest = siblings.filter((s) => s.id !== id);
    const at = Math.max(0, Math.min(index, rest.length));
    const order = [...rest.slice(0, at), row, ...rest.slice(at)];
    for (const [i, s] of order.entries()) {
      if (s.id === id) continue;
      if (s.sortOrder !== i) await tx.businessProcess.update({ where: { id: s.id }, data: { sortOrder: i } });
    }
    const after = await tx.businessProcess.update({ where: { id }, data: { sortOrder: at, version: { increment: 1 } } });
    await audit(tx, ctx, {
      entity: 'BusinessProcess',
      entityId: id,
      action: 'UPDATE',
      before: { sortOrder: row.sortOrder, version: row.version },
      after: { sortOrder: after.sortOrder, version: after.version },
    });
    return mapOrFail(tx, ctx, row.mapId);
  });
}

async function stepOfGovernment(tx: Tx, ctx: Context, id: string) {
  const row = await tx.crossFunctionStep.findFirst({ where: { id, map: { governmentId: governmentId(ctx) } } });
  if (!row) throw notFound('Cross-function step');
  return row;
}

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

export async function addCrossFunctionStep(ctx: Context, input: unknown) {
  const { mapId, index, activity, actor, outputDocument } = parseInput(ZAddCrossFunctionStep, input);
  return ctx.prisma.$transaction(async (tx) => {
    await touchMap(tx, ctx, mapId);
    const count = await tx.crossFunctionStep.count({ where: { mapId } });
    const created = await tx.crossFunctionStep.create({
      data: { mapId, activity, actor, outputDocument: outputDocument ?? null, sortOrder: count },
    });
    if (index != null && index < count) await placeStep(tx, mapId, created.id, index);
    await audit(tx, ctx, { entity: 'CrossFunctionStep', entityId: created.id, action: 'CREATE', after: created });
    return mapOrFail(tx, ctx, mapId);
  });
}

export async function updateCrossFunctionStep(ctx: Context, input: unknown) {
  const { id, version, activity, actor, outputDocument } = parseInput(ZUpdateCrossFunctionStep, input);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await stepOfGovernment(tx, ctx, id);
    const { before, after } = await updateVersioned(tx.crossFunctionStep, {
      where: { id },
      version,
      data: { activity, actor, outputDocument: outputDocument ?? null },
      what: 'Cross-function step',
    });
    await audit(tx, ctx, { entity: 'CrossFunctionStep', entityId: id, action: 'UPDATE', before, after });
    return mapOrFail(tx, ctx, row.mapId);
  });
}

export async function moveCrossFunctionStep(ctx: Context, input: unknown) {
  const { id, version, index } = parseInput(ZMoveCrossFunctionStep, input);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await stepOfGovernment(tx, ctx, id);
    await touchMap(tx, ctx, row.mapId);
    if (row.version !== version)
      throw conflict(`Cross-function step was changed by someone else (now version ${row.version}); reload and try again`, row);
    await placeStep(tx, row.mapId, id, index);
    await tx.crossFunctionStep.update({ where: { id }, data: { version: { increment: 1 } } });
    await audit(tx, ctx, {
      entity: 'CrossFunctionStep',
      entityId: id,
      action: 'UPDATE',
      before: { sortOrder: row.sortOrder },
      after: { index },
    });
    return mapOrFail(tx, ctx, row.mapId);
  });
}

export async function deleteCrossFunctionStep(ctx: Context, args: { id: string; version: number }) {
  if (!Number.isInteger(args.version) || args.version < 1) throw badInput('Versi tidak valid', 'version');
  return ctx.prisma.$transaction(async (tx) => {
    const row = await stepOfGovernment(tx, ctx, args.id);
    if (row.version !== args.version)
      throw conflict(`Cross-function step was changed by someone else (now version ${row.version}); reload and try again`, row);
    await tx.crossFunctionStep.delete({ where: { id: row.id } });
    await audit(tx, ctx, { entity: 'CrossFunctionStep', entityId: row.id, action: 'DELETE', before: row });
    return mapOrFail(tx, ctx, row.mapId);
  });
}
