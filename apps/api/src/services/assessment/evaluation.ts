// The 2023 model around an assessment: the evaluator's scores beside the
// self-assessment, items that do not apply to the government, findings
// (catatan LHE), and the index that adds up the frameworks of one index code
// (Indeks RB = RB General + RB Tematik) for a year.
import type { Criterion } from '@rb/db';
import { gradeFor, roundScore, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { parseInput, write } from '../kernel.ts';
import { forgetAssessment, isAdmin, loadAssessment, requireStatus, requireTeamRole } from './access.ts';
import { checkValue } from './answers.ts';
import { rulesOf } from './tree.ts';
import { consensusScore, evaluatorScore, forgetBundle } from './views.ts';

const uuid = z.guid('validation.uuid');
const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZShort = z.string('validation.invalid').trim().max(200, 'validation.tooLong');

const ZEvaluatorScores = z.object({
  assessmentId: uuid,
  scores: z
    .array(
      z.object({
        criterionId: uuid,
        value: z.string('validation.invalid').trim().max(100, 'validation.tooLong').nullish(),
        note: z.string('validation.invalid').max(5000, 'validation.tooLong').nullish(),
        evaluator: ZShort.nullish(),
        version: ZVersion.nullish(),
      }),
    )
    .min(1, 'validation.required')
    .max(500, 'validation.tooMany'),
});

function requireEvaluator(ctx: Context) {
  if (!isAdmin(ctx) && !ctx.roles.has('EVALUATOR')) throw forbidden('assessment.onlyEvaluator');
}

/**
 * Saves evaluator values for criteria of an assessment, all or nothing: each
 * value is read like an answer (a bad one refuses the whole batch); an existing
 * value is changed only with its current version (else CONFLICT, nothing saved).
 */
export async function setEvaluatorScores(ctx: Context, input: unknown) {
  const data = parseInput(ZEvaluatorScores, input);
  requireEvaluator(ctx);
  const user = requireUser(ctx);
  const a = await loadAssessment(ctx, data.assessmentId);
  if (a.status === 'DRAFT') throw forbidden('assessment.evaluatorDraft');
  const ids = data.scores.map((s) => s.criterionId);
  if (new Set(ids).size !== ids.length) throw badInput('assessment.duplicateCriterion', 'scores');
  const criteria = new Map<string, Criterion>(
    (await ctx.prisma.criterion.findMany({ where: { id: { in: ids }, frameworkId: a.frameworkId } })).map((c) => [c.id, c]),
  );
  // Every value is read first: one bad value refuses the whole batch, before anything is written.
  const rows = data.scores.map((s) => {
    const c = criteria.get(s.criterionId);
    if (!c) throw notFound('Criterion');
    return { ...s, value: checkValue(c, s.value), note: s.note?.trim() ? s.note : null, evaluator: s.evaluator || null };
  });
  const saved = await write(ctx, async (w) => {
    const existing = new Map(
      (await w.tx.evaluatorScore.findMany({ where: { assessmentId: a.id, criterionId: { in: ids } } })).map((e) => [e.criterionId, e]),
    );
    const out = [];
    for (const r of rows) {
      const current = existing.get(r.criterionId);
      const fields = { value: r.value, note: r.note, evaluator: r.evaluator, enteredById: user.id, imported: false };
      if (!current) {
        if (r.version) throw conflict('error.conflictGone', undefined, { what: 'EvaluatorScore' });
        out.push(
          await w.create(
            w.tx.evaluatorScore,
            'EvaluatorScore',
            { assessmentId: a.id, criterionId: r.criterionId, ...fields },
            { scoped: false },
          ),
        );
      } else {
        out.push(
          await w.update(w.tx.evaluatorScore, 'EvaluatorScore', {
            id: current.id,
            version: r.version ?? 0,
            scope: { assessmentId: a.id },
            data: fields,
          }),
        );
      }
    }
    return out;
  });
  forgetBundle(ctx, a.id);
  return saved;
}

const ZExclusion = z.object({
  assessmentId: uuid,
  nodeId: uuid,
  notApplicable: z.boolean('validation.invalid'),
  reason: z.string('validation.invalid').trim().max(1000, 'validation.tooLong').nullish(),
});

/** Marks a framework item as not applicable to this government's assessment (with a reason), or applicable again. */
export async function setAssessmentExclusion(ctx: Context, input: unknown) {
  const data = parseInput(ZExclusion, input);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'COORDINATOR');
  requireStatus(a, ['DRAFT', 'IN_ASSESSMENT', 'CONSENSUS', 'NEEDS_REVISION'], 'editAssessment');
  const node = await ctx.prisma.frameworkNode.findFirst({ where: { id: data.nodeId, frameworkId: a.frameworkId } });
  if (!node) throw notFound('FrameworkNode');
  if (data.notApplicable && !data.reason) throw badInput('assessment.exclusionReasonRequired', 'reason');
  await write(ctx, async (w) => {
    const where = { assessmentId: a.id, nodeId: node.id };
    const current = await w.tx.assessmentExclusion.findFirst({ where });
    if (data.notApplicable) {
      if (current) {
        const after = await w.tx.assessmentExclusion.update({ where: { id: current.id }, data: { reason: data.reason! } });
        await w.audit('AssessmentExclusion', current.id, 'UPDATE', current, after);
      } else {
        await w.create(
          w.tx.assessmentExclusion,
          'AssessmentExclusion',
          { ...where, reason: data.reason!, createdById: requireUser(ctx).id },
          { scoped: false },
        );
      }
    } else if (current) {
      await w.tx.assessmentExclusion.delete({ where: { id: current.id } });
      await w.audit('AssessmentExclusion', current.id, 'DELETE', current);
    }
  });
  forgetBundle(ctx, a.id);
  forgetAssessment(ctx, a.id);
  return loadAssessment(ctx, a.id);
}

