// /activate?token=…: a new user sets their first password from the one-time
// link their administrator gave them, and is signed in.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { resetApolloClients } from '../../../app/apollo.ts';
import { useDocumentTitle } from '../../../ui/useDocumentTitle.ts';
import { ActivateAccountMutation } from '../graphql/account.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import '../../organization/components/organization.css';

export function ActivateView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [activate] = useMutation(ActivateAccountMutation);
  useDocumentTitle(t('app.documentTitleShort', { page: t('organization.activate.title') }));
  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch signedIn={false} />
      </div>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <div className="sign-in-card">
          <p className="product-name product-name-large">{t('app.name')}</p>
          <h1 className="sign-in-title">{t('organization.activate.title')}</h1>
          {token ? (
            <>
              <p>{t('organization.activate.intro')}</p>
              <PasswordForm
                withCurrent={false}
                submitLabel={t('organization.activate.submit')}
                onSubmit={async (values) => {
                  const result = await activate({
                    variables: { token, password: values.newPassword },
                    context: { skipAuthRedirect: true },
                  });
                  const viewer = result.data?.activateAccount.viewer;
                  const home = viewer?.government?.code ?? viewer?.memberships[0]?.government.code;
                  resetApolloClients();
                  await navigate(home ? `/${home}` : '/', { replace: true });
                }}
              />
            </>
          ) : (
            <p className="form-error" role="alert">
              {t('organization.activate.noToken')}
            </p>
          )}
          <p className="org-gate-footer">
            <Link to="/sign-in">{t('organization.activate.toSignIn')}</Link>
          </p>
        </div>
      </main>
    </div>
  );
}
