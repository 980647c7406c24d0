// A table cell edited in place: type, Enter (or leaving the cell) saves, Esc
// goes back. While saving it says so; a failed save stays visible with its
// reason and a retry; a conflict shows the latest value and offers to save
// the typed one over it.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../ui/errors.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { type Finding, findingText, warningsToConfirm } from '../../checks/utils/findings.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; mine: string }
  /** The plan checks asked first: kept only when the user confirms. */
  | { kind: 'warnings'; mine: string; findings: Finding[] };

export function EditableText({
  value,
  label,
  onSave,
  onConflict,
  disabled,
  multiline,
  className,
  placeholder,
  size,
}: {
  value: string;
  label: string;
  /** `confirmWarnings`: the user saw the plan checks' warnings on this value and keeps it. */
  onSave: (text: string, opts: { confirmWarnings: boolean }) => Promise<unknown>;
  /** Called on a conflict, to read the latest value. */
  onConflict?: () => unknown;
  disabled?: boolean;
  multiline?: boolean;
  className?: string;
  placeholder?: string;
  size?: number;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const messageId = useId();
  const lastValue = useRef(value);
  useEffect(() => {
    // A new value from the server replaces the draft unless the user is mid-retry.
    if (lastValue.current !== value) {
      lastValue.current = value;
      setDraft((d) => (state.kind === 'error' ? d : value));
    }
  }, [value, state.kind]);

  const save = async (text: string, confirmWarnings = false) => {
    if (text.trim() === value.trim() && state.kind !== 'conflict') {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'saving' });
    try {
      await onSave(text, { confirmWarnings });
      setState({ kind: 'idle' });
    } catch (error) {
      const warnings = warningsToConfirm(error);
      if (warnings) {
        setState({ kind: 'warnings', mine: text, findings: warnings });
      } else if (hasErrorCode(error, 'CONFLICT')) {
        setState({ kind: 'conflict', mine: text });
        await onConflict?.();
      } else {
        setState({ kind: 'error', message: errorMessage(error) });
      }
    }
  };

  if (disabled) return <span className={className}>{value}</span>;
  const common = {
    'aria-label': label,
    'aria-invalid': state.kind === 'error' || state.kind === 'warnings' ? true : undefined,
    'aria-describedby': state.kind === 'idle' ? undefined : messageId,
    className: `cell-input${state.kind === 'error' || state.kind === 'conflict' || state.kind === 'warnings' ? ' cell-input-error' : ''}${className ? ` ${className}` : ''}`,
    value: draft,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => {
      if (state.kind !== 'saving' && state.kind !== 'conflict' && state.kind !== 'warnings' && draft !== value) void save(draft);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && (!multiline || !e.shiftKey)) {
        e.preventDefault();
        void save(draft);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        setDraft(value);
        setState({ kind: 'idle' });
      }
    },
  };
  return (
    <div className={`cell-edit${className?.includes('num') ? ' cell-edit-num' : ''}`}>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" size={size} {...common} />}
      {state.kind === 'saving' ? (
        <span id={messageId} className="cell-status" role="status">
          {t('roadmaps.cell.saving')}
        </span>
      ) : null}
      {state.kind === 'error' ? (
        <span id={messageId} className="cell-status cell-status-error" role="alert">
          {t('roadmaps.cell.failed', { message: state.message })}{' '}
          <button type="button" className="button button-small" onClick={() => void save(draft)}>
            {t('roadmaps.cell.retry')}
          </button>
        </span>
      ) : null}
      {state.kind === 'warnings' ? (
        <span id={messageId} className="cell-status cell-status-error" role="alert">
          {state.findings.map((f) => findingText(i18n, f)).join(' ')}{' '}
          <button type="button" className="button button-small" onClick={() => void save(state.mine, true)}>
            {t('checks.confirm.keep')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setDraft(value);
              setState({ kind: 'idle' });
            }}
          >
            {t('roadmaps.cell.discard')}
          </button>
        </span>
      ) : null}
      {state.kind === 'conflict' ? (
        <span id={messageId} className="cell-status cell-status-error" role="alert">
          {t('roadmaps.cell.conflict', { mine: state.mine })}{' '}
          <button type="button" className="button button-small" onClick={() => void save(state.mine)}>
            {t('roadmaps.cell.keepMine')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setDraft(value);
              setState({ kind: 'idle' });
            }}
          >
            {t('roadmaps.cell.discard')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
