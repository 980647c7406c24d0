// Framework rows → the domain engine's tree, and score sheets for the API.
// Every score the API returns comes from @rb/domain scoreFramework and is
// rounded with roundScore (2 decimals), the same call the web app makes.
import type { Criterion, FrameworkNode, PrismaClient } from '@rb/db';
import {
  type CriterionOption,
  gradeFor,
  roundScore,
  type ScoringAnswers,
  type ScoringCriterion,
  type ScoringNode,
  scoreFramework,
} from '@rb/domain';

export interface FrameworkData {
  nodes: FrameworkNode[];
  criteria: Criterion[];
}

export async function loadFrameworkData(
  prisma: Pick<PrismaClient, 'frameworkNode' | 'criterion'>,
  frameworkId: string,
): Promise<FrameworkData> {
  const [nodes, criteria] = await Promise.all([
    prisma.frameworkNode.findMany({ where: { frameworkId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    prisma.criterion.findMany({ where: { frameworkId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  ]);
  return { nodes: orderNodes(nodes), criteria };
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
  };
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
  }[];
}

export function scoreSheet(tree: ScoringNode[], answers: ScoringAnswers, who: { id: string; name: string } | null): ScoreSheetView {
  const s = scoreFramework(tree, answers);
  return {
    assessorId: who?.id ?? null,
    assessorName: who?.name ?? null,
    total: roundScore(s.total),
    maxTotal: roundScore(s.maxTotal),
    grade: gradeFor(s.total).grade,
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
    })),
  };
}
