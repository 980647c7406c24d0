import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

/** "Also available for: 2021, 2022" — links that switch the `year` parameter. */
export function OtherYears({ years, current }: { years: readonly number[]; current: number }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const others = [...new Set(years)].filter((year) => year !== current).sort((a, b) => b - a);
  if (others.length === 0) return null;
  const linkTo = (year: number) => {
    const params = new URLSearchParams(searchParams);
    params.set('year', String(year));
    return `${pathname}?${params.toString()}`;
  };
  return (
    <p className="other-years">
      {t('common.otherYears')}{' '}
      {others.map((year, index) => (
        <span key={year}>
          {index > 0 ? ', ' : null}
          <Link to={linkTo(year)}>{year}</Link>
        </span>
      ))}
    </p>
  );
}
