import { useTranslation } from 'react-i18next';
import { RoadmapList } from '../features/roadmap/components/RoadmapList.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function RoadmapsPage() {
  const { t } = useTranslation();
  usePageTitle(t('roadmaps.title'));
  return (
    <div className="page">
      <PageHeader title={t('roadmaps.title')} intro={t('roadmaps.intro')} />
      <RoadmapList />
    </div>
  );
}
