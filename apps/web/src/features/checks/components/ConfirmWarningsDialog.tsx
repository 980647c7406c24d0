// Asked once before a value with warnings is kept: the warnings with their
// figures, then "save anyway" or back to the value to fix it (nothing typed
// is lost either way).
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog.tsx';
import { type Finding, findingText } from '../utils/findings.ts';
import '../checks.css';

export function ConfirmWarningsDialog({
  findings,
  onConfirm,
  onCancel,
}: {
  findings: readonly Finding[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog title={t('checks.confirm.title')} onClose={onCancel} className="dialog checks-confirm">
      <p>{t('checks.confirm.intro', { count: findings.length })}</p>
      <ul className="checks-list">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className="checks-item checks-warning">
            <span className="checks-badge">{t('checks.severity.WARNING')}</span> {findingText(i18n, f)}
          </li>
        ))}
      </ul>
      <div className="button-row checks-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('checks.confirm.back')}
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {t('checks.confirm.keep')}
        </button>
      </div>
    </Dialog>
  );
}
