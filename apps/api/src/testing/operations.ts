// Generated GraphQL operations over the whole schema, for the tests that must
// cover every Query and Mutation field (a new field is in them without anyone
// adding it): the tenancy matrix and the fuzzing. Each field gets an operation
// with its required arguments and every ID position (also inside input
// objects), values chosen by a strategy, and a selection of its scalars.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { PrismaClient } from '@rb/db';
import { typeDefs } from '../schema/index.ts';

type AnyType = {
  name: string;
  getFields?: () => Record<string, { name: string; type: unknown; args?: readonly { name: string; type: unknown }[] }>;
  getValues?: () => { name: string }[];
};

/** Tables without a governmentId column: how to find one government's rows ($1 = its id). */
const CHILD_ROWS: Record<string, string> = {
  StepRealization: `SELECT r.id FROM "StepRealization" r JOIN "Step" s ON s.id = r."stepId" WHERE s."governmentId" = $1`,
  PlanBaseline: `SELECT b.id FROM "PlanBaseline" b JOIN "WorkPlan" p ON p.id = b."workPlanId" WHERE p."governmentId" = $1`,
  Answer: `SELECT a.id FROM "Answer" a JOIN "Assessment" s ON s.id = a."assessmentId" WHERE s."governmentId" = $1`,
  ConsensusAnswer: `SELECT a.id FROM "ConsensusAnswer" a JOIN "Assessment" s ON s.id = a."assessmentId" WHERE s."governmentId" = $1`,
  EvaluatorScore: `SELECT a.id FROM "EvaluatorScore" a JOIN "Assessment" s ON s.id = a."assessmentId" WHERE s."governmentId" = $1`,
  Evidence: `SELECT e.id FROM "Evidence" e JOIN "Assessment" s ON s.id = e."assessmentId" WHERE s."governmentId" = $1`,
  EvidenceFile: `SELECT f.id FROM "EvidenceFile" f JOIN "Evidence" e ON e."fileId" = f.id JOIN "Assessment" s ON s.id = e."assessmentId" WHERE s."governmentId" = $1`,
  AssessmentExclusion: `SELECT x.id FROM "AssessmentExclusion" x JOIN "Assessment" s ON s.id = x."assessmentId" WHERE s."governmentId" = $1`,
  TeamMember: `SELECT m.id FROM "TeamMember" m JOIN "Team" t ON t.id = m."teamId" WHERE t."governmentId" = $1`,
  BusinessProcess: `SELECT b.id FROM "BusinessProcess" b JOIN "ProcessMap" m ON m.id = b."mapId" WHERE m."governmentId" = $1`,
  CrossFunctionStep: `SELECT b.id FROM "CrossFunctionStep" b JOIN "ProcessMap" m ON m.id = b."mapId" WHERE m."governmentId" = $1`,
  ActionEffort: `SELECT e.id FROM "ActionEffort" e JOIN "Action" a ON a.id = e."actionId" WHERE a."governmentId" = $1`,
  User: `SELECT u.id FROM "User" u WHERE EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."governmentId" = $1)
           AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id AND m."governmentId" <> $1)`,
  FrameworkNode: `SELECT n.id FROM "FrameworkNode" n JOIN "Framework" f ON f.id = n."frameworkId" WHERE f."governmentId" = $1`,
  Criterion: `SELECT c.id FROM "Criterion" c JOIN "Framework" f ON f.id = c."frameworkId" WHERE f."governmentId" = $1`,
};

/** Written by every request (sessions, limits, the audit of refused sign-ins): not a government's data. */
export const NOT_COMPARED = new Set(['AuditLog', 'Session', 'RateLimit', '_prisma_migrations']);

const sql = <T>(prisma: PrismaClient, text: string, ...params: unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...params);

/** Up to `perTable` ids of one government's rows in every table that has them (table → ids). */
export async function governmentIds(prisma: PrismaClient, governmentId: string, perTable = 3): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const withGovernment = await sql<{ t: string }>(
    prisma,
    `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'governmentId' ORDER BY 1`,
  );
  for (const { t } of withGovernment) {
    if (NOT_COMPARED.has(t)) continue;
    const rows = await sql<{ id: string }>(
      prisma,
      `SELECT id::text FROM "${t}" WHERE "governmentId" = $1::uuid ORDER BY id LIMIT ${perTable}`,
      governmentId,
    );
    if (rows.length)
      out.set(
        t,
        rows.map((r) => r.id),
      );
  }
  for (const [t, q] of Object.entries(CHILD_ROWS)) {
    const rows = await sql<{ id: string }>(prisma, `${q.replace(/\$1/g, '$1::uuid')} ORDER BY 1 LIMIT ${perTable}`, governmentId);
    if (rows.length)
      out.set(
        t,
        rows.map((r) => String(r.id)),
      );
  }
  return out;
}

