// Frameworks as data: national frameworks are seeded in every database (not
// only demo mode); an administrator copies one into a new DRAFT revision of
// their government, edits wording, options and weights, and publishes it. A
// framework that is published and used by an assessment never changes.
import { randomUUID } from 'node:crypto';
import type { Criterion, Framework, FrameworkNode, Prisma, PrismaClient } from '@rb/db';
import { defaultOptions, scoreFramework } from '@rb/domain';
import { type DemoFramework, frameworkRows } from '@rb/demo';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict, forbidden, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { parseInput } from './parse.ts';
import { optionsOf, scoringTree } from './tree.ts';
import { frameworkData } from './views.ts';

/** Inserts each national framework (code + revision) that the database lacks. Idempotent. */
export async function seedNationalFrameworks(prisma: PrismaClient, frameworks: readonly DemoFramework[]): Promise<string[]> {
  const added: string[] = [];
  for (const fw of frameworks) {
    const exists = await prisma.framework.findFirst({ where: { code: fw.code, revision: fw.revision }, select: { id: true } });
    if (exists) continue;
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
  return { ...n, weight: n.weight === null ? null : n.weight.toString() };
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

export async function isInUse(ctx: Context, frameworkId: string) {
  return (await ctx.prisma.assessment.count({ where: { frameworkId } })) > 0;
}

export async function canEdit(ctx: Context, f: Framework) {
  return ctx.roles.has('ADMIN') && f.governmentId === ctx.government?.id && f.status === 'DRAFT' && !(await isInUse(ctx, f.id));
}

/** The framework of the caller's government that may be edited now, or a clear refusal. */
async function editableFramework(ctx: Context, tx: Prisma.TransactionClient, id: string) {
  const gid = governmentId(ctx);
  const f = await tx.framework.findFirst({ where: { id, OR: [{ governmentId: null }, { governmentId: gid }] } });
  if (!f) throw notFound('Kerangka penilaian');
  if (f.governmentId === null) throw forbidden('Kerangka nasional tidak dapat diubah; salin menjadi versi baru lalu ubah salinannya');
  if ((await tx.assessment.count({ where: { frameworkId: id } })) > 0)
    throw forbidden('Kerangka ini sudah dipakai penilaian dan tidak dapat diubah; salin menjadi versi baru');
  if (f.status !== 'DRAFT') throw forbidden('Kerangka yang sudah diterbitkan tidak dapat diubah; salin menjadi versi baru');
  return f;
}

export async function copyFramework(ctx: Context, id: string, name?: string | null) {
  const gid = governmentId(ctx);
  const source = await ctx.prisma.framework.findFirst({ where: { id, OR: [{ governmentId: null }, { governmentId: gid }] } });
  if (!source) throw notFound('Kerangka penilaian');
  const data = await loadRows(ctx.prisma, source.id);
  try {
    return await copyRows(ctx, source, data, gid, name);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('Versi baru kerangka ini sedang dibuat oleh orang lain; coba lagi');
    throw e;
  }
}

async function copyRows(ctx: Context, source: Framework, data: Awaited<ReturnType<typeof loadRows>>, gid: string, name?: string | null) {
  return ctx.prisma.$transaction(async (tx) => {
    const last = await tx.framework.findFirst({ where: { code: source.code }, orderBy: { revision: 'desc' }, select: { revision: true } });
    const copy = await tx.framework.create({
      data: {
        governmentId: gid,
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
    await audit(tx, ctx, { entity: 'Framework', entityId: copy.id, action: 'CREATE', after: { ...copy, copiedFrom: source.id } });
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

const ZFramework = z.object({
  id: z.string().uuid(),
  version: z.number().int().min(1),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(300).nullish(),
  regulation: z.string().trim().max(300).nullish(),
});

export async function updateFramework(ctx: Context, input: unknown) {
  const data = parseInput(ZFramework, input);
  return ctx.prisma.$transaction(async (tx) => {
    await editableFramework(ctx, tx, data.id);
    const patch: Record<string, unknown> = {};
    if (data.name) patch.name = data.name;
    if (data.regulation !== undefined) patch.regulation = data.regulation || null;
    const { before, after } = await updateVersioned(tx.framework, {
      where: { id: data.id },
      version: data.version,
      data: patch,
      what: 'Kerangka penilaian',
    });
    await audit(tx, ctx, { entity: 'Framework', entityId: data.id, action: 'UPDATE', before, after });
    return after;
  });
}

const ZWeight = z.string().regex(/^\d{1,4}(\.\d{1,4})?$/, 'Bobot harus angka 0–9999 dengan paling banyak 4 desimal (pakai titik)');

const ZNode = z.object({
  id: z.string().uuid(),
  version: z.number().int().min(1),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(500).nullish(),
  code: z.string().trim().max(40).nullish(),
  weight: ZWeight.nullish(),
  weightUnknown: z.boolean().nullish(),
});

export async function updateFrameworkNode(ctx: Context, input: unknown) {
  const data = parseInput(ZNode, input);
  return ctx.prisma.$transaction(async (tx) => {
    const node = await tx.frameworkNode.findUnique({ where: { id: data.id } });
    if (!node) throw notFound('Bagian kerangka');
    await editableFramework(ctx, tx, node.frameworkId);
    const patch: Record<string, unknown> = {};
    if (data.name) patch.name = data.name;
    if (data.code !== undefined) patch.code = data.code || null;
    if (data.weightUnknown) patch.weight = null;
    else if (data.weight !== undefined && data.weight !== null) patch.weight = data.weight;
    const { before, after } = await updateVersioned(tx.frameworkNode, {
      where: { id: data.id },
      version: data.version,
      data: patch,
      what: 'Bagian kerangka',
    });
    await audit(tx, ctx, { entity: 'FrameworkNode', entityId: data.id, action: 'UPDATE', before, after });
    return after;
  });
}

const ZCriterion = z
  .object({
    text: z.string().trim().min(1, 'Teks kriteria wajib diisi').max(2000, 'Teks kriteria terlalu panjang'),
    code: z.string().trim().max(40).nullish(),
    guidance: z.string().trim().max(4000).nullish(),
    answerType: z.enum(['YES_NO', 'ABC', 'ABCD', 'ABCDE', 'PERCENTAGE', 'SCALE', 'CATEGORY']),
    options: z
      .array(
        z.object({
          code: z.string().trim().min(1, 'Kode pilihan wajib diisi').max(20),
          label: z.string().trim().min(1, 'Uraian pilihan wajib diisi').max(1000),
          value: z.number().min(0, 'Nilai pilihan 0–1').max(1, 'Nilai pilihan 0–1'),
        }),
      )
      .max(20)
      .nullish(),
    scaleMin: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'Skala minimum harus angka')
      .nullish(),
    scaleMax: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/, 'Skala maksimum harus angka')
      .nullish(),
  })
  .superRefine((c, ctx) => {
    const codes = (c.options ?? []).map((o) => o.code.toUpperCase());
    if (new Set(codes).size !== codes.length)
      ctx.addIssue({ code: 'custom', message: 'Kode pilihan tidak boleh kembar', path: ['options'] });
    if (c.answerType === 'CATEGORY' && codes.length < 2)
      ctx.addIssue({ code: 'custom', message: 'Jawaban kategori perlu minimal dua pilihan', path: ['options'] });
    if (c.answerType === 'SCALE' && !(c.scaleMin != null && c.scaleMax != null && Number(c.scaleMax) > Number(c.scaleMin))) {
      ctx.addIssue({ code: 'custom', message: 'Skala perlu minimum dan maksimum (maksimum > minimum)', path: ['scaleMax'] });
    }
    const expected: Record<string, number> = { YES_NO: 2, ABC: 3, ABCD: 4, ABCDE: 5 };
    const n = expected[c.answerType];
    if (n && codes.length && codes.length !== n)
      ctx.addIssue({ code: 'custom', message: `Jenis jawaban ini perlu ${n} pilihan`, path: ['options'] });
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

export async function updateCriterion(ctx: Context, input: unknown) {
  const data = parseInput(z.object({ id: z.string().uuid(), version: z.number().int().min(1), criterion: ZCriterion }), input);
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.criterion.findUnique({ where: { id: data.id } });
    if (!row) throw notFound('Kriteria');
    await editableFramework(ctx, tx, row.frameworkId);
    const { before, after } = await updateVersioned(tx.criterion, {
      where: { id: data.id },
      version: data.version,
      data: criterionData(data.criterion),
      what: 'Kriteria',
    });
    await audit(tx, ctx, { entity: 'Criterion', entityId: data.id, action: 'UPDATE', before, after });
    return after;
  });
}

export async function addCriterion(ctx: Context, input: unknown) {
  const data = parseInput(z.object({ nodeId: z.string().uuid(), criterion: ZCriterion }), input);
  return ctx.prisma.$transaction(async (tx) => {
    const node = await tx.frameworkNode.findUnique({
      where: { id: data.nodeId },
      include: { children: { select: { id: true }, take: 1 } },
    });
    if (!node) throw notFound('Bagian kerangka');
    await editableFramework(ctx, tx, node.frameworkId);
    if (node.children.length) throw badInput('Kriteria ditempatkan pada sub-item (bagian tanpa anak)', 'nodeId');
    const last = await tx.criterion.findFirst({ where: { nodeId: node.id }, orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } });
    const created = await tx.criterion.create({
      data: { frameworkId: node.frameworkId, nodeId: node.id, sortOrder: (last?.sortOrder ?? -1) + 1, ...criterionData(data.criterion) },
    });
    await audit(tx, ctx, { entity: 'Criterion', entityId: created.id, action: 'CREATE', after: created });
    return created;
  });
}

export async function removeCriterion(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const row = z.string().uuid().safeParse(id).success ? await tx.criterion.findUnique({ where: { id } }) : null;
    if (!row) throw notFound('Kriteria');
    await editableFramework(ctx, tx, row.frameworkId);
    await tx.criterion.delete({ where: { id } });
    await audit(tx, ctx, { entity: 'Criterion', entityId: id, action: 'DELETE', before: row });
    return true;
  });
}

const DEPTH = { COMPONENT: 0, SUBCOMPONENT: 1, AREA: 2, SUB_ITEM: 3 } as const;
const ZAddNode = z.object({
  parentId: z.string().uuid('Bagian induk tidak valid'),
  kind: z.enum(['COMPONENT', 'SUBCOMPONENT', 'AREA', 'SUB_ITEM']).nullish(),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(500, 'Nama terlalu panjang'),
  code: z.string().trim().max(40, 'Kode terlalu panjang').nullish(),
  weight: ZWeight.nullish(),
});

/** Adds a part (by default a sub-item) under a node of a draft framework; its weight may be left unknown. */
export async function addFrameworkNode(ctx: Context, input: unknown) {
  const data = parseInput(ZAddNode, input);
  return ctx.prisma.$transaction(async (tx) => {
    const parent = await tx.frameworkNode.findUnique({
      where: { id: data.parentId },
      include: { criteria: { select: { id: true }, take: 1 } },
    });
    if (!parent) throw notFound('Bagian kerangka');
    await editableFramework(ctx, tx, parent.frameworkId);
    const kind = data.kind ?? 'SUB_ITEM';
    if (DEPTH[kind] <= DEPTH[parent.kind]) throw badInput(`Bagian jenis ${kind} tidak dapat ditempatkan di bawah ${parent.kind}`, 'kind');
    if (parent.criteria.length)
      throw badInput('Bagian induk sudah memiliki kriteria; kriteria hanya ada pada bagian tanpa anak', 'parentId');
    const last = await tx.frameworkNode.findFirst({
      where: { parentId: parent.id },
      orderBy: { sortOrder: 'desc' },
      select: { sortOrder: true },
    });
    const created = await tx.frameworkNode.create({
      data: {
        frameworkId: parent.frameworkId,
        parentId: parent.id,
        kind,
        name: data.name,
        code: data.code || null,
        weight: data.weight ?? null,
        sortOrder: (last?.sortOrder ?? -1) + 1,
      },
    });
    await audit(tx, ctx, { entity: 'FrameworkNode', entityId: created.id, action: 'CREATE', after: created });
    return created;
  });
}

/** Removes a part of a draft framework with everything under it (its criteria included), stating what went in the audit. */
export async function removeFrameworkNode(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const node = z.string().uuid().safeParse(id).success ? await tx.frameworkNode.findUnique({ where: { id } }) : null;
    if (!node) throw notFound('Bagian kerangka');
    await editableFramework(ctx, tx, node.frameworkId);
    const all = await tx.frameworkNode.findMany({ where: { frameworkId: node.frameworkId }, select: { id: true, parentId: true } });
    const ids = [node.id];
    for (let i = 0; i < ids.length; i++) for (const n of all) if (n.parentId === ids[i]) ids.push(n.id);
    const criteria = await tx.criterion.findMany({ where: { nodeId: { in: ids } } });
    await tx.frameworkNode.delete({ where: { id: node.id } });
    await audit(tx, ctx, {
      entity: 'FrameworkNode',
      entityId: node.id,
      action: 'DELETE',
      before: { ...node, descendants: ids.slice(1), criteria },
    });
    return true;
  });
}

export async function publishFramework(ctx: Context, id: string, version: number) {
  return ctx.prisma.$transaction(async (tx) => {
    await editableFramework(ctx, tx, id);
    if ((await tx.criterion.count({ where: { frameworkId: id } })) === 0) throw badInput('Kerangka belum memiliki kriteria', 'id');
    const { before, after } = await updateVersioned(tx.framework, {
      where: { id },
      version,
      data: { status: 'PUBLISHED' },
      what: 'Kerangka penilaian',
    });
    await audit(tx, ctx, { entity: 'Framework', entityId: id, action: 'STATUS', before, after });
    return after;
  });
}
