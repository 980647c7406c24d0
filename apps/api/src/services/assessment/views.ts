// The read side of one assessment, shaped for the API and filtered by what the
// viewer may see (cached per request: one query per table, whatever is asked).
import type { Answer, AssessmentExclusion, ConsensusAnswer, EvaluatorScore, Evidence } from '@rb/db';
import type { Context } from '../../context.ts';
import { type AssessmentWithTeam, canSeeAllAnswers, loadAssessment } from './access.ts';
import { assessmentTree, type FrameworkData, loadFrameworkData, type ScoreSheetView, scoreSheet } from './tree.ts';

export interface EvidenceView {
  id: string;
  criterionId: string;
  answerId: string | null;
  kind: 'FILE' | 'LINK';
  title: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  downloadUrl: string | null;
  uploadedByName: string | null;
  createdAt: Date;
}

export interface AnswerView {
  id: string;
  criterionId: string;
  assessorId: string;
  assessorName: string;
  value: string | null;
  note: string | null;
  version: number;
  updatedAt: Date;
  evidence: EvidenceView[];
}

export interface ConsensusView {
  id: string;
  criterionId: string;
  value: string | null;
  reason: string | null;
  decidedByName: string | null;
  reviewStatus: ConsensusAnswer['reviewStatus'];
  reviewComment: string | null;
  reviewedByName: string | null;
  version: number;
  updatedAt: Date;
}

interface Bundle {
  assessment: AssessmentWithTeam;
  framework: FrameworkData;
  answers: Answer[];
  consensus: ConsensusAnswer[];
  evidence: (Evidence & { file: { fileName: string; mimeType: string; sizeBytes: number } | null })[];
  evaluatorScores: EvaluatorScore[];
  exclusions: AssessmentExclusion[];
  names: Map<string, string>;
}

const cacheKey = Symbol('assessmentBundle');
type CachedCtx = Context & { [cacheKey]?: Map<string, Promise<Bundle>> };
const frameworkKey = Symbol('frameworkData');
type FwCtx = Context & { [frameworkKey]?: Map<string, Promise<FrameworkData>> };

export function frameworkData(ctx: Context, frameworkId: string): Promise<FrameworkData> {
  const c = ctx as FwCtx;
  c[frameworkKey] ??= new Map();
  let p = c[frameworkKey].get(frameworkId);
  if (!p) {
    p = loadFrameworkData(ctx.prisma, frameworkId);
    c[frameworkKey].set(frameworkId, p);
  }
  return p;
}

async function bundle(ctx: Context, id: string): Promise<Bundle> {
  const c = ctx as CachedCtx;
  c[cacheKey] ??= new Map();
  let p = c[cacheKey].get(id);
  if (!p) {
    p = (async () => {
      const assessment = await loadAssessment(ctx, id);
      const [framework, answers, consensus, evidence, evaluatorScores, exclusions] = await Promise.all([
        frameworkData(ctx, assessment.frameworkId),
        ctx.prisma.answer.findMany({ where: { assessmentId: id }, orderBy: { createdAt: 'asc' } }),
        ctx.prisma.consensusAnswer.findMany({ where: { assessmentId: id } }),
        ctx.prisma.evidence.findMany({
          where: { assessmentId: id },
          include: { file: { select: { fileName: true, mimeType: true, sizeBytes: true } } },
          orderBy: { createdAt: 'asc' },
        }),
        ctx.prisma.evaluatorScore.findMany({ where: { assessmentId: id } }),
        ctx.prisma.assessmentExclusion.findMany({ where: { assessmentId: id }, orderBy: { createdAt: 'asc' } }),
      ]);
      const names = new Map(assessment.members.map((m) => [m.userId, m.user.name]));
      const unknown = [
        ...new Set(
          [
            ...answers.map((x) => x.assessorId),
            ...consensus.flatMap((x) => [x.decidedById, x.reviewedById]),
            ...evidence.map((e) => e.uploadedById),
            ...evaluatorScores.map((e) => e.enteredById),
          ].filter((u): u is string => !!u && !names.has(u)),
        ),
      ];
      if (unknown.length) {
        for (const u of await ctx.prisma.user.findMany({ where: { id: { in: unknown } }, select: { id: true, name: true } }))
          names.set(u.id, u.name);
      }
      return { assessment, framework, answers, consensus, evidence, evaluatorScores, exclusions, names };
    })();
    c[cacheKey].set(id, p);
  }
  return p;
}

export function forgetBundle(ctx: Context, id: string) {
  (ctx as CachedCtx)[cacheKey]?.delete(id);
}

function evidenceView(b: Bundle, e: Bundle['evidence'][number]): EvidenceView {
  return {
    id: e.id,
    criterionId: e.criterionId,
    answerId: e.answerId,
    kind: e.kind,
    title: e.title,
    url: e.url,
    fileName: e.file?.fileName ?? null,
    mimeType: e.file?.mimeType ?? null,
    sizeBytes: e.file?.sizeBytes ?? null,
    downloadUrl: e.kind === 'FILE' && e.fileId ? `/api/evidence/${e.id}/file` : null,
    uploadedByName: e.uploadedById ? (b.names.get(e.uploadedById) ?? null) : null,
    createdAt: e.createdAt,
  };
}

