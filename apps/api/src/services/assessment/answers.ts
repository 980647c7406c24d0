// Answers (each assessor's own, versioned), evidence, the consensus answer and
// the reviewer's verdict per criterion.
import { createHash } from 'node:crypto';
import type { Criterion, Prisma } from '@rb/db';
import { interpretAnswer, type MessageKey, type MessageParams } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { isUuid, write } from '../kernel.ts';
import {
  type AssessmentWithTeam,
  loadAssessment,
  myRoles,
  requireBeforeDeadline,
  requireStatus,
  requireStatusInTransaction,
  requireTeamRole,
} from './access.ts';
import { parseInput } from '../kernel.ts';
import { scoringCriterion } from './tree.ts';

const uuid = z.guid('validation.uuid');
const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZValue = z.string('validation.invalid').trim().max(100, 'validation.tooLong').nullish();
const ZNote = z.string('validation.invalid').max(5000, 'validation.tooLong').nullish();

/** Why an answer is refused: one message key per reason of @rb/domain's interpretAnswer. */
const REASONS = {
  'unknown-option': 'assessment.answerUnknownOption',
  'not-a-number': 'assessment.answerNotNumber',
  'out-of-range': 'assessment.answerOutOfRange',
  'no-options': 'assessment.answerNoOptions',
  'no-scale': 'assessment.answerNoScale',
} as const;

async function criterionOf(ctx: Context, a: AssessmentWithTeam, criterionId: string): Promise<Criterion> {
  const c = await ctx.prisma.criterion.findFirst({ where: { id: criterionId, frameworkId: a.frameworkId } });
  if (!c) throw notFound('Criterion');
  return c;
}

/** Normalises and checks a raw answer for the criterion: null when blank. */
export function checkValue(c: Criterion, value: string | null | undefined): string | null {
  const v = value?.trim() || null;
  const r = interpretAnswer(scoringCriterion(c), v);
  if (r.kind === 'INVALID') {
    throw badInput(REASONS[r.reason as keyof typeof REASONS] ?? 'assessment.answerInvalid', 'value', { value: v ?? '' });
  }
  return v;
}

const ZSave = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  value: ZValue,
  note: ZNote,
  version: ZVersion.nullish(),
});

export async function saveAnswer(ctx: Context, input: unknown) {
  const data = parseInput(ZSave, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  if (!myRoles(ctx, a).includes('ASSESSOR')) throw forbidden('assessment.onlyAssessorAnswers');
  requireStatus(a, ['IN_ASSESSMENT'], 'editAnswer');
  requireBeforeDeadline(a);
  const c = await criterionOf(ctx, a, data.criterionId);
  const value = checkValue(c, data.value);
  const note = data.note?.trim() ? data.note : null;
  return write(ctx, async (w) => {
    await requireStatusInTransaction(w.tx, a, ['IN_ASSESSMENT'], 'editAnswer', { beforeDeadline: true });
    const where = { assessmentId: a.id, criterionId: c.id, assessorId: user.id };
    const existing = await w.tx.answer.findFirst({ where });
    if (!existing) {
      if (data.version) throw conflict('error.conflictGone', undefined, { what: 'Answer' });
      return w.create(w.tx.answer, 'Answer', { ...where, value, note }, { scoped: false });
    }
    // A row made only to hold evidence (no value, no note) is not a competing answer.
    const blank = existing.value === null && existing.note === null && !data.version;
    return w.update(w.tx.answer, 'Answer', {
      id: existing.id,
      version: blank ? existing.version : (data.version ?? 0),
      scope: { assessmentId: a.id, assessorId: user.id },
      data: { value, note },
    });
  });
}

/** Where new evidence of the caller goes: their own answer (assessor) or the team's (coordinator). */
async function evidenceTarget(ctx: Context, tx: Prisma.TransactionClient, a: AssessmentWithTeam, criterionId: string, team: boolean) {
  const user = requireUser(ctx);
  if (team) {
    requireTeamRole(ctx, a, 'COORDINATOR');
    // Already inside the write's transaction: the status is read (and the row locked) here.
    await requireStatusInTransaction(tx, a, ['CONSENSUS', 'NEEDS_REVISION'], 'addTeamEvidence');
    return null;
  }
  if (!myRoles(ctx, a).includes('ASSESSOR')) throw forbidden('assessment.onlyAssessorEvidence');
  await requireStatusInTransaction(tx, a, ['IN_ASSESSMENT'], 'addEvidence', { beforeDeadline: true });
  const where = { assessmentId: a.id, criterionId, assessorId: user.id };
  const answer = (await tx.answer.findFirst({ where })) ?? (await tx.answer.create({ data: where }));
  return answer.id;
}

const ZLink = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  title: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  url: z
    .string('validation.required')
    .trim()
    .max(2000, 'validation.tooLong')
    .refine((u) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(u), 'assessment.evidenceUrl'),
  team: z.boolean('validation.invalid').nullish(),
});

