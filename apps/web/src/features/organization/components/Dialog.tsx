// This feature's look of the one modal dialog (ui/Dialog.tsx), and the
// confirmation for steps that take effect at once.
import type { ReactNode } from 'react';
import { Dialog as ModalDialog } from '../../../ui/Dialog.tsx';

export function Dialog({ wide = false, ...props }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return <ModalDialog {...props} className={wide ? 'org-dialog org-dialog-wide' : 'org-dialog'} />;
}

/** A confirmation for a step that takes effect at once: says what it affects, then asks. */
export function ConfirmDialog({
  title,
  children,
  confirm,
  cancel,
  danger = true,
  onConfirm,
  onClose,
  error,
  busy,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  error: string | null;
  busy: boolean;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="org-dialog-body">{children}</div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {cancel}
        </button>
      </div>
    </Dialog>
  );
}
