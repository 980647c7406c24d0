// Who may change an indicator's values: administrators, and the users of
// the owner agency. A membership limited to an agency (Membership.agencyId)
// covers the indicators owned by that agency or one of its sub-units; a
// government-wide manager or planner covers the indicators without an owner
// agency (the government's own).
import type { Indicator } from '@rb/db';
import type { Context } from '../../context.ts';

const ENTRY_ROLES = new Set(['MANAGER', 'PLANNER']);

export async function canEditIndicator(ctx: Context, indicator: Pick<Indicator, 'governmentId' | 'ownerAgencyId'>): Promise<boolean> {
  if (!ctx.user || ctx.government?.id !== indicator.governmentId) return false;
  const memberships = ctx.memberships.filter((m) => m.governmentId === indicator.governmentId);
  if (memberships.some((m) => m.role === 'ADMIN')) return true;
  const entry = memberships.filter((m) => ENTRY_ROLES.has(m.role));
  if (entry.length === 0) return false;
  if (!indicator.ownerAgencyId) return entry.some((m) => m.agencyId === null);
  const parents = await ctx.loaders.agencyParents.load(indicator.governmentId);
  const chain = new Set<string>();
  for (let a: string | null | undefined = indicator.ownerAgencyId; a && !chain.has(a); a = parents.get(a)) chain.add(a);
  return entry.some((m) => m.agencyId !== null && chain.has(m.agencyId));
}
