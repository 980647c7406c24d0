// Creating an assessment, its team, and moving it through the workflow:
// DRAFT → IN_ASSESSMENT → CONSENSUS → IN_REVIEW ⇄ NEEDS_REVISION → FINAL
// (and an administrator's audited reopen: FINAL → CONSENSUS).
import type { AssessmentRole, AssessmentStatus, Prisma } from '@rb/db';
import { interpretAnswer } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { type AssessmentWithTeam, forgetAssessment, isAdmin, loadAssessment, myRoles, requireStatus, requireTeamRole } from './access.ts';
import { parseInput } from './parse.ts';
import { scoringCriterion } from './tree.ts';
import { forgetBundle } from './views.ts';

const uuid = z.string().uuid('ID tidak valid');
const ZTeam = {
  coordinatorId: uuid,
  assessorIds: z.array(uuid).min(1, 'Pilih minimal satu asesor').max(20),
  reviewerId: uuid,
};
const ZCreate = z.object({
  title: z.string().trim().min(1, 'Judul wajib diisi').max(300, 'Judul terlalu panjang (maks. 300 karakter)'),
  year: z.number().int().min(2000, 'Tahun tidak valid').max(2100, 'Tahun tidak valid'),
  agencyId: uuid.nullish(),
  frameworkId: uuid,
  deadline: z.date().nullish(),
  ...ZTeam,
});
const ZUpdate = z.object({
  id: uuid,
  version: z.number().int().min(1),
  title: z.string().trim().min(1, 'Judul wajib diisi').max(300).nullish(),
  deadline: z.date().nullish(),
  coordinatorId: uuid.nullish(),
  assessorIds: ZTeam.assessorIds.nullish(),
  reviewerId: uuid.nullish(),
});

type Tx = Prisma.TransactionClient;

async function checkTeam(tx: Tx, gid: string, team: { coordinatorId: string; assessorIds: string[]; reviewerId: string }) {
  const ids = [...new Set([team.coordinatorId, team.reviewerId, ...team.assessorIds])];
  const members = await tx.membership.findMany({ where: { governmentId: gid, userId: { in: ids } }, select: { userId: true } });
  const known = new Set(members.map((m) => m.userId));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) throw badInput('Anggota tim harus pengguna pemerintah daerah ini', 'team');
  // Separation of duties: the reviewer (Inspektorat/APIP) checks the team's work, so is never part of it.
  if (team.reviewerId === team.coordinatorId)
    throw badInput('Reviewer (Inspektorat/APIP) tidak boleh sekaligus menjadi koordinator penilaian yang sama', 'reviewerId');
  if (team.assessorIds.includes(team.reviewerId))
    throw badInput('Reviewer (Inspektorat/APIP) tidak boleh sekaligus menjadi asesor penilaian yang sama', 'reviewerId');
  if (new Set(team.assessorIds).size !== team.assessorIds.length) throw badInput('Asesor tercantum lebih dari sekali', 'assessorIds');
}

function teamRows(assessmentId: string, team: { coordinatorId: string; assessorIds: string[]; reviewerId: string }) {
  const rows: { assessmentId: string; userId: string; role: AssessmentRole }[] = [
    { assessmentId, userId: team.coordinatorId, role: 'COORDINATOR' },
    { assessmentId, userId: team.reviewerId, role: 'REVIEWER' },
    ...team.assessorIds.map((userId) => ({ assessmentId, userId, role: 'ASSESSOR' as const })),
  ];
  return rows;
}

export async function createAssessment(ctx: Context, input: unknown) {
  const data = parseInput(ZCreate, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const framework = await tx.framework.findFirst({
      where: { id: data.frameworkId, OR: [{ governmentId: null }, { governmentId: gid }] },
    });
    if (!framework) throw notFound('Kerangka penilaian');
    if (framework.status !== 'PUBLISHED')
      throw badInput('Kerangka penilaian belum diterbitkan; terbitkan dulu sebelum dipakai', 'frameworkId');
    if (data.agencyId) {
      const agency = await tx.agency.findFirst({ where: { id: data.agencyId, governmentId: gid } });
      if (!agency) throw badInput('Perangkat Daerah tidak ditemukan', 'agencyId');
    }
    await checkTeam(tx, gid, data);
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
    await audit(tx, ctx, { entity: 'Assessment', entityId: created.id, action: 'CREATE', after: { ...created, team: data } });
    return created;
  });
}

