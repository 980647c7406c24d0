/**
 * Plan checks: the typing errors and gaps an evaluator would find in a plan,
 * a road map, a performance agreement or a renaksi — one rule set, run when a
 * value is typed or pasted, in the import review, and on demand for a whole
 * plan. Each rule has an id, a severity (error = the value is refused,
 * warning = kept but flagged, after the user confirmed) and message keys
 * (messages/checks.ts) whose params carry the figures, formatted the
 * Indonesian way.
 *
 * Pure functions over plain rows; the API loads the rows (a constant number
 * of queries) and decides which rules a government switched off.
 */
import type { MessageParams } from './messages/types.ts';
import { formatNumber } from './number-format.ts';

export type CheckSeverity = 'ERROR' | 'WARNING';

export const CHECK_RULES = {
  /** A percentage below 0: no share of anything is negative. */
  'percent.negative': { severity: 'ERROR', subject: 'value' },
  /** A percentage above 100 (2000 % typed for 20 %): a completion or share cannot exceed the whole. */
  'percent.over100': { severity: 'WARNING', subject: 'value' },
  /** Quarterly targets of a cumulative indicator that go down from one quarter to the next. */
  'quarters.decreasing': { severity: 'WARNING', subject: 'value' },
  /** A cumulative indicator whose TW IV target is not the annual target. */
  'quarters.lastNotAnnual': { severity: 'WARNING', subject: 'value' },
  /** An additive indicator whose four quarterly targets do not add up to the annual target. */
  'quarters.sumNotAnnual': { severity: 'WARNING', subject: 'value' },
  /** An indicator that declares neither rule, whose quarters neither add up to nor end at the year. */
  'quarters.inconsistent': { severity: 'WARNING', subject: 'value' },
  /** A target on the wrong side of the baseline for the indicator's direction. */
  'target.belowBaseline': { severity: 'WARNING', subject: 'value' },
  /** A realization more than ten times, or less than a tenth of, its target. */
  'realization.magnitude': { severity: 'WARNING', subject: 'value' },
  /** A number typed with a unit ("30 Orang") the indicator does not have: the unit belongs to the indicator. */
  'value.unitInText': { severity: 'WARNING', subject: 'value' },
  /** A counted indicator with targets and no unit. */
  'indicator.noUnit': { severity: 'WARNING', subject: 'indicator' },
  /** A road-map indicator with no target for a year of the road map's period. */
  'indicator.missingTargets': { severity: 'WARNING', subject: 'indicator' },
  /** An activity's budget that is not the sum of its sub-activities' budgets. */
  'budget.notSum': { severity: 'WARNING', subject: 'plan' },
  /** A step scheduled in no month. */
  'step.noMonth': { severity: 'WARNING', subject: 'plan' },
  /** An action with no step. */
  'action.noStep': { severity: 'WARNING', subject: 'plan' },
} as const satisfies Record<string, { severity: CheckSeverity; subject: 'value' | 'indicator' | 'plan' }>;

export type CheckRuleId = keyof typeof CHECK_RULES;
export const CHECK_RULE_IDS = Object.keys(CHECK_RULES) as CheckRuleId[];

export function isCheckRuleId(id: string): id is CheckRuleId {
  return Object.hasOwn(CHECK_RULES, id);
}

export type CheckValueKind = 'BASELINE' | 'TARGET' | 'REALIZATION';

/** One cell a finding points at. */
export type CheckTarget =
  | { type: 'VALUE'; indicatorId: string; kind: CheckValueKind; year: number; quarter: number; scopeKey: string }
  | { type: 'INDICATOR'; indicatorId: string }
  | { type: 'ACTIVITY'; activityId: string }
  | { type: 'ACTION'; actionId: string }
  | { type: 'STEP'; stepId: string };

export interface CheckFinding {
  rule: CheckRuleId;
  severity: CheckSeverity;
  /** A key of messages/checks.ts; `params` fill it. */
  messageKey: string;
  params: MessageParams;
  target: CheckTarget;
  /** Other cells the finding is about (the quarters of a sum, the baseline). */
  related: CheckTarget[];
}

export interface CheckIndicator {
  id: string;
  name: string;
  valueType: 'NUMBER' | 'PERCENTAGE' | 'SCORE' | 'LEVEL' | 'CATEGORY' | 'TEXT';
  unit: string | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  accumulation: 'CUMULATIVE' | 'ADDITIVE' | null;
  /** Road-map indicators: the years that must each have an annual target. */
  targetYears?: readonly number[];
}

export interface CheckValue {
  indicatorId: string;
  kind: CheckValueKind;
  year: number;
  quarter: number;
  scopeKey: string;
  /** Canonical decimal, or null (not available, category, text). */
  numericValue: string | null;
  textValue: string | null;
  notAvailable: boolean;
}

