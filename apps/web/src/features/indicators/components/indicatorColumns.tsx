// Column pieces shared by the indicator list and the road map goal tables.
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { FormattableIndicator } from '../../../ui/format.ts';
import { baselineOf, type IndicatorValue, yearlyValue } from '../utils/indicatorValues.ts';
import { IndicatorValueText } from './IndicatorValueText.tsx';

export type IndicatorRow = FormattableIndicator & { id: string; values: readonly IndicatorValue[] };

/** Baseline value with its year: "2,53 (2018)". */
export function baselineColumn<T extends IndicatorRow>(t: TFunction): ColumnDef<T, unknown> {
  return createColumnHelper<T>().display({
    id: 'baseline',
    header: t('indicators.columns.baseline'),
    cell: ({ row }) => {
      const baseline = baselineOf(row.original.values);
      if (!baseline) return <IndicatorValueText value={undefined} indicator={row.original} />;
      return (
        <span className="nowrap">
          <IndicatorValueText value={baseline} indicator={row.original} /> <span className="muted">({baseline.year})</span>
        </span>
      );
    },
    meta: { width: '6.25rem', numeric: true },
  });
}

/** One "Target <year>" column per year; the selected year is highlighted. */
export function targetColumns<T extends IndicatorRow>(
  t: TFunction,
  years: readonly number[],
  selectedYear: number,
): ColumnDef<T, unknown>[] {
  const column = createColumnHelper<T>();
  return years.map((targetYear) =>
    column.display({
      id: `target-${targetYear}`,
      header: () => (
        <span>
          {t('indicators.columns.target', { year: targetYear })}
          {targetYear === selectedYear ? <span className="sr-only"> ({t('indicators.selectedYear')})</span> : null}
        </span>
      ),
      cell: ({ row }) => <IndicatorValueText value={yearlyValue(row.original.values, 'TARGET', targetYear)} indicator={row.original} />,
      meta: { width: '4.25rem', numeric: true, className: targetYear === selectedYear ? 'col-current' : undefined },
    }),
  );
}
