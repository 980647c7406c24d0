// The renaksi (rencana aksi RB General / Tematik) of a year, built from the
// evaluation's findings (catatan LHE): per finding an action with output,
// coordinator (koordinator) and implementers (pelaksana), budget, and an
// output indicator with TW I–IV targets (stored like a PK sub-activity's:
// setPkTargets accepts renaksi plans). Each quarter the implementer reports
// the realization (an IndicatorValue of that indicator, so a closed quarter
// refuses it like any indicator period), the budget spent, the supporting
// and hindering factors, the follow-up and the evidence links.
import type { ActionReport, Finding } from '@rb/db';
import { parseIndicatorValue, parseRupiah, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { activeLocks, isLocked } from '../indicator/periods.ts';
import { checkAgency, parseInput, requireScope, type Writer, write } from '../kernel.ts';
import { PLANNER } from './create.ts';

const uuid = z.guid('validation.uuid');
const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZText = (max: number) =>
  z
    .string('validation.invalid')
    .trim()
    .max(max, 'validation.tooLong')
    .transform((v) => (v === '' ? null : v))
    .nullish();

const ZCreate = z.object({
  year: ZYear,
  title: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  agencyId: uuid.nullish(),
  findingIds: z.array(uuid, 'plans.renaksiNoFindings').min(1, 'plans.renaksiNoFindings').max(500, 'validation.tooLong'),
});

/** The group a finding's action goes in: RB General, the Tematik theme, or other findings. */
function groupOf(finding: {
  criterion: { node: { name: string; parent: { name: string } | null } } | null;
  assessment: { framework: { model: string | null } } | null;
}) {
  const model = finding.assessment?.framework.model ?? null;
  if (model?.includes('Tematik')) {
    // Tematik items are "<component> → <theme> → item" or "<component> → item — <theme>".
    const node = finding.criterion?.node;
    const theme = node?.name.split(' — ')[1] ?? node?.parent?.name ?? null;
    return theme ? `RB Tematik — ${theme}` : 'RB Tematik';
  }
  if (model?.includes('General')) return 'RB General';
  return null;
}

/** A renaksi plan for the year with one action per finding, grouped by RB General / Tematik theme. */
export async function createRenaksi(ctx: Context, input: unknown) {
  const data = parseInput(ZCreate, input);
  if (new Set(data.findingIds).size !== data.findingIds.length) throw badInput('plans.renaksiFindingTwice', 'findingIds');
  return write(ctx, async (w) => {
    await checkAgency(w, data.agencyId);
    await requireScope(w, PLANNER, data.agencyId ?? null);
    const findings = await w.tx.finding.findMany({
      where: { id: { in: data.findingIds }, governmentId: w.gid, archivedAt: null },
      include: {
        criterion: { include: { node: { include: { parent: { select: { name: true } } } } } },
        assessment: { include: { framework: { select: { model: true } } } },
      },
    });
    if (findings.length !== data.findingIds.length) throw notFound('Finding');
    // A finding is followed up once: refuse, changing nothing, if one already has a renaksi action.
    const already = await w.tx.action.findFirst({
      where: { findingId: { in: data.findingIds }, governmentId: w.gid, archivedAt: null },
      include: { activity: { include: { workPlan: { select: { title: true } } } } },
    });
    if (already) {
      const f = findings.find((x) => x.id === already.findingId)!;
      throw conflict(
        'plans.renaksiFindingAlready',
        { findingId: f.id, actionId: already.id, planId: already.activity.workPlanId },
        { finding: f.text.slice(0, 80), plan: already.activity.workPlan?.title ?? '' },
      );
    }
    const plan = await w.create(w.tx.workPlan, 'WorkPlan', {
      agencyId: data.agencyId ?? null,
      kind: 'RENAKSI',
      year: data.year,
      title: data.title,
      regulationRef: `Tindak lanjut catatan hasil evaluasi ${[...new Set(findings.map((f) => f.year))].join(', ')}`,
    });
    const ordered = data.findingIds.map((id) => findings.find((f) => f.id === id)!);
    const groups = new Map<string, string>();
    let order = 0;
    for (const f of ordered) {
      const name = groupOf(f) ?? 'Catatan lainnya';
      let activityId = groups.get(name);
      if (!activityId) {
        const activity = await w.tx.activity.create({ data: { governmentId: w.gid, workPlanId: plan.id, name, sortOrder: groups.size } });
        activityId = activity.id;
        groups.set(name, activityId);
      }
      await w.tx.action.create({
        data: {
          governmentId: w.gid,
          activityId,
          findingId: f.id,
          code: f.criterion?.code ?? null,
          // The planner rewrites it as an action; until then it says what it answers.
          name: `Menindaklanjuti: ${f.text}`.slice(0, 1000),
          responsibleAgencyId: data.agencyId ?? null,
          sortOrder: order++,
        },
      });
    }
    await w.audit('WorkPlan', plan.id, 'CREATE', undefined, { ...plan, findingIds: data.findingIds, createdBy: requireUser(ctx).id });
    return plan;
  });
}

/** The renaksi action `id` the caller may change (planner of the plan's agency). */
async function renaksiAction(w: Writer, id: string, roles: readonly ('PLANNER' | 'MANAGER')[]) {
  const action = await w.find(w.tx.action, 'Action', id);
  const activity = await w.find(w.tx.activity, 'Activity', action.activityId);
  const plan = activity.workPlanId ? await w.find(w.tx.workPlan, 'WorkPlan', activity.workPlanId) : null;
  if (plan?.kind !== 'RENAKSI') throw badInput('plans.notRenaksi', 'id');
  await requireScope(w, roles, action.responsibleAgencyId ?? plan.agencyId);
  return { action, plan };
}

const ZUpdateAction = z.object({
  id: uuid,
  version: ZVersion,
  name: z.string('validation.required').trim().min(1, 'validation.required').max(1000, 'validation.tooLong').optional(),
  output: ZText(1000),
  responsibleAgencyId: uuid.nullish(),
  implementers: ZText(1000),
  budget: z.string('plans.invalidBudget').trim().max(40, 'plans.invalidBudget').nullish(),
});

/** Changes a renaksi action: what it does, its output, coordinator, implementers and budget. */
export const updateRenaksiAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZUpdateAction, input);
    await renaksiAction(w, data.id, PLANNER);
    if (data.responsibleAgencyId) await checkAgency(w, data.responsibleAgencyId, 'responsibleAgencyId');
    let budget: string | null | undefined;
    if (data.budget !== undefined) {
      if (data.budget === null || data.budget === '') budget = null;
      else {
        const parsed = parseRupiah(data.budget);
        if (!parsed.ok) throw badInput('plans.invalidBudget', 'budget');
        budget = parsed.value;
      }
    }
    const fields: Record<string, unknown> = {};
    if (data.name !== undefined) fields.name = data.name;
    if (data.output !== undefined) fields.output = data.output;
    if (data.responsibleAgencyId !== undefined) fields.responsibleAgencyId = data.responsibleAgencyId;
    if (data.implementers !== undefined) fields.responsibleText = data.implementers;
    if (budget !== undefined) fields.budget = budget;
    return w.update(w.tx.action, 'Action', { id: data.id, version: data.version, data: fields });
  });

