// Entering indicator values (baseline, targets, realizations) the Indonesian
// way. A batch (one cell or a pasted block) is all or nothing: every value is
// parsed with @rb/domain's parseIndicatorValue, checked against permissions
// and closed periods, and written in one transaction with versioned updates
// and an audit record per change.
import { type CheckTarget, type IndicatorValueSpec, parseIndicatorValue } from '@rb/domain';
import type { IndicatorValue } from '@rb/db';
import { z } from 'zod';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { auditEntryView } from '../audit.ts';
import { checkTypedValues, findingsOfCell } from '../checks/typed.ts';
import { isUuid, parseInput, write } from '../kernel.ts';
import { activeLocks, isLocked } from './periods.ts';
import { canEditIndicator } from './permissions.ts';
import { forgetStatuses } from './status.ts';

const ZInput = z.object({
  indicatorId: z.guid('validation.uuid'),
  kind: z.enum(['BASELINE', 'TARGET', 'REALIZATION'], 'validation.invalid'),
  year: z.number('indicators.year').int('indicators.year').min(1990, 'indicators.year').max(2100, 'indicators.year'),
  quarter: z
    .number('indicators.quarter')
    .int('indicators.quarter')
    .min(0, 'indicators.quarter')
    .max(4, 'indicators.quarter')
    .nullish()
    .transform((q) => q ?? 0),
  agencyId: z.guid('validation.uuid').nullish(),
  text: z.string('validation.invalid').max(200, 'validation.tooLong'),
  note: z.string('validation.invalid').trim().max(1000, 'validation.tooLong').nullish(),
  source: z.string('validation.invalid').trim().max(500, 'validation.tooLong').nullish(),
  version: z.number('validation.version').int('validation.version').min(1, 'validation.version').nullish(),
});
const ZInputs = z.array(ZInput, 'validation.invalid').min(1, 'indicators.noValues').max(5000, 'indicators.tooManyValues');

export type ValueInput = z.input<typeof ZInput>;

const QUARTER = ['', 'TW I', 'TW II', 'TW III', 'TW IV'];
const KIND_ID = { BASELINE: 'Baseline', TARGET: 'Target', REALIZATION: 'Realisasi' } as const;
const KIND_EN = { BASELINE: 'Baseline', TARGET: 'Target', REALIZATION: 'Realization' } as const;
/** The period of a value in both languages, as message params ("Target 2023 TW I" / "Target 2023 Q1"). */
const periodParams = (i: { kind: keyof typeof KIND_ID; year: number; quarter: number }) => ({
  period: `${KIND_ID[i.kind]} ${i.year}${i.quarter ? ` ${QUARTER[i.quarter]}` : ''}`,
  periodEn: `${KIND_EN[i.kind]} ${i.year}${i.quarter ? ` Q${i.quarter}` : ''}`,
});

/**
 * `confirmWarnings`: the user saw the plan checks' warnings on these values
 * and keeps them; without it a batch with warnings is refused (nothing is
 * written) and the warnings come back in the error for the user to confirm.
 */
