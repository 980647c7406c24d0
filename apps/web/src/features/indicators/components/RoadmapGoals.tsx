import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapsQuery } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { RoadmapsQuery as RoadmapsDocument } from '../graphql/indicators.ts';
import { baselineOf, yearlyValue } from '../utils/indicatorValues.ts';
import { IndicatorValueText } from './IndicatorValueText.tsx';

type Roadmap = RoadmapsQuery['roadmaps'][number];
type Goal = Roadmap['goals'][number];
type GoalIndicator = Goal['indicators'][number];

const column = createColumnHelper<GoalIndicator>();

function GoalTable({ goal, roadmap }: { goal: Goal; roadmap: Roadmap }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const columns = useMemo(() => {
    const years: number[] = [];
    for (let y = roadmap.startYear; y <= roadmap.endYear; y += 1) years.push(y);
    const list: ColumnDef<GoalIndicator, any>[] = [
      column.accessor('name', {
        header: t('indicators.columns.name'),
        meta: { width: '24rem', rowHeader: true, className: 'cell-name' },
      }),
      column.accessor((row) => row.unit ?? '', { id: 'unit', header: t('indicators.columns.unit'), meta: { width: '7rem' } }),
      column.display({
        id: 'baseline',
        header: t('indicators.columns.baseline'),
        cell: ({ row }) => {
          const baseline = baselineOf(row.original.values);
          if (!baseline) return <IndicatorValueText value={undefined} indicator={row.original} />;
          return (
            <span className="nowrap">
              <IndicatorValueText value={baseline} indicator={row.original} /> <span className="muted">({baseline.year})</span>
            </span>
          );
        },
        meta: { width: '8rem', numeric: true },
      }),
      ...years.map((targetYear) =>
        column.display({
          id: `target-${targetYear}`,
          header: () => (
            <span>
              {t('indicators.columns.target', { year: targetYear })}
              {targetYear === year ? <span className="sr-only"> ({t('indicators.selectedYear')})</span> : null}
            </span>
          ),
          cell: ({ row }) => <IndicatorValueText value={yearlyValue(row.original.values, 'TARGET', targetYear)} indicator={row.original} />,
          meta: { width: '6.5rem', numeric: true, className: targetYear === year ? 'col-current' : undefined },
        }),
      ),
    ];
    return list;
  }, [t, roadmap.startYear, roadmap.endYear, year]);

  if (goal.indicators.length === 0) return <p className="muted">{t('roadmap.noIndicators')}</p>;
  return (
    <DataTable
      data={goal.indicators}
      columns={columns}
      caption={t('roadmap.tableCaption', { goal: goal.statement, start: roadmap.startYear, end: roadmap.endYear })}
      getRowId={(row) => row.id}
    />
  );
}

/** The road maps: goals (sasaran) and their indicators with baseline and a target per road map year. */
export function RoadmapGoals() {
  const { t } = useTranslation();
  const result = useQuery(RoadmapsDocument);
  return (
    <QueryState result={result} isEmpty={(data) => data.roadmaps.length === 0} empty={t('roadmap.empty')}>
      {(data) => (
        <>
          {data.roadmaps.map((roadmap) => (
            <section key={roadmap.id} className="section" aria-labelledby={`roadmap-${roadmap.id}`}>
              <h2 id={`roadmap-${roadmap.id}`}>{roadmap.title}</h2>
              <p className="muted">
                {t('roadmap.period', { start: roadmap.startYear, end: roadmap.endYear })}
                {roadmap.regulationRef ? ` · ${t('roadmap.regulation', { ref: roadmap.regulationRef })}` : null}
              </p>
              {roadmap.goals.length === 0 ? (
                <EmptyState>{t('roadmap.noGoals')}</EmptyState>
              ) : (
                roadmap.goals.map((goal) => (
                  <section key={goal.id} className="goal" aria-labelledby={`goal-${goal.id}`}>
                    <h3 id={`goal-${goal.id}`} className="goal-title">
                      <span className="goal-code">{goal.code ? t('roadmap.goalWithCode', { code: goal.code }) : t('roadmap.goal')}</span>{' '}
                      {goal.statement}
                    </h3>
                    <GoalTable goal={goal} roadmap={roadmap} />
                  </section>
                ))
              )}
            </section>
          ))}
        </>
      )}
    </QueryState>
  );
}
