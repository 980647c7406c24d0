import { memo, useMemo } from 'react';
import type { DashboardIndicatorFieldsFragment } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import { seriesYears, valuesFromYearSeries, yearSeries } from '../utils/series.ts';
import { MiniTrend } from './MiniTrend.tsx';
import { categoryRuleOf, STATUS_SYMBOL } from './StatusBadge.tsx';

/** Words a tile shows, translated once by the list (not in each of hundreds of tiles). */
export interface TileLabels {
  baseline: string;
  target: string;
  realization: string;
  status: Record<DashboardIndicatorFieldsFragment['status'], string>;
  /** The category achievement rules' short names and explanations. */
  categoryRule: Record<'MET_OR_NOT' | 'RANK_SHARE', string>;
  categoryRuleHint: Record<'MET_OR_NOT' | 'RANK_SHARE', string>;
  miniAlt: (name: string, summary: string) => string;
}

/**
 * One small multiple of the dashboard: name, status for the period, the years
 * as a tiny chart. A plain link: the list handles navigation with one
 * delegated click handler (see useDelegatedNavigation).
 */
export const IndicatorTile = memo(function IndicatorTile({
  indicator,
  href,
  year,
  fromYear,
  toYear,
  labels,
}: {
  indicator: DashboardIndicatorFieldsFragment;
  href: string;
  year: number;
  fromYear: number;
  toYear: number;
  labels: TileLabels;
}) {
  const series = useMemo(() => {
    const values = valuesFromYearSeries(indicator.yearSeries, indicator);
    // The tile writes the numbers of the selected year only; the chart plots them all.
    return yearSeries(values, indicator, seriesYears(values, fromYear, toYear), { textYear: year });
  }, [indicator, fromYear, toYear, year]);
  const point = series.points.find((p) => p.year === year);
  const summary = [
    series.baseline ? `${labels.baseline} ${series.baseline.year}: ${series.baseline.text}` : null,
    `${labels.target} ${year}: ${point?.targetText || '—'}`,
    `${labels.realization}: ${point?.realizationText || '—'}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const statusClass = indicator.status.toLowerCase().replace('_', '-');
  const rule = categoryRuleOf(indicator);
  return (
    <li className={`tile tile-${statusClass}`}>
      <a href={href} className="tile-name" data-internal="">
        {indicator.name}
      </a>
      <span className={`status-badge status-${statusClass}`}>
        <span aria-hidden="true">{STATUS_SYMBOL[indicator.status]}</span> {labels.status[indicator.status]}
        {indicator.achievement !== null && indicator.achievement !== undefined ? (
          <span className="status-pct">
            {' '}
            · {formatNumber(indicator.achievement, { maxFractionDigits: 2 })}%
            {rule ? (
              <span className="status-rule" title={labels.categoryRuleHint[rule]}>
                {' '}
                ({labels.categoryRule[rule]})
              </span>
            ) : null}
          </span>
        ) : null}
      </span>
      <MiniTrend series={series} label={labels.miniAlt(indicator.name, summary)} />
      <p className="tile-values">{summary}</p>
    </li>
  );
});
