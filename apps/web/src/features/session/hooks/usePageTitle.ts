import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle.ts';
import { useSession } from './sessionContext.ts';

/** document.title = "<page> · <government> · RB Workbench". */
export function usePageTitle(page: string) {
  const { t } = useTranslation();
  const { government } = useSession();
  useDocumentTitle(t('app.documentTitle', { page, government: government.name }));
}
