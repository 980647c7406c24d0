import { useTranslation } from 'react-i18next';
import { PerformanceTreeList } from '../features/performance-tree/components/PerformanceTreeList.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function PerformanceTreesPage() {
  const { t } = useTranslation();
  usePageTitle(t('tree.title'));
  return (
    <div className="page">
      <PageHeader title={t('tree.title')} intro={t('tree.intro')} />
      <PerformanceTreeList />
    </div>
  );
}