/** Which rules run: all unless switched off. */
export type RuleFilter = (rule: CheckRuleId) => boolean;
const ALL: RuleFilter = () => true;

/** A stable key of a cell, to match findings to what was typed. */
export function checkTargetKey(t: CheckTarget): string {
  switch (t.type) {
    case 'VALUE':
      return `V|${t.indicatorId}|${t.scopeKey}|${t.kind}|${t.year}|${t.quarter}`;
    case 'INDICATOR':
      return `I|${t.indicatorId}`;
    case 'ACTIVITY':
      return `A|${t.activityId}`;
    case 'ACTION':
      return `C|${t.actionId}`;
    case 'STEP':
      return `S|${t.stepId}`;
  }
}

const num = (v: number) => formatNumber(v, { maxFractionDigits: 4 });
const QUARTER_NAMES = ['', 'TW I', 'TW II', 'TW III', 'TW IV'];
const valueTarget = (v: CheckValue): CheckTarget => ({
  type: 'VALUE',
  indicatorId: v.indicatorId,
  kind: v.kind,
  year: v.year,
  quarter: v.quarter,
  scopeKey: v.scopeKey,
});
/** Two numbers equal up to rounding in the last of four decimals. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(a), Math.abs(b));

function finding(
  rule: CheckRuleId,
  target: CheckTarget,
  params: MessageParams,
  opts: { related?: CheckTarget[]; messageKey?: string } = {},
): CheckFinding {
  return {
    rule,
    severity: CHECK_RULES[rule].severity,
    messageKey: opts.messageKey ?? `checks.${rule}`,
    params,
    target,
    related: opts.related ?? [],
  };
}

const NUMERIC_TYPES = new Set(['NUMBER', 'PERCENTAGE', 'SCORE', 'LEVEL']);
const normalizeUnit = (u: string) => u.trim().toLowerCase().replace(/\s+/g, ' ');

/** The words after the number of a NUMBER value ("30 Orang" → "Orang"), else null. */
export function unitTypedInValue(text: string | null): string | null {
  const m = text ? /^[-+\u2212]?[\d.,]+\s*(\p{L}[^\d]*)$/u.exec(text.trim()) : null;
  return m?.[1]?.trim() || null;
}

/** The rules about one value on its own (range, unit in the text). */
function checkOneValue(ind: CheckIndicator, v: CheckValue, on: RuleFilter, out: CheckFinding[]) {
  if (v.notAvailable || v.numericValue === null) return;
  const n = Number(v.numericValue);
  // Params (formatted figures) only for what is flagged: most values are not.
  const params = () => ({ indicator: ind.name, value: num(n), period: periodName(v) });
  if (ind.valueType === 'PERCENTAGE' && v.kind !== 'BASELINE') {
    if (n < 0 && on('percent.negative')) out.push(finding('percent.negative', valueTarget(v), params()));
    if (n > 100 && on('percent.over100')) out.push(finding('percent.over100', valueTarget(v), params()));
  }
  if (ind.valueType === 'NUMBER' && v.textValue && /\p{L}/u.test(v.textValue) && on('value.unitInText')) {
    const typed = unitTypedInValue(v.textValue);
    if (typed) {
      // The indicator's own unit written after the number ("30 Orang" on an "Orang" indicator) is how documents write it.
      const unit = ind.unit?.trim() || '';
      if (!unit || normalizeUnit(unit) !== normalizeUnit(typed)) {
        const messageKey = unit ? 'checks.value.unitInText' : 'checks.value.unitInText.noUnit';
        out.push(finding('value.unitInText', valueTarget(v), { ...params(), typed, unit }, { messageKey }));
      }
    }
  }
}

/** "Target 2023 TW I" (Indonesian; the period names are the documents' own). */
function periodName(v: { kind: CheckValueKind; year: number; quarter: number }): string {
  const kind = v.kind === 'BASELINE' ? 'Baseline' : v.kind === 'TARGET' ? 'Target' : 'Realisasi';
  return `${kind} ${v.year}${v.quarter ? ` ${QUARTER_NAMES[v.quarter]}` : ''}`;
}