function answerView(b: Bundle, x: Answer): AnswerView {
  return {
    id: x.id,
    criterionId: x.criterionId,
    assessorId: x.assessorId,
    assessorName: b.names.get(x.assessorId) ?? '',
    value: x.value,
    note: x.note,
    version: x.version,
    updatedAt: x.updatedAt,
    evidence: b.evidence.filter((e) => e.answerId === x.id).map((e) => evidenceView(b, e)),
  };
}

/** Assessor ids whose answers the viewer may see. */
function visibleAssessors(ctx: Context, b: Bundle): Set<string> {
  if (canSeeAllAnswers(ctx, b.assessment))
    return new Set(
      b.answers.map((x) => x.assessorId).concat(b.assessment.members.filter((m) => m.role === 'ASSESSOR').map((m) => m.userId)),
    );
  return new Set(ctx.user ? [ctx.user.id] : []);
}

export async function myAnswers(ctx: Context, id: string): Promise<AnswerView[]> {
  const b = await bundle(ctx, id);
  return b.answers.filter((x) => x.assessorId === ctx.user?.id).map((x) => answerView(b, x));
}

export async function visibleAnswers(ctx: Context, id: string): Promise<AnswerView[]> {
  const b = await bundle(ctx, id);
  const visible = visibleAssessors(ctx, b);
  return b.answers.filter((x) => visible.has(x.assessorId)).map((x) => answerView(b, x));
}

export async function consensusAnswers(ctx: Context, id: string): Promise<ConsensusView[]> {
  const b = await bundle(ctx, id);
  return b.consensus.map((x) => ({
    id: x.id,
    criterionId: x.criterionId,
    value: x.value,
    reason: x.reason,
    decidedByName: x.decidedById ? (b.names.get(x.decidedById) ?? null) : null,
    reviewStatus: x.reviewStatus,
    reviewComment: x.reviewComment,
    reviewedByName: x.reviewedById ? (b.names.get(x.reviewedById) ?? null) : null,
    version: x.version,
    updatedAt: x.updatedAt,
  }));
}

export async function teamEvidence(ctx: Context, id: string): Promise<EvidenceView[]> {
  const b = await bundle(ctx, id);
  return b.evidence.filter((e) => e.answerId === null).map((e) => evidenceView(b, e));
}

/** The framework as it applies to this assessment: the government's kind of weights, its exclusions. */
function treeOf(ctx: Context, b: Bundle) {
  return assessmentTree(b.framework, ctx.government?.kind ?? null, new Set(b.exclusions.map((x) => x.nodeId)));
}

export async function assessorScores(ctx: Context, id: string): Promise<ScoreSheetView[]> {
  const b = await bundle(ctx, id);
  const visible = visibleAssessors(ctx, b);
  const tree = treeOf(ctx, b);
  return b.assessment.members
    .filter((m) => m.role === 'ASSESSOR' && visible.has(m.userId))
    .map((m) => {
      const answers = new Map(b.answers.filter((x) => x.assessorId === m.userId).map((x) => [x.criterionId, x.value]));
      return scoreSheet(tree, answers, { id: m.userId, name: m.user.name }, b.framework.rules);
    });
}

export async function consensusScore(ctx: Context, id: string): Promise<ScoreSheetView> {
  const b = await bundle(ctx, id);
  return scoreSheet(treeOf(ctx, b), new Map(b.consensus.map((x) => [x.criterionId, x.value])), null, b.framework.rules);
}

export interface EvaluatorScoreView {
  id: string;
  criterionId: string;
  value: string | null;
  note: string | null;
  evaluator: string | null;
  imported: boolean;
  enteredByName: string | null;
  version: number;
  updatedAt: Date;
}

export async function evaluatorScores(ctx: Context, id: string): Promise<EvaluatorScoreView[]> {
  const b = await bundle(ctx, id);
  return b.evaluatorScores.map((e) => ({
    id: e.id,
    criterionId: e.criterionId,
    value: e.value,
    note: e.note,
    evaluator: e.evaluator,
    imported: e.imported,
    enteredByName: e.enteredById ? (b.names.get(e.enteredById) ?? null) : null,
    version: e.version,
    updatedAt: e.updatedAt,
  }));
}

/** The evaluator's score sheet (null until the evaluator has entered a value). */
export async function evaluatorScore(ctx: Context, id: string): Promise<ScoreSheetView | null> {
  const b = await bundle(ctx, id);
  if (!b.evaluatorScores.some((e) => e.value !== null)) return null;
  return scoreSheet(treeOf(ctx, b), new Map(b.evaluatorScores.map((x) => [x.criterionId, x.value])), null, b.framework.rules);
}

export async function exclusions(ctx: Context, id: string) {
  const b = await bundle(ctx, id);
  return b.exclusions;
}

/** Consensus values 0..1 per criterion (unanswered = 0), for the follow-up proposal. */
export async function consensusBundle(ctx: Context, id: string) {
  return bundle(ctx, id);
}
