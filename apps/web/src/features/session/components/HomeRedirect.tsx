import { useQuery } from '@apollo/client/react';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../../ui/QueryState.tsx';
import { ViewerQuery } from '../graphql/viewer.ts';

/** "/": to the viewer's (first) government, or to sign-in. */
export function HomeRedirect() {
  const { data, error, loading, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  if (data === undefined) {
    return (
      <main id="main" className="center-page" tabIndex={-1}>
        {error && !loading ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </main>
    );
  }
  const viewer = data.viewer;
  const home = viewer?.government?.code ?? viewer?.memberships[0]?.government.code;
  return <Navigate to={home ? `/${home}` : '/sign-in'} replace />;
}
