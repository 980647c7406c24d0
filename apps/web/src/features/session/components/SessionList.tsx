// "Sesi aktif" on the account page: where the user is signed in (browser,
// address, signed in, last active; this browser marked), ending one session
// or all the others. An ended browser is signed out on its next request.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApolloClient } from '../../../app/apollo.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from '../graphql/sessions.ts';
import { describeUserAgent } from '../hooks/userAgent.ts';

/** `gov`: one of the user's governments (the API wants one selected). */
export function SessionList({ gov }: { gov: string }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = getApolloClient(gov);
  const result = useQuery(MySessionsQuery, { client, fetchPolicy: 'network-only' });
  const [endOne] = useMutation(EndSessionMutation, { client });
  const [endOthers] = useMutation(EndOtherSessionsMutation, { client });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    setMessage(null);
    try {
      const text = await action();
      await result.refetch();
      setMessage({ text, error: false });
      heading.current?.focus();
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="org-account-section" ref={heading} tabIndex={-1}>
        {t('organization.account.sessions.title')}
      </h2>
      <p className="muted">{t('organization.account.sessions.intro')}</p>
      {message ? (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <QueryState result={result}>
        {(data) => {
          const others = data.mySessions.filter((s) => !s.current).length;
          return (
            <>
              <ul className="session-list" aria-label={t('organization.account.sessions.caption')}>
                {data.mySessions.map((s) => {
                  const name = describeUserAgent(s.userAgent) ?? t('organization.account.sessions.unknownBrowser');
                  const lastSeen = formatDateTime(s.lastSeenAt, i18n.language);
                  return (
                    <li key={s.id} className={s.current ? 'session-item session-current' : 'session-item'}>
                      <div className="session-what">
                        <p className="session-name" title={s.userAgent ?? undefined}>
                          <strong>{name}</strong>
                          {s.current ? <span className="badge">{t('organization.account.sessions.current')}</span> : null}
                        </p>
                        <p className="muted">
                          {s.address
                            ? t('organization.account.sessions.address', { address: s.address })
                            : t('organization.account.sessions.noAddress')}
                        </p>
                        <p className="muted">
                          {t('organization.account.sessions.signedIn', { when: formatDateTime(s.createdAt, i18n.language) })}
                        </p>
                        <p className="muted">{t('organization.account.sessions.lastSeen', { when: lastSeen })}</p>
                      </div>
                      {s.current ? null : (
                        <button
                          type="button"
                          className="button"
                          disabled={busy !== null}
                          aria-label={t('organization.account.sessions.endNamed', { name, when: lastSeen })}
                          onClick={() =>
                            void run(s.id, async () => {
                              await endOne({ variables: { id: s.id } });
                              return t('organization.account.sessions.ended', { name });
                            })
                          }
                        >
                          {busy === s.id ? t('organization.account.sessions.ending') : t('organization.account.sessions.end')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
              {others > 0 ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy !== null}
                  onClick={() =>
                    void run('others', async () => {
                      const r = await endOthers();
                      return t('organization.account.sessions.endedOthers', { count: r.data?.endOtherSessions ?? 0 });
                    })
                  }
                >
                  {busy === 'others' ? t('organization.account.sessions.ending') : t('organization.account.sessions.endOthers')}
                </button>
              ) : (
                <p className="muted">{t('organization.account.sessions.onlyThis')}</p>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
