// The checks of a whole plan, road map or year of indicators, on demand: the
// rows are read with a constant number of queries (selecting only what the
// rules read) and run through @rb/domain's rule set, minus the rules the
// government switched off.
import { type CheckFinding, type CheckIndicator, type CheckTarget, type CheckValue, checkIndicators, checkPlan } from '@rb/domain';
import type { IndicatorScope, Prisma, PrismaClient } from '@rb/db';
import { type Context, governmentId } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { isUuid, type Tx } from '../kernel.ts';
import { ruleSet } from './rules.ts';

/** What the rules read of an indicator. */
export const CHECK_INDICATOR_SELECT = {
  id: true,
  name: true,
  valueType: true,
  unit: true,
  direction: true,
  accumulation: true,
} as const satisfies Prisma.IndicatorSelect;
const VALUE_SELECT = {
  indicatorId: true,
  kind: true,
  year: true,
  quarter: true,
  scopeKey: true,
  numericValue: true,
  textValue: true,
  notAvailable: true,
} as const satisfies Prisma.IndicatorValueSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof CHECK_INDICATOR_SELECT }>;
type ValueRow = Prisma.IndicatorValueGetPayload<{ select: typeof VALUE_SELECT }>;

export const toCheckIndicator = (i: IndicatorRow, targetYears?: number[]): CheckIndicator => ({
  id: i.id,
  name: i.name,
  valueType: i.valueType,
  unit: i.unit,
  direction: i.direction,
  accumulation: i.accumulation,
  ...(targetYears ? { targetYears } : {}),
});
export const toCheckValue = (v: ValueRow): CheckValue => ({
  indicatorId: v.indicatorId,
  kind: v.kind,
  year: v.year,
  quarter: v.quarter,
  scopeKey: v.scopeKey,
  numericValue: v.numericValue?.toString() ?? null,
  textValue: v.textValue,
  notAvailable: v.notAvailable,
});

/** Yearly and quarterly values (not monthly) of some indicators. */
export function valuesOf(db: PrismaClient | Tx, indicatorIds: string[], where: Prisma.IndicatorValueWhereInput = {}) {
  if (indicatorIds.length === 0) return Promise.resolve([] as ValueRow[]);
  return db.indicatorValue.findMany({ where: { indicatorId: { in: indicatorIds }, month: 0, ...where }, select: VALUE_SELECT });
}

/** A finding in its GraphQL shape. */
export function findingView(f: CheckFinding) {
  const target = (t: CheckTarget) => ({
    type: t.type,
    indicatorId: 'indicatorId' in t ? t.indicatorId : null,
    kind: t.type === 'VALUE' ? t.kind : null,
    year: t.type === 'VALUE' ? t.year : null,
    quarter: t.type === 'VALUE' ? t.quarter : null,
    agencyId: t.type === 'VALUE' ? t.scopeKey || null : null,
    activityId: t.type === 'ACTIVITY' ? t.activityId : null,
    actionId: t.type === 'ACTION' ? t.actionId : null,
    stepId: t.type === 'STEP' ? t.stepId : null,
  });
  return {
    rule: f.rule,
    severity: f.severity,
    messageKey: f.messageKey,
    params: Object.entries(f.params).map(([name, value]) => ({ name, value: String(value) })),
    target: target(f.target),
    related: f.related.map(target),
  };
}
export type CheckFindingView = ReturnType<typeof findingView>;

function report(findings: CheckFinding[], disabled: string[]) {
  return {
    findings: findings.map(findingView),
    errorCount: findings.filter((f) => f.severity === 'ERROR').length,
    warningCount: findings.filter((f) => f.severity === 'WARNING').length,
    disabledRules: disabled,
  };
}

