import { type Context, governmentId } from '../context.ts';

// Agency writes live in services/organization/agencies.ts.
export { archiveAgency, createAgency, moveAgency, restoreAgency, updateAgency } from './organization/agencies.ts';

/** The agency and all its sub-units, within the caller's government (empty when it is not theirs). */
export async function agencyWithDescendants(ctx: Context, agencyId: string): Promise<string[]> {
  const agencies = await ctx.prisma.agency.findMany({ where: { governmentId: governmentId(ctx) }, select: { id: true, parentId: true } });
  if (!agencies.some((a) => a.id === agencyId)) return [];
  const ids = [agencyId];
  for (let i = 0; i < ids.length; i++) for (const a of agencies) if (a.parentId === ids[i]) ids.push(a.id);
  return ids;
}
