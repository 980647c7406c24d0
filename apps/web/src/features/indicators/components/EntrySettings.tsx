// Administrator settings of indicator entry: status thresholds (with the
// defaults stated) and closing / reopening periods.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorEntryQuery } from '../../../gql/graphql.ts';
import { formatDateTime, formatNumber } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { ClosePeriodMutation, ReopenPeriodMutation, SetStatusThresholdsMutation, StatusThresholdsQuery } from '../graphql/entry.ts';
import { useIndicatorErrorMessage } from '../hooks/useSetIndicatorValues.ts';
import { QUARTER_LABELS } from '../utils/series.ts';

type Lock = IndicatorEntryQuery['periodLocks'][number];

/** Reads "90", "87,5" or "87.5" as a number; null when it is not one. */
function readPercent(text: string): number | null {
  const cleaned = text.trim().replace(/%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function ThresholdsPanel() {
  const { t } = useTranslation();
  const result = useQuery(StatusThresholdsQuery);
  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title" className="card-title">
        {t('indicatorData.thresholds.title')}
      </h2>
      <QueryState result={result}>{(data) => <ThresholdsForm current={data.statusThresholds} />}</QueryState>
    </section>
  );
}

function ThresholdsForm({
  current,
}: {
  current: { onTrackMin: number; atRiskMin: number; defaultOnTrackMin: number; defaultAtRiskMin: number; version: number };
}) {
  const { t } = useTranslation();
  const errorMessage = useIndicatorErrorMessage();
  const [onTrack, setOnTrack] = useState(formatNumber(current.onTrackMin));
  const [atRisk, setAtRisk] = useState(formatNumber(current.atRiskMin));
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [mutate, { loading }] = useMutation(SetStatusThresholdsMutation);
  const ids = { on: useId(), risk: useId() };
  return (
    <form
      className="form thresholds-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const onTrackMin = readPercent(onTrack);
        const atRiskMin = readPercent(atRisk);
        if (onTrackMin === null || atRiskMin === null) {
          setMessage({ text: t('indicatorData.thresholds.notNumber'), error: true });
          return;
        }
        if (atRiskMin > onTrackMin) {
          setMessage({ text: t('indicatorData.thresholds.order'), error: true });
          return;
        }
        try {
          await mutate({
            variables: { input: { onTrackMin, atRiskMin, ...(current.version ? { version: current.version } : {}) } },
            refetchQueries: ['StatusThresholds', 'IndicatorDashboard'],
          });
          setMessage({ text: t('indicatorData.thresholds.saved') });
        } catch (error) {
          setMessage({ text: errorMessage(error), error: true });
        }
      }}
    >
      <p className="muted">
        {t('indicatorData.thresholds.explain', {
          onTrack: formatNumber(current.defaultOnTrackMin),
          atRisk: formatNumber(current.defaultAtRiskMin),
        })}
      </p>
      <div className="field field-inline">
        <label htmlFor={ids.on}>{t('indicatorData.thresholds.onTrackMin')}</label>
        <input id={ids.on} inputMode="decimal" value={onTrack} onChange={(e) => setOnTrack(e.target.value)} size={6} /> %
      </div>
      <div className="field field-inline">
        <label htmlFor={ids.risk}>{t('indicatorData.thresholds.atRiskMin')}</label>
        <input id={ids.risk} inputMode="decimal" value={atRisk} onChange={(e) => setAtRisk(e.target.value)} size={6} /> %
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? t('indicatorData.saving') : t('indicatorData.thresholds.save')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setOnTrack(formatNumber(current.defaultOnTrackMin));
            setAtRisk(formatNumber(current.defaultAtRiskMin));
          }}
        >
          {t('indicatorData.thresholds.useDefaults')}
        </button>
      </div>
      <p role="status" className={message?.error ? 'form-error' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}

export function PeriodLocksPanel({ locks }: { locks: Lock[] }) {
  const { t, i18n } = useTranslation();
  const { year } = useSession();
  const errorMessage = useIndicatorErrorMessage();
  const [quarter, setQuarter] = useState(0);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const refetchQueries = ['IndicatorEntry'];
  const [close, closing] = useMutation(ClosePeriodMutation, { refetchQueries });
  const [reopen, reopening] = useMutation(ReopenPeriodMutation, { refetchQueries });
  const ids = { quarter: useId(), reason: useId() };
  const open = locks.filter((l) => !l.reopenedAt);
  const periodName = (l: { year: number; quarter: number }) =>
    l.quarter ? `${QUARTER_LABELS[l.quarter]} ${l.year}` : t('indicatorData.locks.wholeYear', { year: l.year });
  return (
    <section className="card" aria-labelledby="locks-title">
      <h2 id="locks-title" className="card-title">
        {t('indicatorData.locks.title')}
      </h2>
      <p className="muted">{t('indicatorData.locks.explain')}</p>
      {open.length === 0 ? (
        <p>{t('indicatorData.locks.none')}</p>
      ) : (
        <ul className="compact-list">
          {open.map((l) => (
            <li key={l.id}>
              <span className="entry-lock">{t('indicatorData.entry.locked')}</span> <strong>{periodName(l)}</strong> · {l.lockedBy ?? ''} ·{' '}
              {formatDateTime(l.lockedAt, i18n.language)}
              {l.reason ? ` · ${l.reason}` : ''}{' '}
              <button
                type="button"
                className="button"
                disabled={reopening.loading}
                onClick={async () => {
                  try {
                    await reopen({ variables: { id: l.id } });
                    setMessage({ text: t('indicatorData.locks.reopened', { period: periodName(l) }) });
                  } catch (error) {
                    setMessage({ text: errorMessage(error), error: true });
                  }
                }}
              >
                {t('indicatorData.locks.reopen', { period: periodName(l) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await close({ variables: { year, quarter, reason: reason.trim() || null } });
            setReason('');
            setMessage({ text: t('indicatorData.locks.closed', { period: periodName({ year, quarter }) }) });
          } catch (error) {
            setMessage({ text: errorMessage(error), error: true });
          }
        }}
      >
        <div className="field field-inline">
          <label htmlFor={ids.quarter}>{t('indicatorData.locks.period')}</label>
          <select id={ids.quarter} className="select" value={quarter} onChange={(e) => setQuarter(Number(e.target.value))}>
            <option value={0}>{t('indicatorData.locks.wholeYear', { year })}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {QUARTER_LABELS[q]} {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.reason}>{t('indicatorData.locks.reason')}</label>
          <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </div>
        <button type="submit" className="button" disabled={closing.loading}>
          {t('indicatorData.locks.close')}
        </button>
        <p role="status" className={message?.error ? 'form-error' : 'muted'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
