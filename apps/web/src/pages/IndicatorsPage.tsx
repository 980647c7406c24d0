import { useTranslation } from 'react-i18next';
import { IndicatorsView } from '../features/indicators/components/IndicatorsView.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function IndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.title'));
  return (
    <div className="page">
      <PageHeader title={t('indicators.title')} intro={t('indicators.intro')} />
      <IndicatorsView />
    </div>
  );
}
