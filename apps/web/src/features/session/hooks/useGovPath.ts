import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';

/**
 * Builds links inside the current government that keep the selected year
 * and agency:
 * govPath('work-plans') → "/probolinggo/work-plans?year=2021".
 */
export function useGovPath() {
  const { gov = '' } = useParams();
  const [searchParams] = useSearchParams();
  const year = searchParams.get('year');
  const agency = searchParams.get('agency');
  return useCallback(
    (subPath = '', extra?: Record<string, string>) => {
      const params = new URLSearchParams();
      if (year) params.set('year', year);
      if (agency) params.set('agency', agency);
      for (const [key, value] of Object.entries(extra ?? {})) params.set(key, value);
      const query = params.toString();
      const path = subPath ? `/${gov}/${subPath.replace(/^\//, '')}` : `/${gov}`;
      return query ? `${path}?${query}` : path;
    },
    [gov, year, agency],
  );
}
