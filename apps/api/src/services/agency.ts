import { z } from 'zod';
import { type Context, governmentId } from '../context.ts';
import { parseInput, write } from './kernel.ts';

const ZUpdateAgency = z.object({
  id: z.guid('validation.uuid'),
  version: z.number('validation.version').int('validation.version').min(1, 'validation.version'),
  name: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  shortName: z.string('validation.invalid').trim().max(120, 'validation.tooLong').nullish(),
});

export const updateAgency = (ctx: Context, input: unknown) =>
  write(ctx, (w) => {
    const { id, version, name, shortName } = parseInput(ZUpdateAgency, input);
    return w.update(w.tx.agency, 'Agency', { id, version, data: { name, shortName: shortName || null } });
  });

/** The agency and all its sub-units, within the caller's government (empty when it is not theirs). */
export async function agencyWithDescendants(ctx: Context, agencyId: string): Promise<string[]> {
  const agencies = await ctx.prisma.agency.findMany({ where: { governmentId: governmentId(ctx) }, select: { id: true, parentId: true } });
  if (!agencies.some((a) => a.id === agencyId)) return [];
  const ids = [agencyId];
  for (let i = 0; i < ids.length; i++) for (const a of agencies) if (a.parentId === ids[i]) ids.push(a.id);
  return ids;
}