const ZEvidence = z.object({
  title: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  url: z.url({ error: 'validation.url', protocol: /^https?$/ }).max(2000, 'validation.tooLong'),
});

const ZReport = z.object({
  actionId: uuid,
  quarter: z.number('plans.quarterInvalid').int('plans.quarterInvalid').min(1, 'plans.quarterInvalid').max(4, 'plans.quarterInvalid'),
  /** The report's version when changing it (absent for the first report of the quarter). */
  version: ZVersion.nullish(),
  realization: z.string('plans.invalidTarget').trim().max(100, 'validation.tooLong').nullish(),
  budgetRealization: z.string('plans.invalidBudget').trim().max(40, 'plans.invalidBudget').nullish(),
  supportingFactors: ZText(5000),
  hinderingFactors: ZText(5000),
  followUp: ZText(5000),
  evidence: z.array(ZEvidence).max(20, 'validation.tooLong').nullish(),
});

/**
 * The implementer's report of a quarter: realization of the output indicator,
 * budget spent, factors, follow-up and evidence, all at once. Refused while
 * the quarter is closed; changed only with the report's current version.
 */
export const reportRenaksiQuarter = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZReport, input);
    const { action, plan } = await renaksiAction(w, data.actionId, ['PLANNER', 'MANAGER']);
    const locks = await activeLocks(w.tx, w.gid, [plan.year]);
    if (isLocked(locks, plan.year, data.quarter)) throw forbidden('plans.periodClosed', { year: plan.year });
    const indicator = await w.tx.indicator.findFirst({
      where: { actionId: action.id, governmentId: w.gid },
      orderBy: { sortOrder: 'asc' },
    });
    let realization: Extract<ReturnType<typeof parseIndicatorValue>, { ok: true }> | null = null;
    if (data.realization) {
      if (!indicator) throw badInput('plans.renaksiNoIndicator', 'realization');
      const parsed = parseIndicatorValue(data.realization, { valueType: indicator.valueType, unit: indicator.unit });
      if (!parsed.ok) throw badInput('plans.invalidTarget', 'realization');
      realization = parsed;
    }
    let budgetRealization: string | null = null;
    if (data.budgetRealization) {
      const parsed = parseRupiah(data.budgetRealization);
      if (!parsed.ok) throw badInput('plans.invalidBudget', 'budgetRealization');
      budgetRealization = parsed.value;
    }
    const fields = {
      budgetRealization,
      supportingFactors: data.supportingFactors ?? null,
      hinderingFactors: data.hinderingFactors ?? null,
      followUp: data.followUp ?? null,
      evidence: data.evidence ?? [],
      reportedById: requireUser(ctx).id,
    };
    const existing = await w.tx.actionReport.findFirst({ where: { actionId: action.id, quarter: data.quarter } });
    if (!existing && data.version) throw conflict('error.conflictGone', undefined, { what: 'ActionReport' });
    const report = existing
      ? await w.update(w.tx.actionReport, 'ActionReport', { id: existing.id, version: data.version ?? 0, data: fields })
      : await w.create(w.tx.actionReport, 'ActionReport', { actionId: action.id, quarter: data.quarter, ...fields });
    if (indicator) {
      const key = {
        indicatorId: indicator.id,
        scopeKey: '',
        kind: 'REALIZATION' as const,
        year: plan.year,
        quarter: data.quarter,
        month: 0,
      };
      const before = await w.tx.indicatorValue.findUnique({ where: { indicatorId_scopeKey_kind_year_quarter_month: key } });
      if (realization) {
        const v = {
          numericValue: realization.numericValue,
          categoryValue: realization.categoryValue,
          textValue: realization.textValue,
          notAvailable: realization.notAvailable,
          enteredById: requireUser(ctx).id,
        };
        const after = before
          ? await w.tx.indicatorValue.update({ where: { id: before.id }, data: { ...v, version: { increment: 1 } } })
          : await w.tx.indicatorValue.create({ data: { ...key, governmentId: w.gid, ...v } });
        await w.audit('IndicatorValue', after.id, before ? 'UPDATE' : 'CREATE', before ?? undefined, after);
      } else if (before && data.realization !== undefined) {
        await w.tx.indicatorValue.delete({ where: { id: before.id } });
        await w.audit('IndicatorValue', before.id, 'DELETE', before);
      }
    }
    return report;
  });

