import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgenciesQuery } from '../graphql/agencies.ts';
import { useSelectedAgency } from '../hooks/useSelectedAgency.ts';

/** Narrows the views to one agency (Perangkat Daerah) and its sub-units; kept in the URL. */
export function AgencySwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const selected = useSelectedAgency();
  const [, setSearchParams] = useSearchParams();
  const { data } = useQuery(AgenciesQuery);
  const agencies = data?.agencies ?? [];
  const depth = (agencyId: string | null | undefined, seen = 0): number => {
    const parent = agencies.find((a) => a.id === agencyId)?.parentId;
    return parent && seen < 5 ? 1 + depth(parent, seen + 1) : 0;
  };
  return (
    <div className="header-field">
      <label className="header-label" htmlFor={id}>
        {t('header.agency')}
      </label>
      <select
        id={id}
        className="select select-agency"
        value={selected ?? ''}
        disabled={!data}
        onChange={(event) => {
          const value = event.target.value;
          setSearchParams((params) => {
            const next = new URLSearchParams(params);
            if (value) next.set('agency', value);
            else next.delete('agency');
            return next;
          });
        }}
      >
        <option value="">{t('header.allAgencies')}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {`${'\u00a0\u00a0'.repeat(depth(a.id))}${a.shortName ?? a.name}`}
          </option>
        ))}
      </select>
    </div>
  );
}