/** Quarterly targets against the annual target of one indicator, year and scope. */
function checkQuarters(ind: CheckIndicator, year: CheckValue[], on: RuleFilter, out: CheckFinding[]) {
  if (!year.some((v) => v.quarter > 0 && v.kind === 'TARGET')) return;
  const targets = year.filter((v) => v.kind === 'TARGET' && v.numericValue !== null && !v.notAvailable);
  const quarters: (CheckValue | undefined)[] = [1, 2, 3, 4].map((q) => targets.find((v) => v.quarter === q));
  const annual = targets.find((v) => v.quarter === 0);
  const present = quarters.filter((q): q is CheckValue => q !== undefined);
  if (present.length < 2) return;
  const values = present.map((q) => Number(q.numericValue));
  const rule = ind.accumulation;
  if (rule === 'CUMULATIVE' && on('quarters.decreasing')) {
    for (let i = 1; i < present.length; i += 1) {
      const [prev, cur] = [present[i - 1]!, present[i]!];
      if (Number(cur.numericValue) < Number(prev.numericValue)) {
        out.push(
          finding(
            'quarters.decreasing',
            valueTarget(cur),
            {
              indicator: ind.name,
              quarter: QUARTER_NAMES[cur.quarter]!,
              value: num(Number(cur.numericValue)),
              previousQuarter: QUARTER_NAMES[prev.quarter]!,
              previous: num(Number(prev.numericValue)),
              year: cur.year,
            },
            { related: [valueTarget(prev)] },
          ),
        );
      }
    }
  }
  // The rules against the year need all four quarters and the annual target.
  if (present.length < 4 || !annual) return;
  const yearValue = Number(annual.numericValue);
  const last = values[3]!;
  const sum = values.reduce((a, b) => a + b, 0);
  const related = () => present.map(valueTarget);
  // Formatted figures only for what is flagged: most years add up.
  const params = () => ({ indicator: ind.name, year: annual.year, annual: num(yearValue), last: num(last), sum: num(sum) });
  if (rule === 'CUMULATIVE') {
    if (!same(last, yearValue) && on('quarters.lastNotAnnual'))
      out.push(finding('quarters.lastNotAnnual', valueTarget(quarters[3]!), params(), { related: [valueTarget(annual)] }));
  } else if (rule === 'ADDITIVE') {
    if (!same(sum, yearValue) && on('quarters.sumNotAnnual'))
      out.push(finding('quarters.sumNotAnnual', valueTarget(annual), params(), { related: related() }));
  } else if (!same(last, yearValue) && !same(sum, yearValue) && on('quarters.inconsistent')) {
    out.push(finding('quarters.inconsistent', valueTarget(annual), params(), { related: related() }));
  }
}

/** Targets against the baseline, realizations against their targets. */
function checkAgainst(ind: CheckIndicator, values: CheckValue[], on: RuleFilter, out: CheckFinding[]) {
  const numeric = values.filter((v) => v.numericValue !== null && !v.notAvailable);
  const baselines = numeric.filter((v) => v.kind === 'BASELINE').sort((a, b) => a.year - b.year);
  const targetOf = new Map<number, CheckValue>();
  for (const v of numeric) if (v.kind === 'TARGET') targetOf.set(v.year * 10 + v.quarter, v);
  for (const v of numeric) {
    const n = Number(v.numericValue);
    if (v.kind === 'TARGET' && v.quarter === 0 && on('target.belowBaseline')) {
      // The latest baseline at or before the target's year (a road map's baseline precedes its period).
      let baseline: CheckValue | undefined;
      for (const b of baselines) if (b.year <= v.year) baseline = b;
      if (baseline) {
        const b = Number(baseline.numericValue);
        const wrong = ind.direction === 'HIGHER_IS_BETTER' ? n < b : n > b;
        if (wrong) {
          out.push(
            finding(
              'target.belowBaseline',
              valueTarget(v),
              { indicator: ind.name, year: v.year, value: num(n), baseline: num(b), baselineYear: baseline.year },
              {
                related: [valueTarget(baseline)],
                messageKey: ind.direction === 'HIGHER_IS_BETTER' ? 'checks.target.belowBaseline' : 'checks.target.aboveBaseline',
              },
            ),
          );
        }
      }
    }
    if (v.kind === 'REALIZATION' && on('realization.magnitude')) {
      const target = targetOf.get(v.year * 10 + v.quarter);
      const t = target ? Number(target.numericValue) : 0;
      if (target && t !== 0 && n !== 0) {
        const ratio = Math.abs(n / t);
        if (ratio > 10 || ratio < 0.1) {
          out.push(
            finding(
              'realization.magnitude',
              valueTarget(v),
              { indicator: ind.name, period: periodName(v), value: num(n), target: num(t) },
              { related: [valueTarget(target)] },
            ),
          );
        }
      }
    }
  }
}

