// The government's road maps, with the create form (also the empty state's action).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { CreateRoadmapMutation, RoadmapsQuery } from '../graphql/roadmap.ts';
import { FieldsDialog, optionalOf, textOf } from './FieldsDialog.tsx';

export function useCanEditRoadmap() {
  const { roles, isAdmin } = useSession();
  return isAdmin || roles.includes('PLANNER');
}

export function roadmapFields(t: ReturnType<typeof useTranslation>['t']) {
  return [
    { name: 'title', label: t('roadmaps.fields.title'), kind: 'text' as const, required: true },
    { name: 'startYear', label: t('roadmaps.fields.startYear'), kind: 'year' as const, required: true },
    { name: 'endYear', label: t('roadmaps.fields.endYear'), kind: 'year' as const, required: true, hint: t('roadmaps.fields.periodHint') },
    { name: 'regulationRef', label: t('roadmaps.fields.regulationRef'), kind: 'text' as const, hint: t('roadmaps.fields.regulationHint') },
  ];
}

export function RoadmapList() {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const navigate = useNavigate();
  const canEdit = useCanEditRoadmap();
  const result = useQuery(RoadmapsQuery);
  const [create] = useMutation(CreateRoadmapMutation, { refetchQueries: [RoadmapsQuery] });
  const [creating, setCreating] = useState(false);
  const { year } = useSession();
  const createButton = canEdit ? (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      {t('roadmaps.create')}
    </button>
  ) : null;

  return (
    <>
      <QueryState result={result}>
        {(data) =>
          data.roadmaps.length === 0 ? (
            <EmptyState title={t('roadmaps.emptyTitle')}>
              <p>{t('roadmaps.emptyBody')}</p>
              {createButton}
            </EmptyState>
          ) : (
            <>
              <div className="toolbar">{createButton}</div>
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="sr-only">{t('roadmaps.tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" style={{ width: '40%' }}>
                        {t('roadmaps.columns.title')}
                      </th>
                      <th scope="col">{t('roadmaps.columns.period')}</th>
                      <th scope="col">{t('roadmaps.columns.regulation')}</th>
                      <th scope="col" className="num">
                        {t('roadmaps.columns.goals')}
                      </th>
                      <th scope="col">{t('roadmaps.columns.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.roadmaps.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link to={govPath(`roadmap/${r.id}`)}>{r.title}</Link>
                        </th>
                        <td>{t('roadmaps.period', { start: r.startYear, end: r.endYear })}</td>
                        <td>{r.regulationRef ?? ''}</td>
                        <td className="num">{r.goals.length}</td>
                        <td>{r.archivedAt ? t('roadmaps.statusArchived') : t('roadmaps.statusActive')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </QueryState>
      {creating ? (
        <FieldsDialog
          title={t('roadmaps.createTitle')}
          fields={roadmapFields(t)}
          initial={{ startYear: String(year), endYear: String(year + 4) }}
          submitLabel={t('roadmaps.create')}
          onClose={() => setCreating(false)}
          onSubmit={async (v) => {
            const r = await create({
              variables: {
                input: {
                  title: textOf(v.title),
                  startYear: Number(v.startYear),
                  endYear: Number(v.endYear),
                  regulationRef: optionalOf(v.regulationRef),
                },
              },
            });
            const id = r.data?.createRoadmap.id;
            setCreating(false);
            if (id) await navigate(govPath(`roadmap/${id}`));
          }}
        />
      ) : null}
    </>
  );
}
