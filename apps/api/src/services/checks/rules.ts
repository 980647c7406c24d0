// Which plan-check rules a government runs: every rule of @rb/domain
// CHECK_RULES unless its administrator switched it off (with a reason,
// audited). Nothing is skipped silently: reports name the rules switched off.
import { CHECK_RULE_IDS, CHECK_RULES, type CheckRuleId, isCheckRuleId, type RuleFilter } from '@rb/domain';
import type { PrismaClient } from '@rb/db';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { parseInput, type Tx, write } from '../kernel.ts';

export interface RuleSet {
  on: RuleFilter;
  disabled: CheckRuleId[];
}

export async function ruleSet(db: PrismaClient | Tx, gid: string): Promise<RuleSet> {
  const off = await db.checkRuleSetting.findMany({ where: { governmentId: gid, enabled: false }, select: { ruleId: true } });
  const disabled = off.map((r) => r.ruleId).filter(isCheckRuleId);
  const set = new Set<string>(disabled);
  return { on: (rule) => !set.has(rule), disabled };
}

export async function checkRules(ctx: Context) {
  const gid = governmentId(ctx);
  const settings = new Map((await ctx.prisma.checkRuleSetting.findMany({ where: { governmentId: gid } })).map((s) => [s.ruleId, s]));
  return CHECK_RULE_IDS.map((id) => {
    const s = settings.get(id);
    return {
      id,
      severity: CHECK_RULES[id].severity,
      enabled: s?.enabled ?? true,
      reason: s?.reason ?? null,
      version: s?.version ?? null,
      updatedAt: s?.updatedAt.toISOString() ?? null,
    };
  });
}

const ZRule = z.object({
  ruleId: z.string('validation.invalid').refine(isCheckRuleId, 'checks.unknownRule'),
  enabled: z.boolean('validation.invalid'),
  reason: z.string('validation.invalid').trim().max(500, 'validation.tooLong').nullish(),
  version: z.number('validation.version').int('validation.version').min(1, 'validation.version').nullish(),
});

export async function setCheckRule(ctx: Context, input: unknown) {
  const data = parseInput(ZRule, input);
  if (!data.enabled && !data.reason) throw badInput('checks.reasonRequired', 'reason');
  await write(ctx, async (w) => {
    const existing = await w.tx.checkRuleSetting.findFirst({ where: { governmentId: w.gid, ruleId: data.ruleId } });
    const values = { enabled: data.enabled, reason: data.enabled ? null : (data.reason ?? null), updatedById: ctx.user?.id ?? null };
    if (!existing) {
      // The caller saw a setting that is gone: refuse like any stale write.
      if (data.version) throw conflict('error.conflict', null, { what: 'CheckRuleSetting', version: 0 });
      return w.create(w.tx.checkRuleSetting, 'CheckRuleSetting', { ruleId: data.ruleId, ...values });
    }
    if (!data.version) throw conflict('error.conflict', null, { what: 'CheckRuleSetting', version: existing.version });
    return w.update(w.tx.checkRuleSetting, 'CheckRuleSetting', { id: existing.id, version: data.version, data: values });
  });
  return (await checkRules(ctx)).find((r) => r.id === data.ruleId)!;
}
