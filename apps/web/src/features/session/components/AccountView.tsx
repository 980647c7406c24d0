// /account: the signed-in user's account (name, email, governments),
// changing their own password, which ends their other sessions, and the list
// of their active sessions.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { getApolloClient } from '../../../app/apollo.ts';
import { ErrorState, LoadingState } from '../../../ui/QueryState.tsx';
import { useDocumentTitle } from '../../../ui/useDocumentTitle.ts';
import { ChangeOwnPasswordMutation } from '../graphql/account.ts';
import { ViewerQuery } from '../graphql/viewer.ts';
import { viewerGovernments } from '../hooks/sessionContext.ts';
import { ChangePasswordGate } from './ChangePasswordGate.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { SessionList } from './SessionList.tsx';
import '../../organization/components/organization.css';

export function AccountView() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  const [done, setDone] = useState(false);
  useDocumentTitle(t('app.documentTitleShort', { page: t('organization.account.title') }));
  const viewer = data?.viewer;
  const governments = viewer ? viewerGovernments(viewer) : [];
  const requested = searchParams.get('gov');
  const gov = governments.find((g) => g.code === requested)?.code ?? governments[0]?.code ?? '';
  // The password change is sent for one of the user's governments (the API wants one selected).
  const [change] = useMutation(ChangeOwnPasswordMutation, { client: getApolloClient(gov) });

  if (data === undefined) {
    return (
      <main id="main" className="center-page" tabIndex={-1}>
        {error && !loading ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </main>
    );
  }
  if (!viewer) return <Navigate to={`/sign-in?next=${encodeURIComponent('/account')}`} replace />;
  if (viewer.mustChangePassword) return <ChangePasswordGate viewer={viewer} />;

  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <LanguageSwitch signedIn />
      </div>
      <main id="main" className="sign-in-main" tabIndex={-1}>
        <div className="sign-in-card org-password-page">
          <p>{gov ? <Link to={`/${gov}`}>{t('organization.account.back')}</Link> : null}</p>
          <h1 className="sign-in-title">{t('organization.account.title')}</h1>
          <p className="org-account-who">
            <strong>{viewer.user.name}</strong>
            <br />
            <span className="muted">{viewer.user.email}</span>
          </p>
          <h2 className="org-account-section">{t('organization.account.changeTitle')}</h2>
          <p className="muted">{t('organization.account.changeIntro')}</p>
          {done ? (
            <p className="notice" role="status">
              {t('organization.account.changed')}
            </p>
          ) : null}
          <PasswordForm
            key={done ? 'done' : 'form'}
            withCurrent
            submitLabel={t('organization.account.changeSubmit')}
            onSubmit={async (values) => {
              setDone(false);
              await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
              setDone(true);
            }}
          />
          {/* Remounted after a password change: the other sessions have just ended. */}
          {gov ? <SessionList key={done ? 'after-change' : 'list'} gov={gov} /> : null}
        </div>
      </main>
    </div>
  );
}
