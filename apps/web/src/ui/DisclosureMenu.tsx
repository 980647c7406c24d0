// A button that shows and hides a panel of links (the disclosure pattern):
// Tab / Shift+Tab move through the links, Escape closes and returns focus to
// the button, a click outside or leaving the panel with Tab closes it.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface DisclosureMenuProps {
  /** The button's content (its accessible name). */
  button: ReactNode;
  /** The panel's content; call `close` when an item is chosen. */
  children: (close: () => void) => ReactNode;
  className?: string;
  buttonClassName?: string;
}

export function DisclosureMenu({ button, children, className, buttonClassName }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  return (
    <div className={['disclosure', className].filter(Boolean).join(' ')} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
        <span className="disclosure-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {children(() => setOpen(false))}
      </div>
    </div>
  );
}
