// The government's status thresholds, set by an administrator.
import { DEFAULT_THRESHOLDS } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { forgetStatuses } from './status.ts';

const percent = (what: string) =>
  z.number().min(0, `${what} tidak boleh negatif (must not be negative)`).max(1000, `${what} maksimal 1000% (at most 1000%)`);

const ZThresholds = z
  .object({
    onTrackMin: percent('Batas "sesuai target"'),
    atRiskMin: percent('Batas "berisiko"'),
    version: z.number().int().min(1).nullish(),
  })
  .refine((t) => t.atRiskMin <= t.onTrackMin, {
    message: 'Batas "berisiko" tidak boleh di atas batas "sesuai target" (the at-risk minimum must not exceed the on-track minimum)',
    path: ['atRiskMin'],
  });

export async function currentThresholds(ctx: Context) {
  // Through the request's loader: the statuses of the same request read the same rows (one query).
  const rows = await ctx.loaders.thresholdsByGovernment.load(governmentId(ctx));
  return view(rows.find((r) => r.indicatorId === null) ?? null);
}

function view(row: { onTrackMin: unknown; atRiskMin: unknown; version: number } | null) {
  return {
    onTrackMin: row ? Number(row.onTrackMin) : DEFAULT_THRESHOLDS.onTrackMin,
    atRiskMin: row ? Number(row.atRiskMin) : DEFAULT_THRESHOLDS.atRiskMin,
    isDefault: !row || (Number(row.onTrackMin) === DEFAULT_THRESHOLDS.onTrackMin && Number(row.atRiskMin) === DEFAULT_THRESHOLDS.atRiskMin),
    defaultOnTrackMin: DEFAULT_THRESHOLDS.onTrackMin,
    defaultAtRiskMin: DEFAULT_THRESHOLDS.atRiskMin,
    version: row?.version ?? 0,
  };
}

export async function setStatusThresholds(ctx: Context, input: { onTrackMin: number; atRiskMin: number; version?: number | null }) {
  const parsed = ZThresholds.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? 'Invalid input', issue?.path.join('.'));
  }
  const { onTrackMin, atRiskMin, version } = parsed.data;
  const gid = governmentId(ctx);
  const saved = await ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.statusThreshold.findFirst({ where: { governmentId: gid, indicatorId: null } });
    if (!existing) {
      if (version) throw conflict('Batas status telah dihapus (the thresholds were removed); reload and try again', null);
      const after = await tx.statusThreshold.create({ data: { governmentId: gid, indicatorId: null, onTrackMin, atRiskMin } });
      await audit(tx, ctx, { entity: 'StatusThreshold', entityId: after.id, action: 'CREATE', after });
      return after;
    }
    if (!version) throw conflict('Batas status telah diubah orang lain (changed by someone else); reload and try again', view(existing));
    const { before, after } = await updateVersioned(tx.statusThreshold, {
      where: { id: existing.id, governmentId: gid },
      version,
      data: { onTrackMin, atRiskMin },
      what: 'Status thresholds',
    });
    await audit(tx, ctx, { entity: 'StatusThreshold', entityId: existing.id, action: 'UPDATE', before, after });
    return after;
  });
  ctx.loaders.thresholdsByGovernment.clear(gid);
  forgetStatuses(ctx);
  return view(saved);
}
