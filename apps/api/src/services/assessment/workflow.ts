// Creating an assessment, its team, and moving it through the workflow:
// DRAFT → IN_ASSESSMENT → CONSENSUS → IN_REVIEW ⇄ NEEDS_REVISION → FINAL
// (and an administrator's audited reopen: FINAL → CONSENSUS).
import type { AssessmentRole, AssessmentStatus, Prisma, Role } from '@rb/db';
import { interpretAnswer, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, forbidden, staleVersion } from '../../errors.ts';
import { checkAgency, type Writer, write } from '../kernel.ts';
import {
  type AssessmentWithTeam,
  type Doing,
  forgetAssessment,
  isAdmin,
  loadAssessment,
  myRoles,
  requireStatus,
  requireTeamRole,
} from './access.ts';
import { parseInput } from '../kernel.ts';
import { scoringCriterion } from './tree.ts';
import { forgetBundle } from './views.ts';

const uuid = z.guid('validation.uuid');
const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZTitle = z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong');
const ZTeam = {
  coordinatorId: uuid,
  assessorIds: z.array(uuid, 'assessment.assessorRequired').min(1, 'assessment.assessorRequired').max(20, 'assessment.tooManyAssessors'),
  reviewerId: uuid,
};
const ZCreate = z.object({
  title: ZTitle,
  year: ZYear,
  agencyId: uuid.nullish(),
  frameworkId: uuid,
  deadline: z.date('validation.invalid').nullish(),
  ...ZTeam,
});
const ZUpdate = z.object({
  id: uuid,
  version: ZVersion,
  title: ZTitle.nullish(),
  deadline: z.date('validation.invalid').nullish(),
  coordinatorId: uuid.nullish(),
  assessorIds: ZTeam.assessorIds.nullish(),
  reviewerId: uuid.nullish(),
});

/** The government roles a team needs, in both languages (message params). */
const ROLE_LABEL = {
  ASSESSOR: { id: 'Asesor', en: 'Assessor' },
  ASSESSMENT_COORDINATOR: { id: 'Koordinator Asesor', en: 'Assessment coordinator' },
  REVIEWER: { id: 'Reviewer (Inspektorat/APIP)', en: 'Reviewer (Inspectorate/APIP)' },
} as const;

