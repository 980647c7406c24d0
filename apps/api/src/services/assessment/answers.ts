// Answers (each assessor's own, versioned), evidence, the consensus answer and
// the reviewer's verdict per criterion.
import { createHash } from 'node:crypto';
import type { Criterion, Prisma } from '@rb/db';
import { interpretAnswer } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { type AssessmentWithTeam, loadAssessment, myRoles, requireBeforeDeadline, requireStatus, requireTeamRole } from './access.ts';
import { parseInput } from './parse.ts';
import { scoringCriterion } from './tree.ts';

const uuid = z.string().uuid('ID tidak valid');
const ZValue = z.string().trim().max(100, 'Jawaban terlalu panjang').nullish();
const ZNote = z.string().max(5000, 'Catatan terlalu panjang (maks. 5.000 karakter)').nullish();

const REASONS: Record<string, string> = {
  'unknown-option': 'bukan salah satu pilihan jawaban',
  'not-a-number': 'bukan angka',
  'out-of-range': 'di luar rentang yang diperbolehkan',
  'no-options': 'kriteria ini belum memiliki pilihan jawaban',
  'no-scale': 'kriteria ini belum memiliki skala',
};

async function criterionOf(ctx: Context, a: AssessmentWithTeam, criterionId: string): Promise<Criterion> {
  const c = await ctx.prisma.criterion.findFirst({ where: { id: criterionId, frameworkId: a.frameworkId } });
  if (!c) throw notFound('Kriteria');
  return c;
}

/** Normalises and checks a raw answer for the criterion: null when blank. */
function checkValue(c: Criterion, value: string | null | undefined): string | null {
  const v = value?.trim() || null;
  const r = interpretAnswer(scoringCriterion(c), v);
  if (r.kind === 'INVALID') throw badInput(`Jawaban "${v}" ${REASONS[r.reason] ?? 'tidak valid'}`, 'value');
  return v;
}

const ZSave = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  value: ZValue,
  note: ZNote,
  version: z.number().int().min(1).nullish(),
});

export async function saveAnswer(ctx: Context, input: unknown) {
  const data = parseInput(ZSave, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  if (!myRoles(ctx, a).includes('ASSESSOR')) throw forbidden('Hanya asesor dalam tim penilaian ini yang mengisi lembar kerja');
  requireStatus(a, ['IN_ASSESSMENT'], 'mengubah jawaban');
  requireBeforeDeadline(a);
  const c = await criterionOf(ctx, a, data.criterionId);
  const value = checkValue(c, data.value);
  const note = data.note?.trim() ? data.note : null;
  return ctx.prisma.$transaction(async (tx) => {
    const where = { assessmentId: a.id, criterionId: c.id, assessorId: user.id };
    const existing = await tx.answer.findFirst({ where });
    if (!existing) {
      if (data.version) throw conflict('Jawaban ini tidak lagi ada; muat ulang lalu coba lagi');
      const created = await tx.answer.create({ data: { ...where, value, note } });
      await audit(tx, ctx, { entity: 'Answer', entityId: created.id, action: 'CREATE', after: created });
      return created;
    }
    // A row made only to hold evidence (no value, no note) is not a competing answer.
    const blank = existing.value === null && existing.note === null && !data.version;
    if (data.version !== existing.version && !blank) {
      throw conflict(`Jawaban telah diubah di tempat lain (kini versi ${existing.version}); muat ulang lalu coba lagi`, existing);
    }
    const { count } = await tx.answer.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { value, note, version: { increment: 1 } },
    });
    if (count === 0) throw conflict('Jawaban telah diubah di tempat lain; muat ulang lalu coba lagi', existing);
    const after = await tx.answer.findUniqueOrThrow({ where: { id: existing.id } });
    await audit(tx, ctx, { entity: 'Answer', entityId: after.id, action: 'UPDATE', before: existing, after });
    return after;
  });
}

/** Where new evidence of the caller goes: their own answer (assessor) or the team's (coordinator). */
async function evidenceTarget(ctx: Context, tx: Prisma.TransactionClient, a: AssessmentWithTeam, criterionId: string, team: boolean) {
  const user = requireUser(ctx);
  if (team) {
    requireTeamRole(ctx, a, 'COORDINATOR');
    requireStatus(a, ['CONSENSUS', 'NEEDS_REVISION'], 'menambah data dukung tim');
    return null;
  }
  if (!myRoles(ctx, a).includes('ASSESSOR')) throw forbidden('Hanya asesor dalam tim penilaian ini yang menambah data dukung jawaban');
  requireStatus(a, ['IN_ASSESSMENT'], 'menambah data dukung');
  requireBeforeDeadline(a);
  const where = { assessmentId: a.id, criterionId, assessorId: user.id };
  const answer = (await tx.answer.findFirst({ where })) ?? (await tx.answer.create({ data: where }));
  return answer.id;
}

