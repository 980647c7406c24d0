/**
 * PMPRB score engine. A framework (LKE) is data: a tree of components,
 * sub-components, areas and sub-items with weights, whose leaves carry
 * criteria. Nothing here knows a particular regulation.
 *
 * Answer values (0..1), from the worksheets (notes/pmprb-scoring.md):
 * - Options with explicit values on the criterion win: the answer is matched
 *   to an option code (or else label), case-insensitively.
 * - Otherwise YES_NO: Ya/Y/Yes/1 = 1, Tidak/T/N/No/0 = 0; ABC: 1 / 0.5 / 0;
 *   ABCD: 1 / 0.67 / 0.33 / 0; ABCDE: 1 / 0.75 / 0.5 / 0.25 / 0 (the
 *   worksheets' rounded values, not thirds).
 * - PERCENTAGE: "85" or "85,5" (%) → 0.85 / 0.855, capped at 1; negative is
 *   invalid.
 * - SCALE: (value − scaleMin) / (scaleMax − scaleMin); outside the scale is
 *   invalid (not clamped).
 * - CATEGORY: the matching option's value; without options it is invalid.
 * Numbers are read as plain decimals first ("85.5", as the API stores them),
 * then the Indonesian way ("85,5", "73 %").
 *
 * Roll-up:
 * - A leaf (a node without children) scores mean(criteria values) × weight,
 *   where the mean is over ALL its criteria: an unanswered or invalid answer
 *   counts as 0, so the score only reaches the weight when everything is
 *   answered (see `answered`/`total`/`completeness`).
 * - A leaf with an unknown (null) weight scores 0 with maxScore 0 and is
 *   flagged `unknownWeight`; its criteria still count for completeness.
 * - A parent scores the sum of its children; its own weight is not used in
 *   the arithmetic (it is checked against the children's weights and a
 *   WEIGHT_MISMATCH issue is reported when they differ). A parent with a null
 *   weight is flagged `unknownWeight` but still sums its children.
 * - Criteria placed on a parent are ignored and reported (CRITERIA_ON_PARENT).
 * - Total = sum of the root nodes (the components).
 * Full precision is kept; round only for display (roundScore). The grade is
 * taken from the score rounded to 2 decimals, the precision it is reported at.
 *
 * The 2023 worksheets (notes/national-model-2023.md) add, all as data:
 * - a criterion's score rule: RANGE (above), OF_MAX (value ÷ scaleMax, "score ÷
 *   item maximum × weight") or DIRECT (the number is added to the node's score
 *   as is, signed: the koefisien; it adds nothing to maxScore);
 * - a multiplier: the criterion's share is multiplied by another criterion's
 *   share (A2 × A1 ÷ 3); an unanswered multiplier counts as 0;
 * - weights per kind of government (`variantWeights`, resolved by
 *   `applicableTree`): a null variant weight means the item does not apply;
 * - not-applicable nodes (that variant, or an assessment's exclusion): score 0,
 *   maxScore 0, their criteria do not count for completeness;
 * - rescaling (`rescale: true`): total = raw total × (sum of the weights before
 *   exclusions) ÷ (sum of the applicable weights), and maxTotal is the former,
 *   so a government is not penalised for items that do not apply to it.
 */
import { roundNumber, toDecimalString } from './decimal.ts';
import type { LocalizedText } from './indicator-value.ts';
import { parseIndonesianNumber } from './number-format.ts';

export type AnswerType = 'YES_NO' | 'ABC' | 'ABCD' | 'ABCDE' | 'PERCENTAGE' | 'SCALE' | 'CATEGORY';
export type ScoreRule = 'RANGE' | 'OF_MAX' | 'DIRECT';
export type FrameworkNodeKind = 'COMPONENT' | 'SUBCOMPONENT' | 'AREA' | 'SUB_ITEM';

export interface CriterionOption {
  code: string;
  label?: string;
  value: number;
}

export interface ScoringCriterion {
  id: string;
  answerType: AnswerType;
  options?: readonly CriterionOption[] | null;
  scaleMin?: number | string | null;
  scaleMax?: number | string | null;
  /** Default RANGE. */
  scoreRule?: ScoreRule | null;
  /** The criterion whose share multiplies this one's. */
  multiplierId?: string | null;
}