export async function updateAssessment(ctx: Context, input: unknown) {
  const data = parseInput(ZUpdate, input);
  const a = await loadAssessment(ctx, data.id);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['DRAFT', 'IN_ASSESSMENT', 'CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION'], 'mengubah penilaian');
  const gid = governmentId(ctx);
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
  if (teamChanged && a.status !== 'DRAFT' && a.status !== 'IN_ASSESSMENT') {
    throw forbidden('Tim hanya dapat diubah sebelum konsensus dibuka');
  }
  const result = await ctx.prisma.$transaction(async (tx) => {
    if (teamChanged) await checkTeam(tx, gid, team);
    const patch: Prisma.AssessmentUpdateManyMutationInput = { version: { increment: 1 } };
    if (data.title) patch.title = data.title;
    if (data.deadline !== undefined) patch.deadline = data.deadline;
    const { count } = await tx.assessment.updateMany({ where: { id: a.id, governmentId: gid, version: data.version }, data: patch });
    if (count === 0) throw conflict(`Penilaian telah diubah orang lain (kini versi ${a.version}); muat ulang lalu coba lagi`, a);
    if (teamChanged) {
      await tx.assessmentMember.deleteMany({ where: { assessmentId: a.id } });
      await tx.assessmentMember.createMany({ data: teamRows(a.id, team) });
    }
    const after = await tx.assessment.findUniqueOrThrow({ where: { id: a.id } });
    await audit(tx, ctx, {
      entity: 'Assessment',
      entityId: a.id,
      action: 'UPDATE',
      before: { ...a, team: current },
      after: { ...after, team },
    });
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

export type Transition = 'START' | 'OPEN_CONSENSUS' | 'CLOSE_CONSENSUS' | 'SEND_BACK' | 'RESUBMIT' | 'FINALISE';

const TRANSITIONS: Record<Transition, { from: AssessmentStatus[]; to: AssessmentStatus; role: AssessmentRole; doing: string }> = {
  START: { from: ['DRAFT'], to: 'IN_ASSESSMENT', role: 'COORDINATOR', doing: 'memulai penilaian' },
  OPEN_CONSENSUS: { from: ['IN_ASSESSMENT'], to: 'CONSENSUS', role: 'COORDINATOR', doing: 'membuka konsensus' },
  CLOSE_CONSENSUS: { from: ['CONSENSUS'], to: 'IN_REVIEW', role: 'COORDINATOR', doing: 'menutup konsensus' },
  SEND_BACK: { from: ['IN_REVIEW'], to: 'NEEDS_REVISION', role: 'REVIEWER', doing: 'mengembalikan untuk perbaikan' },
  RESUBMIT: { from: ['NEEDS_REVISION'], to: 'IN_REVIEW', role: 'COORDINATOR', doing: 'mengajukan kembali' },
  FINALISE: { from: ['IN_REVIEW'], to: 'FINAL', role: 'REVIEWER', doing: 'memfinalkan' },
};

export async function transitionAssessment(
  ctx: Context,
  args: { id: string; version: number; transition: Transition; comment?: string | null },
) {
  const a = await loadAssessment(ctx, args.id);
  const rule = TRANSITIONS[args.transition];
  if (!rule) throw badInput('Langkah alur kerja tidak dikenal', 'transition');
  requireTeamRole(ctx, a, rule.role);
  requireStatus(a, rule.from, rule.doing);
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: a.id, version: args.version, status: a.status },
      data: { status: rule.to, version: { increment: 1 }, lockedAt: rule.to === 'FINAL' ? new Date() : null },
    });
    if (count === 0) throw conflict(`Penilaian telah diubah orang lain (kini versi ${a.version}); muat ulang lalu coba lagi`, a);
    await beforeEntering(tx, ctx, a, args.transition);
    const after = await tx.assessment.findUniqueOrThrow({ where: { id: a.id } });
    await audit(tx, ctx, {
      entity: 'Assessment',
      entityId: a.id,
      action: 'STATUS',
      before: { status: a.status },
      after: { status: after.status, transition: args.transition, comment: args.comment ?? null },
    });
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

