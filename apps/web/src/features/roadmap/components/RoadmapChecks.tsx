// The checks of the road map on screen: its indicators' baseline and targets
// (a target on the wrong side of the baseline, a percentage over 100, years
// without a target). A finding opens the indicator's values in the entry grid.
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ChecksPanel } from '../../checks/components/ChecksPanel.tsx';
import { RoadmapChecksQuery } from '../../checks/graphql/checks.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';

export function RoadmapChecks({ roadmapId, revision }: { roadmapId: string; revision: unknown }) {
  const govPath = useGovPath();
  const result = useQuery(RoadmapChecksQuery, { variables: { roadmapId }, fetchPolicy: 'cache-and-network' });
  const { refetch } = result;
  useEffect(() => {
    const timer = window.setTimeout(() => void refetch().catch(() => {}), 800);
    return () => window.clearTimeout(timer);
  }, [revision, refetch]);
  return (
    <ChecksPanel
      report={result.data?.roadmapChecks}
      linkFor={(f) => (f.target.indicatorId ? govPath(`indicators/${f.target.indicatorId}`) : null)}
    />
  );
}
