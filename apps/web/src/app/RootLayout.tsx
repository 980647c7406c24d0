// Route element around every page: skip link and the Apollo client of the
// government named in the URL (see apollo.ts).
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { DemoBanner } from '../features/setup/components/DemoBanner.tsx';
import { clientGeneration, getApolloClient, resetApolloClients, setUnauthenticatedHandler, subscribeToClientResets } from './apollo.ts';

/** First path segments that are pages of the app, not government codes. */
const APP_PAGES = new Set(['sign-in', 'activate', 'account']);

/** The government code of a path: its first segment, except for app-level pages. */
export function governmentOfPath(pathname: string): string {
  const [, first = ''] = pathname.split('/');
  return APP_PAGES.has(first) ? '' : decodeURIComponent(first);
}

export function RootLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const government = governmentOfPath(location.pathname);
  // Re-render with fresh clients after sign-in / sign-out.
  useSyncExternalStore(subscribeToClientResets, clientGeneration);
  const client = getApolloClient(government);

  // UNAUTHENTICATED from any query or mutation: the session is gone.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (window.location.pathname.startsWith('/sign-in')) return;
      const next = `${window.location.pathname}${window.location.search}`;
      resetApolloClients();
      void navigate(`/sign-in?expired=1&next=${encodeURIComponent(next)}`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate]);

  // After a navigation (not on first load) move focus to the new page's
  // <main>, so keyboard and screen reader users start at the content.
  const lastPathname = useRef(location.pathname);
  useEffect(() => {
    if (lastPathname.current === location.pathname) return;
    lastPathname.current = location.pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <ApolloProvider client={client}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <Outlet />
    </ApolloProvider>
  );
}
