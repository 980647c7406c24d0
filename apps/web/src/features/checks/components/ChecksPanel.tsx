// The "Pemeriksaan" panel of a plan, road map or indicator list: a count in
// the header that opens the list of findings, each with its figures and a
// link that opens the row (or cell) it is about. Rules the government
// switched off are named, never skipped silently.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckReportFieldsFragment } from '../../../gql/graphql.ts';
import { type Finding, findingText } from '../utils/findings.ts';
import '../checks.css';

export function ChecksPanel({
  report,
  linkFor,
  onOpen,
}: {
  report: CheckReportFieldsFragment | null | undefined;
  /** Where a finding's row opens, or null when it has no row of its own on this page. */
  linkFor: (f: Finding) => string | null;
  /** Opens the finding's cell on this page (instead of a link). */
  onOpen?: (f: Finding) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  if (!report) return null;
  const count = report.errorCount + report.warningCount;
  return (
    <div className="checks">
      <button
        type="button"
        className={`button checks-toggle ${count ? 'checks-toggle-flagged' : ''}`}
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {count ? t('checks.button', { count, errors: report.errorCount, warnings: report.warningCount }) : t('checks.buttonNone')}
      </button>
      {open ? (
        <section id={regionId} className="checks-panel card" aria-label={t('checks.title')}>
          <h2 className="card-title">{t('checks.title')}</h2>
          {count === 0 ? <p className="muted">{t('checks.none')}</p> : null}
          {count > 0 ? (
            <ol className="checks-list">
              {report.findings.map((f, i) => {
                const to = linkFor(f);
                return (
                  <li key={`${f.rule}-${i}`} className={`checks-item checks-${f.severity.toLowerCase()}`}>
                    <span className="checks-badge">{t(`checks.severity.${f.severity}`)}</span> {findingText(i18n, f)}{' '}
                    {to ? (
                      <Link to={to} className="checks-link">
                        {t('checks.open')}
                      </Link>
                    ) : onOpen ? (
                      <button type="button" className="button button-small checks-link" onClick={() => onOpen(f)}>
                        {t('checks.open')}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          ) : null}
          {report.disabledRules.length > 0 ? (
            <p className="muted">
              {t('checks.disabled', {
                rules: report.disabledRules.map((r) => i18n.t(`checkRules.${r}`, { ns: 'api', defaultValue: r })).join(', '),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