const ZLink = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  title: z.string().trim().min(1, 'Judul data dukung wajib diisi').max(300, 'Judul terlalu panjang'),
  url: z
    .string()
    .trim()
    .max(2000, 'Tautan terlalu panjang')
    .refine((u) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(u), 'Tautan harus alamat web lengkap (https://…)'),
  team: z.boolean().nullish(),
});

export async function addEvidenceLink(ctx: Context, input: unknown) {
  const data = parseInput(ZLink, input);
  const a = await loadAssessment(ctx, data.assessmentId);
  const c = await criterionOf(ctx, a, data.criterionId);
  return ctx.prisma.$transaction(async (tx) => {
    const answerId = await evidenceTarget(ctx, tx, a, c.id, !!data.team);
    const ev = await tx.evidence.create({
      data: {
        assessmentId: a.id,
        criterionId: c.id,
        answerId,
        kind: 'LINK',
        title: data.title,
        url: data.url,
        uploadedById: requireUser(ctx).id,
      },
    });
    await audit(tx, ctx, { entity: 'Evidence', entityId: ev.id, action: 'CREATE', after: ev });
    return ev;
  });
}

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

export function evidenceTypeError(fileName: string, mimeType: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const allowed = EVIDENCE_TYPES[mimeType];
  if (!allowed)
    return `Jenis berkas ${mimeType || 'tidak dikenal'} tidak diterima (PDF, gambar PNG/JPEG, Word, Excel, PowerPoint, ODF, TXT, CSV)`;
  if (!allowed.includes(ext)) return `Ekstensi .${ext} tidak cocok dengan jenis berkas ${mimeType}`;
  return null;
}

/** Stores an uploaded file as evidence (bytes in the database). */
export async function addEvidenceFile(
  ctx: Context,
  args: {
    assessmentId: string;
    criterionId: string;
    title?: string | null;
    team?: boolean;
    fileName: string;
    mimeType: string;
    data: Buffer;
  },
) {
  const a = await loadAssessment(ctx, args.assessmentId);
  if (!z.string().uuid().safeParse(args.criterionId).success) throw badInput('Kriteria wajib dipilih', 'criterionId');
  const c = await criterionOf(ctx, a, args.criterionId);
  if (args.data.length === 0) throw badInput('Berkas kosong', 'file');
  if (args.data.length > MAX_EVIDENCE_BYTES) throw badInput('Berkas terlalu besar (maks. 10 MB)', 'file');
  const typeError = evidenceTypeError(args.fileName, args.mimeType);
  if (typeError) throw badInput(typeError, 'file');
  const fileName = args.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200);
  return ctx.prisma.$transaction(async (tx) => {
    const answerId = await evidenceTarget(ctx, tx, a, c.id, !!args.team);
    const file = await tx.evidenceFile.create({
      data: {
        fileName,
        mimeType: args.mimeType,
        sizeBytes: args.data.length,
        sha256: createHash('sha256').update(args.data).digest('hex'),
        data: new Uint8Array(args.data),
      },
      select: { id: true },
    });
    const ev = await tx.evidence.create({
      data: {
        assessmentId: a.id,
        criterionId: c.id,
        answerId,
        kind: 'FILE',
        title: args.title?.trim() || fileName,
        fileId: file.id,
        uploadedById: requireUser(ctx).id,
      },
    });
    await audit(tx, ctx, {
      entity: 'Evidence',
      entityId: ev.id,
      action: 'CREATE',
      after: { ...ev, fileName, sizeBytes: args.data.length },
    });
    return ev;
  });
}

