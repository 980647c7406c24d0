// Shown right after signing in with an initial password, before anything
// else: the API refuses every other request until the password is changed.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { resetApolloClients } from '../../../app/apollo.ts';
import { useDocumentTitle } from '../../../ui/useDocumentTitle.ts';
import { ChangeOwnPasswordMutation } from '../graphql/account.ts';
import { useSignOut } from '../hooks/useSignOut.ts';
import type { Viewer } from '../hooks/sessionContext.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import '../../organization/components/organization.css';

export function ChangePasswordGate({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [change] = useMutation(ChangeOwnPasswordMutation);
  const [signOut] = useSignOut();
  useDocumentTitle(t('app.documentTitleShort', { page: t('organization.password.gateTitle') }));
  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch signedIn={false} />
      </div>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <div className="sign-in-card">
          <p className="product-name product-name-large">{t('app.name')}</p>
          <h1 className="sign-in-title">{t('organization.password.gateTitle')}</h1>
          <p>{t('organization.password.gateIntro', { name: viewer.user.name })}</p>
          <PasswordForm
            withCurrent
            currentLabel={t('organization.password.initial')}
            submitLabel={t('organization.password.gateSubmit')}
            onSubmit={async (values) => {
              await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
              // Everything refused so far is asked again with the new state.
              resetApolloClients();
            }}
          />
          <p className="org-gate-footer">
            <button type="button" className="button" onClick={() => void signOut()}>
              {t('header.signOut')}
            </button>
          </p>
        </div>
      </main>
    </div>
  );
}
