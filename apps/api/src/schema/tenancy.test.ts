// Tenancy matrix (issue 15, "Prove it"): every Query and Mutation field of the
// schema, called by another government's administrator with this government's
// ids in every ID position (arguments and input fields). A new field is in the
// matrix without anyone adding it. For each call:
// - a mutation is refused (an error, or null/false), and at the end no row of
//   the database has changed;
// - no answer (data or error) carries a row of the government it was aimed
//   at: none of its ids that were not sent, none of its own texts.
// The administrator passes every role check, so each call reaches the
// resolver's own tenant filter.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';
import { typeDefs } from './index.ts';

type AnyType = {
  name: string;
  getFields?: () => Record<string, { name: string; type: unknown; args?: readonly { name: string; type: unknown }[] }>;
  getValues?: () => { name: string }[];
};

/** Tables without a governmentId column: how to find the target government's rows. */
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
/** Written by every request (sessions, limits) or by the audit of refused sign-ins: not the target's data. */
const NOT_COMPARED = new Set(['AuditLog', 'Session', 'RateLimit', '_prisma_migrations']);

describeApi('tenancy matrix: another government reaches nothing', () => {
  let api: TestApi;
  let intruder: TestClient;
  let targetId: string;
  /** Table → one of the target government's ids in it. */
  const targetIds = new Map<string, string>();
  /** What must never appear in an answer to the intruder (unless the intruder sent it). */
  const secrets = new Set<string>();

  const sql = <T = Record<string, unknown>>(text: string, ...params: unknown[]) => api.db.prisma.$queryRawUnsafe<T[]>(text, ...params);

  async function digest(): Promise<Record<string, string>> {
    const tables = await sql<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      if (NOT_COMPARED.has(t)) continue;
      const [row] = await sql<{ d: string | null }>(`SELECT md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS d FROM "${t}" x`);
      out[t] = row?.d ?? '';
    }
    return out;
  }

  beforeAll(async () => {
    api = await startTestApi();
    intruder = await api.as('admin@depok.demo', 'depok');
    targetId = (await sql<{ id: string }>(`SELECT id FROM "Government" WHERE code = 'probolinggo'`))[0]!.id;
    const withGovernment = await sql<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'governmentId' ORDER BY 1`,
    );
    for (const { t } of withGovernment) {
      if (NOT_COMPARED.has(t)) continue;
      const rows = await sql<{ id: string }>(`SELECT id::text FROM "${t}" WHERE "governmentId" = $1::uuid ORDER BY id LIMIT 3`, targetId);
      if (rows[0]) targetIds.set(t, rows[0].id);
      for (const r of rows) secrets.add(r.id);
      // Its own texts: values of its rows that no other government's row has.
      const cols = await sql<{ c: string }>(
        `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'text'`,
        t,
      );
      for (const { c } of cols) {
        const own = await sql<{ v: string }>(
          `SELECT DISTINCT "${c}" AS v FROM "${t}" x WHERE "governmentId" = $1::uuid AND length("${c}") >= 12
             AND NOT EXISTS (SELECT 1 FROM "${t}" y WHERE y."${c}" = x."${c}" AND y."governmentId" IS DISTINCT FROM $1::uuid)
           ORDER BY 1 LIMIT 2`,
          targetId,
        );
        for (const { v } of own) secrets.add(v);
      }
    }
    for (const [t, q] of Object.entries(CHILD_ROWS)) {
      const rows = await sql<{ id: string }>(`${q.replace(/\$1/g, '$1::uuid')} ORDER BY 1 LIMIT 3`, targetId);
      if (rows[0]) targetIds.set(t, String(rows[0].id));
      for (const r of rows) secrets.add(String(r.id));
    }
    secrets.add('Kota Probolinggo');
  });
  afterAll(() => api?.close());

  it('every field, with the other government’s ids, is refused or empty, reveals nothing and writes nothing', {
    timeout: 600_000,
  }, async () => {
    const schema = makeExecutableSchema({ typeDefs });
    const named = (t: unknown) => schema.getType(String(t).replace(/[[\]!]/g, '')) as unknown as AnyType;
    const tables = [...targetIds.keys()].sort((a, b) => b.length - a.length);
    /** The table an ID position points to, by its name (`stepId`, `responsibleAgencyId`) or its owner's name (`updateStep(id:)`). */
    const tableFor = (position: string, owner: string): string | undefined => {
      const base = (position === 'id' || position === 'ids' ? owner : position.replace(/Ids?$/, '')).toLowerCase();
      return tables.find((t) => base.endsWith(t.toLowerCase())) ?? tables.find((t) => base.includes(t.toLowerCase()));
    };

    /** A value for a position; ID positions take the target's id (`fallback` when the name says nothing). */
    function argValue(type: unknown, position: string, owner: string, fallback: string, sent: string[]): unknown {
      const text = String(type);
      if (text.startsWith('[')) return [argValue(text.replace(/^\[|\]!?$/g, ''), position, owner, fallback, sent)];
      const t = named(type);
      switch (t.name) {
        case 'ID': {
          const id = targetIds.get(tableFor(position, owner) ?? fallback) ?? targetIds.get(fallback)!;
          sent.push(id);
          return id;
        }
        case 'Int':
          return position === 'year' ? 2021 : 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return false;
        case 'String':
          return 'Uji tenancy';
        case 'Decimal':
          return '1';
        case 'DateTime':
          return new Date().toISOString();
      }
      if (t.getValues) return t.getValues()[0]!.name;
      const fields = Object.values(t.getFields?.() ?? {});
      const input: Record<string, unknown> = {};
      for (const f of fields) {
        if (String(f.type).endsWith('!') || String(f.type).replace(/[[\]!]/g, '') === 'ID')
          input[f.name] = argValue(f.type, f.name, t.name, fallback, sent);
      }
      return input;
    }

    /** Every scalar field of the result, and of the objects one level down. */
    function selection(type: unknown, depth = 0): string {
      const fields = named(type).getFields?.();
      if (!fields) return '';
      const parts: string[] = [];
      for (const f of Object.values(fields)) {
        if (f.args?.some((a) => String(a.type).endsWith('!'))) continue;
        const inner = named(f.type);
        if (!inner.getFields) parts.push(f.name);
        else if (depth < 1) {
          const sub = selection(f.type, depth + 1);
          if (sub) parts.push(`${f.name} ${sub}`);
        }
      }
      return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
    }

    const before = await digest();
    const problems: string[] = [];
    const counts = { calls: 0, fields: 0, skipped: [] as string[], refusedBy: {} as Record<string, number>, invalid: new Set<string>() };
    for (const [rootName, root] of [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(root.getFields())) {
        const hasId = (t: unknown, seen = new Set<string>()): boolean => {
          const n = named(t);
          if (n.name === 'ID') return true;
          if (seen.has(n.name) || !n.getFields || n.getValues) return false;
          seen.add(n.name);
          return Object.values(n.getFields()).some((f) => hasId(f.type, seen));
        };
        if (!field.args.some((a) => hasId(a.type))) {
          counts.skipped.push(field.name);
          continue;
        }
        counts.fields++;
        // An `id` whose owner says nothing about its table is tried against every table.
        const generic = !field.args.some((a) => a.name === 'id' && tableFor('id', field.name));
        const fallbacks =
          generic && field.args.some((a) => a.name === 'id') ? [...targetIds.keys()] : [tableFor('id', field.name) ?? 'Step'];
        for (const fallback of fallbacks) {
          const sent: string[] = [];
          const variables: Record<string, unknown> = {};
          for (const a of field.args) {
            if (!String(a.type).endsWith('!') && !hasId(a.type)) continue;
            variables[a.name] = argValue(a.type, a.name, field.name, fallback, sent);
          }
          const decl = Object.keys(variables)
            .map((n) => `$${n}: ${field.args.find((a) => a.name === n)!.type}`)
            .join(', ');
          const call = Object.keys(variables)
            .map((n) => `${n}: $${n}`)
            .join(', ');
          const op = `${rootName}${decl ? ` (${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field.type)} }`;
          counts.calls++;
          const r = await intruder.gql(op, variables);
          const what = `${rootName} ${field.name} (${fallback})`;
          const text = JSON.stringify(r);
          for (const s of secrets) if (!sent.includes(s) && text.includes(s)) problems.push(`${what} revealed ${s}`);
          const code = r.errors?.[0]?.extensions?.code ?? (r.errors?.length ? 'ERROR' : undefined);
          if (code === 'UNAUTHENTICATED') problems.push(`${what}: the intruder's session ended`);
          if (code === 'INTERNAL_SERVER_ERROR') problems.push(`${what}: internal error ${r.errors?.[0]?.message}`);
          if (code) counts.refusedBy[code] = (counts.refusedBy[code] ?? 0) + 1;
          if (code === 'BAD_USER_INPUT') counts.invalid.add(field.name);
          const value = (r.data as Record<string, unknown> | null | undefined)?.[field.name];
          const empty = value == null || value === false || (Array.isArray(value) && value.length === 0);
          if (rootName === 'mutation' && !code && !empty) problems.push(`${what} succeeded: ${text.slice(0, 300)}`);
        }
      }
    }
    const after = await digest();
    for (const t of Object.keys(before)) if (before[t] !== after[t]) problems.push(`table ${t} changed`);
    console.log(
      `[tenancy] ${counts.fields} fields with ids, ${counts.calls} calls; refused by ${JSON.stringify(counts.refusedBy)}; ` +
        `${counts.skipped.length} fields take no id; ${secrets.size} secrets watched; ` +
        `refused as invalid input before reaching a row (their checks come first): ${[...counts.invalid].join(', ')}`,
    );
    expect(problems).toEqual([]);
    expect(counts.fields).toBeGreaterThan(100);
    // The intruder's own session still works: no refusal above came from being signed out.
    expect((await intruder.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe('admin@depok.demo');
  });
});
