// An indicator's trend: baseline as a reference line, targets as a line,
// realizations as bars coloured by their status, in a year or quarter view,
// with the same numbers as a table and exports (PNG, SVG, CSV, XLSX).
// Figures on the chart never collide: each period's realization and target
// labels are stacked above the higher of its two marks (PointLabels), and
// when the periods are too narrow for their labels only the selected period
// is labelled (the chart says so; the tooltip and the table give the rest).
import { type IndicatorStatus, periodAchievement, type StatusThresholds } from '@rb/domain';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import type { CategoryAchievement } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import { download, pointsToRows, safeFileName, toCsv, toXlsx } from '../utils/exportData.ts';
import {
  hasData,
  niceCeil,
  quarterSeries,
  type SeriesIndicator,
  type SeriesPoint,
  type SeriesValue,
  seriesYears,
  yearSeries,
} from '../utils/series.ts';
import { categoryRuleOf, STATUS_SYMBOL } from './StatusBadge.tsx';
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
  categoryAchievement?: CategoryAchievement | null;
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
  const rule = categoryRuleOf(indicator);
  const headers = [
    t('indicatorData.chart.period'),
    t('indicatorData.kind.TARGET'),
    t('indicatorData.kind.REALIZATION'),
    rule ? `${t('indicatorData.chart.achievement')} (${t(`indicatorData.categoryRule.${rule}`)})` : t('indicatorData.chart.achievement'),
    t('indicatorData.chart.status'),
  ];
  const rows = pointsToRows(series.points, results, pct, !isCategory);
  // The period labelled when not all fit: the selected year, else the last with a value.
  const focusIndex = useMemo(() => {
    const selected = view === 'year' ? series.points.findIndex((p) => p.year === year) : -1;
    if (selected >= 0) return selected;
    for (let i = series.points.length - 1; i >= 0; i--) {
      const p = series.points[i]!;
      if (p.target !== null || p.realization !== null) return i;
    }
    return series.points.length - 1;
  }, [series, view, year]);
  const [labelsDense, setLabelsDense] = useState(false);
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
            <ComposedChart data={data} margin={{ top: 40, right: 24, bottom: 8, left: 8 }}>
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
                // Its words sit in the legend below the chart, where no point label can run into them.
                <ReferenceLine y={series.baseline.value} stroke="#5a5f66" strokeDasharray="6 4" />
              ) : null}
              <Bar dataKey="realization" name="realization" isAnimationActive={false} maxBarSize={48}>
                {data.map((d) => (
                  <Cell key={d.label} fill={d.fill} />
                ))}
              </Bar>
              <Line dataKey="target" name="target" stroke="#1f4e8c" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} connectNulls />
              <PointLabels points={series.points} focusIndex={focusIndex} onDense={setLabelsDense} />
            </ComposedChart>
          </ResponsiveContainer>
          {labelsDense ? (
            <p className="trend-labels-note muted" data-testid="trend-labels-note">
              {t('indicatorData.chart.labelsFocus', { period: series.points[focusIndex]?.label ?? '' })}
            </p>
          ) : null}
          <p className="trend-legend muted">
            {series.baseline ? (
              <span className="trend-legend-item" data-testid="trend-baseline">
                <span aria-hidden="true" className="trend-baseline-key">
                  - - -
                </span>{' '}
                {t('indicatorData.kind.BASELINE')} {series.baseline.year}: {series.baseline.text}
              </span>
            ) : null}
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

const LABEL_FONT = 11;
const LABEL_LINE = 14;
/** A generous estimate of a label's width in pixels (digits and capitals at 11 px). */
const labelWidth = (text: string) => text.length * LABEL_FONT * 0.62;

/**
 * The figures of each period, drawn by the chart itself (it knows the scale).
 * Each label sits just above its own mark (the bar's top, the target's dot)
 * when the two marks are more than a label apart; closer than that, they are
 * stacked above the higher mark, the realization below the target. So they
 * never overlap each other, nor a dot; across periods they are
 * shown only when every label fits its period's width, else only for the
 * focus period (onDense tells the panel, which says so under the chart).
 */
function PointLabels({
  points,
  focusIndex,
  onDense,
}: {
  points: readonly SeriesPoint[];
  focusIndex: number;
  onDense: (dense: boolean) => void;
}) {
  const plot = usePlotArea();
  const y = useYAxisScale();
  const band = plot && points.length ? plot.width / points.length : 0;
  const widest = points.reduce((m, p) => Math.max(m, labelWidth(p.targetText), labelWidth(p.realizationText)), 0);
  const dense = band > 0 && widest > band - 6;
  useEffect(() => onDense(dense), [dense, onDense]);
  if (!plot || !y || band === 0) return null;
  const shown = dense ? [focusIndex] : points.map((_, i) => i);
  return (
    <g className="trend-point-labels">
      {shown.map((i) => {
        const p = points[i];
        if (!p) return null;
        const at = (v: number | null) => (v === null ? null : (y(v) ?? plot.y));
        const targetMark = at(p.target);
        const realizationMark = at(p.realization);
        const marks = [targetMark, realizationMark].filter((v): v is number => v !== null);
        if (marks.length === 0) return null;
        const top = Math.max(plot.y, Math.min(...marks));
        const cx = plot.x + (i + 0.5) * band;
        const w = Math.max(labelWidth(p.targetText), labelWidth(p.realizationText));
        // Near an edge, anchor the text so it stays inside the chart.
        const anchor = cx - w / 2 < plot.x - 8 ? 'start' : cx + w / 2 > plot.x + plot.width + 20 ? 'end' : 'middle';
        const x = anchor === 'start' ? cx - band / 2 + 2 : anchor === 'end' ? cx + band / 2 - 2 : cx;
        let realizationY = p.realizationText ? top - 8 : null;
        let targetY = p.targetText ? (realizationY === null ? top - 8 : realizationY - LABEL_LINE) : null;
        // Far enough apart (a label's height and the dot's radius clear): each label sits on its own mark.
        if (realizationY !== null && targetY !== null && targetMark !== null && realizationMark !== null) {
          if (Math.abs(targetMark - realizationMark) > LABEL_LINE + 10) {
            realizationY = realizationMark - 8;
            targetY = targetMark - 8;
          }
        }
        return (
          <g key={p.label} fontSize={LABEL_FONT} textAnchor={anchor} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
            {realizationY !== null ? (
              <text x={x} y={realizationY} fill="#1d2125" className="trend-label-realization">
                {p.realizationText}
              </text>
            ) : null}
            {targetY !== null ? (
              <text x={x} y={targetY} fill="#1f4e8c" fontWeight={600} className="trend-label-target">
                {p.targetText}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