export async function removeEvidence(ctx: Context, id: string) {
  const user = requireUser(ctx);
  const ev = z.string().uuid().safeParse(id).success ? await ctx.prisma.evidence.findUnique({ where: { id } }) : null;
  if (!ev) throw notFound('Data dukung');
  const a = await loadAssessment(ctx, ev.assessmentId);
  if (ev.uploadedById !== user.id) throw forbidden('Hanya pengunggah yang dapat menghapus data dukung ini');
  requireStatus(a, ev.answerId ? ['IN_ASSESSMENT'] : ['CONSENSUS', 'NEEDS_REVISION'], 'menghapus data dukung');
  if (ev.answerId) requireBeforeDeadline(a);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.evidence.delete({ where: { id } });
    if (ev.fileId) await tx.evidenceFile.delete({ where: { id: ev.fileId } });
    await audit(tx, ctx, { entity: 'Evidence', entityId: id, action: 'DELETE', before: ev });
  });
  return true;
}

const ZDecide = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  value: ZValue,
  reason: z.string().max(5000, 'Alasan terlalu panjang').nullish(),
  version: z.number().int().min(1).nullish(),
});

export async function decideConsensus(ctx: Context, input: unknown) {
  const data = parseInput(ZDecide, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['CONSENSUS', 'NEEDS_REVISION'], 'mengubah jawaban konsensus');
  const c = await criterionOf(ctx, a, data.criterionId);
  const value = checkValue(c, data.value);
  const reason = data.reason?.trim() || null;
  return ctx.prisma.$transaction(async (tx) => {
    const where = { assessmentId: a.id, criterionId: c.id };
    const existing = await tx.consensusAnswer.findFirst({ where });
    if (a.status === 'NEEDS_REVISION' && existing?.reviewStatus !== 'REVISION_REQUIRED' && existing?.reviewStatus !== 'REVISED') {
      throw forbidden('Saat perbaikan hanya kriteria yang dikembalikan reviewer yang dapat diubah');
    }
    if (!existing) {
      if (data.version) throw conflict('Jawaban konsensus ini tidak lagi ada; muat ulang lalu coba lagi');
      const created = await tx.consensusAnswer.create({ data: { ...where, value, reason, decidedById: user.id } });
      await audit(tx, ctx, { entity: 'ConsensusAnswer', entityId: created.id, action: 'CREATE', after: created });
      return created;
    }
    if (data.version !== existing.version) {
      throw conflict(`Jawaban konsensus telah diubah (kini versi ${existing.version}); muat ulang lalu coba lagi`, existing);
    }
    const { count } = await tx.consensusAnswer.updateMany({
      where: { id: existing.id, version: existing.version },
      data: {
        value,
        reason,
        decidedById: user.id,
        version: { increment: 1 },
        ...(a.status === 'NEEDS_REVISION' ? { reviewStatus: 'REVISED' as const } : {}),
      },
    });
    if (count === 0) throw conflict('Jawaban konsensus telah diubah; muat ulang lalu coba lagi', existing);
    const after = await tx.consensusAnswer.findUniqueOrThrow({ where: { id: existing.id } });
    await audit(tx, ctx, { entity: 'ConsensusAnswer', entityId: after.id, action: 'UPDATE', before: existing, after });
    return after;
  });
}

const ZReview = z
  .object({
    assessmentId: uuid,
    criterionId: uuid,
    accept: z.boolean(),
    comment: z.string().trim().max(5000, 'Komentar terlalu panjang').nullish(),
    version: z.number().int().min(1),
  })
  .refine((v) => v.accept || !!v.comment, { message: 'Tuliskan komentar saat mengembalikan kriteria', path: ['comment'] });

export async function reviewCriterion(ctx: Context, input: unknown) {
  const data = parseInput(ZReview, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'REVIEWER');
  requireStatus(a, ['IN_REVIEW'], 'mereviu kriteria');
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.consensusAnswer.findFirst({ where: { assessmentId: a.id, criterionId: data.criterionId } });
    if (!existing) throw notFound('Jawaban konsensus');
    const { count } = await tx.consensusAnswer.updateMany({
      where: { id: existing.id, version: data.version },
      data: {
        reviewStatus: data.accept ? 'ACCEPTED' : 'REVISION_REQUIRED',
        reviewComment: data.comment || null,
        reviewedById: user.id,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(`Jawaban konsensus telah diubah (kini versi ${existing.version}); muat ulang lalu coba lagi`, existing);
    const after = await tx.consensusAnswer.findUniqueOrThrow({ where: { id: existing.id } });
    await audit(tx, ctx, { entity: 'ConsensusAnswer', entityId: after.id, action: 'UPDATE', before: existing, after });
    return after;
  });
}
