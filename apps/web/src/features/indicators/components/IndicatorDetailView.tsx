// One indicator: its status for the selected year and quarters, trend chart,
// agencies compared, the work-plan actions driving it, and the change history.
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorDetailQuery } from '../../../gql/graphql.ts';
import { formatDateTime, formatIndicatorValue, formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { IndicatorDetailQuery as DetailDocument, IndicatorHistoryQuery } from '../graphql/dashboard.ts';
import { useSetIndicatorValues } from '../hooks/useSetIndicatorValues.ts';
import { QUARTER_LABELS } from '../utils/series.ts';
import { categoryRuleOf, StatusBadge } from './StatusBadge.tsx';
import { TrendPanel } from './TrendPanel.tsx';

type Detail = NonNullable<IndicatorDetailQuery['indicator']>;

export function IndicatorDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const govPath = useGovPath();
  const result = useQuery(DetailDocument, { variables: { id, year } });
  return (
    <QueryState result={result} isEmpty={(d) => !d.indicator} empty={t('indicatorData.detail.notFound')}>
      {(data) => {
        const ind = data.indicator as Detail;
        return (
          <>
            <PageHeader title={ind.name} intro={[ind.code, ind.unit, ind.ownerAgency?.name].filter(Boolean).join(' · ')} />
            <p className="back-link">
              <Link to={govPath('indicators/dashboard')}>← {t('indicatorData.dashboard.title')}</Link>
              {' · '}
              <Link to={govPath('indicators/entry', ind.roadmapId ? { roadmap: ind.roadmapId } : { mode: 'year' })}>
                {t('indicatorData.detail.enterValues')}
              </Link>
            </p>
            <div className="detail-summary card">
              <dl className="detail-meta">
                <dt>{t('indicatorData.detail.status', { year })}</dt>
                <dd>
                  <StatusBadge status={ind.status} achievement={ind.achievement} categoryRule={categoryRuleOf(ind)} />
                </dd>
                <dt>{t('indicatorData.detail.quarters')}</dt>
                <dd className="quarter-statuses">
                  {([ind.q1, ind.q2, ind.q3, ind.q4] as const).map((s, i) => (
                    <span key={QUARTER_LABELS[i + 1]}>
                      {QUARTER_LABELS[i + 1]}: <StatusBadge status={s} />
                    </span>
                  ))}
                </dd>
                <dt>{t('indicatorData.detail.direction')}</dt>
                <dd>{t(`indicatorData.direction.${ind.direction}`)}</dd>
                {ind.valueType === 'CATEGORY' ? (
                  <>
                    <dt>{t('indicatorData.entry.categories')}</dt>
                    <dd>{ind.categories.join(' > ')}</dd>
                    <dt>{t('indicatorData.categoryRuleLabel')}</dt>
                    <dd data-testid="category-rule">{t(`indicatorData.categoryRuleHint.${categoryRuleOf(ind) ?? 'MET_OR_NOT'}`)}</dd>
                  </>
                ) : null}
                {ind.goal ? (
                  <>
                    <dt>{t('indicatorData.detail.goal')}</dt>
                    <dd>
                      <Link to={govPath(`indicators/dashboard/goals/${ind.goal.id}`)}>{ind.goal.statement}</Link>
                    </dd>
                  </>
                ) : null}
                {ind.area ? (
                  <>
                    <dt>{t('indicatorData.detail.area')}</dt>
                    <dd>{ind.area.name}</dd>
                  </>
                ) : null}
                {ind.source ? (
                  <>
                    <dt>{t('indicatorData.entry.source')}</dt>
                    <dd>{ind.source}</dd>
                  </>
                ) : null}
              </dl>
              <p className="muted">
                {t('indicatorData.thresholds.current', {
                  onTrack: formatNumber(data.statusThresholds.onTrackMin),
                  atRisk: formatNumber(data.statusThresholds.atRiskMin),
                })}
              </p>
            </div>
            <div className="card">
              <TrendPanel indicator={ind} values={ind.values} thresholds={data.statusThresholds} year={year} />
            </div>
            <AgencyCompare indicator={ind} agencies={data.agencies} year={year} />
            <DrivingActions indicator={ind} />
            <History id={ind.id} />
          </>
        );
      }}
    </QueryState>
  );
}

