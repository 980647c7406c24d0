import { useTranslation } from 'react-i18next';
import { AssessmentTable } from '../features/assessments/components/AssessmentTable.tsx';
import { FrameworkTable } from '../features/assessments/components/FrameworkTable.tsx';
import { useSession } from '../features/session/hooks/sessionContext.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function AssessmentsPage() {
  const { t } = useTranslation();
  const { year } = useSession();
  usePageTitle(t('assessments.title'));
  return (
    <div className="page">
      <PageHeader title={t('assessments.title')} intro={t('assessments.intro')} />
      <p className="note" role="note">
        {t('assessments.worksheetLater')}
      </p>
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