/** A fingerprint of every table's content (but NOT_COMPARED): equal before and after = nothing written. */
export async function databaseDigest(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await sql<{ t: string }>(prisma, `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    if (NOT_COMPARED.has(t)) continue;
    const [row] = await sql<{ d: string | null }>(
      prisma,
      `SELECT md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS d FROM "${t}" x`,
    );
    out[t] = row?.d ?? '';
  }
  return out;
}

/** The tables whose fingerprint differs. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(before).filter((t) => before[t] !== after[t]);

/** A value for a scalar position (`position`: the argument's or input field's name). */
export type ScalarValue = (scalar: string, position: string) => unknown;

/** Plausible values: the ones a real client would send. */
export const plausible: ScalarValue = (scalar, position) => {
  switch (scalar) {
    case 'Int':
      return position === 'year' ? 2021 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'String':
      return 'Uji';
    case 'Decimal':
      return '1';
    case 'DateTime':
      return new Date().toISOString();
  }
  return null;
};

export interface Operation {
  root: 'query' | 'mutation';
  field: string;
  /** The table an unnamed `id` was taken from. */
  idTable: string;
  query: string;
  variables: Record<string, unknown>;
  /** The ids put into the operation. */
  sent: string[];
}

/**
 * Every Query and Mutation field that takes an id somewhere, as operations whose
 * ID positions hold `ids` of the table the position names (`stepId` → Step,
 * `updateStep(id:)` → Step; an `id` whose owner names no table: one operation
 * per table). Other scalars take `scalar`'s value. `withoutIds` lists the rest.
 */
export function schemaOperations(ids: Map<string, string[]>, scalar: ScalarValue = plausible) {
  const schema = makeExecutableSchema({ typeDefs });
  const named = (t: unknown) => schema.getType(String(t).replace(/[[\]!]/g, '')) as unknown as AnyType;
  const tables = [...ids.keys()].sort((a, b) => b.length - a.length);
  const tableFor = (position: string, owner: string): string | undefined => {
    const base = (position === 'id' || position === 'ids' ? owner : position.replace(/Ids?$/, '')).toLowerCase();
    return tables.find((t) => base.endsWith(t.toLowerCase())) ?? tables.find((t) => base.includes(t.toLowerCase()));
  };
  const hasId = (t: unknown, seen = new Set<string>()): boolean => {
    const n = named(t);
    if (n.name === 'ID') return true;
    if (seen.has(n.name) || !n.getFields || n.getValues) return false;
    seen.add(n.name);
    return Object.values(n.getFields()).some((f) => hasId(f.type, seen));
  };
  function argValue(type: unknown, position: string, owner: string, fallback: string, sent: string[]): unknown {
    const text = String(type);
    if (text.startsWith('[')) return [argValue(text.replace(/^\[|\]!?$/g, ''), position, owner, fallback, sent)];
    const t = named(type);
    if (t.name === 'ID') {
      const id = (ids.get(tableFor(position, owner) ?? fallback) ?? ids.get(fallback)!)[0]!;
      sent.push(id);
      return id;
    }
    if (t.getValues) return t.getValues()[0]!.name;
    if (!t.getFields) return scalar(t.name, position);
    const input: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      if (String(f.type).endsWith('!') || hasId(f.type) || named(f.type).name === 'String')
        input[f.name] = argValue(f.type, f.name, t.name, fallback, sent);
    }
    return input;
  }
  function selection(type: unknown, depth = 0): string {
    const fields = named(type).getFields?.();
    if (!fields) return '';
    const parts: string[] = [];
    for (const f of Object.values(fields)) {
      if (f.args?.some((a) => String(a.type).endsWith('!'))) continue;
      if (!named(f.type).getFields) parts.push(f.name);
      else if (depth < 1) {
        const sub = selection(f.type, depth + 1);
        if (sub) parts.push(`${f.name} ${sub}`);
      }
    }
    return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
  }

  const operations: Operation[] = [];
  const withoutIds: string[] = [];
  for (const [root, type] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => hasId(a.type))) {
        withoutIds.push(field.name);
        continue;
      }
      // An `id` whose owner names no table is tried against every table.
      const owner = field.args.some((a) => a.name === 'id') ? tableFor('id', field.name) : (tableFor('id', field.name) ?? 'Step');
      for (const idTable of owner ? [owner] : [...ids.keys()]) {
        const sent: string[] = [];
        const variables: Record<string, unknown> = {};
        for (const a of field.args) {
          if (String(a.type).endsWith('!') || hasId(a.type) || named(a.type).name === 'String')
            variables[a.name] = argValue(a.type, a.name, field.name, idTable, sent);
        }
        const decl = Object.keys(variables)
          .map((n) => `$${n}: ${field.args.find((a) => a.name === n)!.type}`)
          .join(', ');
        const call = Object.keys(variables)
          .map((n) => `${n}: $${n}`)
          .join(', ');
        const query = `${root}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field.type)} }`;
        operations.push({ root, field: field.name, idTable, query, variables, sent });
      }
    }
  }
  return { operations, withoutIds };
}
