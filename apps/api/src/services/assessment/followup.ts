// Follow-up (RATL): criteria whose consensus value is below a threshold become
// a proposed follow-up plan, one action per weak criterion with a suggested
// output; the coordinator edits it and sends it to the agency's work plans as a
// WorkPlan of kind FOLLOW_UP (see ARCHITECTURE.md), each Action linked to its criterion.
import { interpretAnswer, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { write } from '../kernel.ts';
import { loadAssessment, requireTeamRole } from './access.ts';
import { parseInput } from '../kernel.ts';
import { optionsOf, scoringCriterion } from './tree.ts';
import { consensusBundle } from './views.ts';

export interface FollowUpProposalView {
  criterionId: string;
  criterionCode: string | null;
  criterionText: string;
  areaName: string | null;
  subItemName: string | null;
  value: number;
  suggestedAction: string;
  suggestedOutput: string;
}

export async function followUpProposal(ctx: Context, id: string, threshold: number): Promise<FollowUpProposalView[]> {
  if (!(threshold > 0 && threshold <= 1)) throw badInput('assessment.followUpThreshold', 'threshold');
  const b = await consensusBundle(ctx, id);
  if (!['IN_REVIEW', 'NEEDS_REVISION', 'FINAL'].includes(b.assessment.status)) return [];
  const nodes = new Map(b.framework.nodes.map((n) => [n.id, n]));
  const consensus = new Map(b.consensus.map((x) => [x.criterionId, x.value]));
  const out: FollowUpProposalView[] = [];
  // Criteria in framework order.
  const order = new Map(b.framework.nodes.map((n, i) => [n.id, i]));
  const criteria = [...b.framework.criteria].sort(
    (x, y) => (order.get(x.nodeId) ?? 0) - (order.get(y.nodeId) ?? 0) || x.sortOrder - y.sortOrder,
  );
  for (const c of criteria) {
    const r = interpretAnswer(scoringCriterion(c), consensus.get(c.id));
    const value = r.kind === 'VALUE' ? r.value : 0;
    if (value >= threshold) continue;
    const sub = nodes.get(c.nodeId);
    let area = sub;
    while (area && area.kind !== 'AREA' && area.parentId) area = nodes.get(area.parentId);
    const best = optionsOf(c).sort((x, y) => y.value - x.value)[0];
    const text = c.text.replace(/\s+/g, ' ').trim();
    out.push({
      criterionId: c.id,
      criterionCode: c.code,
      criterionText: text,
      areaName: area?.kind === 'AREA' ? area.name : null,
      subItemName: sub?.name ?? null,
      value,
      suggestedAction: `Memenuhi kriteria ${sub?.name ? `${sub.name} ` : ''}${c.code ? `(${c.code}) ` : ''}: ${text}`.slice(0, 500),
      suggestedOutput: (best?.label && best.label !== best.code ? best.label : `Dokumen bukti: ${text}`).slice(0, 500),
    });
  }
  return out;
}

const ZCreate = z.object({
  assessmentId: z.guid('validation.uuid'),
  title: z.string('validation.required').trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  year: ZYear,
  items: z
    .array(
      z.object({
        criterionId: z.guid('validation.uuid'),
        name: z.string('validation.required').trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
        output: z.string('validation.invalid').trim().max(1000, 'validation.tooLong').nullish(),
      }),
      'assessment.followUpNoItems',
    )
    .min(1, 'assessment.followUpNoItems')
    .max(500, 'validation.tooLong'),
});

export async function createFollowUpPlan(ctx: Context, input: unknown) {
  const data = parseInput(ZCreate, input);
  const a = await loadAssessment(ctx, data.assessmentId);
  requireTeamRole(ctx, a, 'COORDINATOR');
  if (!['IN_REVIEW', 'NEEDS_REVISION', 'FINAL'].includes(a.status)) {
    throw badInput('assessment.followUpTooEarly', 'status');
  }
  const b = await consensusBundle(ctx, a.id);
  const criteria = new Map(b.framework.criteria.map((c) => [c.id, c]));
  const nodes = new Map(b.framework.nodes.map((n) => [n.id, n]));
  for (const [i, item] of data.items.entries()) {
    if (!criteria.has(item.criterionId)) throw badInput('assessment.criterionNotInFramework', `items.${i}.criterionId`);
  }
  if (new Set(data.items.map((i) => i.criterionId)).size !== data.items.length) throw badInput('assessment.criterionTwice', 'items');
  const areaOf = (criterionId: string) => {
    let n = nodes.get(criteria.get(criterionId)!.nodeId);
    while (n && n.kind !== 'AREA' && n.parentId) n = nodes.get(n.parentId);
    return n?.kind === 'AREA' ? n : null;
  };
  const gid = a.governmentId;
  return write(ctx, async (w) => {
    const { tx } = w;
    // One plan creation per assessment at a time (row lock), so two coordinators sending the same criterion at once
    // cannot both pass the check below.
    await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${a.id}::uuid FOR UPDATE`;
    // A criterion is followed up once: refuse (changing nothing) if any of them is already in a plan from this assessment.
    const already = await tx.action.findFirst({
      where: {
        criterionId: { in: data.items.map((i) => i.criterionId) },
        activity: { workPlan: { sourceAssessmentId: a.id, governmentId: gid } },
      },
      include: { activity: { include: { workPlan: { select: { title: true } } } } },
      orderBy: { createdAt: 'asc' },
    });
    if (already) {
      const c = criteria.get(already.criterionId!)!;
      const name = c.code
        ? `${c.code} (${c.text.replace(/\s+/g, ' ').trim().slice(0, 80)})`
        : c.text.replace(/\s+/g, ' ').trim().slice(0, 80);
      throw conflict(
        'assessment.followUpAlready',
        { criterionId: c.id, actionId: already.id, planId: already.activity.workPlanId },
        { criterion: name, plan: already.activity.workPlan?.title ?? '' },
      );
    }
    const plan = await tx.workPlan.create({
      data: {
        governmentId: gid,
        agencyId: a.agencyId,
        sourceAssessmentId: a.id,
        kind: 'FOLLOW_UP',
        year: data.year,
        title: data.title,
        regulationRef: `Tindak lanjut ${a.title}`,
      },
    });
    // One activity (kegiatan) per area, in the order the items came.
    const activities = new Map<string, string>();
    let actionOrder = 0;
    for (const item of data.items) {
      const area = areaOf(item.criterionId);
      const key = area?.id ?? 'other';
      let activityId = activities.get(key);
      if (!activityId) {
        const act = await tx.activity.create({
          data: { governmentId: gid, workPlanId: plan.id, name: area?.name ?? 'Tindak lanjut lainnya', sortOrder: activities.size },
        });
        activityId = act.id;
        activities.set(key, activityId);
      }
      const c = criteria.get(item.criterionId)!;
      const action = await tx.action.create({
        data: {
          governmentId: gid,
          activityId,
          criterionId: c.id,
          code: c.code,
          name: item.name,
          output: item.output || null,
          responsibleAgencyId: a.agencyId,
          sortOrder: actionOrder++,
        },
      });
      await tx.step.create({
        data: {
          governmentId: gid,
          actionId: action.id,
          name: item.output || item.name,
          output: item.output || null,
          months: [],
          sortOrder: 0,
        },
      });
    }
    await w.audit('WorkPlan', plan.id, 'CREATE', undefined, { ...plan, items: data.items, createdBy: requireUser(ctx).id });
    return plan;
  });
}

export async function followUpLinks(ctx: Context, id: string) {
  const actions = await ctx.prisma.action.findMany({
    where: { criterionId: { not: null }, activity: { workPlan: { sourceAssessmentId: id, governmentId: ctx.government?.id } } },
    include: { activity: { include: { workPlan: { select: { id: true, title: true } } } } },
    orderBy: [{ createdAt: 'asc' }],
  });
  return actions
    .filter((x) => x.activity.workPlan)
    .map((x) => ({
      criterionId: x.criterionId!,
      planId: x.activity.workPlan!.id,
      planTitle: x.activity.workPlan!.title,
      actionId: x.id,
      actionName: x.name,
    }));
}
