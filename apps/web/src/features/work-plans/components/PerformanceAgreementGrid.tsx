// A performance-agreement action plan (Rencana Aksi PK) as its document
// prints it: per program, each activity with its indicators and annual
// target and its budget, then each sub-activity (aksi) with its indicator
// and the target per quarter (TW I–IV); budget totals per program and for
// the plan. Header and first columns stay in place while scrolling.
// Cells the plan checks flag (targets, budgets, indicators) carry the mark.
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndicatorFragment } from '../../../gql/graphql.ts';
import { CheckFlagMark, useFlagText } from '../../checks/components/CheckFlagMark.tsx';
import { WorkPlanChecksQuery } from '../../checks/graphql/checks.ts';
import { type Finding, findingsByCell } from '../../checks/utils/findings.ts';
import { formatIndicatorValue, formatRupiah } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { PlanTargetsQuery } from '../graphql/workPlan.ts';
import { activityBudget, sumDecimals } from '../utils/budget.ts';
import type { Plan } from '../utils/gridRows.ts';

type PlanIndicator = PlanIndicatorFragment;
const NONE: readonly PlanIndicator[] = [];

const QUARTERS = [1, 2, 3, 4] as const;

function target(indicator: PlanIndicator | undefined, year: number, quarter: number): string {
  if (!indicator) return '';
  const value = indicator.values.find((v) => v.kind === 'TARGET' && v.year === year && v.quarter === quarter && v.month === 0);
  if (!value) return '';
  const text = formatIndicatorValue(value, indicator);
  // The unit as the documents write it ("30 Orang"), unless the value carries it already ("50%").
  const unit = indicator.unit?.trim();
  return unit && unit !== '%' && !text.toLowerCase().endsWith(unit.toLowerCase()) ? `${text} ${unit}` : text;
}

/** The findings of the plan checks per cell, and per activity (budgets). */
function useFlags(planId: string) {
  // The same query as the header's checks count: answered from the cache it fills.
  const checks = useQuery(WorkPlanChecksQuery, { variables: { workPlanId: planId } });
  const findings = checks.data?.workPlanChecks.findings ?? NO_FINDINGS;
  const byCell = findingsByCell(findings);
  const byActivity = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = f.target.activityId;
    if (id) byActivity.set(id, [...(byActivity.get(id) ?? []), f]);
  }
  return { byCell, byActivity };
}
const NO_FINDINGS: readonly Finding[] = [];
type Flags = ReturnType<typeof useFlags>;

export function PerformanceAgreementGrid({ plan }: { plan: Plan }) {
  const result = useQuery(PlanTargetsQuery, { variables: { id: plan.id } });
  const flags = useFlags(plan.id);
  return (
    <QueryState result={result}>
      {(data) => {
        const byActivity = new Map<string, readonly PlanIndicator[]>();
        const byAction = new Map<string, readonly PlanIndicator[]>();
        for (const activity of data.workPlan?.activities ?? []) {
          byActivity.set(activity.id, activity.indicators);
          for (const action of activity.actions) byAction.set(action.id, action.indicators);
        }
        return <TargetsTable plan={plan} byActivity={byActivity} byAction={byAction} flags={flags} />;
      }}
    </QueryState>
  );
}

