import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/** Unknown path, inside a government (`/:gov/…`) or at the top. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const { gov } = useParams();
  useDocumentTitle(t('app.documentTitleShort', { page: t('notFound.title') }));
  const content = (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={gov ? `/${gov}` : '/'}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
  // Inside the government layout the <main> exists already.
  return gov ? (
    content
  ) : (
    <main id="main" className="center-page" tabIndex={-1}>
      {content}
    </main>
  );
}
