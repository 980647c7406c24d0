// The checks of a whole plan, road map or year of indicators, on demand: the
// rows are read with a constant number of queries (selecting only what the
// rules read) and run through @rb/domain's rule set, minus the rules the
// government switched off.
import { type CheckFinding, type CheckIndicator, type CheckTarget, type CheckValue, checkIndicators, checkPlan } from '@rb/domain';
import { type IndicatorScope, Prisma, type PrismaClient } from '@rb/db';
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

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof CHECK_INDICATOR_SELECT }>;

export const toCheckIndicator = (i: IndicatorRow, targetYears?: number[]): CheckIndicator => ({
  id: i.id,
  name: i.name,
  valueType: i.valueType,
  unit: i.unit,
  direction: i.direction,
  accumulation: i.accumulation,
  ...(targetYears ? { targetYears } : {}),
});

/**
 * Yearly and quarterly values (not monthly) of some indicators, in the columns
 * the rules read. One row per indicator with its values packed in one string
 * (fields split by U+001F, values by U+001E; the text as a JSON string, which
 * escapes those characters), as the indicator loaders' seriesRows read a
 * series: tens of thousands of values are far cheaper to hand from the
 * database to JavaScript that way than as rows.
 */
export async function valuesOf(db: PrismaClient | Tx, indicatorIds: string[], opts: { year?: number } = {}): Promise<CheckValue[]> {
  if (indicatorIds.length === 0) return [];
  const inYear =
    opts.year === undefined ? Prisma.empty : Prisma.sql`AND ("year" = ${opts.year} OR ("kind" = 'BASELINE' AND "year" <= ${opts.year}))`;
  const rows = await db.$queryRaw<{ indicatorId: string; packed: string }[]>(Prisma.sql`
    SELECT "indicatorId", string_agg(concat("kind", chr(31), "year", chr(31), "quarter", chr(31), "scopeKey", chr(31),
      "numericValue", chr(31), "notAvailable"::int, chr(31), to_json("textValue")), chr(30)) AS "packed"
    FROM "IndicatorValue"
    WHERE "indicatorId" = ANY(${indicatorIds}::uuid[]) AND "month" = 0 ${inYear}
    GROUP BY "indicatorId"`);
  const out: CheckValue[] = [];
  for (const row of rows) {
    for (const value of row.packed.split('\u001e')) {
      const [kind, year, quarter, scopeKey, numeric, na, text] = value.split('\u001f');
      out.push({
        indicatorId: row.indicatorId,
        kind: kind as CheckValue['kind'],
        year: Number(year),
        quarter: Number(quarter),
        scopeKey: scopeKey ?? '',
        numericValue: numeric ? numeric : null,
        notAvailable: na === '1',
        textValue: text && text !== 'null' ? (JSON.parse(text) as string) : null,
      });
    }
  }
  return out;
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
      values,
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
    values,
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
    { year },
  );
  return report(
    checkIndicators(
      indicators.map((i) => toCheckIndicator(i)),
      values,
      rules.on,
    ),
    rules.disabled,
  );
}
