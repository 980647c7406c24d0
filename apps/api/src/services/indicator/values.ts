// Entering indicator values (baseline, targets, realizations) the Indonesian
// way. A batch (one cell or a pasted block) is all or nothing: every value is
// parsed with @rb/domain's parseIndicatorValue, checked against permissions
// and closed periods, and written in one transaction with versioned updates
// and an audit record per change.
import { type IndicatorValueSpec, parseIndicatorValue } from '@rb/domain';
import type { IndicatorValue } from '@rb/db';
import { z } from 'zod';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { audit, auditEntryView } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { activeLocks, isLocked } from './periods.ts';
import { canEditIndicator } from './permissions.ts';
import { forgetStatuses } from './status.ts';

const ZInput = z.object({
  indicatorId: z.string().uuid('Indikator tidak dikenal (unknown indicator)'),
  kind: z.enum(['BASELINE', 'TARGET', 'REALIZATION']),
  year: z
    .number()
    .int()
    .min(1990, 'Tahun harus antara 1990 dan 2100 (year must be 1990–2100)')
    .max(2100, 'Tahun harus antara 1990 dan 2100 (year must be 1990–2100)'),
  quarter: z
    .number()
    .int()
    .min(0)
    .max(4, 'Triwulan harus 1–4 (quarter must be 1–4)')
    .nullish()
    .transform((q) => q ?? 0),
  agencyId: z.string().uuid().nullish(),
  text: z.string().max(200, 'Nilai terlalu panjang (value too long, max 200 characters)'),
  note: z.string().trim().max(1000, 'Catatan terlalu panjang (note too long, max 1000)').nullish(),
  source: z.string().trim().max(500, 'Sumber terlalu panjang (source too long, max 500)').nullish(),
  version: z.number().int().min(1).nullish(),
});
const ZInputs = z
  .array(ZInput)
  .min(1, 'Tidak ada nilai (no values)')
  .max(5000, 'Terlalu banyak nilai sekaligus (at most 5000 values at once)');

export type ValueInput = z.input<typeof ZInput>;

const QUARTER = ['', 'TW I', 'TW II', 'TW III', 'TW IV'];
const KIND_ID = { BASELINE: 'Baseline', TARGET: 'Target', REALIZATION: 'Realisasi' } as const;
const periodLabel = (i: { kind: keyof typeof KIND_ID; year: number; quarter: number }) =>
  `${KIND_ID[i.kind]} ${i.year}${i.quarter ? ` ${QUARTER[i.quarter]}` : ''}`;

