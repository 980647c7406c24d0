import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FrameworkEditor } from '../features/assessments/components/FrameworkEditor.tsx';
import { FrameworkDetailQuery } from '../features/assessments/graphql/assessment.ts';
import { useGovPath } from '../features/session/hooks/useGovPath.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../ui/QueryState.tsx';

export default function AssessmentFrameworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const govPath = useGovPath();
  const result = useQuery(FrameworkDetailQuery, { variables: { id } });
  usePageTitle(result.data?.framework?.name ?? t('assessments.frameworks'));
  return (
    <div className="page page-wide">
      <p className="breadcrumbs">
        <Link to={govPath('assessments')}>{t('assessments.title')}</Link>
      </p>
      <QueryState result={result}>
        {(data) =>
          data.framework ? (
            <>
              <PageHeader title={data.framework.name} intro={data.framework.regulation ?? undefined} />
              <FrameworkEditor framework={data.framework} refetch={() => result.refetch()} />
            </>
          ) : (
            <EmptyState title={t('assessments.notFound')} />
          )
        }
      </QueryState>
    </div>
  );
}
