// An indicator's trend: baseline as a reference line, targets as a line,
// realizations as bars coloured by their status, in a year or quarter view,
// with the same numbers as a table and exports (PNG, SVG, CSV, XLSX).
import { type IndicatorStatus, periodAchievement, type StatusThresholds } from '@rb/domain';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../../ui/format.ts';
import { download, pointsToRows, safeFileName, toCsv, toXlsx } from '../utils/exportData.ts';
import { hasData, niceCeil, quarterSeries, type SeriesIndicator, type SeriesValue, seriesYears, yearSeries } from '../utils/series.ts';
import { STATUS_SYMBOL } from './StatusBadge.tsx';
import './indicators.css';

export const STATUS_COLOR: Record<IndicatorStatus, string> = {
  ON_TRACK: '#1e7a46',
  AT_RISK: '#b26b00',
  OFF_TRACK: '#b3261e',
  NO_DATA: '#7a7f87',
};

export interface TrendIndicator extends SeriesIndicator {
  name: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  categories: readonly string[];
}

export function TrendPanel({
  indicator,
  values,
  thresholds,
  year,
  fromYear,
  toYear,
}: {
  indicator: TrendIndicator;
  values: readonly SeriesValue[];
  thresholds: StatusThresholds;
  year: number;
  fromYear?: number;
  toYear?: number;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'year' | 'quarter'>(() =>
    values.some((v) => v.quarter > 0) && !values.some((v) => v.kind !== 'BASELINE' && v.quarter === 0 && v.year !== year)
      ? 'quarter'
      : 'year',
  );
  const [showTable, setShowTable] = useState(false);
  const [exportMessage, setExportMessage] = useState('');
  const chartRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const series = useMemo(
    () => (view === 'year' ? yearSeries(values, indicator, seriesYears(values, fromYear, toYear)) : quarterSeries(values, indicator, year)),
    [view, values, indicator, fromYear, toYear, year],
  );
  const results = useMemo(
    () =>
      series.points.map((p) => {
        const r = periodAchievement(indicator, values as never, p.year, p.quarter || null, thresholds);
        return { achievement: r.achievement, status: r.status as IndicatorStatus, statusText: t(`indicatorData.status.${r.status}`) };
      }),
    [series, indicator, values, thresholds, t],
  );
  const isCategory = indicator.valueType === 'CATEGORY';
  const plotted = [...series.points.flatMap((p) => [p.target, p.realization]), series.baseline?.value ?? null].filter(
    (v): v is number => v !== null,
  );
  const categories = indicator.categories;
  const tick = (v: number) =>
    isCategory ? (categories[categories.length - Math.round(v)] ?? '') : formatNumber(v, { maxFractionDigits: 2 });
  const data = series.points.map((p, i) => ({ ...p, fill: STATUS_COLOR[results[i]?.status ?? 'NO_DATA'] }));
  const pct = (n: number) => `${formatNumber(n, { maxFractionDigits: 2 })}%`;
  const headers = [
    t('indicatorData.chart.period'),
    t('indicatorData.kind.TARGET'),
    t('indicatorData.kind.REALIZATION'),
    t('indicatorData.chart.achievement'),
    t('indicatorData.chart.status'),
  ];
  const rows = pointsToRows(series.points, results, pct, !isCategory);
  const fileBase = `${safeFileName(indicator.name)}-${view === 'year' ? 'tahunan' : `triwulan-${year}`}`;

  const exportImage = async (kind: 'png' | 'svg') => {
    const node = chartRef.current;
    if (!node) return;
    try {
      const { toPng, toSvg } = await import('html-to-image');
      const url =
        kind === 'png'
          ? await toPng(node, { backgroundColor: '#ffffff', pixelRatio: 2 })
          : await toSvg(node, { backgroundColor: '#ffffff' });
      const blob = await (await fetch(url)).blob();
      download(blob, `${fileBase}.${kind}`);
      setExportMessage(t('indicatorData.chart.exported', { file: `${fileBase}.${kind}` }));
    } catch {
      setExportMessage(t('indicatorData.chart.exportFailed'));
    }
  };

  return (
    <section className="trend-panel" aria-labelledby={titleId}>
      <div className="trend-toolbar">
        <h2 id={titleId} className="card-title">
          {t('indicatorData.chart.title')}
        </h2>
        <fieldset className="filter-group">
          <legend className="sr-only">{t('indicatorData.chart.view')}</legend>
          <button type="button" className="chip" aria-pressed={view === 'year'} onClick={() => setView('year')}>
            {t('indicatorData.chart.yearView')}
          </button>
          <button type="button" className="chip" aria-pressed={view === 'quarter'} onClick={() => setView('quarter')}>
            {t('indicatorData.chart.quarterView', { year })}
          </button>
          <button type="button" className="chip" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
            {t('indicatorData.chart.tableView')}
          </button>
        </fieldset>
      </div>
      {!hasData(series) ? (
        <p className="state state-empty">
          {view === 'quarter' ? t('indicatorData.chart.noQuarterData', { year }) : t('indicatorData.chart.noData')}
        </p>
      ) : (
        <div ref={chartRef} className="trend-chart" role="img" aria-label={t('indicatorData.chart.alt', { name: indicator.name })}>
          <p className="trend-chart-title">{indicator.name}</p>
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
              <XAxis dataKey="label" />
              <YAxis
                tickFormatter={tick}
                width={isCategory ? 56 : 64}
                // Bars start at zero; the baseline is always inside the scale.
                domain={isCategory ? [0, categories.length] : [Math.min(0, ...plotted), niceCeil(Math.max(...plotted, 0))]}
                allowDecimals={!isCategory}
                {...(isCategory ? { ticks: categories.map((_, i) => i + 1) } : {})}
              />
              <Tooltip
                formatter={(_value, name, item) => {
                  const p = item.payload as (typeof data)[number];
                  return [
                    name === 'target' ? p.targetText : p.realizationText,
                    name === 'target' ? t('indicatorData.kind.TARGET') : t('indicatorData.kind.REALIZATION'),
                  ];
                }}
              />
              <Legend formatter={(name) => (name === 'target' ? t('indicatorData.kind.TARGET') : t('indicatorData.kind.REALIZATION'))} />
              {series.baseline?.value != null ? (
                <ReferenceLine
                  y={series.baseline.value}
                  stroke="#5a5f66"
                  strokeDasharray="6 4"
                  label={{
                    value: `${t('indicatorData.kind.BASELINE')} ${series.baseline.year}: ${series.baseline.text}`,
                    position: 'insideTopLeft',
                    fontSize: 12,
                  }}
                />
              ) : null}
              <Bar dataKey="realization" name="realization" isAnimationActive={false} maxBarSize={48}>
                {data.map((d) => (
                  <Cell key={d.label} fill={d.fill} />
                ))}
                <LabelList dataKey="realizationText" position="top" fontSize={12} />
              </Bar>
              <Line dataKey="target" name="target" stroke="#1f4e8c" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls>
                <LabelList dataKey="targetText" position="left" offset={8} fontSize={11} fill="#1f4e8c" />
              </Line>
            </ComposedChart>
          </ResponsiveContainer>
          <p className="trend-legend muted">
            {(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const).map((s) => (
              <span key={s} className="trend-legend-item">
                <span style={{ color: STATUS_COLOR[s] }} aria-hidden="true">
                  {STATUS_SYMBOL[s]}
                </span>{' '}
                {t(`indicatorData.status.${s}`)}
              </span>
            ))}
          </p>
        </div>
      )}
      {showTable ? (
        <table className="data-table trend-table">
          <caption>{t('indicatorData.chart.tableCaption', { name: indicator.name })}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.baseline ? (
              <tr>
                <th scope="row">
                  {t('indicatorData.kind.BASELINE')} {series.baseline.year}
                </th>
                <td className="num">{series.baseline.text}</td>
                <td />
                <td />
                <td />
              </tr>
            ) : null}
            {rows.map((r, i) => (
              <tr key={r.period}>
                <th scope="row">{r.period}</th>
                <td className="num">{r.target}</td>
                <td className="num">{r.realization}</td>
                <td className="num">{r.achievement}</td>
                <td>
                  <span style={{ color: STATUS_COLOR[results[i]?.status ?? 'NO_DATA'] }} aria-hidden="true">
                    {STATUS_SYMBOL[results[i]?.status ?? 'NO_DATA']}
                  </span>{' '}
                  {r.status}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <fieldset className="button-row trend-export">
        <legend className="sr-only">{t('indicatorData.chart.export')}</legend>
        <button type="button" className="button" onClick={() => exportImage('png')} disabled={!hasData(series)}>
          {t('indicatorData.chart.exportPng')}
        </button>
        <button type="button" className="button" onClick={() => exportImage('svg')} disabled={!hasData(series)}>
          {t('indicatorData.chart.exportSvg')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            download(
              new Blob([toCsv(headers, rows, series.baseline, t('indicatorData.kind.BASELINE'))], { type: 'text/csv;charset=utf-8' }),
              `${fileBase}.csv`,
            );
            setExportMessage(t('indicatorData.chart.exported', { file: `${fileBase}.csv` }));
          }}
        >
          {t('indicatorData.chart.exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => {
            try {
              download(await toXlsx(indicator.name, headers, rows, series.baseline, t('indicatorData.kind.BASELINE')), `${fileBase}.xlsx`);
              setExportMessage(t('indicatorData.chart.exported', { file: `${fileBase}.xlsx` }));
            } catch {
              setExportMessage(t('indicatorData.chart.exportFailed'));
            }
          }}
        >
          {t('indicatorData.chart.exportXlsx')}
        </button>
        <span role="status" className="muted">
          {exportMessage}
        </span>
      </fieldset>
    </section>
  );
}
