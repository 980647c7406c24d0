// The signed-in session for the government in the URL: who, where, which
// year. Provided by the app layout once the viewer is known.
import { createContext, useContext } from 'react';
import type { Role, ViewerQuery } from '../../../gql/graphql.ts';

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerGovernment = NonNullable<Viewer['government']>;

export interface SessionContextValue {
  viewer: Viewer;
  government: ViewerGovernment;
  roles: readonly Role[];
  isAdmin: boolean;
  /** The selected year (the `year` URL parameter, else the default year). */
  year: number;
  /** Years offered by the year switcher, newest first. */
  years: readonly number[];
  /** Years that have at least one plan. */
  planYears: readonly number[];
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The session of the current government page. Only inside the app layout. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() is used outside the government layout');
  return value;
}

/** Distinct governments of the viewer's memberships, in membership order. */
export function viewerGovernments(viewer: Pick<Viewer, 'memberships'>) {
  const seen = new Map<string, Viewer['memberships'][number]['government']>();
  for (const membership of viewer.memberships) {
    if (!seen.has(membership.government.code)) seen.set(membership.government.code, membership.government);
  }
  return [...seen.values()];
}
