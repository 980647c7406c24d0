import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentTable } from '../features/assessments/components/AssessmentTable.tsx';
import { CreateAssessmentForm } from '../features/assessments/components/CreateAssessmentForm.tsx';
import { FrameworkTable } from '../features/assessments/components/FrameworkTable.tsx';
import { useSession } from '../features/session/hooks/sessionContext.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import '../features/assessments/assessment.css';

export default function AssessmentsPage() {
  const { t } = useTranslation();
  const { year, roles, isAdmin } = useSession();
  const [creating, setCreating] = useState(false);
  const canCreate = isAdmin || roles.includes('ASSESSMENT_COORDINATOR');
  usePageTitle(t('assessments.title'));
  return (
    <div className="page">
      <PageHeader title={t('assessments.title')} intro={t('assessments.intro')} />
      {canCreate && !creating ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('assessments.create.open')}
          </button>
        </div>
      ) : null}
      {creating ? (
        <section className="section">
          <CreateAssessmentForm onCancel={() => setCreating(false)} />
        </section>
      ) : null}
      <section className="section" aria-labelledby="assessments-list">
        <h2 id="assessments-list">
          {t('assessments.list')} · {year}
        </h2>
        <AssessmentTable />
      </section>
      <section className="section" aria-labelledby="assessments-frameworks">
        <h2 id="assessments-frameworks">{t('assessments.frameworks')}</h2>
        <FrameworkTable />
      </section>
    </div>
  );
}
