// Frameworks as data: national frameworks are seeded in every database (not
// only demo mode); an administrator copies one into a new DRAFT revision of
// their government, edits wording, options and weights, and publishes it. A
// framework that is published and used by an assessment never changes.
import { randomUUID } from 'node:crypto';
import { type Criterion, type Framework, type FrameworkNode, Prisma, type PrismaClient } from '@rb/db';
import { defaultOptions, scoreFramework, UNKNOWN_WEIGHT } from '@rb/domain';
import { frameworkMeta, frameworkRows, type NationalFramework } from '@rb/reference';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { isUuid, parseInput, type Writer, write } from '../kernel.ts';
import { optionsOf, scoringTree, variantWeightsOf } from './tree.ts';
import { frameworkData } from './views.ts';

/**
 * Inserts each national framework (code + revision) that the database lacks,
 * and refreshes the descriptive fields (model, validity, index, bands, source)
 * of the national ones it has; their items are never rewritten. Idempotent.
 */
export async function seedNationalFrameworks(prisma: PrismaClient, frameworks: readonly NationalFramework[]): Promise<string[]> {
  const added: string[] = [];
  for (const fw of frameworks) {
    const exists = await prisma.framework.findFirst({
      where: { code: fw.code, revision: fw.revision },
      select: { id: true, governmentId: true },
    });
    if (exists) {
      if (exists.governmentId === null) {
        const meta = frameworkMeta(fw);
        await prisma.framework.update({ where: { id: exists.id }, data: { ...meta, gradeBands: meta.gradeBands ?? Prisma.DbNull } });
      }
      continue;
    }
    const { framework, nodes, criteria } = frameworkRows(fw);
    try {
      await prisma.$transaction(async (tx) => {
        await tx.framework.create({ data: framework });
        await tx.frameworkNode.createMany({ data: nodes });
        await tx.criterion.createMany({ data: criteria });
      });
      added.push(`${fw.code} r${fw.revision}`);
    } catch (e) {
      // Another API process starting at the same time inserted it first.
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return added;
}

function isUniqueViolation(e: unknown) {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2002';
}

export function nodeView(n: FrameworkNode) {
  const variants = variantWeightsOf(n) ?? {};
  return {
    ...n,
    weight: n.weight === null ? null : n.weight.toString(),
    variantWeights: Object.entries(variants).map(([kind, w]) => ({
      kind: kind as 'CITY' | 'REGENCY' | 'PROVINCE' | 'MINISTRY',
      weight: w === null || w === UNKNOWN_WEIGHT ? null : w,
      notApplicable: w === null,
    })),
  };
}

export function criterionView(c: Criterion) {
  const own = optionsOf(c);
  return {
    ...c,
    options: own.length ? own : defaultOptions(c.answerType).map((o) => ({ code: o.code, label: o.label ?? o.code, value: o.value })),
    scaleMin: c.scaleMin?.toString() ?? null,
    scaleMax: c.scaleMax?.toString() ?? null,
  };
}

export async function weightIssues(ctx: Context, frameworkId: string) {
  const data = await frameworkData(ctx, frameworkId);
  const s = scoreFramework(scoringTree(data), {});
  const out: { code: string; nodeId: string; weight: number | null; childrenWeight: number | null }[] = [];
  for (const n of s.nodes) if (n.unknownWeight) out.push({ code: 'UNKNOWN_WEIGHT', nodeId: n.nodeId, weight: null, childrenWeight: null });
  for (const i of s.issues) {
    if (i.code === 'WEIGHT_MISMATCH') out.push({ code: i.code, nodeId: i.nodeId, weight: i.weight, childrenWeight: i.childrenWeight });
    else out.push({ code: i.code, nodeId: i.nodeId, weight: null, childrenWeight: null });
  }
  return out;
}

/** Whether an assessment of the caller's government uses the framework (other governments' use is theirs). */
export async function isInUse(ctx: Context, frameworkId: string) {
  return (await ctx.prisma.assessment.count({ where: { frameworkId, governmentId: ctx.government?.id ?? '' } })) > 0;
}

export async function canEdit(ctx: Context, f: Framework) {
  return ctx.roles.has('ADMIN') && f.governmentId === ctx.government?.id && f.status === 'DRAFT' && !(await isInUse(ctx, f.id));
}

/** The framework of the caller's government that may be edited now, or a clear refusal. */
async function editableFramework(w: Writer, id: string) {
  const f = await w.find(w.tx.framework, 'Framework', id, { OR: [{ governmentId: null }, { governmentId: w.gid }] });
  if (f.governmentId === null) throw forbidden('assessment.frameworkNational');
  if ((await w.tx.assessment.count({ where: { frameworkId: id } })) > 0) throw forbidden('assessment.frameworkInUse');
  if (f.status !== 'DRAFT') throw forbidden('assessment.frameworkPublished');
  return f;
}

export async function copyFramework(ctx: Context, id: string, name?: string | null) {
  const gid = governmentId(ctx);
  const source = isUuid(id)
    ? await ctx.prisma.framework.findFirst({ where: { id, OR: [{ governmentId: null }, { governmentId: gid }] } })
    : null;
  if (!source) throw notFound('Framework');
  const data = await loadRows(ctx.prisma, source.id);
  try {
    return await copyRows(ctx, source, data, name);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('assessment.frameworkCopyBusy');
    throw e;
  }
}

function copyRows(ctx: Context, source: Framework, data: Awaited<ReturnType<typeof loadRows>>, name?: string | null) {
  return write(ctx, async (w) => {
    const { tx } = w;
    // The next revision among the national one and this government's own copies (never another government's).
    const last = await tx.framework.findFirst({
      where: { code: source.code, OR: [{ governmentId: null }, { governmentId: w.gid }] },
      orderBy: { revision: 'desc' },
      select: { revision: true },
    });
    const copy = await tx.framework.create({
      data: {
        governmentId: w.gid,
        code: source.code,
        name: name?.trim() || `${source.name} (revisi ${(last?.revision ?? source.revision) + 1})`,
        regulation: source.regulation,
        revision: (last?.revision ?? source.revision) + 1,
        copiedFromId: source.id,
        status: 'DRAFT',
      },
    });
    const ids = new Map(data.nodes.map((n) => [n.id, randomUUID()]));
    await tx.frameworkNode.createMany({
      data: data.nodes.map((n) => ({
        id: ids.get(n.id)!,
        frameworkId: copy.id,
        parentId: n.parentId ? ids.get(n.parentId)! : null,
        kind: n.kind,
        code: n.code,
        name: n.name,
        weight: n.weight,
        sortOrder: n.sortOrder,
      })),
    });
    await tx.criterion.createMany({
      data: data.criteria.map((c) => ({
        frameworkId: copy.id,
        nodeId: ids.get(c.nodeId)!,
        code: c.code,
        text: c.text,
        guidance: c.guidance,
        answerType: c.answerType,
        options: (c.options ?? undefined) as Prisma.InputJsonValue | undefined,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        sortOrder: c.sortOrder,
      })),
    });
    await w.audit('Framework', copy.id, 'CREATE', undefined, { ...copy, copiedFrom: source.id });
    return copy;
  });
}

async function loadRows(prisma: PrismaClient, frameworkId: string) {
  const [nodes, criteria] = await Promise.all([
    prisma.frameworkNode.findMany({ where: { frameworkId } }),
    prisma.criterion.findMany({ where: { frameworkId } }),
  ]);
  return { nodes, criteria };
}

const ZId = z.guid('validation.uuid');
const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZName = (max: number) => z.string('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const ZCode = z.string('validation.invalid').trim().max(40, 'validation.tooLong');

const ZFramework = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName(300).nullish(),
  regulation: z.string('validation.invalid').trim().max(300, 'validation.tooLong').nullish(),
});

export const updateFramework = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZFramework, input);
    await editableFramework(w, data.id);
    const patch: Record<string, unknown> = {};
    if (data.name) patch.name = data.name;
    if (data.regulation !== undefined) patch.regulation = data.regulation || null;
    return w.update(w.tx.framework, 'Framework', { id: data.id, version: data.version, data: patch });
  });