export async function setIndicatorValues(ctx: Context, rawInputs: ValueInput[]) {
  const parsed = ZInputs.safeParse(rawInputs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? 'Invalid input', issue?.path.join('.'));
  }
  const inputs = parsed.data;
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
    if (!(await canEditIndicator(ctx, indicator))) {
      throw forbidden(
        `Hanya pengguna perangkat daerah pemilik dan administrator yang boleh mengubah nilai "${indicator.name}" (only the owner agency's users and administrators may change this indicator's values)`,
      );
    }
    if (input.kind === 'BASELINE' && input.quarter !== 0) {
      throw badInput('Baseline hanya per tahun (a baseline belongs to a year, not a quarter)', `inputs.${index}.quarter`);
    }
    const scopeKey = input.agencyId ?? '';
    const key = `${input.indicatorId}|${scopeKey}|${input.kind}|${input.year}|${input.quarter}`;
    if (seen.has(key)) throw badInput(`Nilai ${periodLabel(input)} disebut dua kali (the same value appears twice)`, `inputs.${index}`);
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
        throw badInput(`${indicator.name}, ${periodLabel(input)}: ${value.message.id}`, `inputs.${index}.text`, {
          index,
          messageEn: `${indicator.name}, ${input.kind} ${input.year}${input.quarter ? ` Q${input.quarter}` : ''}: ${value.message.en}`,
        });
      }
    }
    planned.push({ input, indicator, scopeKey, value, index });
  }

  const changes = await writeAll().catch((error: unknown) => {
    // Two people creating the same value at once: the second one is told, like any stale write.
    if ((error as { code?: string })?.code === 'P2002') {
      throw conflict('Nilai ini baru saja diisi orang lain (entered by someone else just now); reload and try again');
    }
    throw error;
  });
  async function writeAll() {
    return ctx.prisma.$transaction(async (tx) => {
      const locks = await activeLocks(tx, gid, [...new Set(inputs.map((i) => i.year))]);
      const out: { value: IndicatorValue | null; indicatorId: string }[] = [];
      for (const { input, indicator, scopeKey, value, index } of planned) {
        if (isLocked(locks, input.year, input.quarter)) {
          throw forbidden(
            `Periode ${input.year}${input.quarter ? ` ${QUARTER[input.quarter]}` : ''} sudah ditutup; minta administrator membukanya kembali (this period is closed for entry)`,
          );
        }
        const where = { indicatorId: indicator.id, scopeKey, kind: input.kind, year: input.year, quarter: input.quarter, month: 0 };
        const existing = await tx.indicatorValue.findFirst({ where });
        const note = input.note === undefined ? undefined : input.note || null;
        const source = input.source === undefined ? undefined : input.source || null;
        if (!value) {
          // Remove the value.
          if (!existing) {
            out.push({ value: null, indicatorId: indicator.id });
            continue;
          }
          if (input.version !== existing.version) {
            throw conflict(
              `${indicator.name}, ${periodLabel(input)}: nilai telah diubah orang lain (changed by someone else); reload and try again`,
              {
                index,
                row: existing,
              },
            );
          }
          await tx.indicatorValue.deleteMany({ where: { id: existing.id, version: existing.version } });
          await audit(tx, ctx, { entity: 'IndicatorValue', entityId: existing.id, action: 'DELETE', before: existing });
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
          if (input.version) {
            throw conflict(
              `${indicator.name}, ${periodLabel(input)}: nilai telah dihapus orang lain (removed by someone else); reload and try again`,
              {
                index,
                row: null,
              },
            );
          }
          const after = await tx.indicatorValue.create({
            data: { ...where, governmentId: gid, agencyId: input.agencyId ?? null, ...data },
          });
          await audit(tx, ctx, { entity: 'IndicatorValue', entityId: after.id, action: 'CREATE', after });
          out.push({ value: after, indicatorId: indicator.id });
          continue;
        }
        if (!input.version) {
          throw conflict(
            `${indicator.name}, ${periodLabel(input)}: nilai sudah diisi orang lain (entered by someone else); reload and try again`,
            {
              index,
              row: existing,
            },
          );
        }
        const { before, after } = await updateVersioned(tx.indicatorValue, {
          where: { id: existing.id, governmentId: gid },
          version: input.version,
          data,
          what: `${indicator.name}, ${periodLabel(input)}`,
        });
        await audit(tx, ctx, { entity: 'IndicatorValue', entityId: existing.id, action: 'UPDATE', before, after });
        out.push({ value: after, indicatorId: indicator.id });
      }
      return out;
    });
  }
  for (const id of ids) {
    ctx.loaders.valuesByIndicator.clear(id);
    ctx.loaders.yearlyValuesByIndicator.clear(id);
    ctx.loaders.seriesRows.clear(id);
  }
  ctx.loaders.quarterValues.clearAll();
  forgetStatuses(ctx);
  return changes.map((c) => ({ value: c.value, indicator: indicators.get(c.indicatorId)! }));
}

/** Audit entries of an indicator's values (including removed ones), newest first. */
export async function indicatorHistory(ctx: Context, indicatorId: string, limit: number) {
  const gid = governmentId(ctx);
  if (!z.string().uuid().safeParse(indicatorId).success) throw notFound('Indicator');
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
