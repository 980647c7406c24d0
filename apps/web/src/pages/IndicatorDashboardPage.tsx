import { useTranslation } from 'react-i18next';
import { DashboardView } from '../features/indicators/components/DashboardView.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function IndicatorDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicatorData.dashboard.title'));
  return (
    <div className="page page-wide">
      <PageHeader title={t('indicatorData.dashboard.title')} intro={t('indicatorData.dashboard.intro')} />
      <DashboardView />
    </div>
  );
}