async function checkTeam(w: Writer, team: { coordinatorId: string; assessorIds: string[]; reviewerId: string }) {
  const ids = [...new Set([team.coordinatorId, team.reviewerId, ...team.assessorIds])];
  const members = await w.tx.membership.findMany({
    where: { governmentId: w.gid, userId: { in: ids }, deactivatedAt: null },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const known = new Set(members.map((m) => m.userId));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) throw badInput('assessment.teamOutsideGovernment', 'team');
  // Separation of duties: the reviewer (Inspektorat/APIP) checks the team's work, so is never part of it;
  // the coordinator decides the consensus between the assessors, so is not one of them.
  if (team.reviewerId === team.coordinatorId) throw badInput('assessment.reviewerIsCoordinator', 'reviewerId');
  if (team.assessorIds.includes(team.reviewerId)) throw badInput('assessment.reviewerIsAssessor', 'reviewerId');
  if (team.assessorIds.includes(team.coordinatorId)) throw badInput('assessment.coordinatorIsAssessor', 'assessorIds');
  if (new Set(team.assessorIds).size !== team.assessorIds.length) throw badInput('assessment.assessorTwice', 'assessorIds');
  // Each member holds the government role of their part in the team.
  const needs: [string, string, readonly Role[]][] = [
    [team.coordinatorId, 'coordinatorId', ['ASSESSMENT_COORDINATOR', 'ADMIN']],
    [team.reviewerId, 'reviewerId', ['REVIEWER']],
    ...team.assessorIds.map((id): [string, string, readonly Role[]] => [id, 'assessorIds', ['ASSESSOR']]),
  ];
  for (const [userId, field, roles] of needs) {
    const held = members.filter((m) => m.userId === userId);
    if (!held.some((m) => roles.includes(m.role))) {
      const label = ROLE_LABEL[roles[0] as keyof typeof ROLE_LABEL];
      throw badInput('assessment.teamRoleMissing', field, { name: held[0]?.user.name ?? '', role: label.id, roleEn: label.en });
    }
  }
}

/**
 * Changes the assessment's own row if it still has `version` (and `status`, when given) in one
 * statement. The workflow audits its steps itself (transition, reason), so this is the one place
 * the assessment's version is compared here; a stale one → CONFLICT with the current row.
 */
async function changeAssessment(
  w: Writer,
  id: string,
  version: number,
  data: Prisma.AssessmentUpdateManyMutationInput,
  status?: AssessmentStatus,
) {
  const [after] = await w.tx.assessment.updateManyAndReturn({
    where: { id, governmentId: w.gid, version, ...(status ? { status } : {}) },
    data: { ...data, version: { increment: 1 } },
  });
  if (!after) throw staleVersion('Assessment', await w.find(w.tx.assessment, 'Assessment', id));
  return after;
}

function teamRows(assessmentId: string, team: { coordinatorId: string; assessorIds: string[]; reviewerId: string }) {
  const rows: { assessmentId: string; userId: string; role: AssessmentRole }[] = [
    { assessmentId, userId: team.coordinatorId, role: 'COORDINATOR' },
    { assessmentId, userId: team.reviewerId, role: 'REVIEWER' },
    ...team.assessorIds.map((userId) => ({ assessmentId, userId, role: 'ASSESSOR' as const })),
  ];
  return rows;
}

export const createAssessment = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreate, input);
    const { tx, gid } = w;
    const framework = await w.find(tx.framework, 'Framework', data.frameworkId, { OR: [{ governmentId: null }, { governmentId: gid }] });
    if (framework.status !== 'PUBLISHED') throw badInput('assessment.frameworkNotPublished', 'frameworkId');
    await checkAgency(w, data.agencyId);
    await checkTeam(w, data);
    // Last year's assessment of the same unit: the final one if there is one, else the latest.
    const lastYear = await tx.assessment.findMany({
      where: { governmentId: gid, agencyId: data.agencyId ?? null, year: data.year - 1 },
      orderBy: { createdAt: 'desc' },
    });
    const previous = lastYear.find((x) => x.status === 'FINAL') ?? lastYear[0];
    const created = await tx.assessment.create({
      data: {
        governmentId: gid,
        agencyId: data.agencyId ?? null,
        frameworkId: framework.id,
        previousAssessmentId: previous?.id ?? null,
        year: data.year,
        title: data.title,
        deadline: data.deadline ?? null,
      },
    });
    await tx.assessmentMember.createMany({ data: teamRows(created.id, data) });
    await w.audit('Assessment', created.id, 'CREATE', undefined, { ...created, team: data });
    return created;
  });

