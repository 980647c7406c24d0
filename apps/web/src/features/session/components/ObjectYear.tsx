// One line an object page renders with its year: the header year follows the
// object (useObjectYear); if the user then picks another year in the header,
// the page says that the object is of a different year and offers its year.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useObjectYear } from '../hooks/useObjectYear.ts';

export function ObjectYear({ year, objectId }: { year: number | null | undefined; objectId: string }) {
  const { t } = useTranslation();
  const { selected, differs } = useObjectYear(year, objectId);
  const [, setParams] = useSearchParams();
  if (!differs || !year) return null;
  return (
    <p className="notice no-print" role="status" data-testid="object-year-differs">
      {t('header.objectYearDiffers', { year, selected })}{' '}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              next.set('year', String(year));
              return next;
            },
            { replace: true },
          )
        }
      >
        {t('header.useObjectYear', { year })}
      </button>
    </p>
  );
}