const ZWeight = z.string('assessment.weightFormat').regex(/^\d{1,4}(\.\d{1,4})?$/, 'assessment.weightFormat');

const ZNode = z.object({
  id: ZId,
  version: ZVersion,
  name: ZName(500).nullish(),
  code: ZCode.nullish(),
  weight: ZWeight.nullish(),
  weightUnknown: z.boolean('validation.invalid').nullish(),
});

/** A part of a framework that the caller may edit now (its framework is theirs and a draft). */
async function editableNode(w: Writer, id: string) {
  const node = isUuid(id) ? await w.tx.frameworkNode.findUnique({ where: { id } }) : null;
  if (!node) throw notFound('FrameworkNode');
  await editableFramework(w, node.frameworkId);
  return node;
}

export const updateFrameworkNode = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZNode, input);
    const node = await editableNode(w, data.id);
    const patch: Record<string, unknown> = {};
    if (data.name) patch.name = data.name;
    if (data.code !== undefined) patch.code = data.code || null;
    if (data.weightUnknown) patch.weight = null;
    else if (data.weight !== undefined && data.weight !== null) patch.weight = data.weight;
    return w.update(w.tx.frameworkNode, 'FrameworkNode', {
      id: data.id,
      version: data.version,
      scope: { frameworkId: node.frameworkId },
      data: patch,
    });
  });