export interface ScoringNode {
  id: string;
  kind: FrameworkNodeKind;
  name: string;
  /** null = not known; a Prisma Decimal string ("0.4000") is accepted. */
  weight: number | string | null;
  children?: readonly ScoringNode[];
  criteria?: readonly ScoringCriterion[];
  /** Weights per kind of government that differ from `weight` (null = does not apply); see applicableTree. */
  variantWeights?: Readonly<Record<string, number | string | null>> | null;
  /** The item does not apply (resolved variant or an assessment's exclusion). */
  notApplicable?: boolean;
}

/** Answers by criterion id: an option code, or a number as text. */
export type ScoringAnswers = ReadonlyMap<string, string | null | undefined> | Readonly<Record<string, string | null | undefined>>;

export type InvalidAnswerReason = 'unknown-option' | 'not-a-number' | 'out-of-range' | 'no-options' | 'no-scale';

export type AnswerInterpretation =
  | { kind: 'UNANSWERED' }
  | { kind: 'VALUE'; value: number }
  | { kind: 'INVALID'; reason: InvalidAnswerReason };

const LETTER_VALUES: Record<'ABC' | 'ABCD' | 'ABCDE', Record<string, number>> = {
  ABC: { A: 1, B: 0.5, C: 0 },
  ABCD: { A: 1, B: 0.67, C: 0.33, D: 0 },
  ABCDE: { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 },
};
const YES_NO_VALUES: Record<string, number> = { YA: 1, Y: 1, YES: 1, '1': 1, TIDAK: 0, T: 0, N: 0, NO: 0, '0': 0 };

/** The default options of lettered and yes/no answer types (for forms). */
export function defaultOptions(answerType: AnswerType): CriterionOption[] {
  if (answerType === 'YES_NO') {
    return [
      { code: 'YA', label: 'Ya', value: 1 },
      { code: 'TIDAK', label: 'Tidak', value: 0 },
    ];
  }
  if (answerType === 'ABC' || answerType === 'ABCD' || answerType === 'ABCDE') {
    return Object.entries(LETTER_VALUES[answerType]).map(([code, value]) => ({ code, label: code, value }));
  }
  return [];
}

function answerNumber(raw: string): number | null {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const parsed = parseIndonesianNumber(raw, { allowPercentSign: true });
  return parsed.ok ? Number(parsed.value) : null;
}

function boundOf(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return Number(toDecimalString(value));
}

function matchOption(options: readonly CriterionOption[], answer: string): AnswerInterpretation {
  const key = answer.toUpperCase();
  const option = options.find((o) => o.code.trim().toUpperCase() === key) ?? options.find((o) => o.label?.trim().toUpperCase() === key);
  if (!option) return { kind: 'INVALID', reason: 'unknown-option' };
  const value = Number(option.value);
  if (!(value >= 0 && value <= 1)) throw new RangeError(`Option value must be 0..1: ${option.code}=${option.value}`);
  return { kind: 'VALUE', value };
}