/** The checks of indicators and their values. `values` may hold other indicators' rows (ignored). */
export function checkIndicators(
  indicators: readonly CheckIndicator[],
  values: readonly CheckValue[],
  on: RuleFilter = ALL,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const byIndicator = new Map<string, CheckValue[]>();
  for (const v of values) {
    const list = byIndicator.get(v.indicatorId);
    if (list) list.push(v);
    else byIndicator.set(v.indicatorId, [v]);
  }
  for (const ind of indicators) {
    const own = byIndicator.get(ind.id) ?? [];
    if (NUMERIC_TYPES.has(ind.valueType)) {
      for (const v of own) checkOneValue(ind, v, on, out);
      // Per scope (government or agency), then per year of the scope.
      const scopes = new Map<string, CheckValue[]>();
      for (const v of own) {
        const list = scopes.get(v.scopeKey);
        if (list) list.push(v);
        else scopes.set(v.scopeKey, [v]);
      }
      for (const list of scopes.values()) {
        const years = new Map<number, CheckValue[]>();
        for (const v of list) {
          const year = years.get(v.year);
          if (year) year.push(v);
          else years.set(v.year, [v]);
        }
        for (const year of years.values()) checkQuarters(ind, year, on, out);
        checkAgainst(ind, list, on, out);
      }
    }
    const hasTargets = own.some((v) => v.kind === 'TARGET');
    if (ind.valueType === 'NUMBER' && !ind.unit?.trim() && hasTargets && on('indicator.noUnit')) {
      out.push(finding('indicator.noUnit', { type: 'INDICATOR', indicatorId: ind.id }, { indicator: ind.name }));
    }
    if (ind.targetYears?.length && on('indicator.missingTargets')) {
      const have = new Set(own.filter((v) => v.kind === 'TARGET' && v.quarter === 0 && v.scopeKey === '').map((v) => v.year));
      const missing = ind.targetYears.filter((y) => !have.has(y));
      if (missing.length) {
        out.push(
          finding(
            'indicator.missingTargets',
            { type: 'INDICATOR', indicatorId: ind.id },
            { indicator: ind.name, years: missing.join(', '), count: missing.length },
          ),
        );
      }
    }
  }
  return out;
}

export interface CheckPlan {
  /** PK and renaksi plans have no steps; their budgets add up instead. */
  kind: 'WORK_PLAN' | 'FOLLOW_UP' | 'PERFORMANCE_AGREEMENT' | 'RENAKSI';
  activities: readonly { id: string; name: string; budget: string | null }[];
  actions: readonly { id: string; activityId: string; name: string; budget: string | null }[];
  steps: readonly { id: string; actionId: string; name: string; months: readonly number[] }[];
}

/** The checks of a plan's structure: steps without months, actions without steps, budgets that do not add up. */
export function checkPlan(plan: CheckPlan, on: RuleFilter = ALL): CheckFinding[] {
  const out: CheckFinding[] = [];
  const monthly = plan.kind === 'WORK_PLAN' || plan.kind === 'FOLLOW_UP';
  if (monthly) {
    const stepsOf = new Set<string>();
    for (const s of plan.steps) {
      stepsOf.add(s.actionId);
      if (s.months.length === 0 && on('step.noMonth')) out.push(finding('step.noMonth', { type: 'STEP', stepId: s.id }, { step: s.name }));
    }
    if (on('action.noStep')) {
      for (const a of plan.actions)
        if (!stepsOf.has(a.id)) out.push(finding('action.noStep', { type: 'ACTION', actionId: a.id }, { action: a.name }));
    }
  }
  if (on('budget.notSum')) {
    const parts = new Map<string, { sum: number; count: number; ids: string[] }>();
    for (const a of plan.actions) {
      if (a.budget === null) continue;
      const p = parts.get(a.activityId) ?? { sum: 0, count: 0, ids: [] };
      p.sum += Number(a.budget);
      p.count += 1;
      p.ids.push(a.id);
      parts.set(a.activityId, p);
    }
    for (const act of plan.activities) {
      const p = parts.get(act.id);
      if (act.budget === null || !p) continue;
      const budget = Number(act.budget);
      if (Math.abs(budget - p.sum) >= 0.005) {
        out.push(
          finding(
            'budget.notSum',
            { type: 'ACTIVITY', activityId: act.id },
            { activity: act.name, budget: `Rp ${num(budget)}`, sum: `Rp ${num(p.sum)}`, count: p.count },
            { related: p.ids.map((actionId) => ({ type: 'ACTION', actionId })) },
          ),
        );
      }
    }
  }
  return out;
}

/** The findings that concern one of the given cells (what was just typed). */
export function findingsAbout(findings: readonly CheckFinding[], cells: readonly CheckTarget[]): CheckFinding[] {
  const keys = new Set(cells.map(checkTargetKey));
  return findings.filter((f) => keys.has(checkTargetKey(f.target)) || f.related.some((r) => keys.has(checkTargetKey(r))));
}