/** Findings of a year without a renaksi action yet (what still needs a follow-up). */
export function unfollowedFindings(ctx: Context, gid: string, year: number | null | undefined) {
  return ctx.prisma.finding.findMany({
    where: { governmentId: gid, archivedAt: null, ...(year ? { year } : {}), actions: { none: { archivedAt: null } } },
    orderBy: [{ year: 'desc' }, { createdAt: 'asc' }],
  });
}

export interface RenaksiActionView {
  id: string;
  version: number;
  code: string | null;
  name: string;
  output: string | null;
  responsibleAgencyId: string | null;
  implementers: string | null;
  budget: string | null;
  finding: Finding | null;
  group: string;
  indicator: { id: string; name: string; unit: string | null; version: number } | null;
  targets: (string | null)[];
  totalTarget: string | null;
  realizations: (string | null)[];
  reports: ActionReport[];
}

/** A renaksi plan's actions with their finding, output indicator, TW targets, realizations and reports (four queries). */
export async function renaksiActions(
  ctx: Context,
  plan: { id: string; year: number; kind: string; governmentId: string },
): Promise<RenaksiActionView[]> {
  if (plan.kind !== 'RENAKSI') return [];
  const actions = await ctx.prisma.action.findMany({
    where: { governmentId: plan.governmentId, archivedAt: null, activity: { workPlanId: plan.id } },
    include: { activity: { select: { name: true, sortOrder: true } }, finding: true },
    orderBy: [{ activity: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
  });
  const ids = actions.map((a) => a.id);
  const [indicators, reports] = await Promise.all([
    ctx.prisma.indicator.findMany({
      where: { actionId: { in: ids }, governmentId: plan.governmentId, archivedAt: null },
      include: { values: { where: { year: plan.year, scopeKey: '', month: 0 } } },
      orderBy: { sortOrder: 'asc' },
    }),
    ctx.prisma.actionReport.findMany({ where: { actionId: { in: ids } }, orderBy: { quarter: 'asc' } }),
  ]);
  return actions.map((a) => {
    const ind = indicators.find((i) => i.actionId === a.id) ?? null;
    const value = (kind: 'TARGET' | 'REALIZATION', quarter: number) =>
      ind?.values.find((v) => v.kind === kind && v.quarter === quarter)?.textValue ?? null;
    return {
      id: a.id,
      version: a.version,
      code: a.code,
      name: a.name,
      output: a.output,
      responsibleAgencyId: a.responsibleAgencyId,
      implementers: a.responsibleText,
      budget: a.budget?.toString() ?? null,
      finding: a.finding,
      group: a.activity.name,
      indicator: ind ? { id: ind.id, name: ind.name, unit: ind.unit, version: ind.version } : null,
      targets: [1, 2, 3, 4].map((q) => value('TARGET', q)),
      totalTarget: value('TARGET', 0),
      realizations: [1, 2, 3, 4].map((q) => value('REALIZATION', q)),
      reports: reports.filter((r) => r.actionId === a.id),
    };
  });
}
