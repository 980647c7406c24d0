// Route element around every page: skip link and the Apollo client of the
// government named in the URL (see apollo.ts).
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { clientGeneration, getApolloClient, resetApolloClients, setUnauthenticatedHandler, subscribeToClientResets } from './apollo.ts';

/** The government code of a path: its first segment, except for app-level pages. */
export function governmentOfPath(pathname: string): string {
  const [, first = ''] = pathname.split('/');
  return first === 'sign-in' ? '' : decodeURIComponent(first);
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

  return (
    <ApolloProvider client={client}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Outlet />
    </ApolloProvider>
  );
}
