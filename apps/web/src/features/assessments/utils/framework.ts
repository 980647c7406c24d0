// The framework as the worksheet uses it: the tree in order, the criteria of
// each sub-item, and live scores from the same domain engine the API uses
// (rounded with the same roundScore), so screen, minutes and API agree.
import { GRADE_BANDS, type GradeBand, gradeFor, roundScore, type ScoringAnswers, type ScoringNode, scoreFramework } from '@rb/domain';
import type { FrameworkTreeFragment } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';

/** A framework node; `notApplicable` is set by applicableFramework for one assessment. */
export type FwNode = FrameworkTreeFragment['nodes'][number] & { notApplicable?: boolean };
export type FwCriterion = FrameworkTreeFragment['criteria'][number];

export interface SheetScore {
  total: number;
  maxTotal: number;
  grade: string;
  answered: number;
  totalCriteria: number;
  nodes: Map<
    string,
    {
      score: number;
      maxScore: number;
      answered: number;
      total: number;
      unknownWeight: boolean;
      containsUnknownWeight: boolean;
      notApplicable: boolean;
    }
  >;
}

export interface FrameworkIndex {
  /** Nodes in tree order (parents before children), with their depth. */
  ordered: (FwNode & { depth: number })[];
  byId: Map<string, FwNode>;
  children: Map<string | null, FwNode[]>;
  criteriaByNode: Map<string, FwCriterion[]>;
  /** Criteria in worksheet order. */
  criteria: FwCriterion[];
  tree: ScoringNode[];
  /** The AREA ancestor of a node (or the node itself). */
  areaOf(nodeId: string): FwNode | null;
  /** How the total is made: rescaled over applicable weights, graded with the framework's bands. */
  rules: { rescale: boolean; bands: readonly GradeBand[] };
}

/**
 * The framework as it applies to one assessment: each node's weight for the
 * government's kind (its variant weight), and not applicable where the
 * variant says so or the assessment excludes it. Every view of the assessment
 * indexes this, so live scores match the API's.
 */
export function applicableFramework<F extends FrameworkTreeFragment>(
  fw: F,
  governmentKind: string | null,
  excluded: readonly { nodeId: string }[],
): F {
  const out = new Set(excluded.map((x) => x.nodeId));
  return {
    ...fw,
    nodes: fw.nodes.map((n) => {
      const variant = n.variantWeights.find((v) => v.kind === governmentKind);
      return {
        ...n,
        // Not applicable to this kind: no weight at all (the API does the same, so nothing is rescaled for it).
        weight: variant ? (variant.weight ?? null) : n.weight,
        notApplicable: !!variant?.notApplicable || out.has(n.id),
      };
    }),
  };
}

export function indexFramework(fw: FrameworkTreeFragment): FrameworkIndex {
  const byId = new Map(fw.nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, FwNode[]>();
  for (const n of [...fw.nodes].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const list = children.get(n.parentId ?? null) ?? [];
    list.push(n);
    children.set(n.parentId ?? null, list);
  }
  const criteriaByNode = new Map<string, FwCriterion[]>();
  for (const c of [...fw.criteria].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const list = criteriaByNode.get(c.nodeId) ?? [];
    list.push(c);
    criteriaByNode.set(c.nodeId, list);
  }
  const ordered: FrameworkIndex['ordered'] = [];
  const criteria: FwCriterion[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const n of children.get(parentId) ?? []) {
      ordered.push({ ...n, depth });
      criteria.push(...(criteriaByNode.get(n.id) ?? []));
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  const build = (parentId: string | null): ScoringNode[] =>
    (children.get(parentId) ?? []).map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      weight: n.weight ?? null,
      notApplicable: (n as FwNode).notApplicable ?? false,
      children: build(n.id),
      criteria: (criteriaByNode.get(n.id) ?? []).map((c) => ({
        id: c.id,
        answerType: c.answerType,
        // The API fills in the default options of lettered types; only explicit ones matter here.
        options: c.answerType === 'PERCENTAGE' || c.answerType === 'SCALE' ? null : c.options,
        scaleMin: c.scaleMin ?? null,
        scaleMax: c.scaleMax ?? null,
        scoreRule: c.scoreRule ?? 'RANGE',
        multiplierId: c.multiplierId ?? null,
      })),
    }));
  const areaOf = (nodeId: string) => {
    let n = byId.get(nodeId) ?? null;
    while (n && n.kind !== 'AREA' && n.parentId) n = byId.get(n.parentId) ?? null;
    return n && n.kind === 'AREA' ? n : null;
  };
  const bands = fw.gradeBands?.length
    ? fw.gradeBands.map((b) => ({ grade: b.grade, above: b.above ?? null, label: { id: b.labelId, en: b.labelEn } }))
    : GRADE_BANDS;
  return { ordered, byId, children, criteriaByNode, criteria, tree: build(null), areaOf, rules: { rescale: !!fw.rescale, bands } };
}

export function liveScore(index: FrameworkIndex, answers: ScoringAnswers): SheetScore {
  const s = scoreFramework(index.tree, answers, { rescale: index.rules.rescale });
  return {
    total: roundScore(s.total),
    maxTotal: roundScore(s.maxTotal),
    grade: gradeFor(s.total, index.rules.bands).grade,
    answered: s.answered,
    totalCriteria: s.totalCriteria,
    nodes: new Map(
      s.nodes.map((n) => [
        n.nodeId,
        {
          score: roundScore(n.score),
          maxScore: roundScore(n.maxScore),
          answered: n.answered,
          total: n.total,
          unknownWeight: n.unknownWeight,
          containsUnknownWeight: n.containsUnknownWeight,
          notApplicable: n.notApplicable,
        },
      ]),
    ),
  };
}

/** How an answer reads for people: the option label, or the number with its unit. */
export function answerLabel(c: FwCriterion, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (c.answerType === 'PERCENTAGE') return `${value.replace('.', ',')}%`;
  if (c.answerType === 'SCALE') return value.replace('.', ',');
  const o = c.options.find((x) => x.code.toUpperCase() === value.toUpperCase());
  if (!o) return value;
  return c.answerType === 'YES_NO' || o.label === o.code ? o.label : `${o.code} – ${o.label}`;
}

/** Formats a score the way it is reported: 2 decimals, Indonesian comma. */
export function formatScore(value: number): string {
  return formatNumber(roundScore(value, 2), { minFractionDigits: 2, maxFractionDigits: 2 });
}

/** Formats a weight (Decimal string) or says it is not known. */
export function formatWeight(weight: string | null | undefined, unknown: string): string {
  if (weight === null || weight === undefined) return unknown;
  return formatNumber(weight, { minFractionDigits: 2, maxFractionDigits: 4 });
}