/** Checks and side effects of each step (inside the transaction). */
async function beforeEntering(tx: Tx, ctx: Context, a: AssessmentWithTeam, transition: Transition) {
  if (transition === 'START') {
    if (!a.members.some((m) => m.role === 'ASSESSOR')) throw badInput('Tim belum memiliki asesor', 'assessorIds');
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
    if (open > 0) throw badInput(`${open} kriteria belum memiliki jawaban konsensus`, 'consensus');
    return;
  }
  if (transition === 'SEND_BACK') {
    const sent = await tx.consensusAnswer.count({ where: { assessmentId: a.id, reviewStatus: 'REVISION_REQUIRED' } });
    if (sent === 0) throw badInput('Tandai minimal satu kriteria "perlu perbaikan" beserta komentar sebelum mengembalikan', 'review');
    return;
  }
  if (transition === 'RESUBMIT' || transition === 'FINALISE') {
    const open = await tx.consensusAnswer.count({ where: { assessmentId: a.id, reviewStatus: 'REVISION_REQUIRED' } });
    if (open > 0) {
      throw badInput(
        transition === 'RESUBMIT'
          ? `${open} kriteria yang dikembalikan reviewer belum diperbaiki`
          : `${open} kriteria masih berstatus perlu perbaikan; kembalikan ke koordinator atau terima dulu`,
        'review',
      );
    }
    if (transition === 'FINALISE') {
      await tx.consensusAnswer.updateMany({
        where: { assessmentId: a.id, reviewStatus: { in: ['PENDING', 'REVISED'] } },
        data: { reviewStatus: 'ACCEPTED', reviewedById: requireUser(ctx).id, version: { increment: 1 } },
      });
    }
  }
}

const ZReopen = z.object({
  id: uuid,
  version: z.number().int().min(1),
  reason: z.string().trim().min(5, 'Tuliskan alasan pembukaan kembali (min. 5 karakter)').max(2000),
});

export async function reopenAssessment(ctx: Context, input: unknown) {
  const data = parseInput(ZReopen, input);
  if (!isAdmin(ctx)) throw forbidden('Hanya administrator yang dapat membuka kembali penilaian final');
  const a = await loadAssessment(ctx, data.id);
  if (a.status !== 'FINAL') throw badInput('Hanya penilaian final yang dapat dibuka kembali', 'status');
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: a.id, version: data.version, status: 'FINAL' },
      data: { status: 'CONSENSUS', lockedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(`Penilaian telah diubah orang lain (kini versi ${a.version}); muat ulang lalu coba lagi`, a);
    await tx.consensusAnswer.updateMany({ where: { assessmentId: a.id }, data: { reviewStatus: 'PENDING', version: { increment: 1 } } });
    const after = await tx.assessment.findUniqueOrThrow({ where: { id: a.id } });
    await audit(tx, ctx, {
      entity: 'Assessment',
      entityId: a.id,
      action: 'STATUS',
      before: { status: 'FINAL', lockedAt: a.lockedAt },
      after: { status: after.status, transition: 'REOPEN', reason: data.reason },
    });
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

const ZExtend = z.object({
  id: uuid,
  version: z.number().int().min(1),
  deadline: z.date({ error: 'Batas waktu baru wajib diisi' }),
  reason: z.string().trim().min(5, 'Tuliskan alasan perpanjangan (min. 5 karakter)').max(2000, 'Alasan terlalu panjang'),
});

/** The coordinator moves the deadline to a later moment (audited with the reason); assessors may save again until then. */
export async function extendAssessmentDeadline(ctx: Context, input: unknown) {
  const data = parseInput(ZExtend, input);
  const a = await loadAssessment(ctx, data.id);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['DRAFT', 'IN_ASSESSMENT'], 'memperpanjang batas waktu');
  if (data.deadline.getTime() <= Date.now()) throw badInput('Batas waktu baru harus di masa mendatang', 'deadline');
  if (a.deadline && data.deadline.getTime() <= a.deadline.getTime())
    throw badInput('Batas waktu baru harus setelah batas waktu sekarang', 'deadline');
  const result = await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: a.id, version: data.version, status: a.status },
      data: { deadline: data.deadline, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(`Penilaian telah diubah orang lain (kini versi ${a.version}); muat ulang lalu coba lagi`, a);
    const after = await tx.assessment.findUniqueOrThrow({ where: { id: a.id } });
    await audit(tx, ctx, {
      entity: 'Assessment',
      entityId: a.id,
      action: 'UPDATE',
      before: { deadline: a.deadline },
      after: { deadline: after.deadline, extension: true, reason: data.reason },
    });
    return after;
  });
  forgetAssessment(ctx, a.id);
  forgetBundle(ctx, a.id);
  return result;
}

export { myRoles };
