// The checks of the plan on screen, in its header: steps without months,
// actions without steps, budgets that do not add up, implausible targets.
// A finding on a step or an action opens its row in the grid (?focus=).
// Refreshed shortly after the plan changes (edits elsewhere on the page).
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ChecksPanel } from '../../checks/components/ChecksPanel.tsx';
import { WorkPlanChecksQuery } from '../../checks/graphql/checks.ts';
import type { Finding } from '../../checks/utils/findings.ts';

const focusLink = (f: Finding) => {
  const id = f.target.stepId ?? f.target.actionId;
  return id ? `?focus=${id}` : null;
};

export function PlanChecks({ planId, revision }: { planId: string; revision: unknown }) {
  const result = useQuery(WorkPlanChecksQuery, { variables: { workPlanId: planId }, fetchPolicy: 'cache-and-network' });
  const { refetch } = result;
  useEffect(() => {
    const timer = window.setTimeout(() => void refetch().catch(() => {}), 800);
    return () => window.clearTimeout(timer);
  }, [revision, refetch]);
  return <ChecksPanel report={result.data?.workPlanChecks} linkFor={focusLink} />;
}
