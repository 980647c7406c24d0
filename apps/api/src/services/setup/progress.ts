// The set-up checklist of a government: agencies → users → road map →
// indicators → work plan → assessment, each with what exists so far. Counts
// only (one round of small COUNT queries), so the home page stays fast.
import { ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { parseInput } from '../kernel.ts';

export const SETUP_STEPS = ['AGENCIES', 'USERS', 'ROADMAP', 'INDICATORS', 'WORK_PLAN', 'ASSESSMENT'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

const ZSetupProgress = z.object({ year: ZYear });

export async function setupProgress(ctx: Context, input: unknown) {
  const { year } = parseInput(ZSetupProgress, input);
  const gid = governmentId(ctx);
  const p = ctx.prisma;
  const [agencies, members, roadmaps, indicators, workPlans, assessments] = await Promise.all([
    p.agency.count({ where: { governmentId: gid, archivedAt: null } }),
    p.membership.findMany({ where: { governmentId: gid, deactivatedAt: null }, select: { userId: true }, distinct: ['userId'] }),
    p.roadmap.count({ where: { governmentId: gid, archivedAt: null } }),
    p.indicator.count({ where: { governmentId: gid, archivedAt: null } }),
    p.workPlan.count({ where: { governmentId: gid, year, kind: 'WORK_PLAN' } }),
    p.assessment.count({ where: { governmentId: gid, year } }),
  ]);
  const counts: Record<SetupStepKey, number> = {
    AGENCIES: agencies,
    USERS: members.length,
    ROADMAP: roadmaps,
    INDICATORS: indicators,
    WORK_PLAN: workPlans,
    ASSESSMENT: assessments,
  };
  // The first administrator alone is not a team: users are set up once someone else has an account.
  const done = (key: SetupStepKey) => (key === 'USERS' ? counts.USERS > 1 : counts[key] > 0);
  const steps = SETUP_STEPS.map((key) => ({ key, done: done(key), count: counts[key] }));
  return { year, steps, complete: steps.every((s) => s.done) };
}
