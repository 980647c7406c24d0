import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { IndicatorScope, IndicatorsQuery } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatCount } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { IndicatorsQuery as IndicatorsDocument } from '../graphql/indicators.ts';
import { normalizeForSearch, targetYears } from '../utils/indicatorValues.ts';
import { baselineColumn, targetColumns } from './indicatorColumns.tsx';
import { categoryRuleOf, StatusBadge } from './StatusBadge.tsx';

type Indicator = IndicatorsQuery['indicators'][number];

const SCOPES: readonly IndicatorScope[] = ['GOAL', 'AREA', 'PERFORMANCE_AGREEMENT', 'ACTIVITY', 'TREE', 'OTHER'];

function isScope(value: string | null): value is IndicatorScope {
  return value !== null && (SCOPES as readonly string[]).includes(value);
}

function matches(indicator: Indicator, query: string): boolean {
  if (!query) return true;
  const haystack = normalizeForSearch(
    [
      indicator.name,
      indicator.code,
      indicator.unit,
      indicator.ownerAgency?.name,
      indicator.ownerAgency?.shortName,
      indicator.goal?.statement,
      indicator.area?.name,
    ]
      .filter(Boolean)
      .join(' \u0000 '),
  );
  return normalizeForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The indicator list: scope filter and text search (both in the URL), baseline and yearly targets. */
export function IndicatorTable() {
  const { t } = useTranslation();
  const { year: selectedYear } = useSession();
  const result = useQuery(IndicatorsDocument, { variables: { year: selectedYear } });
  const [searchParams, setSearchParams] = useSearchParams();
  const scopeParam = searchParams.get('scope');
  const scope = isScope(scopeParam) ? scopeParam : null;
  const urlQuery = searchParams.get('q') ?? '';
  const searchId = useId();
  // The input keeps its own state (typing stays smooth) and mirrors it into
  // the URL; a URL change from elsewhere (back button, shared link) wins.
  const [query, setQuery] = useState(urlQuery);
  const pushedQuery = useRef(urlQuery);
  useEffect(() => {
    if (urlQuery !== pushedQuery.current) {
      pushedQuery.current = urlQuery;
      setQuery(urlQuery);
    }
  }, [urlQuery]);

  const setParam = (key: string, value: string | null) =>
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'q' },
    );

  return (
    <QueryState result={result} isEmpty={(data) => data.indicators.length === 0} empty={t('indicators.empty')}>
      {(data) => {
        const searched = data.indicators.filter((indicator) => matches(indicator, query));
        // Counts follow the search, so the chips say how many each scope would show.
        const counts = new Map<IndicatorScope, number>();
        for (const indicator of searched) counts.set(indicator.scope, (counts.get(indicator.scope) ?? 0) + 1);
        const presentScopes = new Set(data.indicators.map((indicator) => indicator.scope));
        const rows = scope ? searched.filter((indicator) => indicator.scope === scope) : searched;
        return (
          <>
            <div className="toolbar">
              <div className="field field-inline field-search">
                <label htmlFor={searchId}>{t('indicators.searchLabel')}</label>
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  placeholder={t('indicators.searchPlaceholder')}
                  onChange={(event) => {
                    const value = event.target.value;
                    setQuery(value);
                    pushedQuery.current = value;
                    setParam('q', value);
                  }}
                />
              </div>
              <fieldset className="filter-group">
                <legend className="filter-label">{t('indicators.scopeFilter')}</legend>
                <button type="button" className="chip" aria-pressed={scope === null} onClick={() => setParam('scope', null)}>
                  {t('indicators.allScopes')} <span className="chip-count">{formatCount(searched.length)}</span>
                </button>
                {SCOPES.filter((s) => presentScopes.has(s)).map((s) => (
                  <button key={s} type="button" className="chip" aria-pressed={scope === s} onClick={() => setParam('scope', s)}>
                    {t(`enums.scope.${s}`)} <span className="chip-count">{formatCount(counts.get(s) ?? 0)}</span>
                  </button>
                ))}
              </fieldset>
            </div>
            <p className="result-count" role="status" aria-live="polite">
              {t('indicators.resultCount', { count: rows.length })}
            </p>
            {rows.length === 0 ? (
              <p className="state state-empty">{t('indicators.emptyFiltered')}</p>
            ) : (
              <IndicatorGrid indicators={rows} showScope={scope === null} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}

const column = createColumnHelper<Indicator>();

function IndicatorGrid({ indicators, showScope }: { indicators: Indicator[]; showScope: boolean }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const years = useMemo(() => targetYears(indicators), [indicators]);

  const columns = useMemo(
    (): ColumnDef<Indicator, any>[] => [
      column.accessor('name', {
        header: t('indicators.columns.name'),
        cell: ({ row }) => {
          const { name, code, scope, goal, area } = row.original;
          const context = goal?.statement ?? area?.name;
          return (
            <>
              {name}
              <span className="cell-sub">
                {code ? <span className="cell-code">{code}</span> : null}
                {showScope ? <span className="badge badge-scope">{t(`enums.scope.${scope}`)}</span> : null}
                {context ? <span className="cell-context">{context}</span> : null}
              </span>
            </>
          );
        },
        meta: { width: '21rem', rowHeader: true },
        enableSorting: true,
      }),
      column.accessor((row) => row.unit ?? '', {
        id: 'unit',
        header: t('indicators.columns.unit'),
        meta: { width: '5rem' },
      }),
      column.accessor((row) => row.ownerAgency?.shortName ?? row.ownerAgency?.name ?? '', {
        id: 'owner',
        header: t('indicators.columns.owner'),
        cell: (info) => <span title={info.row.original.ownerAgency?.name}>{info.getValue<string>()}</span>,
        meta: { width: '6rem' },
        enableSorting: true,
      }),
      column.accessor('status', {
        id: 'status',
        header: t('indicatorData.detail.status', { year }),
        cell: ({ row }) => (
          <StatusBadge status={row.original.status} achievement={row.original.achievement} categoryRule={categoryRuleOf(row.original)} />
        ),
        meta: { width: '9rem' },
        enableSorting: true,
      }),
      baselineColumn<Indicator>(t),
      ...targetColumns<Indicator>(t, years, year),
    ],
    [t, showScope, years, year],
  );

  return (
    <DataTable
      data={indicators}
      columns={columns}
      caption={t('indicators.tableCaption')}
      getRowId={(row) => row.id}
      maxHeight="calc(100vh - 17rem)"
      testId="indicator-table"
    />
  );
}
