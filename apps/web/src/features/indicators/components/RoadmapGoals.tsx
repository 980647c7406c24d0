import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapsQuery } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { RoadmapsQuery as RoadmapsDocument } from '../graphql/indicators.ts';
import { baselineColumn, targetColumns } from './indicatorColumns.tsx';

type Roadmap = RoadmapsQuery['roadmaps'][number];
type Goal = Roadmap['goals'][number];
type GoalIndicator = Goal['indicators'][number];

const column = createColumnHelper<GoalIndicator>();

function GoalTable({ goal, roadmap }: { goal: Goal; roadmap: Roadmap }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const columns = useMemo((): ColumnDef<GoalIndicator, any>[] => {
    const years: number[] = [];
    for (let y = roadmap.startYear; y <= roadmap.endYear; y += 1) years.push(y);
    return [
      column.accessor('name', {
        header: t('indicators.columns.name'),
        meta: { width: '20rem', rowHeader: true },
      }),
      column.accessor((row) => row.unit ?? '', { id: 'unit', header: t('indicators.columns.unit'), meta: { width: '6.5rem' } }),
      baselineColumn<GoalIndicator>(t),
      ...targetColumns<GoalIndicator>(t, years, year),
    ];
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
