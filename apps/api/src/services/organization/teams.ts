// The RB team (Tim RB): Tim Pengarah, Tim Pelaksana, the Pokja per area of
// change, the assessors and other teams, each with its members in order
// (jabatan, kedudukan, name, optionally the product user they are).
import { ZAddTeamMember, ZCreateTeam, ZUpdateTeam, ZUpdateTeamMember, ZVersionedId } from '@rb/domain';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { isUuid, parseInput, type Writer, write } from '../kernel.ts';

const memberScope = (w: Writer) => ({ team: { governmentId: w.gid } });

async function checkTeamFields(w: Writer, data: { kind: string; areaId: string | null }) {
  if (data.kind === 'WORKING_GROUP' && !data.areaId) throw badInput('team.areaRequired', 'areaId');
  if (data.areaId) {
    const area = isUuid(data.areaId) ? await w.tx.area.findFirst({ where: { id: data.areaId, governmentId: w.gid } }) : null;
    if (!area) throw badInput('team.unknownArea', 'areaId');
  }
}

/** A user with a membership in the caller's government (active or not), else BAD_USER_INPUT on `userId`. */
async function checkUser(w: Writer, userId: string | null) {
  if (!userId) return;
  const member = await w.tx.membership.findFirst({ where: { userId, governmentId: w.gid }, select: { id: true } });
  if (!member) throw badInput('team.unknownUser', 'userId');
}

export const createTeam = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateTeam, input);
    await checkTeamFields(w, data);
    const last = await w.tx.team.aggregate({ where: { governmentId: w.gid }, _max: { sortOrder: true } });
    return w.create(w.tx.team, 'Team', { ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 });
  });

export const updateTeam = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdateTeam, input);
    await checkTeamFields(w, data);
    return w.update(w.tx.team, 'Team', { id, version, data });
  });

export const removeTeam = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    const team = await w.find(w.tx.team, 'Team', id);
    const steps = await w.tx.step.count({ where: { responsibleTeamId: id } });
    if (steps > 0) throw conflict('team.inUse', team, { count: steps });
    const members = await w.tx.teamMember.findMany({ where: { teamId: id } });
    const removed = await w.remove(w.tx.team, 'Team', { id, version });
    for (const m of members) await w.audit('TeamMember', m.id, 'DELETE', m);
    return { ...removed, members };
  });

export const addTeamMember = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { teamId, ...data } = parseInput(ZAddTeamMember, input);
    await w.find(w.tx.team, 'Team', teamId);
    await checkUser(w, data.userId);
    const last = await w.tx.teamMember.aggregate({ where: { teamId }, _max: { sortOrder: true } });
    return w.create(w.tx.teamMember, 'TeamMember', { ...data, teamId, sortOrder: (last._max.sortOrder ?? -1) + 1 }, { scoped: false });
  });

export const updateTeamMember = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...data } = parseInput(ZUpdateTeamMember, input);
    await checkUser(w, data.userId);
    return w.update(w.tx.teamMember, 'TeamMember', { id, version, data, scope: memberScope(w) });
  });

export const removeTeamMember = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    return w.remove(w.tx.teamMember, 'TeamMember', { id, version, scope: memberScope(w) });
  });

const ZMove = ZVersionedId.extend({
  offset: z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(-1, { error: 'validation.invalid' }).max(1, {
    error: 'validation.invalid',
  }),
});

/** Swaps a member with its neighbour above (-1) or below (+1); at either end nothing moves. */
export const moveTeamMember = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, offset } = parseInput(ZMove, input);
    const member = await w.find(w.tx.teamMember, 'TeamMember', id, memberScope(w));
    const siblings = await w.tx.teamMember.findMany({ where: { teamId: member.teamId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    const at = siblings.findIndex((m) => m.id === id);
    const other = siblings[at + offset];
    await w.update(w.tx.teamMember, 'TeamMember', { id, version, data: {}, scope: memberScope(w) });
    if (other && offset !== 0) {
      // Renumber the whole team so equal sort orders cannot stall a move.
      const order = siblings.map((m) => m.id);
      [order[at], order[at + offset]] = [order[at + offset]!, order[at]!];
      for (const [i, mid] of order.entries()) {
        if (mid === id) await w.tx.teamMember.update({ where: { id: mid }, data: { sortOrder: i } });
        else if (siblings.find((m) => m.id === mid)!.sortOrder !== i || mid === other.id)
          await w.tx.teamMember.update({ where: { id: mid }, data: { sortOrder: i, version: { increment: 1 } } });
      }
    }
    return w.tx.team.findFirstOrThrow({ where: { id: member.teamId } });
  });

export async function listTeams(ctx: Context, gid: string) {
  const teams = await ctx.prisma.team.findMany({
    where: { governmentId: gid },
    include: { members: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }, area: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
  const KIND_ORDER = ['STEERING', 'EXECUTING', 'WORKING_GROUP', 'ASSESSORS', 'OTHER'];
  return teams.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.area?.sortOrder ?? 0) - (b.area?.sortOrder ?? 0) ||
      a.sortOrder - b.sortOrder,
  );
}