export async function workPlanChecks(ctx: Context, workPlanId: string) {
  const gid = governmentId(ctx);
  if (!isUuid(workPlanId)) throw notFound('WorkPlan');
  const plan = await ctx.prisma.workPlan.findFirst({ where: { id: workPlanId, governmentId: gid }, select: { id: true, kind: true } });
  if (!plan) throw notFound('WorkPlan');
  const inPlan = { activity: { workPlanId: plan.id, archivedAt: null }, archivedAt: null };
  const [rules, activities, actions, steps] = await Promise.all([
    ruleSet(ctx.prisma, gid),
    ctx.prisma.activity.findMany({
      where: { workPlanId: plan.id, archivedAt: null },
      select: { id: true, name: true, budget: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
    ctx.prisma.action.findMany({
      where: inPlan,
      select: { id: true, activityId: true, name: true, budget: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
    ctx.prisma.step.findMany({
      where: { action: inPlan },
      select: { id: true, actionId: true, name: true, months: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
  ]);
  // The plan's own indicators (PK: program, activity and sub-activity indicators; renaksi: output indicators).
  const indicators = await ctx.prisma.indicator.findMany({
    where: {
      governmentId: gid,
      archivedAt: null,
      OR: [{ program: { workPlanId: plan.id } }, { activity: { workPlanId: plan.id } }, { action: { activity: { workPlanId: plan.id } } }],
    },
    select: CHECK_INDICATOR_SELECT,
  });
  const values = await valuesOf(
    ctx.prisma,
    indicators.map((i) => i.id),
  );
  const findings = [
    ...checkPlan(
      {
        kind: plan.kind,
        activities: activities.map((a) => ({ ...a, budget: a.budget?.toString() ?? null })),
        actions: actions.map((a) => ({ ...a, budget: a.budget?.toString() ?? null })),
        steps,
      },
      rules.on,
    ),
    ...checkIndicators(
      indicators.map((i) => toCheckIndicator(i)),
      values.map(toCheckValue),
      rules.on,
    ),
  ];
  return report(findings, rules.disabled);
}

export async function roadmapChecks(ctx: Context, roadmapId: string) {
  const gid = governmentId(ctx);
  if (!isUuid(roadmapId)) throw notFound('Roadmap');
  const roadmap = await ctx.prisma.roadmap.findFirst({
    where: { id: roadmapId, governmentId: gid },
    select: { id: true, startYear: true, endYear: true },
  });
  if (!roadmap) throw notFound('Roadmap');
  const [rules, indicators] = await Promise.all([
    ruleSet(ctx.prisma, gid),
    ctx.prisma.indicator.findMany({
      where: { governmentId: gid, roadmapId: roadmap.id, archivedAt: null, scope: { in: ['GOAL', 'AREA'] } },
      select: CHECK_INDICATOR_SELECT,
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const years: number[] = [];
  for (let y = roadmap.startYear; y <= roadmap.endYear && years.length < 50; y += 1) years.push(y);
  const values = await valuesOf(
    ctx.prisma,
    indicators.map((i) => i.id),
  );
  const findings = checkIndicators(
    indicators.map((i) => toCheckIndicator(i, years)),
    values.map(toCheckValue),
    rules.on,
  );
  return report(findings, rules.disabled);
}

/** The values of a year (with the baselines before it) of the government's indicators. */
export async function indicatorChecks(ctx: Context, year: number, scope?: IndicatorScope | null) {
  const gid = governmentId(ctx);
  const [rules, indicators] = await Promise.all([
    ruleSet(ctx.prisma, gid),
    ctx.prisma.indicator.findMany({
      where: { governmentId: gid, archivedAt: null, ...(scope ? { scope } : {}) },
      select: CHECK_INDICATOR_SELECT,
    }),
  ]);
  const values = await valuesOf(
    ctx.prisma,
    indicators.map((i) => i.id),
    { OR: [{ year }, { kind: 'BASELINE', year: { lte: year } }] },
  );
  return report(
    checkIndicators(
      indicators.map((i) => toCheckIndicator(i)),
      values.map(toCheckValue),
      rules.on,
    ),
    rules.disabled,
  );
}