const ZCriterion = z
  .object({
    text: ZName(2000),
    code: ZCode.nullish(),
    guidance: z.string('validation.invalid').trim().max(4000, 'validation.tooLong').nullish(),
    answerType: z.enum(['YES_NO', 'ABC', 'ABCD', 'ABCDE', 'PERCENTAGE', 'SCALE', 'CATEGORY'], 'validation.invalid'),
    options: z
      .array(
        z.object({
          code: z.string('validation.required').trim().min(1, 'validation.required').max(20, 'validation.tooLong'),
          label: ZName(1000),
          value: z.number('assessment.optionValue').min(0, 'assessment.optionValue').max(1, 'assessment.optionValue'),
        }),
        'validation.invalid',
      )
      .max(20, 'validation.tooLong')
      .nullish(),
    scaleMin: z
      .string('assessment.scaleNumber')
      .regex(/^-?\d+(\.\d+)?$/, 'assessment.scaleNumber')
      .nullish(),
    scaleMax: z
      .string('assessment.scaleNumber')
      .regex(/^-?\d+(\.\d+)?$/, 'assessment.scaleNumber')
      .nullish(),
  })
  .superRefine((c, ctx) => {
    const codes = (c.options ?? []).map((o) => o.code.toUpperCase());
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'assessment.optionCodeTwice', path: ['options'] });
    if (c.answerType === 'CATEGORY' && codes.length < 2)
      ctx.addIssue({ code: 'custom', message: 'assessment.categoryTwoOptions', path: ['options'] });
    if (c.answerType === 'SCALE' && !(c.scaleMin != null && c.scaleMax != null && Number(c.scaleMax) > Number(c.scaleMin))) {
      ctx.addIssue({ code: 'custom', message: 'assessment.scaleRange', path: ['scaleMax'] });
    }
    const expected: Record<string, number> = { YES_NO: 2, ABC: 3, ABCD: 4, ABCDE: 5 };
    const n = expected[c.answerType];
    if (n && codes.length && codes.length !== n) ctx.addIssue({ code: 'custom', message: 'assessment.optionCount', path: ['options'] });
  });

function criterionData(c: z.infer<typeof ZCriterion>) {
  return {
    text: c.text,
    code: c.code || null,
    guidance: c.guidance || null,
    answerType: c.answerType,
    options: c.options?.length ? (c.options as Prisma.InputJsonValue) : ([] as Prisma.InputJsonValue),
    scaleMin: c.answerType === 'SCALE' ? c.scaleMin : null,
    scaleMax: c.answerType === 'SCALE' ? c.scaleMax : null,
  };
}

export const updateCriterion = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(z.object({ id: ZId, version: ZVersion, criterion: ZCriterion }), input);
    const row = await w.tx.criterion.findUnique({ where: { id: data.id } });
    if (!row) throw notFound('Criterion');
    await editableFramework(w, row.frameworkId);
    return w.update(w.tx.criterion, 'Criterion', {
      id: data.id,
      version: data.version,
      scope: { frameworkId: row.frameworkId },
      data: criterionData(data.criterion),
    });
  });

