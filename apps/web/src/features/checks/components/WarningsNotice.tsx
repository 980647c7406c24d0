// The plan checks' warnings inside a form that was refused until the user
// confirms them: the warnings, and "save anyway" (the form keeps what was
// typed, so fixing a value and saving again is the other way out).
import { useTranslation } from 'react-i18next';
import { type Finding, findingText } from '../utils/findings.ts';
import '../checks.css';

export function WarningsNotice({ findings, onKeep, busy }: { findings: readonly Finding[]; onKeep: () => void; busy?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice checks-notice" role="alert">
      <p>{t('checks.confirm.intro', { count: findings.length })}</p>
      <ul className="checks-list">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`checks-item checks-${f.severity.toLowerCase()}`}>
            <span className="checks-badge">{t(`checks.severity.${f.severity}`)}</span> {findingText(i18n, f)}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onKeep} disabled={busy}>
        {t('checks.confirm.keep')}
      </button>
    </div>
  );
}
