// The government's agencies as an outline (OPD → sub-units): create at the top
// level or under an agency, edit name / short name / code / kind, move under
// another parent (a picker), archive (with what stays) and restore.
import { useMutation, useQuery } from '@apollo/client/react';
import { AGENCY_KINDS } from '@rb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyFieldsFragment, AgencyKind } from '../../../gql/graphql.ts';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import {
  AdminAgenciesQuery,
  ArchiveAgencyMutation,
  CreateAgencyMutation,
  MoveAgencyMutation,
  RestoreAgencyMutation,
  UpdateAgencyMutation,
} from '../graphql/organization.ts';
import { childrenOf, descendants, parentOptions } from '../hooks/agencyTree.ts';
import { useApiError, useMessageKey } from '../hooks/useFormError.ts';
import { ConfirmDialog, Dialog } from './Dialog.tsx';

type Agency = AgencyFieldsFragment;
type Open =
  | { kind: 'create'; parent: Agency | null }
  | { kind: 'edit'; agency: Agency }
  | { kind: 'move'; agency: Agency }
  | { kind: 'archive'; agency: Agency }
  | null;

/** Pickers elsewhere read `Agencies` (in-use agencies only): refresh them after every change. */
const REFETCH = ['AdminAgencies', 'Agencies'];

export function AgencyOutline() {
  const { t } = useTranslation();
  const result = useQuery(AdminAgenciesQuery);
  const [open, setOpen] = useState<Open>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [restore] = useMutation(RestoreAgencyMutation, { refetchQueries: REFETCH });
  const apiError = useApiError();
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const close = () => setOpen(null);
  const addTop = (
    <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create', parent: null })}>
      {t('organization.agencies.addTop')}
    </button>
  );

  return (
    <QueryState result={result}>
      {(data) => {
        const all = data.agencies;
        const archivedCount = all.filter((a) => a.archivedAt).length;
        const visible = showArchived ? all : all.filter((a) => !a.archivedAt);
        const children = childrenOf(visible);
        const renderLevel = (parent: string | null) => (
          <ul className={parent ? undefined : 'org-outline'}>
            {(children.get(parent) ?? []).map((a) => (
              <li key={a.id}>
                <div className={a.archivedAt ? 'org-agency org-agency-archived' : 'org-agency'}>
                  <span className="org-agency-text">
                    <span className="org-agency-name">{a.name}</span>
                    {a.shortName ? <span className="muted">({a.shortName})</span> : null}
                    <span className="badge">{t(`organization.agencyKind.${a.kind}`)}</span>
                    {a.code ? <span className="muted">{t('organization.agencies.codeShown', { code: a.code })}</span> : null}
                    {a.archivedAt ? <span className="badge">{t('organization.agencies.archivedBadge')}</span> : null}
                  </span>
                  <span className="org-actions">
                    {a.archivedAt ? (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('organization.agencies.restoreNamed', { name: a.name })}
                        onClick={async () => {
                          setRestoreError(null);
                          try {
                            await restore({ variables: { id: a.id, version: a.version } });
                          } catch (error) {
                            setRestoreError(apiError(error).message);
                          }
                        }}
                      >
                        {t('organization.agencies.restore')}
                      </button>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('organization.agencies.addChildNamed', { name: a.name })}
                          onClick={() => setOpen({ kind: 'create', parent: a })}
                        >
                          {t('organization.agencies.addChild')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('organization.agencies.editNamed', { name: a.name })}
                          onClick={() => setOpen({ kind: 'edit', agency: a })}
                        >
                          {t('organization.edit')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('organization.agencies.moveNamed', { name: a.name })}
                          onClick={() => setOpen({ kind: 'move', agency: a })}
                        >
                          {t('organization.agencies.move')}
                        </button>
                        <button
                          type="button"
                          className="button button-danger"
                          aria-label={t('organization.agencies.archiveNamed', { name: a.name })}
                          onClick={() => setOpen({ kind: 'archive', agency: a })}
                        >
                          {t('organization.agencies.archive')}
                        </button>
                      </>
                    )}
                  </span>
                </div>
                {children.get(a.id)?.length ? renderLevel(a.id) : null}
              </li>
            ))}
          </ul>
        );
        return (
          <>
            <div className="org-toolbar">
              <p className="org-toolbar-grow muted">{t('organization.agencies.intro')}</p>
              {archivedCount > 0 ? (
                <label className="org-choice">
                  <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
                  {t('organization.agencies.showArchived', { count: archivedCount })}
                </label>
              ) : null}
              {all.length > 0 ? addTop : null}
            </div>
            {restoreError ? (
              <p className="form-error" role="alert">
                {restoreError}
              </p>
            ) : null}
            {visible.length === 0 ? (
              <EmptyState title={t('organization.agencies.emptyTitle')}>
                <p>{t('organization.agencies.empty')}</p>
                {addTop}
              </EmptyState>
            ) : (
              renderLevel(null)
            )}
            {open?.kind === 'create' || open?.kind === 'edit' ? <AgencyDialog open={open} onClose={close} /> : null}
            {open?.kind === 'move' ? <MoveDialog agency={open.agency} agencies={all} onClose={close} /> : null}
            {open?.kind === 'archive' ? <ArchiveDialog agency={open.agency} agencies={all} onClose={close} /> : null}
          </>
        );
      }}
    </QueryState>
  );
}