function TargetsTable({
  plan,
  byActivity,
  byAction,
  flags,
}: {
  plan: Plan;
  byActivity: ReadonlyMap<string, readonly PlanIndicator[]>;
  byAction: ReadonlyMap<string, readonly PlanIndicator[]>;
  flags: Flags;
}) {
  const { t } = useTranslation();
  const flagText = useFlagText();
  /** A cell's class and title, and its mark, when the checks flag it. */
  const flagged = (findings: readonly Finding[] | undefined) => {
    const text = flagText(findings);
    return { className: text ? 'check-flag' : '', title: text, mark: <CheckFlagMark text={text} /> };
  };
  const valueFlag = (indicator: PlanIndicator | undefined, quarter: number) =>
    flagged(indicator ? flags.byCell.get(`${indicator.id}|TARGET:${plan.year}:${quarter}`) : undefined);
  const indicatorFlag = (indicator: PlanIndicator | undefined) => flagged(indicator ? flags.byCell.get(`${indicator.id}|`) : undefined);
  const programs = [
    ...plan.programs.map((p) => ({ id: p.id as string | null, name: p.name, code: p.code })),
    { id: null, name: '', code: null },
  ];
  const total = sumDecimals(plan.activities.map(activityBudget));
  return (
    <div className="grid-scroll editor-grid-scroll" data-testid="work-plan-grid-scroller">
      <table className="data-table plan-grid editor-grid pk-grid" aria-label={t('grid.label', { title: plan.title })}>
        <thead>
          <tr>
            <th scope="col" style={{ width: '2.5em' }}>
              {t('grid.columns.no')}
            </th>
            <th scope="col" className="sticky-col" style={{ width: '11em', left: 0 }}>
              {t('grid.columns.activity')}
            </th>
            <th scope="col" style={{ width: '12em' }}>
              {t('pk.activityIndicator')}
            </th>
            <th scope="col" style={{ width: '6em' }}>
              {t('pk.annualTarget')}
            </th>
            <th scope="col" style={{ width: '11em' }}>
              {t('grid.columns.subActivity')}
            </th>
            <th scope="col" style={{ width: '13em' }}>
              {t('pk.actionIndicator')}
            </th>
            {QUARTERS.map((q) => (
              <th key={q} scope="col" className="month" style={{ width: '5em' }}>
                {t('pk.quarter', { quarter: ['I', 'II', 'III', 'IV'][q - 1] })}
              </th>
            ))}
            <th scope="col" className="num" style={{ width: '9em' }}>
              {t('grid.columns.budget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => {
            const activities = plan.activities.filter((a) => (a.programId ?? null) === program.id);
            if (activities.length === 0) return null;
            const subtotal = sumDecimals(activities.map(activityBudget));
            return (
              <Fragment key={program.id ?? 'none'}>
                {program.id ? (
                  <tr className="grid-row-group">
                    <th scope="rowgroup" colSpan={11} className="group-cell">
                      {t('grid.columns.program')}: {program.name}
                    </th>
                  </tr>
                ) : null}
                {activities.map((activity, ai) => {
                  const actions = activity.actions.length > 0 ? activity.actions : [null];
                  const indicators = byActivity.get(activity.id) ?? NONE;
                  const rowSpan = Math.max(actions.length, indicators.length, 1);
                  return Array.from({ length: rowSpan }, (_, i) => {
                    const action = actions[i] ?? null;
                    const indicator = indicators[i];
                    const actionIndicator = action ? byAction.get(action.id)?.[0] : undefined;
                    const annual = valueFlag(indicator, 0);
                    const named = indicatorFlag(indicator);
                    const actionNamed = indicatorFlag(actionIndicator);
                    const budget = flagged(flags.byActivity.get(activity.id));
                    return (
                      <tr
                        key={`${activity.id}:${i}`}
                        className={i === 0 ? 'starts-activity' : undefined}
                        data-row-id={action?.id ?? activity.id}
                      >
                        {i === 0 ? (
                          <>
                            <td rowSpan={rowSpan} className="cell-no">
                              {ai + 1}
                            </td>
                            <th scope="row" rowSpan={rowSpan} className="sticky-col" style={{ left: 0 }}>
                              {activity.name}
                            </th>
                          </>
                        ) : null}
                        <td className={named.className} title={named.title}>
                          {indicator ? indicator.name : null}
                          {named.mark}
                        </td>
                        <td className={`pk-target ${annual.className}`} title={annual.title}>
                          {indicator ? target(indicator, plan.year, 0) : null}
                          {annual.mark}
                        </td>
                        <td>{action ? `${action.code ? `${action.code}. ` : ''}${action.name}` : null}</td>
                        <td className={actionNamed.className} title={actionNamed.title}>
                          {actionIndicator?.name}
                          {actionNamed.mark}
                        </td>
                        {QUARTERS.map((q) => {
                          const quarter = valueFlag(actionIndicator, q);
                          return (
                            <td key={q} className={`month pk-target ${quarter.className}`} title={quarter.title}>
                              {target(actionIndicator, plan.year, q)}
                              {quarter.mark}
                            </td>
                          );
                        })}
                        {i === 0 ? (
                          <td rowSpan={rowSpan} className={`num nowrap ${budget.className}`} title={budget.title}>
                            {activityBudget(activity) ? formatRupiah(activityBudget(activity) ?? '') : ''}
                            {budget.mark}
                          </td>
                        ) : null}
                      </tr>
                    );
                  });
                })}
                {program.id && subtotal ? (
                  <tr className="pk-total">
                    <th scope="row" colSpan={10}>
                      {t('pk.programTotal', { name: program.name })}
                    </th>
                    <td className="num nowrap">{formatRupiah(subtotal)}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
          {total ? (
            <tr className="pk-total pk-grand-total">
              <th scope="row" colSpan={10}>
                {t('pk.planTotal')}
              </th>
              <td className="num nowrap">{formatRupiah(total)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
