// This feature's look of the one modal dialog (ui/Dialog.tsx),
// the modal behaviour lives there once.
import type { ReactNode } from 'react';
import { Dialog as ModalDialog } from '../../../ui/Dialog.tsx';
import './roadmap.css';

export function Dialog({ wide = false, ...props }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return <ModalDialog {...props} className={wide ? 'roadmap-dialog roadmap-dialog-wide' : 'roadmap-dialog'} />;
}