// ── Findings (catatan LHE) ────────────────────────────────────────────────

const ZFinding = z.object({
  assessmentId: uuid.nullish(),
  criterionId: uuid.nullish(),
  year: ZYear,
  text: z.string('validation.invalid').trim().min(1, 'assessment.findingTextRequired').max(5000, 'validation.tooLong'),
  source: ZShort.nullish(),
});
const ZFindingUpdate = ZFinding.partial().extend({ id: uuid, version: ZVersion, archived: z.boolean().nullish() });

const FINDING_ROLES = ['EVALUATOR', 'ASSESSMENT_COORDINATOR', 'PLANNER'] as const;
function requireFindingWriter(ctx: Context) {
  if (!isAdmin(ctx) && !FINDING_ROLES.some((r) => ctx.roles.has(r))) throw forbidden('assessment.onlyEvaluator');
}

async function checkFindingLinks(ctx: Context, assessmentId: string | null | undefined, criterionId: string | null | undefined) {
  let frameworkId: string | null = null;
  if (assessmentId) frameworkId = (await loadAssessment(ctx, assessmentId)).frameworkId;
  if (criterionId) {
    const c = await ctx.prisma.criterion.findFirst({
      where: {
        id: criterionId,
        ...(frameworkId ? { frameworkId } : {}),
        framework: { OR: [{ governmentId: null }, { governmentId: governmentId(ctx) }] },
      },
    });
    if (!c) throw notFound('Criterion');
  }
}

export async function createFinding(ctx: Context, input: unknown) {
  const data = parseInput(ZFinding, input);
  requireFindingWriter(ctx);
  await checkFindingLinks(ctx, data.assessmentId, data.criterionId);
  return write(ctx, (w) =>
    w.create(w.tx.finding, 'Finding', {
      assessmentId: data.assessmentId ?? null,
      criterionId: data.criterionId ?? null,
      year: data.year,
      text: data.text,
      source: data.source || null,
      createdById: requireUser(ctx).id,
    }),
  );
}

export async function updateFinding(ctx: Context, input: unknown) {
  const data = parseInput(ZFindingUpdate, input);
  requireFindingWriter(ctx);
  await checkFindingLinks(ctx, data.assessmentId, data.criterionId);
  const { id, version, archived, ...rest } = data;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return write(ctx, (w) =>
    w.update(w.tx.finding, 'Finding', {
      id,
      version,
      data: { ...fields, ...(archived === undefined || archived === null ? {} : { archivedAt: archived ? new Date() : null }) },
    }),
  );
}

