// Loads who is signed in for the government in the URL and provides the
// session (viewer, government, roles, year) to the pages. Renders `shell`
// around whatever state applies: loading, error, not signed in, no access.
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../../ui/errors.ts';
import { ErrorState, LoadingState } from '../../../ui/QueryState.tsx';
import { ViewerQuery, YearOptionsQuery } from '../graphql/viewer.ts';
import { SessionContext, type SessionContextValue, type Viewer, viewerGovernments } from '../hooks/sessionContext.ts';
import { defaultYear, parseYear, yearChoices } from '../hooks/years.ts';
import { ChangePasswordGate } from './ChangePasswordGate.tsx';

export interface ShellProps {
  /** Null until the session is known (or when it cannot be). */
  session: SessionContextValue | null;
  /** The viewer, once known (also without access to this government). */
  viewer: Viewer | null;
  children: ReactNode;
}

export function SessionProvider({ shell: Shell, children }: { shell: (props: ShellProps) => ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { gov = '' } = useParams();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const viewerResult = useQuery(ViewerQuery);
  const viewer = viewerResult.data?.viewer ?? null;
  // A viewer shown here that then turns null: the session ended (signed out elsewhere, deactivated).
  const hadViewer = useRef(false);
  if (viewer) hadViewer.current = true;
  // Refused by the API until an initial password is changed.
  const yearsResult = useQuery(YearOptionsQuery, { skip: !!viewer?.mustChangePassword });

  const hasAccess = !!viewer?.government && viewer.government.code === gov;

  const yearParam = parseYear(searchParams.get('year'));
  const session = useMemo<SessionContextValue | null>(() => {
    if (!viewer?.government || !hasAccess || !yearsResult.data) return null;
    const { workPlans, performanceTrees, assessments, roadmaps } = yearsResult.data;
    const planYears = [...new Set(workPlans.map((plan) => plan.year))].sort((a, b) => b - a);
    const otherYears = [...performanceTrees, ...assessments].map((item) => item.year);
    const years = yearChoices([...planYears, ...otherYears], roadmaps);
    return {
      viewer,
      government: viewer.government,
      roles: viewer.roles,
      isAdmin: viewer.roles.includes('ADMIN'),
      year: yearParam ?? defaultYear(planYears, new Date().getFullYear(), otherYears),
      years,
      planYears,
    };
  }, [viewer, hasAccess, yearsResult.data, yearParam]);

  const frame = (content: ReactNode) => (
    // One frame for every state, so it stays mounted while the session loads.
    <SessionContext.Provider value={session}>
      <Shell session={session} viewer={viewer}>
        {content}
      </Shell>
    </SessionContext.Provider>
  );

  // 1. Who is signed in?
  if (viewerResult.data === undefined) {
    const failed = viewerResult.error && !viewerResult.loading;
    return frame(failed ? <ErrorState error={viewerResult.error} onRetry={() => void viewerResult.refetch()} /> : <LoadingState />);
  }
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?${hadViewer.current ? 'expired=1&' : ''}next=${encodeURIComponent(next)}`} replace />;
  }

  // 2. An initial password to replace first?
  if (viewer.mustChangePassword) return <ChangePasswordGate viewer={viewer} />;

  // 3. A member of the government in the URL?
  if (!hasAccess) {
    const governments = viewerGovernments(viewer);
    return frame(
      <div className="page">
        <h1>{t('noAccess.title')}</h1>
        <p>{t('noAccess.body', { code: gov })}</p>
        {governments.length > 0 ? (
          <>
            <p>{t('noAccess.choose')}</p>
            <ul className="link-list">
              {governments.map((government) => (
                <li key={government.code}>
                  <Link to={`/${government.code}`}>{government.name}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>,
    );
  }

  // 4. The years to choose from.
  if (!session) {
    const failed = yearsResult.error && !yearsResult.loading && !hasErrorCode(yearsResult.error, 'UNAUTHENTICATED');
    return frame(failed ? <ErrorState error={yearsResult.error} onRetry={() => void yearsResult.refetch()} /> : <LoadingState />);
  }

  return frame(children);
}
