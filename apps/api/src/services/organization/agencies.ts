// Agencies (Perangkat Daerah and their sub-units) as a tree: create, edit
// (name, short name, code, kind), move under another parent, archive and
// restore. Archiving keeps every row that refers to the agency (history); the
// `agencies` query leaves archived ones out unless asked, so pickers drop them.
import { ZCreateAgency, ZMoveAgency, ZUpdateAgency, ZVersionedId } from '@rb/domain';
import type { Agency } from '@rb/db';
import { badInput, conflict } from '../../errors.ts';
import type { Context } from '../../context.ts';
import { isUuid, parseInput, type Writer, write } from '../kernel.ts';

type Row = { id: string; parentId: string | null; archivedAt: Date | null };

/** The government's agencies as id → parentId. */
async function tree(w: Writer): Promise<Row[]> {
  return w.tx.agency.findMany({ where: { governmentId: w.gid }, select: { id: true, parentId: true, archivedAt: true } });
}

/** `id` and all its descendants in `rows`. */
export function subtree(rows: readonly Pick<Row, 'id' | 'parentId'>[], id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const r of rows) if (r.parentId === ids[i] && !ids.includes(r.id)) ids.push(r.id);
  return ids;
}

/** A parent of the government that is in use, else BAD_USER_INPUT on `parentId`. */
async function checkParent(w: Writer, parentId: string | null) {
  if (!parentId) return;
  const parent = isUuid(parentId) ? await w.tx.agency.findFirst({ where: { id: parentId, governmentId: w.gid } }) : null;
  if (!parent) throw badInput('error.unknownAgency', 'parentId');
  if (parent.archivedAt) throw badInput('agency.parentArchived', 'parentId');
}

async function checkCode(w: Writer, code: string | null | undefined, exceptId?: string) {
  if (!code) return;
  const other = await w.tx.agency.findFirst({
    where: { governmentId: w.gid, code: { equals: code, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw badInput('agency.duplicateCode', 'code', { code });
}

async function nextSortOrder(w: Writer, parentId: string | null) {
  const last = await w.tx.agency.aggregate({ where: { governmentId: w.gid, parentId }, _max: { sortOrder: true } });
  return (last._max.sortOrder ?? -1) + 1;
}

export const createAgency = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateAgency, input);
    await checkParent(w, data.parentId);
    await checkCode(w, data.code);
    return w.create(w.tx.agency, 'Agency', { ...data, sortOrder: await nextSortOrder(w, data.parentId) });
  });

export const updateAgency = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, name, shortName, kind, code } = parseInput(ZUpdateAgency, input);
    const current = await w.find(w.tx.agency, 'Agency', id);
    if (current.archivedAt) throw conflict('agency.archived', current);
    if (code !== undefined) await checkCode(w, code, id);
    return w.update(w.tx.agency, 'Agency', {
      id,
      version,
      data: { name, shortName: shortName || null, ...(kind ? { kind } : {}), ...(code !== undefined ? { code } : {}) },
    });
  });

export const moveAgency = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, parentId } = parseInput(ZMoveAgency, input);
    const current = await w.find(w.tx.agency, 'Agency', id);
    if (current.archivedAt) throw conflict('agency.archived', current);
    await checkParent(w, parentId);
    if (parentId && subtree(await tree(w), id).includes(parentId)) throw badInput('agency.moveIntoOwnSubtree', 'parentId');
    if (current.parentId === parentId) return w.update(w.tx.agency, 'Agency', { id, version, data: {} });
    return w.update(w.tx.agency, 'Agency', { id, version, data: { parentId, sortOrder: await nextSortOrder(w, parentId) } });
  });

/** Archives the agency and its sub-units still in use, with one timestamp (restore brings back the same set). */
export const archiveAgency = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    const current = await w.find(w.tx.agency, 'Agency', id);
    if (current.archivedAt) throw conflict('agency.alreadyArchived', current);
    const now = new Date();
    const rows = await tree(w);
    const updated = await w.update(w.tx.agency, 'Agency', { id, version, data: { archivedAt: now } });
    const below = subtree(rows, id).filter((a) => a !== id && !rows.find((r) => r.id === a)?.archivedAt);
    await archiveRows(w, below, now);
    return updated;
  });

export const restoreAgency = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    const current = await w.find(w.tx.agency, 'Agency', id);
    if (!current.archivedAt) throw conflict('agency.notArchived', current);
    if (current.parentId) {
      const parent = await w.tx.agency.findFirst({ where: { id: current.parentId, governmentId: w.gid } });
      if (parent?.archivedAt) throw badInput('agency.parentArchived', 'parentId');
    }
    const stamp = current.archivedAt;
    const rows = await tree(w);
    const updated = await w.update(w.tx.agency, 'Agency', { id, version, data: { archivedAt: null } });
    const below = subtree(rows, id).filter((a) => a !== id && rows.find((r) => r.id === a)?.archivedAt?.getTime() === stamp.getTime());
    await archiveRows(w, below, null);
    return updated;
  });

async function archiveRows(w: Writer, ids: string[], archivedAt: Date | null) {
  if (ids.length === 0) return;
  const before = await w.tx.agency.findMany({ where: { id: { in: ids }, governmentId: w.gid } });
  const after = await w.tx.agency.updateManyAndReturn({
    where: { id: { in: ids }, governmentId: w.gid },
    data: { archivedAt, version: { increment: 1 } },
  });
  for (const row of after)
    await w.audit(
      'Agency',
      row.id,
      'UPDATE',
      before.find((b) => b.id === row.id),
      row,
    );
}

/** The government's agencies, parents before children, siblings by their order then name. */
export async function listAgencies(ctx: Context, gid: string, includeArchived: boolean): Promise<Agency[]> {
  const rows = await ctx.prisma.agency.findMany({
    where: { governmentId: gid, ...(includeArchived ? {} : { archivedAt: null }) },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  return sortParentsFirst(rows);
}

/** Parents before their children, siblings in the given order. */
export function sortParentsFirst<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: T[] = [];
  const walk = (parent: string | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}