/** How a raw answer reads for a criterion: unanswered, a value 0..1, or invalid. */
export function interpretAnswer(criterion: ScoringCriterion, raw: string | null | undefined): AnswerInterpretation {
  const answer = raw?.trim() ?? '';
  if (answer === '') return { kind: 'UNANSWERED' };
  const { answerType } = criterion;

  if (answerType === 'PERCENTAGE' || answerType === 'SCALE') {
    const n = answerNumber(answer);
    if (n === null) return { kind: 'INVALID', reason: 'not-a-number' };
    if (answerType === 'PERCENTAGE' && criterion.scoreRule !== 'DIRECT') {
      return n < 0 ? { kind: 'INVALID', reason: 'out-of-range' } : { kind: 'VALUE', value: Math.min(n / 100, 1) };
    }
    const min = boundOf(criterion.scaleMin);
    const max = boundOf(criterion.scaleMax);
    if (min === null || max === null || max <= min) return { kind: 'INVALID', reason: 'no-scale' };
    if (n < min || n > max) return { kind: 'INVALID', reason: 'out-of-range' };
    if (criterion.scoreRule === 'DIRECT') return { kind: 'VALUE', value: n };
    if (criterion.scoreRule === 'OF_MAX') return { kind: 'VALUE', value: max > 0 ? Math.max(n, 0) / max : 0 };
    return { kind: 'VALUE', value: (n - min) / (max - min) };
  }

  if (criterion.options && criterion.options.length > 0) return matchOption(criterion.options, answer);
  if (answerType === 'CATEGORY') return { kind: 'INVALID', reason: 'no-options' };
  const table = answerType === 'YES_NO' ? YES_NO_VALUES : LETTER_VALUES[answerType];
  const value = table[answer.toUpperCase()];
  return value === undefined ? { kind: 'INVALID', reason: 'unknown-option' } : { kind: 'VALUE', value };
}

/** The value 0..1 of an answer, or null when unanswered or invalid. */
export function answerValue(criterion: ScoringCriterion, raw: string | null | undefined): number | null {
  const result = interpretAnswer(criterion, raw);
  return result.kind === 'VALUE' ? result.value : null;
}

export interface NodeScore {
  nodeId: string;
  kind: FrameworkNodeKind;
  score: number;
  /** What the node scores with every criterion at full marks. */
  maxScore: number;
  weight: number | null;
  /** Criteria with a valid answer, in this node's subtree. */
  answered: number;
  /** Criteria in this node's subtree. */
  total: number;
  /** answered / total; null without criteria. */
  completeness: number | null;
  /** This node's own weight is not known. */
  unknownWeight: boolean;
  /** Some leaf in this subtree has an unknown weight (so its score is partial). */
  containsUnknownWeight: boolean;
  /** The item does not apply: it is left out of the total (and of completeness). */
  notApplicable: boolean;
}

export type ScoringIssue =
  | { code: 'WEIGHT_MISMATCH'; nodeId: string; weight: number; childrenWeight: number }
  | { code: 'CRITERIA_ON_PARENT'; nodeId: string }
  | { code: 'NO_CRITERIA'; nodeId: string };

export interface FrameworkScore {
  /** Every node, parents before children, in tree order. */
  nodes: NodeScore[];
  total: number;
  maxTotal: number;
  answered: number;
  totalCriteria: number;
  completeness: number | null;
  invalidAnswers: { criterionId: string; reason: InvalidAnswerReason }[];
  issues: ScoringIssue[];
  /** The sum before rescaling (equals total when nothing was rescaled). */
  rawTotal: number;
  /** Weights of the items that do not apply (0 when all apply). */
  notApplicableWeight: number;
}

export interface ScoringOptions {
  /** Rescale over the applicable weights (RB General 2023). */
  rescale?: boolean;
}

function weightOf(node: ScoringNode): number | null {
  if (node.weight === null || node.weight === undefined || node.weight === '') return null;
  const weight = Number(toDecimalString(node.weight));
  if (weight < 0) throw new RangeError(`Weight of node ${node.id} is negative: ${node.weight}`);
  return weight;
}

const WEIGHT_TOLERANCE = 1e-9;

