import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { IndicatorDetailView } from '../features/indicators/components/IndicatorDetailView.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';

export default function IndicatorDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('indicatorData.detail.title'));
  return (
    <div className="page">
      <IndicatorDetailView id={id} />
    </div>
  );
}
