import { randomUUID } from 'node:crypto';
import type { AnswerType, FrameworkPart, NationalFramework } from './types.ts';

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
  };
  const nodes: {
    id: string;
    frameworkId: string;
    parentId: string | null;
    kind: FrameworkPart['kind'];
    code: string | null;
    name: string;
    weight: string | null;
    sortOrder: number;
  }[] = [];
  const criteria: {
    frameworkId: string;
    nodeId: string;
    code: string | null;
    text: string;
    guidance: string | null;
    answerType: AnswerType;
    options: { code: string; label: string; value: number }[] | undefined;
    scaleMin: string | null;
    scaleMax: string | null;
    sortOrder: number;
  }[] = [];
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
      sortOrder: i,
    });
    node.children?.forEach((c, j) => walk(c, id, j));
    node.criteria?.forEach((c, j) =>
      criteria.push({
        frameworkId,
        nodeId: id,
        code: c.code ?? null,
        text: c.text,
        guidance: c.guidance ?? null,
        answerType: c.answerType,
        options: c.options ?? undefined,
        scaleMin: c.scaleMin?.toString() ?? null,
        scaleMax: c.scaleMax?.toString() ?? null,
        sortOrder: j,
      }),
    );
  };
  fw.nodes.forEach((n, i) => walk(n, null, i));
  return { framework, nodes, criteria };
}