export async function addEvidenceLink(ctx: Context, input: unknown) {
  const data = parseInput(ZLink, input);
  const a = await loadAssessment(ctx, data.assessmentId);
  const c = await criterionOf(ctx, a, data.criterionId);
  return write(ctx, async (w) => {
    const answerId = await evidenceTarget(ctx, w.tx, a, c.id, !!data.team);
    return w.create(
      w.tx.evidence,
      'Evidence',
      {
        assessmentId: a.id,
        criterionId: c.id,
        answerId,
        kind: 'LINK',
        title: data.title,
        url: data.url,
        uploadedById: requireUser(ctx).id,
      },
      { scoped: false },
    );
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

/** Why a file is not accepted as evidence (a message key with its params), or null. */
export function evidenceTypeError(fileName: string, mimeType: string): { key: MessageKey; params: MessageParams } | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const allowed = EVIDENCE_TYPES[mimeType];
  if (!allowed) return { key: 'assessment.fileTypeRefused', params: { type: mimeType || '?' } };
  if (!allowed.includes(ext)) return { key: 'assessment.fileExtensionMismatch', params: { ext, type: mimeType } };
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
  if (!isUuid(args.criterionId)) throw badInput('assessment.criterionRequired', 'criterionId');
  const c = await criterionOf(ctx, a, args.criterionId);
  if (args.data.length === 0) throw badInput('assessment.fileEmpty', 'file');
  if (args.data.length > MAX_EVIDENCE_BYTES) throw badInput('assessment.fileTooBig', 'file', { max: '10 MB' });
  const typeError = evidenceTypeError(args.fileName, args.mimeType);
  if (typeError) throw badInput(typeError.key, 'file', typeError.params);
  const fileName = args.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200);
  return write(ctx, async (w) => {
    const { tx } = w;
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
    await w.audit('Evidence', ev.id, 'CREATE', undefined, { ...ev, fileName, sizeBytes: args.data.length });
    return ev;
  });
}

export async function removeEvidence(ctx: Context, id: string) {
  const user = requireUser(ctx);
  const ev = isUuid(id) ? await ctx.prisma.evidence.findUnique({ where: { id } }) : null;
  if (!ev) throw notFound('Evidence');
  const a = await loadAssessment(ctx, ev.assessmentId);
  if (ev.uploadedById !== user.id) throw forbidden('assessment.onlyUploader');
  requireStatus(a, ev.answerId ? ['IN_ASSESSMENT'] : ['CONSENSUS', 'NEEDS_REVISION'], 'removeEvidence');
  if (ev.answerId) requireBeforeDeadline(a);
  await write(ctx, async (w) => {
    await w.tx.evidence.delete({ where: { id } });
    if (ev.fileId) await w.tx.evidenceFile.delete({ where: { id: ev.fileId } });
    await w.audit('Evidence', id, 'DELETE', ev);
  });
  return true;
}

const ZDecide = z.object({
  assessmentId: uuid,
  criterionId: uuid,
  value: ZValue,
  reason: z.string('validation.invalid').max(5000, 'validation.tooLong').nullish(),
  version: ZVersion.nullish(),
});

export async function decideConsensus(ctx: Context, input: unknown) {
  const data = parseInput(ZDecide, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['CONSENSUS', 'NEEDS_REVISION'], 'editConsensus');
  const c = await criterionOf(ctx, a, data.criterionId);
  const value = checkValue(c, data.value);
  const reason = data.reason?.trim() || null;
  return write(ctx, async (w) => {
    const now = await requireStatusInTransaction(w.tx, a, ['CONSENSUS', 'NEEDS_REVISION'], 'editConsensus');
    const where = { assessmentId: a.id, criterionId: c.id };
    const existing = await w.tx.consensusAnswer.findFirst({ where });
    if (now.status === 'NEEDS_REVISION' && existing?.reviewStatus !== 'REVISION_REQUIRED' && existing?.reviewStatus !== 'REVISED') {
      throw forbidden('assessment.revisionOnlySentBack');
    }
    if (!existing) {
      if (data.version) throw conflict('error.conflictGone', undefined, { what: 'ConsensusAnswer' });
      return w.create(w.tx.consensusAnswer, 'ConsensusAnswer', { ...where, value, reason, decidedById: user.id }, { scoped: false });
    }
    return w.update(w.tx.consensusAnswer, 'ConsensusAnswer', {
      id: existing.id,
      version: data.version ?? 0,
      scope: { assessmentId: a.id },
      data: { value, reason, decidedById: user.id, ...(now.status === 'NEEDS_REVISION' ? { reviewStatus: 'REVISED' as const } : {}) },
    });
  });
}

const ZReview = z
  .object({
    assessmentId: uuid,
    criterionId: uuid,
    accept: z.boolean('validation.required'),
    comment: z.string('validation.invalid').trim().max(5000, 'validation.tooLong').nullish(),
    version: ZVersion,
  })
  .refine((v) => v.accept || !!v.comment, { message: 'assessment.commentRequired', path: ['comment'] });

export async function reviewCriterion(ctx: Context, input: unknown) {
  const data = parseInput(ZReview, input);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'REVIEWER');
  requireStatus(a, ['IN_REVIEW'], 'review');
  return write(ctx, async (w) => {
    await requireStatusInTransaction(w.tx, a, ['IN_REVIEW'], 'review');
    const existing = await w.tx.consensusAnswer.findFirst({ where: { assessmentId: a.id, criterionId: data.criterionId } });
    if (!existing) throw notFound('ConsensusAnswer');
    return w.update(w.tx.consensusAnswer, 'ConsensusAnswer', {
      id: existing.id,
      version: data.version,
      scope: { assessmentId: a.id },
      data: { reviewStatus: data.accept ? 'ACCEPTED' : 'REVISION_REQUIRED', reviewComment: data.comment || null, reviewedById: user.id },
    });
  });
}
