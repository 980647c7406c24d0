import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** The selected year, kept in the `year` URL parameter so links can be shared. */
export function YearSwitcher({ year, years }: { year: number; years: readonly number[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [, setSearchParams] = useSearchParams();
  const choices = years.includes(year) ? years : [year, ...years].sort((a, b) => b - a);
  return (
    <div className="header-field">
      <label className="header-label" htmlFor={id}>
        {t('header.year')}
      </label>
      <select
        id={id}
        className="select select-year"
        value={String(year)}
        onChange={(event) => {
          const value = event.target.value;
          setSearchParams((params) => {
            const next = new URLSearchParams(params);
            next.set('year', value);
            return next;
          });
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choice}
          </option>
        ))}
      </select>
    </div>
  );
}