function AgencyDialog({ open, onClose }: { open: Extract<Open, { kind: 'create' | 'edit' }>; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const apiError = useApiError();
  const messageOf = useMessageKey();
  const [create] = useMutation(CreateAgencyMutation, { refetchQueries: REFETCH });
  const [update] = useMutation(UpdateAgencyMutation, { refetchQueries: ['Agencies'] });
  const [errors, setErrors] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const agency = open.kind === 'edit' ? open.agency : null;
  const title =
    open.kind === 'edit'
      ? t('organization.agencies.editTitle', { name: open.agency.name })
      : open.parent
        ? t('organization.agencies.addChildTitle', { name: open.parent.name })
        : t('organization.agencies.addTopTitle');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    const name = value('name');
    if (!name) {
      setErrors({ field: 'name', message: messageOf('validation.required') ?? '' });
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const fields = { name, shortName: value('shortName') || null, code: value('code') || null, kind: value('kind') as AgencyKind };
      if (agency) await update({ variables: { input: { id: agency.id, version: agency.version, ...fields } } });
      else await create({ variables: { input: { ...fields, parentId: open.kind === 'create' ? (open.parent?.id ?? null) : null } } });
      onClose();
    } catch (error) {
      setErrors(apiError(error));
      setBusy(false);
    }
  };
  const err = (field: string) => (errors?.field === field ? errors.message : null);
  const input = (name: 'name' | 'shortName' | 'code', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="text"
        defaultValue={agency?.[name] ?? ''}
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
    <Dialog title={title} onClose={onClose}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {errors && !['name', 'shortName', 'code'].includes(errors.field ?? '') ? (
          <p className="form-error" role="alert">
            {errors.message}
          </p>
        ) : null}
        {input('name', t('organization.agencies.name'), t('organization.agencies.nameHint'))}
        {input('shortName', t('organization.agencies.shortName'), t('organization.agencies.shortNameHint'))}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('organization.agencies.kind')}</label>
          <select
            id={`${id}-kind`}
            name="kind"
            className="select"
            defaultValue={agency?.kind ?? (open.kind === 'create' && open.parent ? 'UNIT' : 'OFFICE')}
          >
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organization.agencyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {input('code', t('organization.agencies.code'), t('organization.agencies.codeHint'))}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('organization.saving') : agency ? t('organization.save') : t('organization.agencies.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function MoveDialog({ agency, agencies, onClose }: { agency: Agency; agencies: readonly Agency[]; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const apiError = useApiError();
  const [move] = useMutation(MoveAgencyMutation, { refetchQueries: REFETCH });
  const [parentId, setParentId] = useState(agency.parentId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = parentOptions(agencies, agency.id);
  return (
    <Dialog title={t('organization.agencies.moveTitle', { name: agency.name })} onClose={onClose}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          try {
            await move({ variables: { id: agency.id, version: agency.version, parentId: parentId || null } });
            onClose();
          } catch (err) {
            setError(apiError(err).message);
            setBusy(false);
          }
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-parent`}>{t('organization.agencies.newParent')}</label>
          <select id={`${id}-parent`} className="select" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('organization.agencies.topLevel')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <p className="org-hint">{t('organization.agencies.moveHint')}</p>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('organization.agencies.moveSubmit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ArchiveDialog({ agency, agencies, onClose }: { agency: Agency; agencies: readonly Agency[]; onClose: () => void }) {
  const { t } = useTranslation();
  const apiError = useApiError();
  const [archive, { loading }] = useMutation(ArchiveAgencyMutation, { refetchQueries: REFETCH });
  const [error, setError] = useState<string | null>(null);
  const subUnits = [...descendants(agencies, agency.id)].filter(
    (x) => x !== agency.id && !agencies.find((a) => a.id === x)?.archivedAt,
  ).length;
  return (
    <ConfirmDialog
      title={t('organization.agencies.archiveTitle', { name: agency.name })}
      confirm={t('organization.agencies.archiveConfirm')}
      cancel={t('organization.cancel')}
      busy={loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        try {
          await archive({ variables: { id: agency.id, version: agency.version } });
          onClose();
        } catch (err) {
          setError(apiError(err).message);
        }
      }}
    >
      <p>{t('organization.agencies.archiveStays')}</p>
      <p>{t('organization.agencies.archiveGone')}</p>
      {subUnits > 0 ? <p>{t('organization.agencies.archiveSubUnits', { count: subUnits })}</p> : null}
      <p>{t('organization.agencies.archiveUndo')}</p>
    </ConfirmDialog>
  );
}
