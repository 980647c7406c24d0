// Users of the government: search, roles, scope, status and last sign-in;
// create (initial password shown once, or an activation link to copy), edit
// roles and scope, deactivate / reactivate, reset a password.
import { useMutation, useQuery } from '@apollo/client/react';
import { ROLES } from '@rb/domain';
import { type FormEvent, useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUserFieldsFragment, Role, UserCredential } from '../../../gql/graphql.ts';
import { AgenciesQuery } from '../../session/graphql/agencies.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import {
  CreateUserMutation,
  DeactivateUserMutation,
  ReactivateUserMutation,
  ResetUserPasswordMutation,
  UpdateUserMutation,
  UsersQuery,
} from '../graphql/organization.ts';
import { parentOptions } from '../hooks/agencyTree.ts';
import { useApiError, useMessageKey } from '../hooks/useFormError.ts';
import { ConfirmDialog, Dialog } from './Dialog.tsx';

type User = ManagedUserFieldsFragment;
type Credential = {
  user: User;
  initialPassword?: string | null;
  activationToken?: string | null;
  existingAccount: boolean;
  reset?: boolean;
};
type Open =
  | { kind: 'create' }
  | { kind: 'edit' | 'deactivate' | 'reactivate' | 'reset'; user: User }
  | { kind: 'credential'; result: Credential }
  | null;

