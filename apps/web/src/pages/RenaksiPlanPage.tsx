import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RenaksiPlanView } from '../features/renaksi/components/RenaksiPlanView.tsx';
import { RenaksiPlanQuery } from '../features/renaksi/graphql/renaksi.ts';
import { ObjectYear } from '../features/session/components/ObjectYear.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { EmptyState, QueryState } from '../ui/QueryState.tsx';
import '../features/renaksi/renaksi.css';

export default function RenaksiPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useQuery(RenaksiPlanQuery, { variables: { id } });
  usePageTitle(result.data?.workPlan?.title ?? t('renaksi.title'));
  return (
    <div className="page page-wide">
      <QueryState result={result}>
        {(data) =>
          data.workPlan && data.workPlan.kind === 'RENAKSI' ? (
            <>
              <ObjectYear year={data.workPlan.year} objectId={data.workPlan.id} />
              <RenaksiPlanView plan={data.workPlan} refetch={() => result.refetch()} />
            </>
          ) : (
            <EmptyState title={t('renaksi.notFound')} />
          )
        }
      </QueryState>
    </div>
  );
}
