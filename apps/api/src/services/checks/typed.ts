// The plan checks of values as they are typed or pasted: the batch is laid
// over the values already stored for its indicators, the rules run, and only
// the findings about the typed cells count. An error refuses the batch with
// the rule's message (naming the cell); warnings refuse it until the user
// confirms them, then come back with the saved values.
import { type CheckFinding, type CheckTarget, checkIndicators, checkTargetKey, findingsAbout } from '@rb/domain';
import type { Indicator, PrismaClient } from '@rb/db';
import { badInput } from '../../errors.ts';
import type { Tx } from '../kernel.ts';
import { findingView, toCheckIndicator, valuesOf } from './reports.ts';
import { ruleSet } from './rules.ts';

export interface TypedValue {
  indicatorId: string;
  kind: 'BASELINE' | 'TARGET' | 'REALIZATION';
  year: number;
  quarter: number;
  scopeKey: string;
  /** The parsed value; null = removed. */
  value: { numericValue: string | null; textValue: string; notAvailable: boolean } | null;
}

/** `db`: the open transaction when the caller writes in one (PGlite has one connection). */
export async function checkTypedValues(
  db: PrismaClient | Tx,
  gid: string,
  indicators: Indicator[],
  typed: TypedValue[],
  typedCells: CheckTarget[],
  confirmed: boolean,
  /** The input field of the typed value at an index, for an error's `field`. */
  fieldOf: (index: number) => string = (index) => `inputs.${index}.text`,
): Promise<CheckFinding[]> {
  if (typed.length === 0) return [];
  const keyOf = (t: TypedValue) => checkTargetKey({ type: 'VALUE', ...t });
  const [rules, stored] = await Promise.all([
    ruleSet(db, gid),
    valuesOf(
      db,
      indicators.map((i) => i.id),
    ),
  ]);
  const byCell = new Map(stored.map((v) => [checkTargetKey({ type: 'VALUE', ...v }), v]));
  // Only what changes is asked about again (saving a note on a kept value does not ask twice).
  const unchanged = new Set(
    typed
      .filter((t) => {
        const before = byCell.get(keyOf(t));
        return t.value && before && before.textValue === t.value.textValue && before.notAvailable === t.value.notAvailable;
      })
      .map(keyOf),
  );
  const cells = typedCells.filter((c) => !unchanged.has(checkTargetKey(c)));
  for (const t of typed) {
    if (t.value) byCell.set(keyOf(t), { ...t, ...t.value });
    else byCell.delete(keyOf(t));
  }
  const all = checkIndicators(
    indicators.map((i) => toCheckIndicator(i)),
    [...byCell.values()],
    rules.on,
  );
  // Findings about the indicator's definition (no unit, years without a target) are the reports' to show:
  // asking about them at every value typed would be asking about something else.
  const found = findingsAbout(all, cells);
  const error = found.find((f) => f.severity === 'ERROR');
  if (error) {
    const index = typedCells.findIndex((c) => checkTargetKey(c) === checkTargetKey(error.target));
    throw badInput(error.messageKey, index >= 0 ? fieldOf(index) : undefined, error.params, {
      rule: error.rule,
      findings: found.filter((f) => f.severity === 'ERROR').map(findingView),
    });
  }
  if (found.length > 0 && !confirmed) {
    throw badInput('checks.confirmWarnings', undefined, { count: found.length }, { findings: found.map(findingView) });
  }
  return found;
}

/** The findings about one typed cell (as its target or a related cell), in their GraphQL shape. */
export function findingsOfCell(findings: CheckFinding[], cell: CheckTarget) {
  return findingsAbout(findings, [cell]).map(findingView);
}