function DrivingActions({ indicator }: { indicator: Detail }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const planned = indicator.drivenBy.filter((a) => a.workPlanId);
  return (
    <section className="card" aria-labelledby="driving-title">
      <h2 id="driving-title" className="card-title">
        {t('indicatorData.drill.actions')}
      </h2>
      {planned.length === 0 ? (
        <p className="muted">{t('indicatorData.drill.noActions')}</p>
      ) : (
        <ul className="link-list">
          {planned.map((activity) => (
            <li key={activity.id}>
              <strong>{activity.name}</strong> <span className="muted">({activity.workPlanTitle})</span>
              <ul>
                {activity.actions.map((action) => (
                  <li key={action.id}>
                    <Link to={govPath(`work-plans/${activity.workPlanId}`, { focus: action.id })}>{action.name}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Agencies of the government side by side on this indicator (agency-scoped values of the year). */
function AgencyCompare({ indicator, agencies, year }: { indicator: Detail; agencies: IndicatorDetailQuery['agencies']; year: number }) {
  const { t } = useTranslation();
  const { save } = useSetIndicatorValues();
  const ids = { agency: useId(), kind: useId(), value: useId() };
  const [agencyId, setAgencyId] = useState('');
  const [kind, setKind] = useState<'TARGET' | 'REALIZATION'>('REALIZATION');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const yearly = indicator.agencyValues.filter((v) => v.quarter === 0);
  const byAgency = new Map<string, { name: string; target?: (typeof yearly)[number]; realization?: (typeof yearly)[number] }>();
  for (const v of yearly) {
    if (!v.agency) continue;
    const entry = byAgency.get(v.agency.id) ?? { name: v.agency.shortName ?? v.agency.name };
    if (v.kind === 'TARGET') entry.target = v;
    if (v.kind === 'REALIZATION') entry.realization = v;
    byAgency.set(v.agency.id, entry);
  }
  const rows = [...byAgency.entries()].map(([id, e]) => ({
    id,
    name: e.name,
    realization: e.realization?.numericValue != null ? Number(e.realization.numericValue) : null,
    realizationText: e.realization ? formatIndicatorValue(e.realization, indicator) : '',
    targetText: e.target ? formatIndicatorValue(e.target, indicator) : '',
  }));
  const numeric = indicator.valueType !== 'CATEGORY' && indicator.valueType !== 'TEXT';
  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title" className="card-title">
        {t('indicatorData.compare.title', { year })}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('indicatorData.compare.none', { year })}</p>
      ) : (
        <>
          {numeric ? (
            <div className="compare-chart" role="img" aria-label={t('indicatorData.compare.alt', { name: indicator.name, year })}>
              <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 34 + 40)}>
                <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 48 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
                  <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, { maxFractionDigits: 2 })} />
                  <YAxis type="category" dataKey="name" width={140} />
                  <Bar dataKey="realization" fill="#1f4e8c" isAnimationActive={false}>
                    <LabelList dataKey="realizationText" position="right" fontSize={12} />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
          ) : null}
          <table className="data-table">
            <caption className="sr-only">{t('indicatorData.compare.title', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.columns.owner')}</th>
                <th scope="col">{t('indicatorData.kind.TARGET')}</th>
                <th scope="col">{t('indicatorData.kind.REALIZATION')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{r.targetText}</td>
                  <td className="num">{r.realizationText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {indicator.canEdit ? (
        <form
          className="form form-inline-row"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!agencyId) {
              setMessage({ text: t('indicatorData.compare.pickAgency'), error: true });
              return;
            }
            const current = yearly.find((v) => v.agency?.id === agencyId && v.kind === kind);
            const result = await save([
              { indicatorId: indicator.id, agencyId, kind, year, quarter: 0, text, ...(current ? { version: current.version } : {}) },
            ]);
            if (result.ok) {
              setText('');
              setMessage({ text: t('indicatorData.entry.detailsSaved') });
            } else setMessage({ text: result.message, error: true });
          }}
        >
          <div className="field field-inline">
            <label htmlFor={ids.agency}>{t('indicators.columns.owner')}</label>
            <select id={ids.agency} className="select" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">—</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName ?? a.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-inline">
            <label htmlFor={ids.kind}>{t('indicatorData.compare.kind')}</label>
            <select
              id={ids.kind}
              className="select"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'TARGET' ? 'TARGET' : 'REALIZATION')}
            >
              <option value="REALIZATION">{t('indicatorData.kind.REALIZATION')}</option>
              <option value="TARGET">{t('indicatorData.kind.TARGET')}</option>
            </select>
          </div>
          <div className="field field-inline">
            <label htmlFor={ids.value}>{t('indicatorData.entry.value')}</label>
            <input id={ids.value} value={text} onChange={(e) => setText(e.target.value)} size={10} />
          </div>
          <button type="submit" className="button">
            {t('indicatorData.compare.save')}
          </button>
          <p role="status" className={message?.error ? 'form-error' : 'muted'}>
            {message?.text ?? ''}
          </p>
        </form>
      ) : null}
    </section>
  );
}

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const result = useQuery(IndicatorHistoryQuery, { variables: { id }, skip: !open, fetchPolicy: 'network-only' });
  const describe = (json: string | null | undefined) => {
    if (!json) return '';
    try {
      const v = JSON.parse(json) as {
        kind: string;
        year: number;
        quarter: number;
        textValue?: string;
        notAvailable?: boolean;
        numericValue?: string;
      };
      const period = `${t(`indicatorData.kind.${v.kind}` as 'indicatorData.kind.TARGET')} ${v.year}${v.quarter ? ` ${QUARTER_LABELS[v.quarter]}` : ''}`;
      return `${period}: ${v.notAvailable ? 'n.a' : (v.textValue ?? v.numericValue ?? '')}`;
    } catch {
      return '';
    }
  };
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="card-title">
        {t('indicatorData.history.title')}
      </h2>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('indicatorData.history.show')}
        </button>
      ) : (
        <QueryState result={result} isEmpty={(d) => d.indicatorHistory.length === 0} empty={t('indicatorData.history.none')}>
          {(d) => (
            <ul className="compact-list">
              {d.indicatorHistory.map((h) => (
                <li key={h.id}>
                  {formatDateTime(h.createdAt, i18n.language)} · {h.userName ?? '—'} ·{' '}
                  {t(`indicatorData.history.${h.action}` as 'indicatorData.history.UPDATE')}{' '}
                  {h.before ? <del>{describe(h.before)}</del> : null} {h.after ? <ins>{describe(h.after)}</ins> : null}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      )}
    </section>
  );
}
