// An object of one year (an assessment, a work plan, a PK plan) opened from
// anywhere: the header's year follows the object's year, so the header never
// shows 2022 over a 2026 assessment. The year lives in the `year` URL
// parameter (see YearSwitcher), so the switch is a replace of that parameter:
// the back button and shared links keep working, and lists opened from the
// object's page show its year.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from './sessionContext.ts';

/**
 * Switches the header year to `year` when the object opens (once per object),
 * and again whenever the URL loses its year. A year the user picks in the
 * header afterwards is kept; `differs` then says the object is of another year.
 */
export function useObjectYear(year: number | null | undefined, objectId: string) {
  const { year: selected } = useSession();
  const [params, setParams] = useSearchParams();
  const synced = useRef<string | null>(null);
  const hasYearParam = params.has('year');
  useEffect(() => {
    if (!year) return;
    const first = synced.current !== objectId;
    if (!first && hasYearParam) return;
    synced.current = objectId;
    if (year === selected && hasYearParam) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('year', String(year));
        return next;
      },
      { replace: true },
    );
  }, [year, objectId, selected, hasYearParam, setParams]);
  return { selected, differs: !!year && year !== selected };
}
