// The editor's dialogs: row menu, new step / action, delete confirmation,
// move to another parent, monthly realization and plan approval. Native
// <dialog> (modal, focus kept inside, Escape closes).
import { type FormEvent, type ReactNode, useState } from 'react';
import { Dialog as ModalDialog } from '../../../ui/Dialog.tsx';
import { useTranslation } from 'react-i18next';
import type { PlanRealizationFragment, RealizationStatus } from '../../../gql/graphql.ts';
import { graphQLErrorsOf } from '../../../ui/errors.ts';
import { monthNames } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import type { GridRow, Plan, PlanStep } from '../utils/gridRows.ts';

export function Dialog({ wide = false, ...props }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return <ModalDialog {...props} className={wide ? 'editor-dialog editor-dialog-wide' : 'editor-dialog'} />;
}

export interface RowMenuProps {
  row: GridRow;
  canEdit: boolean;
  onClose: () => void;
  onAddStep: (position: 'above' | 'below') => void;
  onAddAction: () => void;
  onDelete: (what: 'step' | 'action') => void;
  onMove: (what: 'step' | 'action') => void;
  onMoveBy: (what: 'step' | 'action', delta: -1 | 1) => void;
  onRealize: (month: number) => void;
}

export function RowMenuDialog(props: RowMenuProps) {
  const { t, i18n } = useTranslation();
  const { row } = props;
  const months = monthNames(i18n.language);
  const item = (label: string, onClick: () => void, danger = false) => (
    <li>
      <button type="button" className={`button ${danger ? 'button-danger' : ''}`} onClick={onClick}>
        {label}
      </button>
    </li>
  );
  return (
    <Dialog title={row.step?.name ?? row.action?.name ?? ''} onClose={props.onClose}>
      {props.canEdit ? (
        <ul className="menu-list">
          {row.action ? item(t('editor.menu.addStepBelow'), () => props.onAddStep('below')) : null}
          {row.step ? item(t('editor.menu.addStepAbove'), () => props.onAddStep('above')) : null}
          {row.step ? item(t('editor.menu.moveStepUp'), () => props.onMoveBy('step', -1)) : null}
          {row.step ? item(t('editor.menu.moveStepDown'), () => props.onMoveBy('step', 1)) : null}
          {row.step ? item(t('editor.menu.moveStep'), () => props.onMove('step')) : null}
          {row.action ? item(t('editor.menu.addAction'), props.onAddAction) : null}
          {row.action ? item(t('editor.menu.moveActionUp'), () => props.onMoveBy('action', -1)) : null}
          {row.action ? item(t('editor.menu.moveActionDown'), () => props.onMoveBy('action', 1)) : null}
          {row.action ? item(t('editor.menu.moveAction'), () => props.onMove('action')) : null}
          {row.step ? item(t('editor.menu.deleteStep'), () => props.onDelete('step'), true) : null}
          {row.action ? item(t('editor.menu.deleteAction'), () => props.onDelete('action'), true) : null}
        </ul>
      ) : null}
      {row.step && row.step.months.length > 0 ? (
        <>
          <h3 className="h4">{t('editor.menu.realization')}</h3>
          <ul className="menu-list">
            {row.step.months.map((m) => item(t('editor.menu.realizeMonth', { month: months[m - 1] }), () => props.onRealize(m)))}
          </ul>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={props.onClose}>
          {t('editor.close')}
        </button>
      </div>
    </Dialog>
  );
}

export function NameDialog({
  title,
  label,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    if (!name) {
      setError(t('editor.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name);
    } catch (err) {
      setError(graphQLErrorsOf(err).length ? errorMessage(err) : t('editor.saveFailed'));
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="editor-name">{label}</label>
          <input
            id="editor-name"
            name="name"
            type="text"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'editor-name-error' : undefined}
          />
          {error ? (
            <span id="editor-name-error" className="field-error">
              {error}
            </span>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('editor.add')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmDialog({
  title,
  message,
  confirm,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{message}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } catch (err) {
              setError(graphQLErrorsOf(err).length ? errorMessage(err) : t('editor.saveFailed'));
              setBusy(false);
            }
          }}
        >
          {confirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('editor.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

/** Choose the new parent of a step (an action) or of an action (an activity). */
export function MoveDialog({
  plan,
  what,
  currentParentId,
  onSubmit,
  onClose,
}: {
  plan: Plan;
  what: 'step' | 'action';
  currentParentId: string;
  onSubmit: (parentId: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const options =
    what === 'step'
      ? plan.activities.flatMap((activity) => activity.actions.map((a) => ({ id: a.id, label: `${activity.name} › ${a.name}` })))
      : plan.activities.map((a) => ({ id: a.id, label: `${a.area?.name ? `${a.area.name} › ` : ''}${a.name}` }));
  return (
    <Dialog title={what === 'step' ? t('editor.menu.moveStep') : t('editor.menu.moveAction')} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const parentId = String(new FormData(e.currentTarget).get('parent') ?? '');
          try {
            await onSubmit(parentId);
          } catch (err) {
            setError(graphQLErrorsOf(err).length ? errorMessage(err) : t('editor.saveFailed'));
          }
        }}
      >
        <div className="field">
          <label htmlFor="editor-parent">{what === 'step' ? t('editor.targetAction') : t('editor.targetActivity')}</label>
          <select id="editor-parent" name="parent" className="select" defaultValue={currentParentId}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {error ? <p className="field-error">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('editor.move')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const STATUSES: RealizationStatus[] = ['DONE', 'PARTIAL', 'NOT_DONE'];

export function RealizationDialog({
  step,
  month,
  canEdit,
  onSave,
  onClear,
  onClose,
}: {
  step: PlanStep;
  month: number;
  canEdit: boolean;
  onSave: (
    input: { status: RealizationStatus; note: string | null; evidenceLinks: string[] },
    existing: PlanRealizationFragment | null,
  ) => Promise<void>;
  onClear: (existing: PlanRealizationFragment) => Promise<void>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const existing = step.realizations.find((r) => r.month === month) ?? null;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const monthName = monthNames(i18n.language)[month - 1];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const status = form.get('status') as RealizationStatus | null;
    if (!status) {
      setError(t('editor.realizationStatusRequired'));
      return;
    }
    const links = String(form.get('links') ?? '')
      .split(/\s*\n\s*/)
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = links.find((l) => !/^https?:\/\/\S+\.\S+/i.test(l));
    if (bad) {
      setError(t('editor.badLink', { link: bad }));
      return;
    }
    setBusy(true);
    try {
      await onSave({ status, note: String(form.get('note') ?? '').trim() || null, evidenceLinks: links }, existing);
    } catch (err) {
      setError(graphQLErrorsOf(err).length ? errorMessage(err) : t('editor.saveFailed'));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('editor.realizationTitle', { month: monthName, name: step.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit}>
          <legend>{t('editor.realizationStatus')}</legend>
          {STATUSES.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="status" value={s} defaultChecked={existing?.status === s} /> {t(`editor.realization.${s}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="realization-note">{t('editor.realizationNote')}</label>
          <textarea id="realization-note" name="note" rows={3} defaultValue={existing?.note ?? ''} disabled={!canEdit} />
        </div>
        <div className="field">
          <label htmlFor="realization-links">{t('editor.evidenceLinks')}</label>
          <textarea
            id="realization-links"
            name="links"
            rows={3}
            defaultValue={existing?.evidenceLinks.join('\n') ?? ''}
            disabled={!canEdit}
            aria-describedby="realization-links-hint"
          />
          <span id="realization-links-hint" className="muted">
            {t('editor.evidenceLinksHint')}
          </span>
        </div>
        {existing && existing.evidenceLinks.length > 0 ? (
          <ul>
            {existing.evidenceLinks.map((l) => (
              <li key={l}>
                <a href={l} target="_blank" rel="noreferrer">
                  {l}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          {canEdit ? (
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('editor.save')}
            </button>
          ) : null}
          {canEdit && existing ? (
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onClear(existing);
                } catch (err) {
                  setError(graphQLErrorsOf(err).length ? errorMessage(err) : t('editor.saveFailed'));
                  setBusy(false);
                }
              }}
            >
              {t('editor.clearRealization')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
