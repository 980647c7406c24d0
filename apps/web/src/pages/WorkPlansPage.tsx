import { useTranslation } from 'react-i18next';
import { WorkPlanList } from '../features/work-plans/components/WorkPlanList.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function WorkPlansPage() {
  const { t } = useTranslation();
  usePageTitle(t('workPlans.title'));
  return (
    <div className="page">
      <PageHeader title={t('workPlans.title')} intro={t('workPlans.intro')} />
      <WorkPlanList />
    </div>
  );
}
