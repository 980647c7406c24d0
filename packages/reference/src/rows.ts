import { randomUUID } from 'node:crypto';
import type { AnswerType, FrameworkPart, NationalFramework, Scorer, ScoreRule } from './types.ts';

/** The database rows of a national framework (new ids): the framework, its parts in order, their criteria. */
export function frameworkRows(fw: NationalFramework) {
  const frameworkId = randomUUID();
  const framework = {
    id: frameworkId,
    governmentId: null,
    code: fw.code,
    name: fw.name,
    regulation: fw.regulation,
    revision: fw.revision,
    status: 'PUBLISHED' as const,
    ...frameworkMeta(fw),
  };
  const nodes: {
    id: string;
    frameworkId: string;
    parentId: string | null;
    kind: FrameworkPart['kind'];
    code: string | null;
    name: string;
    weight: string | null;
    variantWeights: Record<string, string | null> | undefined;
    source: string | null;
    sortOrder: number;
  }[] = [];
  const criteria: {
    id: string;
    frameworkId: string;
    nodeId: string;
    code: string | null;
    text: string;
    guidance: string | null;
    answerType: AnswerType;
    options: { code: string; label: string; value: number }[] | undefined;
    scaleMin: string | null;
    scaleMax: string | null;
    scoreRule: ScoreRule;
    scoredBy: Scorer;
    scorerName: string | null;
    multiplierId: string | null;
    source: string | null;
    sortOrder: number;
  }[] = [];
  const multiplierOf = new Map<number, string>();
  const walk = (node: FrameworkPart, parentId: string | null, i: number) => {
    const id = randomUUID();
    nodes.push({
      id,
      frameworkId,
      parentId,
      kind: node.kind,
      code: node.code ?? null,
      name: node.name,
      weight: node.weight === null ? null : node.weight.toString(),
      variantWeights: node.variantWeights
        ? Object.fromEntries(Object.entries(node.variantWeights).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]))
        : undefined,
      source: node.source ?? null,
      sortOrder: i,
    });
    node.children?.forEach((c, j) => walk(c, id, j));
    node.criteria?.forEach((c, j) => {
      if (c.multiplier) multiplierOf.set(criteria.length, c.multiplier);
      criteria.push({
        id: randomUUID(),
        frameworkId,
        nodeId: id,
        code: c.code ?? null,
        text: c.text,
        guidance: c.guidance ?? null,
        answerType: c.answerType,
        options: c.options ?? undefined,
        scaleMin: c.scaleMin?.toString() ?? null,
        scaleMax: c.scaleMax?.toString() ?? null,
        scoreRule: c.scoreRule ?? 'RANGE',
        scoredBy: c.scoredBy ?? 'SELF',
        scorerName: c.scorerName ?? null,
        multiplierId: null,
        source: c.source ?? null,
        sortOrder: j,
      });
    });
  };
  fw.nodes.forEach((n, i) => walk(n, null, i));
  for (const [index, code] of multiplierOf) {
    const target = criteria.find((c) => c.code === code);
    if (!target) throw new Error(`${fw.code}: multiplier ${code} is not a criterion code of the framework`);
    criteria[index]!.multiplierId = target.id;
  }
  return { framework, nodes, criteria };
}

/** The framework's descriptive fields (model, validity, index, bands, source): also refreshed on stored copies. */
export function frameworkMeta(fw: NationalFramework) {
  return {
    model: fw.model ?? null,
    validFrom: fw.validFrom ?? null,
    validTo: fw.validTo ?? null,
    indexCode: fw.indexCode ?? null,
    gradeBands: fw.gradeBands ?? undefined,
    rescale: fw.rescale ?? false,
    source: fw.source ?? null,
  };
}