export async function updateAssessment(ctx: Context, input: unknown) {
  const data = parseInput(ZUpdate, input);
  const a = await loadAssessment(ctx, data.id);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['DRAFT', 'IN_ASSESSMENT', 'CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION'], 'editAssessment');
  const current = {
    coordinatorId: a.members.find((m) => m.role === 'COORDINATOR')?.userId ?? '',
    reviewerId: a.members.find((m) => m.role === 'REVIEWER')?.userId ?? '',
    assessorIds: a.members.filter((m) => m.role === 'ASSESSOR').map((m) => m.userId),
  };
  const team = {
    coordinatorId: data.coordinatorId ?? current.coordinatorId,
    reviewerId: data.reviewerId ?? current.reviewerId,
    assessorIds: data.assessorIds ?? current.assessorIds,
  };
  const teamChanged = JSON.stringify(team) !== JSON.stringify(current);
  if (teamChanged && a.status !== 'DRAFT' && a.status !== 'IN_ASSESSMENT') throw forbidden('assessment.teamLocked');
  const result = await write(ctx, async (w) => {
    if (teamChanged) await checkTeam(w, team);
    const patch: Prisma.AssessmentUpdateManyMutationInput = {};
    if (data.title) patch.title = data.title;
    if (data.deadline !== undefined) patch.deadline = data.deadline;
    const after = await changeAssessment(w, a.id, data.version, patch);
    if (teamChanged) {
      await w.tx.assessmentMember.deleteMany({ where: { assessmentId: a.id } });
      await w.tx.assessmentMember.createMany({ data: teamRows(a.id, team) });
    }
    await w.audit('Assessment', a.id, 'UPDATE', { ...a, team: current }, { ...after, team });
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

export type Transition = 'START' | 'OPEN_CONSENSUS' | 'CLOSE_CONSENSUS' | 'SEND_BACK' | 'RESUBMIT' | 'FINALISE';

const TRANSITIONS: Record<Transition, { from: AssessmentStatus[]; to: AssessmentStatus; role: AssessmentRole; doing: Doing }> = {
  START: { from: ['DRAFT'], to: 'IN_ASSESSMENT', role: 'COORDINATOR', doing: 'start' },
  OPEN_CONSENSUS: { from: ['IN_ASSESSMENT'], to: 'CONSENSUS', role: 'COORDINATOR', doing: 'openConsensus' },
  CLOSE_CONSENSUS: { from: ['CONSENSUS'], to: 'IN_REVIEW', role: 'COORDINATOR', doing: 'closeConsensus' },
  SEND_BACK: { from: ['IN_REVIEW'], to: 'NEEDS_REVISION', role: 'REVIEWER', doing: 'sendBack' },
  RESUBMIT: { from: ['NEEDS_REVISION'], to: 'IN_REVIEW', role: 'COORDINATOR', doing: 'resubmit' },
  FINALISE: { from: ['IN_REVIEW'], to: 'FINAL', role: 'REVIEWER', doing: 'finalise' },
};

export async function transitionAssessment(
  ctx: Context,
  args: { id: string; version: number; transition: Transition; comment?: string | null },
) {
  const a = await loadAssessment(ctx, args.id);
  const rule = TRANSITIONS[args.transition];
  if (!rule) throw badInput('assessment.unknownTransition', 'transition');
  requireTeamRole(ctx, a, rule.role);
  requireStatus(a, rule.from, rule.doing);
  const result = await write(ctx, async (w) => {
    const after = await changeAssessment(
      w,
      a.id,
      args.version,
      { status: rule.to, lockedAt: rule.to === 'FINAL' ? new Date() : null },
      a.status,
    );
    await beforeEntering(w.tx, ctx, a, args.transition);
    await w.audit(
      'Assessment',
      a.id,
      'STATUS',
      { status: a.status },
      { status: after.status, transition: args.transition, comment: args.comment ?? null },
    );
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

/** Checks and side effects of each step (inside the transaction). */
async function beforeEntering(tx: Prisma.TransactionClient, ctx: Context, a: AssessmentWithTeam, transition: Transition) {
  if (transition === 'START') {
    if (!a.members.some((m) => m.role === 'ASSESSOR')) throw badInput('assessment.noAssessor', 'assessorIds');
    return;
  }
  if (transition === 'OPEN_CONSENSUS') {
    // Criteria every assessor answered alike are agreed at once (decidedBy null:
    // "sepakat"); the coordinator decides the rest and may change any of them.
    const assessors = a.members.filter((m) => m.role === 'ASSESSOR').map((m) => m.userId);
    const [criteria, answers, existing] = await Promise.all([
      tx.criterion.findMany({ where: { frameworkId: a.frameworkId } }),
      tx.answer.findMany({ where: { assessmentId: a.id, assessorId: { in: assessors } } }),
      tx.consensusAnswer.findMany({ where: { assessmentId: a.id }, select: { criterionId: true } }),
    ]);
    const decided = new Set(existing.map((e) => e.criterionId));
    const rows: Prisma.ConsensusAnswerCreateManyInput[] = [];
    for (const c of criteria) {
      if (decided.has(c.id)) continue;
      const sc = scoringCriterion(c);
      const values = assessors.map((id) => {
        const ans = answers.find((x) => x.assessorId === id && x.criterionId === c.id);
        const r = interpretAnswer(sc, ans?.value);
        return r.kind === 'VALUE' ? { raw: ans!.value!.trim(), value: r.value } : null;
      });
      const first = values[0];
      if (first && values.every((v) => v !== null && v.value === first.value)) {
        rows.push({ assessmentId: a.id, criterionId: c.id, value: first.raw, reason: null, decidedById: null });
      }
    }
    if (rows.length) await tx.consensusAnswer.createMany({ data: rows });
    return;
  }
  if (transition === 'CLOSE_CONSENSUS') {
    const [criteria, consensus] = await Promise.all([
      tx.criterion.count({ where: { frameworkId: a.frameworkId } }),
      tx.consensusAnswer.count({ where: { assessmentId: a.id, NOT: { value: null } } }),
    ]);
    const open = criteria - consensus;
    if (open > 0) throw badInput('assessment.consensusOpen', 'consensus', { count: open });
    return;
  }
  if (transition === 'SEND_BACK') {
    const sent = await tx.consensusAnswer.count({ where: { assessmentId: a.id, reviewStatus: 'REVISION_REQUIRED' } });
    if (sent === 0) throw badInput('assessment.nothingSentBack', 'review');
    return;
  }
  if (transition === 'RESUBMIT' || transition === 'FINALISE') {
    const open = await tx.consensusAnswer.count({ where: { assessmentId: a.id, reviewStatus: 'REVISION_REQUIRED' } });
    if (open > 0) {
      throw badInput(transition === 'RESUBMIT' ? 'assessment.revisionsOpen' : 'assessment.revisionsPending', 'review', { count: open });
    }
    if (transition === 'FINALISE') {
      await tx.consensusAnswer.updateMany({
        where: { assessmentId: a.id, reviewStatus: { in: ['PENDING', 'REVISED'] } },
        data: { reviewStatus: 'ACCEPTED', reviewedById: requireUser(ctx).id, version: { increment: 1 } },
      });
    }
  }
}

const ZReason = z.string('assessment.reasonRequired').trim().min(5, 'assessment.reasonRequired').max(2000, 'validation.tooLong');
const ZReopen = z.object({ id: uuid, version: ZVersion, reason: ZReason });

export async function reopenAssessment(ctx: Context, input: unknown) {
  const data = parseInput(ZReopen, input);
  if (!isAdmin(ctx)) throw forbidden('assessment.reopenAdminOnly');
  const a = await loadAssessment(ctx, data.id);
  if (a.status !== 'FINAL') throw badInput('assessment.reopenFinalOnly', 'status');
  const result = await write(ctx, async (w) => {
    const after = await changeAssessment(w, a.id, data.version, { status: 'CONSENSUS', lockedAt: null }, 'FINAL');
    await w.tx.consensusAnswer.updateMany({ where: { assessmentId: a.id }, data: { reviewStatus: 'PENDING', version: { increment: 1 } } });
    await w.audit(
      'Assessment',
      a.id,
      'STATUS',
      { status: 'FINAL', lockedAt: a.lockedAt },
      { status: after.status, transition: 'REOPEN', reason: data.reason },
    );
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

const ZExtend = z.object({ id: uuid, version: ZVersion, deadline: z.date('assessment.deadlineRequired'), reason: ZReason });

/** The coordinator moves the deadline to a later moment (audited with the reason); assessors may save again until then. */
export async function extendAssessmentDeadline(ctx: Context, input: unknown) {
  const data = parseInput(ZExtend, input);
  const a = await loadAssessment(ctx, data.id);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['DRAFT', 'IN_ASSESSMENT'], 'extendDeadline');
  if (data.deadline.getTime() <= Date.now()) throw badInput('assessment.deadlineInPast', 'deadline');
  if (a.deadline && data.deadline.getTime() <= a.deadline.getTime()) throw badInput('assessment.deadlineNotLater', 'deadline');
  const result = await write(ctx, async (w) => {
    const after = await changeAssessment(w, a.id, data.version, { deadline: data.deadline }, a.status);
    await w.audit(
      'Assessment',
      a.id,
      'UPDATE',
      { deadline: a.deadline },
      { deadline: after.deadline, extension: true, reason: data.reason },
    );
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

export { myRoles };
