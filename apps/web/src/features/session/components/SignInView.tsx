import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { resetApolloClients } from '../../../app/apollo.ts';
import { useDocumentTitle } from '../../../ui/useDocumentTitle.ts';
import { ViewerQuery } from '../graphql/viewer.ts';
import { safeNextPath } from '../hooks/signInSchema.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { type SignedInViewer, SignInForm } from './SignInForm.tsx';

/** The sign-in page: product name, one-line description, form, language switch. */
export function SignInView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [noGovernment, setNoGovernment] = useState(false);
  // Already signed in (e.g. a bookmarked sign-in page): go on to the app.
  const { data } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  useDocumentTitle(t('app.documentTitleShort', { page: t('signIn.pageTitle') }));

  const onSignedIn = (viewer: SignedInViewer) => {
    const home = viewer.government?.code ?? viewer.memberships[0]?.government.code;
    if (!home) {
      setNoGovernment(true);
      return;
    }
    resetApolloClients();
    void navigate(next ?? `/${home}`, { replace: true });
  };

  const viewer = data?.viewer;
  if (viewer && (viewer.government || viewer.memberships.length > 0) && !noGovernment) {
    const home = viewer.government?.code ?? viewer.memberships[0]?.government.code;
    return <Navigate to={next ?? `/${home}`} replace />;
  }

  const notice = searchParams.get('expired') ? t('signIn.sessionExpired') : searchParams.get('signedOut') ? t('signIn.signedOut') : null;

  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch signedIn={false} />
      </div>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <div className="sign-in-card">
          <p className="product-name product-name-large">{t('app.name')}</p>
          <p className="product-tagline">{t('app.tagline')}</p>
          <h1 className="sign-in-title">{t('signIn.title')}</h1>
          <p className="muted">{t('signIn.intro')}</p>
          {notice ? (
            <p className="notice" role="status">
              {notice}
            </p>
          ) : null}
          {noGovernment ? (
            <p className="form-error" role="alert">
              {t('signIn.noGovernment')}
            </p>
          ) : null}
          <SignInForm onSignedIn={onSignedIn} />
        </div>
      </main>
    </div>
  );
}
