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
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';
import { changedTables, databaseDigest, governmentIds, NOT_COMPARED, schemaOperations } from '../testing/operations.ts';

describeApi('tenancy matrix: another government reaches nothing', () => {
  let api: TestApi;
  let intruder: TestClient;
  let targetId: string;
  /** Table → some of the target government's ids in it. */
  let targetIds: Map<string, string[]>;
  /** What must never appear in an answer to the intruder (unless the intruder sent it). */
  const secrets = new Set<string>();

  const sql = <T = Record<string, unknown>>(text: string, ...params: unknown[]) => api.db.prisma.$queryRawUnsafe<T[]>(text, ...params);

  beforeAll(async () => {
    api = await startTestApi();
    intruder = await api.as('admin@depok.demo', 'depok');
    targetId = (await sql<{ id: string }>(`SELECT id FROM "Government" WHERE code = 'probolinggo'`))[0]!.id;
    targetIds = await governmentIds(api.db.prisma, targetId);
    for (const list of targetIds.values()) for (const id of list) secrets.add(id);
    // Its own texts: values of its rows that no other government's row has.
    const cols = await sql<{ t: string; c: string }>(
      `SELECT c.table_name AS t, c.column_name AS c FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.data_type = 'text'
          AND EXISTS (SELECT 1 FROM information_schema.columns g WHERE g.table_name = c.table_name AND g.column_name = 'governmentId')`,
    );
    for (const { t, c } of cols) {
      if (NOT_COMPARED.has(t)) continue;
      const own = await sql<{ v: string }>(
        `SELECT DISTINCT "${c}" AS v FROM "${t}" x WHERE "governmentId" = $1::uuid AND length("${c}") >= 12
           AND NOT EXISTS (SELECT 1 FROM "${t}" y WHERE y."${c}" = x."${c}" AND y."governmentId" IS DISTINCT FROM $1::uuid)
         ORDER BY 1 LIMIT 2`,
        targetId,
      );
      for (const { v } of own) secrets.add(v);
    }
    secrets.add('Kota Probolinggo');
  });
  afterAll(() => api?.close());

  it('every field, with the other government’s ids, is refused or empty, reveals nothing and writes nothing', {
    timeout: 600_000,
  }, async () => {
    const { operations, withoutIds } = schemaOperations(targetIds);
    const before = await databaseDigest(api.db.prisma);
    const problems: string[] = [];
    const refusedBy: Record<string, number> = {};
    const invalid = new Set<string>();
    for (const op of operations) {
      const r = await intruder.gql(op.query, op.variables);
      const what = `${op.root} ${op.field} (${op.idTable})`;
      const text = JSON.stringify(r);
      for (const s of secrets) if (!op.sent.includes(s) && text.includes(s)) problems.push(`${what} revealed ${s}`);
      const code = r.errors?.[0]?.extensions?.code ?? (r.errors?.length ? 'ERROR' : undefined);
      if (code === 'UNAUTHENTICATED') problems.push(`${what}: the intruder's session ended`);
      if (code === 'INTERNAL_SERVER_ERROR') problems.push(`${what}: internal error ${r.errors?.[0]?.message}`);
      if (code) refusedBy[code] = (refusedBy[code] ?? 0) + 1;
      if (code === 'BAD_USER_INPUT') invalid.add(op.field);
      const value = (r.data as Record<string, unknown> | null | undefined)?.[op.field];
      const empty = value == null || value === false || (Array.isArray(value) && value.length === 0);
      if (op.root === 'mutation' && !code && !empty) problems.push(`${what} succeeded: ${text.slice(0, 300)}`);
    }
    for (const t of changedTables(before, await databaseDigest(api.db.prisma))) problems.push(`table ${t} changed`);
    const fields = new Set(operations.map((o) => o.field)).size;
    console.log(
      `[tenancy] ${fields} fields with ids, ${operations.length} calls; refused by ${JSON.stringify(refusedBy)}; ` +
        `${withoutIds.length} fields take no id; ${secrets.size} secrets watched; ` +
        `refused as invalid input before reaching a row (their checks come first): ${[...invalid].join(', ')}`,
    );
    expect(problems).toEqual([]);
    expect(fields).toBeGreaterThan(100);
    // The intruder's own session still works: no refusal above came from being signed out.
    expect((await intruder.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe('admin@depok.demo');
  });
});
