// The government's status thresholds, set by an administrator.
import { DEFAULT_THRESHOLDS } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { parseInput, write } from '../kernel.ts';
import { forgetStatuses } from './status.ts';

const percent = z.number('validation.invalid').min(0, 'indicators.thresholdRange').max(1000, 'indicators.thresholdRange');

const ZThresholds = z
  .object({
    onTrackMin: percent,
    atRiskMin: percent,
    version: z.number('validation.version').int('validation.version').min(1, 'validation.version').nullish(),
  })
  .refine((t) => t.atRiskMin <= t.onTrackMin, { message: 'indicators.thresholdOrder', path: ['atRiskMin'] });

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
  const gid = governmentId(ctx);
  const saved = await write(ctx, async (w) => {
    const { onTrackMin, atRiskMin, version } = parseInput(ZThresholds, input);
    const existing = await w.tx.statusThreshold.findFirst({ where: { governmentId: gid, indicatorId: null } });
    if (!existing) {
      // The caller saw thresholds that are gone now.
      if (version) throw conflict('error.conflictGone', null, { what: 'StatusThreshold' });
      return w.create(w.tx.statusThreshold, 'StatusThreshold', { indicatorId: null, onTrackMin, atRiskMin });
    }
    return w.update(w.tx.statusThreshold, 'StatusThreshold', {
      id: existing.id,
      version: version ?? 0,
      data: { onTrackMin, atRiskMin },
      view,
    });
  });
  ctx.loaders.thresholdsByGovernment.clear(gid);
  forgetStatuses(ctx);
  return view(saved);
}
