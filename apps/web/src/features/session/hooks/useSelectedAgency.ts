import { useSearchParams } from 'react-router';

/** The agency chosen in the header (URL `?agency=`), or null for the whole government. */
export function useSelectedAgency(): string | null {
  const [searchParams] = useSearchParams();
  return searchParams.get('agency') || null;
}
