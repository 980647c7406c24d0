import { useTranslation } from 'react-i18next';
import { RenaksiHome } from '../features/renaksi/components/RenaksiHome.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import '../features/renaksi/renaksi.css';

export default function RenaksiPage() {
  const { t } = useTranslation();
  usePageTitle(t('renaksi.title'));
  return (
    <div className="page page-wide">
      <PageHeader title={t('renaksi.title')} intro={t('renaksi.intro')} />
      <RenaksiHome />
    </div>
  );
}
