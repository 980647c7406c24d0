import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AssessmentView } from '../features/assessments/components/AssessmentView.tsx';
import { AssessmentDetailQuery } from '../features/assessments/graphql/assessment.ts';
import { ObjectYear } from '../features/session/components/ObjectYear.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { EmptyState, QueryState } from '../ui/QueryState.tsx';

export default function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useQuery(AssessmentDetailQuery, { variables: { id } });
  usePageTitle(result.data?.assessment?.title ?? t('assessments.title'));
  return (
    <div className="page page-wide">
      <QueryState result={result}>
        {(data) =>
          data.assessment && data.viewer?.user ? (
            <>
              <ObjectYear year={data.assessment.year} objectId={data.assessment.id} />
              <AssessmentView a={data.assessment} userId={data.viewer.user.id} refetch={() => result.refetch()} />
            </>
          ) : (
            <EmptyState title={t('assessments.notFound')} />
          )
        }
      </QueryState>
    </div>
  );
}