/** Scores a framework tree against answers; see the rules at the top of this file. */
export function scoreFramework(tree: readonly ScoringNode[], answers: ScoringAnswers, options: ScoringOptions = {}): FrameworkScore {
  const lookup =
    answers instanceof Map
      ? (id: string) => answers.get(id)
      : (id: string) => (answers as Readonly<Record<string, string | null | undefined>>)[id];
  const nodes: NodeScore[] = [];
  const invalidAnswers: FrameworkScore['invalidAnswers'] = [];
  const issues: ScoringIssue[] = [];
  // Every criterion's reading first: a multiplier may sit anywhere in the tree.
  const readings = new Map<string, AnswerInterpretation>();
  const collect = (node: ScoringNode) => {
    for (const c of node.criteria ?? []) readings.set(c.id, interpretAnswer(c, lookup(c.id)));
    node.children?.forEach(collect);
  };
  tree.forEach(collect);
  const shareOf = (id: string) => {
    const r = readings.get(id);
    return r?.kind === 'VALUE' ? r.value : 0;
  };
  let notApplicableWeight = 0;

  const skip = (node: ScoringNode) => {
    nodes.push({
      nodeId: node.id,
      kind: node.kind,
      score: 0,
      maxScore: 0,
      weight: weightOf(node),
      answered: 0,
      total: 0,
      completeness: null,
      unknownWeight: weightOf(node) === null,
      containsUnknownWeight: false,
      notApplicable: true,
    });
    node.children?.forEach(skip);
  };

  const visit = (node: ScoringNode): NodeScore => {
    const weight = weightOf(node);
    if (node.notApplicable) {
      const at = nodes.length;
      skip(node);
      notApplicableWeight += weight ?? 0;
      return nodes[at]!;
    }
    const children = node.children ?? [];
    const criteria = node.criteria ?? [];
    const result: NodeScore = {
      nodeId: node.id,
      kind: node.kind,
      score: 0,
      maxScore: 0,
      weight,
      answered: 0,
      total: 0,
      completeness: null,
      unknownWeight: weight === null,
      containsUnknownWeight: false,
      notApplicable: false,
    };
    nodes.push(result);

    if (children.length > 0) {
      if (criteria.length > 0) issues.push({ code: 'CRITERIA_ON_PARENT', nodeId: node.id });
      const childScores = children.map(visit);
      let childrenWeight: number | null = 0;
      for (const child of childScores) {
        if (child.notApplicable) continue;
        result.score += child.score;
        result.maxScore += child.maxScore;
        result.answered += child.answered;
        result.total += child.total;
        result.containsUnknownWeight ||= child.containsUnknownWeight;
        childrenWeight = child.weight === null || childrenWeight === null ? null : childrenWeight + child.weight;
      }
      if (weight !== null && childrenWeight !== null && Math.abs(weight - childrenWeight) > WEIGHT_TOLERANCE) {
        issues.push({ code: 'WEIGHT_MISMATCH', nodeId: node.id, weight, childrenWeight });
      }
    } else {
      if (criteria.length === 0) issues.push({ code: 'NO_CRITERIA', nodeId: node.id });
      let sum = 0;
      let direct = 0;
      let shared = 0;
      for (const criterion of criteria) {
        const interpreted = readings.get(criterion.id)!;
        const isDirect = criterion.scoreRule === 'DIRECT';
        if (!isDirect) shared++;
        if (interpreted.kind === 'VALUE') {
          if (isDirect) direct += interpreted.value;
          else sum += interpreted.value * (criterion.multiplierId ? shareOf(criterion.multiplierId) : 1);
          result.answered++;
        } else if (interpreted.kind === 'INVALID') {
          invalidAnswers.push({ criterionId: criterion.id, reason: interpreted.reason });
        }
      }
      result.total = criteria.length;
      result.containsUnknownWeight = weight === null && shared > 0;
      if (weight !== null && shared > 0) {
        result.maxScore = weight;
        result.score = (sum / shared) * weight;
      }
      result.score += direct;
    }
    result.completeness = result.total > 0 ? result.answered / result.total : null;
    return result;
  };

  const roots = tree.map(visit).filter((r) => !r.notApplicable);
  const answered = roots.reduce((s, r) => s + r.answered, 0);
  const totalCriteria = roots.reduce((s, r) => s + r.total, 0);
  const rawTotal = roots.reduce((s, r) => s + r.score, 0);
  const applicableMax = roots.reduce((s, r) => s + r.maxScore, 0);
  const rescale = options.rescale === true && notApplicableWeight > 0 && applicableMax > 0;
  return {
    nodes,
    total: rescale ? (rawTotal * (applicableMax + notApplicableWeight)) / applicableMax : rawTotal,
    maxTotal: rescale ? applicableMax + notApplicableWeight : applicableMax,
    answered,
    totalCriteria,
    completeness: totalCriteria > 0 ? answered / totalCriteria : null,
    invalidAnswers,
    issues,
    rawTotal,
    notApplicableWeight,
  };
}

