import { z } from 'zod';
import { type Context, governmentId } from '../context.ts';
import { badInput } from '../errors.ts';
import { audit } from './audit.ts';
import { updateVersioned } from './versioned.ts';

const ZUpdateAgency = z.object({
  id: z.string().uuid(),
  version: z.number().int().min(1),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(300),
  shortName: z.string().trim().max(120).nullish(),
});

export async function updateAgency(ctx: Context, input: z.input<typeof ZUpdateAgency>) {
  const parsed = ZUpdateAgency.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? 'Invalid input', issue?.path.join('.'));
  }
  const { id, version, name, shortName } = parsed.data;
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx.agency, {
      where: { id, governmentId: gid },
      version,
      data: { name, shortName: shortName ?? null },
      what: 'Agency',
    });
    await audit(tx, ctx, { entity: 'Agency', entityId: id, action: 'UPDATE', before, after });
    return after;
  });
}

/** The agency and all its sub-units, within the caller's government (empty when it is not theirs). */
export async function agencyWithDescendants(ctx: Context, agencyId: string): Promise<string[]> {
  const agencies = await ctx.prisma.agency.findMany({ where: { governmentId: governmentId(ctx) }, select: { id: true, parentId: true } });
  if (!agencies.some((a) => a.id === agencyId)) return [];
  const ids = [agencyId];
  for (let i = 0; i < ids.length; i++) for (const a of agencies) if (a.parentId === ids[i]) ids.push(a.id);
  return ids;
}
