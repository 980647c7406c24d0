import { governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { rulesOf } from '../services/assessment/tree.ts';
import { canSeeAllAnswers, loadAssessment, myRoles, pastDeadline } from '../services/assessment/access.ts';
import { addEvidenceLink, decideConsensus, removeEvidence, reviewCriterion, saveAnswer } from '../services/assessment/answers.ts';
import {
  assessmentIndex,
  createFinding,
  findings,
  setAssessmentExclusion,
  setEvaluatorScores,
  updateFinding,
} from '../services/assessment/evaluation.ts';
import { answerHistory } from '../services/assessment/history.ts';
import { createFollowUpPlan, followUpLinks, followUpProposal } from '../services/assessment/followup.ts';
import {
  addCriterion,
  addFrameworkNode,
  canEdit,
  copyFramework,
  criterionView,
  isInUse,
  nodeView,
  publishFramework,
  removeCriterion,
  removeFrameworkNode,
  updateCriterion,
  updateFramework,
  updateFrameworkNode,
  weightIssues,
} from '../services/assessment/frameworks.ts';
import {
  assessorScores,
  consensusAnswers,
  consensusScore,
  evaluatorScore,
  evaluatorScores,
  exclusions,
  forgetBundle,
  frameworkData,
  myAnswers,
  teamEvidence,
  visibleAnswers,
} from '../services/assessment/views.ts';
import {
  createAssessment,
  extendAssessmentDeadline,
  reopenAssessment,
  transitionAssessment,
  updateAssessment,
} from '../services/assessment/workflow.ts';

const fwWhere = (ctx: Parameters<typeof governmentId>[0]) => ({ OR: [{ governmentId: null }, { governmentId: governmentId(ctx) }] });

export const assessmentResolvers: Resolvers = {
  Query: {
    frameworks: (_p, _a, ctx) => ctx.prisma.framework.findMany({ where: fwWhere(ctx), orderBy: [{ code: 'asc' }, { revision: 'desc' }] }),
    framework: (_p, { id }, ctx) =>
      /^[0-9a-f-]{36}$/i.test(id) ? ctx.prisma.framework.findFirst({ where: { id, ...fwWhere(ctx) } }) : null,
    assessments: (_p, _a, ctx) =>
      ctx.prisma.assessment.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: [{ year: 'desc' }, { title: 'asc' }] }),
    assessment: async (_p, { id }, ctx) => {
      try {
        return await loadAssessment(ctx, id);
      } catch (e) {
        if ((e as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
        throw e;
      }
    },
    assessmentCandidates: async (_p, _a, ctx) => {
      const rows = await ctx.prisma.membership.findMany({
        where: { governmentId: governmentId(ctx), deactivatedAt: null },
        include: { user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ user: { name: 'asc' } }],
      });
      const byUser = new Map<string, { userId: string; name: string; email: string; roles: (typeof rows)[number]['role'][] }>();
      for (const r of rows) {
        const u = byUser.get(r.userId) ?? { userId: r.userId, name: r.user.name, email: r.user.email, roles: [] };
        if (!u.roles.includes(r.role)) u.roles.push(r.role);
        byUser.set(r.userId, u);
      }
      return [...byUser.values()];
    },
    findings: (_p, args, ctx) => findings(ctx, args),
  },
  Mutation: {
    createAssessment: (_p, { input }, ctx) => createAssessment(ctx, input),
    updateAssessment: (_p, { input }, ctx) => updateAssessment(ctx, input),
    transitionAssessment: (_p, args, ctx) => transitionAssessment(ctx, args),
    reopenAssessment: (_p, args, ctx) => reopenAssessment(ctx, args),
    extendAssessmentDeadline: (_p, { input }, ctx) => extendAssessmentDeadline(ctx, input),
    saveAnswer: async (_p, { input }, ctx) => {
      const row = await saveAnswer(ctx, input);
      forgetBundle(ctx, row.assessmentId);
      return (await myAnswers(ctx, row.assessmentId)).find((x) => x.id === row.id) as never;
    },
    addEvidenceLink: async (_p, { input }, ctx) => {
      const ev = await addEvidenceLink(ctx, input);
      return {
        ...ev,
        kind: 'LINK' as const,
        fileName: null,
        mimeType: null,
        sizeBytes: null,
        downloadUrl: null,
        uploadedByName: ctx.user?.name ?? null,
      } as never;
    },
    removeEvidence: (_p, { id }, ctx) => removeEvidence(ctx, id),
    decideConsensus: async (_p, { input }, ctx) => {
      const row = await decideConsensus(ctx, input);
      forgetBundle(ctx, row.assessmentId);
      return (await consensusAnswers(ctx, row.assessmentId)).find((x) => x.id === row.id) as never;
    },
    reviewCriterion: async (_p, { input }, ctx) => {
      const row = await reviewCriterion(ctx, input);
      forgetBundle(ctx, row.assessmentId);
      return (await consensusAnswers(ctx, row.assessmentId)).find((x) => x.id === row.id) as never;
    },
    createFollowUpPlan: (_p, { input }, ctx) => createFollowUpPlan(ctx, input),
    copyFramework: (_p, { id, name }, ctx) => copyFramework(ctx, id, name),
    updateFramework: (_p, { input }, ctx) => updateFramework(ctx, input),
    updateFrameworkNode: async (_p, { input }, ctx) => nodeView(await updateFrameworkNode(ctx, input)),
    updateCriterion: async (_p, { input }, ctx) => criterionView(await updateCriterion(ctx, input)) as never,
    addCriterion: async (_p, { input }, ctx) => criterionView(await addCriterion(ctx, input)) as never,
    removeCriterion: (_p, { id }, ctx) => removeCriterion(ctx, id),
    addFrameworkNode: async (_p, { input }, ctx) => nodeView(await addFrameworkNode(ctx, input)),
    removeFrameworkNode: (_p, { id }, ctx) => removeFrameworkNode(ctx, id),
    publishFramework: (_p, { id, version }, ctx) => publishFramework(ctx, id, version),
    setEvaluatorScores: async (_p, { input }, ctx) => {
      const rows = await setEvaluatorScores(ctx, input);
      const views = await evaluatorScores(ctx, input.assessmentId);
      return rows.map((r) => views.find((v) => v.id === r.id)!);
    },
    setAssessmentExclusion: (_p, { input }, ctx) => setAssessmentExclusion(ctx, input),
    createFinding: (_p, { input }, ctx) => createFinding(ctx, input),
    updateFinding: (_p, { input }, ctx) => updateFinding(ctx, input),
  },
  Framework: {
    criterionCount: (f, _a, ctx) => ctx.loaders.criterionCountByFramework.load(f.id),
    national: (f) => f.governmentId === null,
    inUse: (f, _a, ctx) => isInUse(ctx, f.id),
    editable: (f, _a, ctx) => canEdit(ctx, f),
    nodes: async (f, _a, ctx) => (await frameworkData(ctx, f.id)).nodes.map(nodeView),
    criteria: async (f, _a, ctx) => (await frameworkData(ctx, f.id)).criteria.map(criterionView) as never,
    weightIssues: (f, _a, ctx) => weightIssues(ctx, f.id),
    gradeBands: (f) => rulesOf(f).bands.map((b) => ({ grade: b.grade, above: b.above, labelId: b.label.id, labelEn: b.label.en })),
  },
  Assessment: {
    agency: (a, _x, ctx) => (a.agencyId ? ctx.loaders.agency.load(a.agencyId) : null),
    framework: (a, _x, ctx) => ctx.loaders.framework.load(a.frameworkId) as never,
    members: async (a, _x, ctx) =>
      (await loadAssessment(ctx, a.id)).members
        .map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }))
        .sort(
          (x, y) =>
            ['COORDINATOR', 'ASSESSOR', 'REVIEWER'].indexOf(x.role) - ['COORDINATOR', 'ASSESSOR', 'REVIEWER'].indexOf(y.role) ||
            x.name.localeCompare(y.name),
        ),
    myRoles: async (a, _x, ctx) => myRoles(ctx, await loadAssessment(ctx, a.id)),
    canSeeAllAnswers: async (a, _x, ctx) => canSeeAllAnswers(ctx, await loadAssessment(ctx, a.id)),
    myAnswers: (a, _x, ctx) => myAnswers(ctx, a.id) as never,
    answers: (a, _x, ctx) => visibleAnswers(ctx, a.id) as never,
    consensus: (a, _x, ctx) => consensusAnswers(ctx, a.id) as never,
    teamEvidence: (a, _x, ctx) => teamEvidence(ctx, a.id) as never,
    assessorScores: (a, _x, ctx) => assessorScores(ctx, a.id),
    consensusScore: (a, _x, ctx) => consensusScore(ctx, a.id),
    evaluatorScores: (a, _x, ctx) => evaluatorScores(ctx, a.id),
    evaluatorScore: (a, _x, ctx) => evaluatorScore(ctx, a.id),
    exclusions: (a, _x, ctx) => exclusions(ctx, a.id),
    index: (a, _x, ctx) => assessmentIndex(ctx, a.id),
    findings: (a, _x, ctx) => findings(ctx, { assessmentId: a.id }),
    previous: (a, _x, ctx) =>
      a.previousAssessmentId
        ? ctx.prisma.assessment.findFirst({ where: { id: a.previousAssessmentId, governmentId: a.governmentId } })
        : null,
    followUpProposal: (a, { threshold }, ctx) => followUpProposal(ctx, a.id, threshold),
    followUpLinks: (a, _x, ctx) => followUpLinks(ctx, a.id),
    pastDeadline: (a) => pastDeadline(a),
    answerHistory: (a, { criterionId }, ctx) => answerHistory(ctx, a.id, criterionId) as never,
  },
};
