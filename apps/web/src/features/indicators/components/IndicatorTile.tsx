import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardIndicatorFieldsFragment } from '../../../gql/graphql.ts';
import { seriesYears, valuesFromYearSeries, yearSeries } from '../utils/series.ts';
import { MiniTrend } from './MiniTrend.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** One small multiple of the dashboard: name, status for the period, the years as a tiny chart. */
export const IndicatorTile = memo(function IndicatorTile({
  indicator,
  href,
  year,
  fromYear,
  toYear,
}: {
  indicator: DashboardIndicatorFieldsFragment;
  href: string;
  year: number;
  fromYear: number;
  toYear: number;
}) {
  const { t } = useTranslation();
  const series = useMemo(() => {
    const values = valuesFromYearSeries(indicator.yearSeries, indicator);
    return yearSeries(values, indicator, seriesYears(values, fromYear, toYear));
  }, [indicator, fromYear, toYear]);
  const point = series.points.find((p) => p.year === year);
  const summary = [
    series.baseline ? `${t('indicatorData.kind.BASELINE')} ${series.baseline.year}: ${series.baseline.text}` : null,
    `${t('indicatorData.kind.TARGET')} ${year}: ${point?.targetText || '—'}`,
    `${t('indicatorData.kind.REALIZATION')}: ${point?.realizationText || '—'}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className={`tile tile-${indicator.status.toLowerCase().replace('_', '-')}`}>
      <Link to={href} className="tile-name">
        {indicator.name}
      </Link>
      <StatusBadge status={indicator.status} achievement={indicator.achievement} />
      <MiniTrend series={series} label={t('indicatorData.dashboard.miniAlt', { name: indicator.name, summary })} />
      <p className="tile-values">{summary}</p>
    </li>
  );
});
