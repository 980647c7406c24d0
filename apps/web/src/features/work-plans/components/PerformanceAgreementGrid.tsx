// A performance-agreement action plan (Rencana Aksi PK) as its document
// prints it: per program, each activity with its indicators and annual
// target and its budget, then each sub-activity (aksi) with its indicator
// and the target per quarter (TW I–IV); budget totals per program and for
// the plan. Header and first columns stay in place while scrolling.
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndicatorFragment } from '../../../gql/graphql.ts';
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

export function PerformanceAgreementGrid({ plan }: { plan: Plan }) {
  const result = useQuery(PlanTargetsQuery, { variables: { id: plan.id } });
  return (
    <QueryState result={result}>
      {(data) => {
        const byActivity = new Map<string, readonly PlanIndicator[]>();
        const byAction = new Map<string, readonly PlanIndicator[]>();
        for (const activity of data.workPlan?.activities ?? []) {
          byActivity.set(activity.id, activity.indicators);
          for (const action of activity.actions) byAction.set(action.id, action.indicators);
        }
        return <TargetsTable plan={plan} byActivity={byActivity} byAction={byAction} />;
      }}
    </QueryState>
  );
}

function TargetsTable({
  plan,
  byActivity,
  byAction,
}: {
  plan: Plan;
  byActivity: ReadonlyMap<string, readonly PlanIndicator[]>;
  byAction: ReadonlyMap<string, readonly PlanIndicator[]>;
}) {
  const { t } = useTranslation();
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
                        <td>{indicator ? indicator.name : null}</td>
                        <td className="pk-target">{indicator ? target(indicator, plan.year, 0) : null}</td>
                        <td>{action ? `${action.code ? `${action.code}. ` : ''}${action.name}` : null}</td>
                        <td>{actionIndicator?.name}</td>
                        {QUARTERS.map((q) => (
                          <td key={q} className="month pk-target">
                            {target(actionIndicator, plan.year, q)}
                          </td>
                        ))}
                        {i === 0 ? (
                          <td rowSpan={rowSpan} className="num nowrap">
                            {activityBudget(activity) ? formatRupiah(activityBudget(activity) ?? '') : ''}
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