export function findings(ctx: Context, args: { year?: number | null; assessmentId?: string | null; includeArchived?: boolean | null }) {
  return ctx.prisma.finding.findMany({
    where: {
      governmentId: governmentId(ctx),
      ...(args.year ? { year: args.year } : {}),
      ...(args.assessmentId ? { assessmentId: args.assessmentId } : {}),
      ...(args.includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: [{ year: 'desc' }, { createdAt: 'asc' }],
  });
}

// ── The index of a year (Indeks RB = RB General + RB Tematik) ─────────────

export interface IndexPart {
  model: string;
  frameworkName: string;
  assessmentId: string | null;
  assessmentTitle: string | null;
  total: number | null;
  maxTotal: number | null;
  evaluatorTotal: number | null;
}

export interface AssessmentIndexView {
  code: string;
  total: number;
  maxTotal: number;
  grade: string;
  evaluatorTotal: number | null;
  /** A part of the index has no assessment yet this year. */
  complete: boolean;
  parts: IndexPart[];
}

/**
 * The index an assessment belongs to: per model of the index code (RB General,
 * RB Tematik) the latest assessment of the same government, year and agency;
 * the index is the sum of their consensus totals (and of the evaluator's,
 * when every part has one). Graded with the bands of the rescaled part (RB
 * General), since the official 2023–2025 bands of the index are not known.
 */
export async function assessmentIndex(ctx: Context, assessmentId: string): Promise<AssessmentIndexView | null> {
  const a = await loadAssessment(ctx, assessmentId);
  const fw = await ctx.prisma.framework.findUnique({ where: { id: a.frameworkId } });
  if (!fw?.indexCode) return null;
  const gid = governmentId(ctx);
  const group = await ctx.prisma.framework.findMany({
    where: { indexCode: fw.indexCode, OR: [{ governmentId: null }, { governmentId: gid }] },
    orderBy: [{ rescale: 'desc' }, { code: 'asc' }],
  });
  const models = [...new Set(group.map((f) => f.model ?? f.code))];
  const siblings = await ctx.prisma.assessment.findMany({
    where: { governmentId: gid, year: a.year, agencyId: a.agencyId, frameworkId: { in: group.map((f) => f.id) } },
    orderBy: { updatedAt: 'desc' },
  });
  const parts: IndexPart[] = [];
  for (const model of models) {
    const fws = group.filter((f) => (f.model ?? f.code) === model);
    const chosen = model === (fw.model ?? fw.code) ? a : siblings.find((s) => fws.some((f) => f.id === s.frameworkId));
    const chosenFw = chosen ? (fws.find((f) => f.id === chosen.frameworkId) ?? fw) : fws[0]!;
    if (!chosen) {
      parts.push({
        model,
        frameworkName: chosenFw.name,
        assessmentId: null,
        assessmentTitle: null,
        total: null,
        maxTotal: null,
        evaluatorTotal: null,
      });
      continue;
    }
    const [self, evaluator] = await Promise.all([consensusScore(ctx, chosen.id), evaluatorScore(ctx, chosen.id)]);
    parts.push({
      model,
      frameworkName: chosenFw.name,
      assessmentId: chosen.id,
      assessmentTitle: chosen.title,
      total: self.total,
      maxTotal: self.maxTotal,
      evaluatorTotal: evaluator?.total ?? null,
    });
  }
  const total = parts.reduce((s, p) => s + (p.total ?? 0), 0);
  const bandsFrom = group.find((f) => f.rescale) ?? fw;
  return {
    code: fw.indexCode,
    total: roundScore(total),
    maxTotal: roundScore(parts.reduce((s, p) => s + (p.maxTotal ?? 0), 0)),
    grade: gradeFor(total, rulesOf(bandsFrom).bands).grade,
    evaluatorTotal: parts.every((p) => p.evaluatorTotal !== null) ? roundScore(parts.reduce((s, p) => s + p.evaluatorTotal!, 0)) : null,
    complete: parts.every((p) => p.assessmentId !== null),
    parts,
  };
}
