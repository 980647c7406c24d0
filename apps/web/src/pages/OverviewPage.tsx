import { useTranslation } from 'react-i18next';
import { OverviewView } from '../features/overview/components/OverviewView.tsx';
import { SetupChecklist } from '../features/setup/components/SetupChecklist.tsx';
import { useSession } from '../features/session/hooks/sessionContext.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function OverviewPage() {
  const { t } = useTranslation();
  const { government } = useSession();
  usePageTitle(t('overview.title'));
  return (
    <div className="page">
      <PageHeader title={government.name} intro={t('overview.intro', { government: government.name })} />
      <SetupChecklist />
      <OverviewView />
    </div>
  );
}