export async function setIndicatorValues(ctx: Context, rawInputs: ValueInput[], opts: { confirmWarnings?: boolean } = {}) {
  const inputs = parseInput(ZInputs, rawInputs);
  const gid = governmentId(ctx);
  const user = requireUser(ctx);

  const ids = [...new Set(inputs.map((i) => i.indicatorId))];
  const indicators = new Map(
    (await ctx.prisma.indicator.findMany({ where: { id: { in: ids }, governmentId: gid } })).map((i) => [i.id, i]),
  );
  const agencyIds = [...new Set(inputs.flatMap((i) => (i.agencyId ? [i.agencyId] : [])))];
  if (agencyIds.length) {
    const found = await ctx.prisma.agency.count({ where: { id: { in: agencyIds }, governmentId: gid } });
    if (found !== agencyIds.length) throw notFound('Agency');
  }

  // Parse and check everything before writing anything.
  const seen = new Set<string>();
  const planned: {
    input: (typeof inputs)[number];
    indicator: NonNullable<ReturnType<typeof indicators.get>>;
    scopeKey: string;
    value: ReturnType<typeof parseIndicatorValue> | null;
    index: number;
  }[] = [];
  for (const [index, input] of inputs.entries()) {
    const indicator = indicators.get(input.indicatorId);
    if (!indicator) throw notFound('Indicator');
    if (!(await canEditIndicator(ctx, indicator))) throw forbidden('indicators.notOwner', { indicator: indicator.name });
    if (input.kind === 'BASELINE' && input.quarter !== 0) throw badInput('indicators.baselineYearly', `inputs.${index}.quarter`);
    const scopeKey = input.agencyId ?? '';
    const key = `${input.indicatorId}|${scopeKey}|${input.kind}|${input.year}|${input.quarter}`;
    if (seen.has(key)) throw badInput('indicators.valueTwice', `inputs.${index}`, { index, ...periodParams(input) });
    seen.add(key);
    const text = input.text.trim();
    let value: ReturnType<typeof parseIndicatorValue> | null = null;
    if (text !== '') {
      const spec: IndicatorValueSpec = {
        valueType: indicator.valueType,
        categories: indicator.categories,
        scaleMin: indicator.scaleMin?.toString() ?? null,
        scaleMax: indicator.scaleMax?.toString() ?? null,
        unit: indicator.unit,
      };
      value = parseIndicatorValue(text, spec);
      if (!value.ok) {
        throw badInput('indicators.invalidValue', `inputs.${index}.text`, {
          index,
          indicator: indicator.name,
          ...periodParams(input),
          reason: value.message.id,
          reasonEn: value.message.en,
        });
      }
    }
    planned.push({ input, indicator, scopeKey, value, index });
  }

  // The plan checks of what was typed, against the values already there: errors refuse, warnings ask first.
  const cells = planned.map(
    ({ input, scopeKey }): CheckTarget => ({
      type: 'VALUE',
      indicatorId: input.indicatorId,
      kind: input.kind,
      year: input.year,
      quarter: input.quarter,
      scopeKey,
    }),
  );
  const findings = await checkTypedValues(
    ctx.prisma,
    gid,
    [...indicators.values()],
    planned.map(({ scopeKey, input, value }) => ({
      indicatorId: input.indicatorId,
      kind: input.kind,
      year: input.year,
      quarter: input.quarter,
      scopeKey,
      value: value?.ok ? value : null,
    })),
    cells,
    opts.confirmWarnings ?? false,
  );

  const changes = await write(ctx, async (w) => {
    const { tx } = w;
    const locks = await activeLocks(tx, gid, [...new Set(inputs.map((i) => i.year))]);
    const out: { value: IndicatorValue | null; indicatorId: string }[] = [];
    for (const { input, indicator, scopeKey, value, index } of planned) {
      if (isLocked(locks, input.year, input.quarter)) {
        throw forbidden('indicators.periodClosed', {
          period: `${input.year}${input.quarter ? ` ${QUARTER[input.quarter]}` : ''}`,
          periodEn: `${input.year}${input.quarter ? ` Q${input.quarter}` : ''}`,
        });
      }
      const where = { indicatorId: indicator.id, scopeKey, kind: input.kind, year: input.year, quarter: input.quarter, month: 0 };
      const existing = await tx.indicatorValue.findFirst({ where });
      const note = input.note === undefined ? undefined : input.note || null;
      const source = input.source === undefined ? undefined : input.source || null;
      // A conflict names the cell of the batch and carries the value as it is now.
      const view = (row: IndicatorValue) => ({ index, row });
      const params = { index, indicator: indicator.name, ...periodParams(input) };
      if (!value) {
        // Remove the value.
        if (existing) await w.remove(tx.indicatorValue, 'IndicatorValue', { id: existing.id, version: input.version ?? 0, view });
        out.push({ value: null, indicatorId: indicator.id });
        continue;
      }
      if (!value.ok) throw new Error('unreachable');
      const data = {
        numericValue: value.numericValue,
        categoryValue: value.categoryValue,
        textValue: value.textValue,
        notAvailable: value.notAvailable,
        enteredById: user.id,
        ...(note !== undefined ? { note } : {}),
        ...(source !== undefined ? { source } : {}),
      };
      if (!existing) {
        // The caller saw a value that is gone now.
        if (input.version) throw conflict('indicators.removedMeanwhile', { index, row: null }, params);
        const after = await w.create(tx.indicatorValue, 'IndicatorValue', { ...where, agencyId: input.agencyId ?? null, ...data });
        out.push({ value: after, indicatorId: indicator.id });
        continue;
      }
      // The caller saw no value, but someone entered one meanwhile.
      if (!input.version) throw conflict('indicators.enteredMeanwhile', { index, row: existing }, params);
      const after = await w.update(tx.indicatorValue, 'IndicatorValue', { id: existing.id, version: input.version, data, view });
      out.push({ value: after, indicatorId: indicator.id });
    }
    return out;
  }).catch((error: unknown) => {
    // Two people creating the same value at once: the second one is told, like any stale write.
    if ((error as { code?: string })?.code === 'P2002') throw conflict('indicators.enteredJustNow');
    throw error;
  });
  for (const id of ids) {
    ctx.loaders.valuesByIndicator.clear(id);
    ctx.loaders.yearlyValuesByIndicator.clear(id);
    ctx.loaders.seriesRows.clear(id);
  }
  ctx.loaders.quarterValues.clearAll();
  forgetStatuses(ctx);
  return changes.map((c, i) => ({
    value: c.value,
    indicator: indicators.get(c.indicatorId)!,
    findings: findingsOfCell(findings, cells[i]!),
  }));
}

/** Audit entries of an indicator's values (including removed ones), newest first. */
export async function indicatorHistory(ctx: Context, indicatorId: string, limit: number) {
  const gid = governmentId(ctx);
  if (!isUuid(indicatorId)) throw notFound('Indicator');
  const indicator = await ctx.prisma.indicator.findFirst({ where: { id: indicatorId, governmentId: gid }, select: { id: true } });
  if (!indicator) throw notFound('Indicator');
  const rows = await ctx.prisma.auditLog.findMany({
    where: {
      governmentId: gid,
      entity: 'IndicatorValue',
      OR: [{ after: { path: ['indicatorId'], equals: indicatorId } }, { before: { path: ['indicatorId'], equals: indicatorId } }],
    },
    orderBy: { id: 'desc' },
    take: Math.min(Math.max(limit, 1), 500),
    include: { user: { select: { name: true } } },
  });
  return rows.map(auditEntryView);
}