/** A variant weight that is not known for that kind of government. */
export const UNKNOWN_WEIGHT = 'unknown';

/**
 * The tree as it applies to one government: each node's weight for its kind
 * of government (`variantWeights[kind]` when present; null there = does not
 * apply; 'unknown' = not known) and the assessment's excluded nodes marked not applicable.
 */
export function applicableTree(
  tree: readonly ScoringNode[],
  governmentKind: string | null,
  excluded: ReadonlySet<string> = new Set(),
): ScoringNode[] {
  const resolve = (node: ScoringNode): ScoringNode => {
    const variants = node.variantWeights ?? null;
    const hasVariant = governmentKind !== null && variants !== null && Object.hasOwn(variants, governmentKind);
    const variant = hasVariant ? (variants[governmentKind] ?? null) : undefined;
    // 'unknown': the weight for this kind is not known (shown as unknown), unlike null (does not apply).
    const weight = variant === undefined ? node.weight : variant === UNKNOWN_WEIGHT ? null : variant;
    return {
      ...node,
      weight,
      notApplicable: node.notApplicable === true || excluded.has(node.id) || (hasVariant && variant === null),
      children: node.children?.map(resolve),
    };
  };
  return tree.map(resolve);
}

export type Grade = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';

export interface GradeBand {
  /** A framework's own bands may use other codes (SAKIP uses the same letters). */
  grade: Grade | (string & {});
  /** The band holds scores strictly above this (D: everything else). */
  above: number | null;
  label: LocalizedText;
}

/** PMPRB grade bands, best first. */
export const GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  { grade: 'AA', above: 90, label: { id: 'Sangat memuaskan', en: 'Very satisfactory' } },
  { grade: 'A', above: 80, label: { id: 'Memuaskan', en: 'Satisfactory' } },
  { grade: 'BB', above: 70, label: { id: 'Sangat baik', en: 'Very good' } },
  { grade: 'B', above: 60, label: { id: 'Baik', en: 'Good' } },
  { grade: 'CC', above: 50, label: { id: 'Cukup', en: 'Fair' } },
  { grade: 'C', above: 30, label: { id: 'Kurang', en: 'Poor' } },
  { grade: 'D', above: null, label: { id: 'Sangat kurang', en: 'Very poor' } },
]);

/** Rounds a score for display (half away from zero); default 2 decimals. */
export function roundScore(value: number, digits = 2): number {
  return roundNumber(value, digits);
}

/**
 * The grade of a total score (out of 100), judged on the score rounded to 2
 * decimals. `bands` (best first, the last with `above: null`) lets a
 * framework version bring its own bands; default GRADE_BANDS.
 */
export function gradeFor(score: number, bands: readonly GradeBand[] = GRADE_BANDS): GradeBand {
  if (!Number.isFinite(score)) throw new RangeError(`Not a score: ${score}`);
  const rounded = roundScore(score, 2);
  const band = bands.find((b) => b.above === null || rounded > b.above);
  if (!band) throw new RangeError('Grade bands must end with a catch-all band (above: null)');
  return band;
}

/**
 * A framework's grade bands as stored (JSON: best first, each
 * { grade, above, label: { id, en } }, the last with above null); null when
 * absent or malformed (the caller falls back to GRADE_BANDS).
 */
export function parseGradeBands(raw: unknown): GradeBand[] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const bands: GradeBand[] = [];
  for (const b of raw) {
    if (typeof b !== 'object' || b === null) return null;
    const { grade, above, label } = b as Record<string, unknown>;
    if (typeof grade !== 'string' || !(above === null || typeof above === 'number')) return null;
    const l = (label ?? {}) as Record<string, unknown>;
    bands.push({ grade, above, label: { id: String(l.id ?? grade), en: String(l.en ?? l.id ?? grade) } });
  }
  if (bands[bands.length - 1]!.above !== null) return null;
  for (let i = 1; i < bands.length - 1; i++) if ((bands[i]!.above as number) >= (bands[i - 1]!.above as number)) return null;
  return bands;
}