export const addCriterion = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(z.object({ nodeId: ZId, criterion: ZCriterion }), input);
    const { tx } = w;
    const node = await tx.frameworkNode.findUnique({
      where: { id: data.nodeId },
      include: { children: { select: { id: true }, take: 1 } },
    });
    if (!node) throw notFound('FrameworkNode');
    await editableFramework(w, node.frameworkId);
    if (node.children.length) throw badInput('assessment.criterionOnSubItem', 'nodeId');
    const last = await tx.criterion.findFirst({ where: { nodeId: node.id }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
    return w.create(
      tx.criterion,
      'Criterion',
      { frameworkId: node.frameworkId, nodeId: node.id, sortOrder: (last?.sortOrder ?? -1) + 1, ...criterionData(data.criterion) },
      { scoped: false },
    );
  });

export const removeCriterion = (ctx: Context, id: string) =>
  write(ctx, async (w) => {
    const row = isUuid(id) ? await w.tx.criterion.findUnique({ where: { id } }) : null;
    if (!row) throw notFound('Criterion');
    await editableFramework(w, row.frameworkId);
    await w.tx.criterion.delete({ where: { id } });
    await w.audit('Criterion', id, 'DELETE', row);
    return true;
  });

const DEPTH = { COMPONENT: 0, SUBCOMPONENT: 1, AREA: 2, SUB_ITEM: 3 } as const;
const ZAddNode = z.object({
  parentId: ZId,
  kind: z.enum(['COMPONENT', 'SUBCOMPONENT', 'AREA', 'SUB_ITEM'], 'validation.invalid').nullish(),
  name: ZName(500),
  code: ZCode.nullish(),
  weight: ZWeight.nullish(),
});

/** Adds a part (by default a sub-item) under a node of a draft framework; its weight may be left unknown. */
export const addFrameworkNode = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZAddNode, input);
    const { tx } = w;
    const parent = await tx.frameworkNode.findUnique({
      where: { id: data.parentId },
      include: { criteria: { select: { id: true }, take: 1 } },
    });
    if (!parent) throw notFound('FrameworkNode');
    await editableFramework(w, parent.frameworkId);
    const kind = data.kind ?? 'SUB_ITEM';
    if (DEPTH[kind] <= DEPTH[parent.kind]) throw badInput('assessment.nodeKindBelow', 'kind', { kind, parentKind: parent.kind });
    if (parent.criteria.length) throw badInput('assessment.parentHasCriteria', 'parentId');
    const last = await tx.frameworkNode.findFirst({
      where: { parentId: parent.id },
      orderBy: { sortOrder: 'desc' },
      select: { sortOrder: true },
    });
    const { criteria: _c, ...parentRow } = parent;
    return w.create(
      tx.frameworkNode,
      'FrameworkNode',
      {
        frameworkId: parentRow.frameworkId,
        parentId: parentRow.id,
        kind,
        name: data.name,
        code: data.code || null,
        weight: data.weight ?? null,
        sortOrder: (last?.sortOrder ?? -1) + 1,
      },
      { scoped: false },
    );
  });

/** Removes a part of a draft framework with everything under it (its criteria included), stating what went in the audit. */
export const removeFrameworkNode = (ctx: Context, id: string) =>
  write(ctx, async (w) => {
    const { tx } = w;
    const node = await editableNode(w, id);
    const all = await tx.frameworkNode.findMany({ where: { frameworkId: node.frameworkId }, select: { id: true, parentId: true } });
    const ids = [node.id];
    for (let i = 0; i < ids.length; i++) for (const n of all) if (n.parentId === ids[i]) ids.push(n.id);
    const criteria = await tx.criterion.findMany({ where: { nodeId: { in: ids } } });
    await tx.frameworkNode.delete({ where: { id: node.id } });
    await w.audit('FrameworkNode', node.id, 'DELETE', { ...node, descendants: ids.slice(1), criteria });
    return true;
  });

export const publishFramework = (ctx: Context, id: string, version: number) =>
  write(ctx, async (w) => {
    await editableFramework(w, id);
    if ((await w.tx.criterion.count({ where: { frameworkId: id } })) === 0) throw badInput('assessment.frameworkNoCriteria', 'id');
    return w.update(w.tx.framework, 'Framework', { id, version, data: { status: 'PUBLISHED' }, action: 'STATUS' });
  });
