// Framework rows → the domain engine's tree, and score sheets for the API.
// Every score the API returns comes from @rb/domain scoreFramework and is
// rounded with roundScore (2 decimals), the same call the web app makes.
import type { Criterion, Framework, FrameworkNode, PrismaClient } from '@rb/db';
import {
  applicableTree,
  type CriterionOption,
  type GradeBand,
  GRADE_BANDS,
  gradeFor,
  parseGradeBands,
  roundScore,
  type ScoringAnswers,
  type ScoringCriterion,
  type ScoringNode,
  scoreFramework,
} from '@rb/domain';

export interface FrameworkData {
  nodes: FrameworkNode[];
  criteria: Criterion[];
  /** How totals are made: rescaling over applicable weights and the grade bands (the 2020 bands when absent). */
  rules: ScoringRules;
}

export interface ScoringRules {
  rescale: boolean;
  bands: readonly GradeBand[];
}

export const DEFAULT_RULES: ScoringRules = { rescale: false, bands: GRADE_BANDS };

export function rulesOf(framework: Pick<Framework, 'rescale' | 'gradeBands'> | null): ScoringRules {
  if (!framework) return DEFAULT_RULES;
  return { rescale: framework.rescale, bands: parseGradeBands(framework.gradeBands) ?? GRADE_BANDS };
}

export async function loadFrameworkData(
  prisma: Pick<PrismaClient, 'frameworkNode' | 'criterion' | 'framework'>,
  frameworkId: string,
): Promise<FrameworkData> {
  const [nodes, criteria, framework] = await Promise.all([
    prisma.frameworkNode.findMany({ where: { frameworkId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    prisma.criterion.findMany({ where: { frameworkId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    prisma.framework.findUnique({ where: { id: frameworkId }, select: { rescale: true, gradeBands: true } }),
  ]);
  return { nodes: orderNodes(nodes), criteria, rules: rulesOf(framework) };
}

/** Parents before children, siblings by sortOrder (tree order). */
export function orderNodes(nodes: FrameworkNode[]): FrameworkNode[] {
  const byParent = new Map<string | null, FrameworkNode[]>();
  for (const n of nodes) {
    const list = byParent.get(n.parentId) ?? [];
    list.push(n);
    byParent.set(n.parentId, list);
  }
  const out: FrameworkNode[] = [];
  const walk = (parentId: string | null) => {
    for (const n of byParent.get(parentId) ?? []) {
      out.push(n);
      walk(n.id);
    }
  };
  walk(null);
  return out;
}

export function optionsOf(criterion: Pick<Criterion, 'options'>): CriterionOption[] {
  const raw = criterion.options;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((o): o is { code: string; label?: string; value: number } => typeof o === 'object' && o !== null && 'code' in o)
    .map((o) => ({ code: String(o.code), label: String(o.label ?? o.code), value: Number(o.value) }));
}

export function scoringCriterion(c: Criterion): ScoringCriterion {
  const options = optionsOf(c);
  return {
    id: c.id,
    answerType: c.answerType,
    options: options.length ? options : null,
    scaleMin: c.scaleMin?.toString() ?? null,
    scaleMax: c.scaleMax?.toString() ?? null,
    scoreRule: c.scoreRule,
    multiplierId: c.multiplierId,
  };
}

/** Stored variant weights ({ kind: "3.5" | null | "unknown" }) or null. */
export function variantWeightsOf(n: Pick<FrameworkNode, 'variantWeights'>): Record<string, string | null> | null {
  const raw = n.variantWeights;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]));
}

/** The tree as it applies to one government's assessment: weights of its kind, excluded items left out. */
export function assessmentTree(data: FrameworkData, governmentKind: string | null, excluded: ReadonlySet<string>): ScoringNode[] {
  return applicableTree(scoringTree(data), governmentKind, excluded);
}

export function scoringTree(data: FrameworkData): ScoringNode[] {
  const criteriaByNode = new Map<string, ScoringCriterion[]>();
  for (const c of data.criteria) {
    const list = criteriaByNode.get(c.nodeId) ?? [];
    list.push(scoringCriterion(c));
    criteriaByNode.set(c.nodeId, list);
  }
  const build = (parentId: string | null): ScoringNode[] =>
    data.nodes
      .filter((n) => n.parentId === parentId)
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        name: n.name,
        weight: n.weight === null ? null : n.weight.toString(),
        variantWeights: variantWeightsOf(n),
        children: build(n.id),
        criteria: criteriaByNode.get(n.id) ?? [],
      }));
  return build(null);
}

export interface ScoreSheetView {
  assessorId: string | null;
  assessorName: string | null;
  total: number;
  maxTotal: number;
  grade: string;
  answered: number;
  totalCriteria: number;
  nodes: {
    nodeId: string;
    score: number;
    maxScore: number;
    answered: number;
    total: number;
    unknownWeight: boolean;
    containsUnknownWeight: boolean;
    notApplicable: boolean;
  }[];
}

export function scoreSheet(
  tree: ScoringNode[],
  answers: ScoringAnswers,
  who: { id: string; name: string } | null,
  rules: ScoringRules = DEFAULT_RULES,
): ScoreSheetView {
  const s = scoreFramework(tree, answers, { rescale: rules.rescale });
  return {
    assessorId: who?.id ?? null,
    assessorName: who?.name ?? null,
    total: roundScore(s.total),
    maxTotal: roundScore(s.maxTotal),
    grade: gradeFor(s.total, rules.bands).grade,
    answered: s.answered,
    totalCriteria: s.totalCriteria,
    nodes: s.nodes.map((n) => ({
      nodeId: n.nodeId,
      score: roundScore(n.score),
      maxScore: roundScore(n.maxScore),
      answered: n.answered,
      total: n.total,
      unknownWeight: n.unknownWeight,
      containsUnknownWeight: n.containsUnknownWeight,
      notApplicable: n.notApplicable,
    })),
  };
}
