import { useTranslation } from 'react-i18next';
import { EntryView } from '../features/indicators/components/EntryView.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function IndicatorEntryPage() {
  const { t } = useTranslation();
  usePageTitle(t('indicatorData.entry.title'));
  return (
    <div className="page page-wide">
      <PageHeader title={t('indicatorData.entry.title')} intro={t('indicatorData.entry.intro')} />
      <EntryView />
    </div>
  );
}