export function UsersPanel() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const result = useQuery(UsersQuery, { variables: { search: deferred || null } });
  const [open, setOpen] = useState<Open>(null);
  const { viewer } = useSession();
  const close = () => setOpen(null);
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
      {t('organization.users.add')}
    </button>
  );
  return (
    <>
      <div className="org-toolbar">
        <div className="field org-toolbar-grow">
          <label htmlFor={`${id}-search`}>{t('organization.users.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('organization.users.searchPlaceholder')}
          />
        </div>
        {addButton}
      </div>
      <QueryState result={result}>
        {(data) =>
          data.users.length === 0 ? (
            <EmptyState title={deferred ? t('organization.users.noMatch', { q: deferred }) : t('organization.users.emptyTitle')}>
              {deferred ? null : <p>{t('organization.users.empty')}</p>}
            </EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="org-table">
                <caption className="sr-only">{t('organization.users.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organization.users.name')}</th>
                    <th scope="col">{t('organization.users.roles')}</th>
                    <th scope="col">{t('organization.users.scope')}</th>
                    <th scope="col">{t('organization.users.status')}</th>
                    <th scope="col">{t('organization.users.lastSignIn')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('organization.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.users.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        <div>{u.name}</div>
                        <div className="muted">{u.email}</div>
                      </th>
                      <td>
                        <span className="badge-list">
                          {u.roles.map((r) => (
                            <span key={r} className="badge">
                              {t(`enums.role.${r}`)}
                            </span>
                          ))}
                        </span>
                      </td>
                      <td>
                        {u.agency ? (
                          (u.agency.shortName ?? u.agency.name)
                        ) : (
                          <span className="muted">{t('organization.users.wholeGovernment')}</span>
                        )}
                      </td>
                      <td>
                        <span className={`org-status org-status-${u.status}`}>{t(`organization.userStatus.${u.status}`)}</span>
                      </td>
                      <td className="nowrap">
                        {u.lastSignInAt ? (
                          formatDateTime(u.lastSignInAt, i18n.language)
                        ) : (
                          <span className="muted">{t('organization.users.never')}</span>
                        )}
                      </td>
                      <td>
                        <span className="org-actions">
                          <button
                            type="button"
                            className="button"
                            aria-label={t('organization.users.editNamed', { name: u.name })}
                            onClick={() => setOpen({ kind: 'edit', user: u })}
                          >
                            {t('organization.edit')}
                          </button>
                          {u.id === viewer.user.id ? null : (
                            <button
                              type="button"
                              className="button"
                              aria-label={t('organization.users.resetNamed', { name: u.name })}
                              onClick={() => setOpen({ kind: 'reset', user: u })}
                            >
                              {t('organization.users.reset')}
                            </button>
                          )}
                          {u.status === 'DEACTIVATED' ? (
                            <button
                              type="button"
                              className="button"
                              aria-label={t('organization.users.reactivateNamed', { name: u.name })}
                              onClick={() => setOpen({ kind: 'reactivate', user: u })}
                            >
                              {t('organization.users.reactivate')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button button-danger"
                              aria-label={t('organization.users.deactivateNamed', { name: u.name })}
                              onClick={() => setOpen({ kind: 'deactivate', user: u })}
                            >
                              {t('organization.users.deactivate')}
                            </button>
                          )}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {open?.kind === 'create' ? <UserDialog onClose={close} onCreated={(result) => setOpen({ kind: 'credential', result })} /> : null}
      {open?.kind === 'edit' ? <UserDialog user={open.user} onClose={close} onCreated={close} /> : null}
      {open?.kind === 'deactivate' || open?.kind === 'reactivate' ? (
        <StatusDialog kind={open.kind} user={open.user} onClose={close} />
      ) : null}
      {open?.kind === 'reset' ? (
        <ResetDialog user={open.user} onClose={close} onDone={(result) => setOpen({ kind: 'credential', result })} />
      ) : null}
      {open?.kind === 'credential' ? <CredentialDialog result={open.result} onClose={close} /> : null}
    </>
  );
}

function CredentialChoice({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('organization.users.credential')}</legend>
      <label className="org-choice">
        <input type="radio" name={name} value="INITIAL_PASSWORD" defaultChecked />
        <span>
          {t('organization.users.credentialPassword')}
          <span className="org-hint">{t('organization.users.credentialPasswordHint')}</span>
        </span>
      </label>
      <label className="org-choice">
        <input type="radio" name={name} value="ACTIVATION_LINK" />
        <span>
          {t('organization.users.credentialLink')}
          <span className="org-hint">{t('organization.users.credentialLinkHint')}</span>
        </span>
      </label>
    </fieldset>
  );
}

function UserDialog({ user, onClose, onCreated }: { user?: User; onClose: () => void; onCreated: (r: Credential) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const apiError = useApiError();
  const messageOf = useMessageKey();
  const agencies = useQuery(AgenciesQuery);
  const [create] = useMutation(CreateUserMutation, { refetchQueries: ['Users', 'Members'] });
  const [update] = useMutation(UpdateUserMutation, { refetchQueries: ['Members'] });
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const roles = form.getAll('roles').map(String) as Role[];
    const agencyId = String(form.get('agencyId') ?? '') || null;
    if (roles.length === 0) {
      setError({ field: 'roles', message: messageOf('user.rolesRequired') ?? '' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (user) {
        await update({ variables: { input: { id: user.id, version: user.version, roles, agencyId } } });
        onCreated({ user, existingAccount: false });
      } else {
        const r = await create({
          variables: {
            input: {
              email: String(form.get('email') ?? '').trim(),
              name: String(form.get('name') ?? '').trim(),
              roles,
              agencyId,
              credential: String(form.get('credential')) as UserCredential,
            },
          },
        });
        if (r.data) onCreated(r.data.createUser);
      }
    } catch (err) {
      setError(apiError(err));
      setBusy(false);
    }
  };
  const err = (field: string) => (error?.field === field ? error.message : null);
  const text = (name: 'email' | 'name', label: string, type: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete="off"
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={[hint ? `${id}-${name}-hint` : '', err(name) ? `${id}-${name}-error` : ''].join(' ').trim() || undefined}
      />
      {hint ? (
        <p id={`${id}-${name}-hint`} className="org-hint">
          {hint}
        </p>
      ) : null}
      {err(name) ? (
        <p id={`${id}-${name}-error`} className="field-error">
          {err(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <Dialog title={user ? t('organization.users.editTitle', { name: user.name }) : t('organization.users.addTitle')} onClose={onClose} wide>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {error && !['email', 'name', 'roles', 'agencyId'].includes(error.field ?? '') ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        {user ? (
          <p>
            <strong>{user.name}</strong> · {user.email}
          </p>
        ) : (
          <>
            {text('email', t('organization.users.email'), 'email', t('organization.users.emailHint'))}
            {text('name', t('organization.users.name'), 'text')}
          </>
        )}
        <fieldset aria-describedby={err('roles') ? `${id}-roles-error` : undefined}>
          <legend>{t('organization.users.roles')}</legend>
          <div className="org-choices">
            {ROLES.map((r) => (
              <label key={r} className="org-choice">
                <input type="checkbox" name="roles" value={r} defaultChecked={user?.roles.includes(r)} />
                <span>
                  {t(`enums.role.${r}`)}
                  <span className="org-hint">{t(`organization.roleHint.${r}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {err('roles') ? (
            <p id={`${id}-roles-error`} className="field-error">
              {err('roles')}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-agency`}>{t('organization.users.scope')}</label>
          <select
            id={`${id}-agency`}
            name="agencyId"
            className="select"
            defaultValue={user?.agencyId ?? ''}
            aria-describedby={`${id}-agency-hint`}
          >
            <option value="">{t('organization.users.wholeGovernment')}</option>
            {parentOptions(agencies.data?.agencies ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <p id={`${id}-agency-hint`} className="org-hint">
            {t('organization.users.scopeHint')}
          </p>
          {err('agencyId') ? <p className="field-error">{err('agencyId')}</p> : null}
        </div>
        {user ? null : <CredentialChoice name="credential" />}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('organization.saving') : user ? t('organization.save') : t('organization.users.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function StatusDialog({ kind, user, onClose }: { kind: 'deactivate' | 'reactivate'; user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { government } = useSession();
  const apiError = useApiError();
  const [deactivate, d] = useMutation(DeactivateUserMutation, { refetchQueries: ['Members'] });
  const [reactivate, r] = useMutation(ReactivateUserMutation, { refetchQueries: ['Members'] });
  const [error, setError] = useState<string | null>(null);
  const isDeactivate = kind === 'deactivate';
  return (
    <ConfirmDialog
      title={
        isDeactivate
          ? t('organization.users.deactivateTitle', { name: user.name })
          : t('organization.users.reactivateTitle', { name: user.name })
      }
      confirm={isDeactivate ? t('organization.users.deactivateConfirm') : t('organization.users.reactivateConfirm')}
      cancel={t('organization.cancel')}
      danger={isDeactivate}
      busy={d.loading || r.loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        try {
          const variables = { id: user.id, version: user.version };
          if (isDeactivate) await deactivate({ variables });
          else await reactivate({ variables });
          onClose();
        } catch (err) {
          setError(apiError(err).message);
        }
      }}
    >
      {isDeactivate ? (
        <>
          <p>{t('organization.users.deactivateEffect', { government: government.name })}</p>
          <p>{t('organization.users.deactivateStays')}</p>
        </>
      ) : (
        <p>{t('organization.users.reactivateEffect', { government: government.name })}</p>
      )}
    </ConfirmDialog>
  );
}

function ResetDialog({ user, onClose, onDone }: { user: User; onClose: () => void; onDone: (r: Credential) => void }) {
  const { t } = useTranslation();
  const apiError = useApiError();
  const [reset, { loading }] = useMutation(ResetUserPasswordMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t('organization.users.resetTitle', { name: user.name })} onClose={onClose}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const credential = String(new FormData(e.currentTarget).get('credential')) as UserCredential;
          try {
            const r = await reset({ variables: { id: user.id, version: user.version, credential } });
            if (r.data) onDone({ ...r.data.resetUserPassword, reset: true });
          } catch (err) {
            setError(apiError(err).message);
          }
        }}
      >
        <p>{t('organization.users.resetEffect')}</p>
        <CredentialChoice name="credential" />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={loading}>
            {t('organization.users.resetConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The initial password or activation link, shown this once, with a copy button. */
function CredentialDialog({ result, onClose }: { result: Credential; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const secret =
    result.initialPassword ?? (result.activationToken ? `${window.location.origin}/activate?token=${result.activationToken}` : null);
  const title = result.reset
    ? t('organization.users.resetDoneTitle', { name: result.user.name })
    : t('organization.users.createdTitle', { name: result.user.name });
  return (
    <Dialog title={title} onClose={onClose} wide>
      {result.existingAccount ? (
        <p>{t('organization.users.existingAccount', { email: result.user.email })}</p>
      ) : secret ? (
        <>
          <p>
            {result.initialPassword
              ? t('organization.users.passwordIntro', { email: result.user.email })
              : t('organization.users.linkIntro', { email: result.user.email })}
          </p>
          <p className="org-notice">{t('organization.users.shownOnce')}</p>
          <div className="org-secret">
            <code data-testid="credential-secret">{secret}</code>
            <button
              type="button"
              className="button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(secret);
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
            >
              {t('organization.users.copy')}
            </button>
          </div>
          <p role="status" className="muted">
            {copied ? t('organization.users.copied') : ''}
          </p>
          <p className="muted">{result.initialPassword ? t('organization.users.passwordNext') : t('organization.users.linkNext')}</p>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('organization.users.done')}
        </button>
      </div>
    </Dialog>
  );
}
