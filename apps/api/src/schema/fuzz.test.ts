// Fuzzing (issue 15, "Prove it"): every Query and Mutation field that takes an
// id, called by the government's own administrator (who passes every role
// check) with its own ids and invalid, extreme or malicious values in every
// other position: huge, hostile and control-character texts, out-of-range and
// NaN-like numbers, impossible dates, malformed ids. Against the real database:
// - no response has a 5xx status, an internal error, a stack trace or a path;
// - a refused call writes nothing: every table has a row trigger counting
//   committed writes, and the count is unchanged after each refusal;
// - no mutation accepts a text longer than any field of the product allows.
// The counts are printed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';
import { governmentIds, NOT_COMPARED, plausible, type ScalarValue, schemaOperations } from '../testing/operations.ts';

const HUGE = 'x'.repeat(100_000);

/** Strategies: each replaces the values of some kinds of positions. */
const STRATEGIES: Record<string, ScalarValue> = {
  'huge texts': (scalar, position) => (scalar === 'String' ? HUGE : plausible(scalar, position)),
  'hostile texts': (scalar, position) =>
    scalar === 'String'
      ? `'; DROP TABLE "Step"; -- <script>alert(1)</script> \u0000 \u202e ${'🙂'.repeat(50)}`
      : plausible(scalar, position),
  'extreme numbers': (scalar, position) =>
    scalar === 'Int' ? -2147483648 : scalar === 'Float' ? -1e308 : scalar === 'Decimal' ? 'NaN' : plausible(scalar, position),
  'more extreme numbers': (scalar, position) =>
    scalar === 'Int' ? 2147483647 : scalar === 'Float' ? 1e308 : scalar === 'Decimal' ? '1e999' : plausible(scalar, position),
  'impossible dates': (scalar, position) =>
    scalar === 'DateTime' ? '2026-02-30T25:61:00Z' : scalar === 'Decimal' ? '-0,000.1.2' : plausible(scalar, position),
};

/** What an answer to a client must never carry. */
const INTERNALS = /\bat [^\s]+ \(|node_modules|\/work\/|\/tmp\/|PrismaClient|prisma\.|invocation|SQLSTATE|violates|syntax error/i;

describeApi('fuzzing: invalid, extreme and malicious arguments', () => {
  let api: TestApi;
  let admin: TestClient;
  let ids: Map<string, string[]>;

  const writes = async () => Number((await api.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM "_fuzz_writes"`))[0]!.n);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const gid = (await api.db.prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } })).id;
    ids = await governmentIds(api.db.prisma, gid, 1);
    // A committed-write counter on every table (row triggers: a statement that changes nothing counts nothing).
    const run = (q: string) => api.db.prisma.$executeRawUnsafe(q);
    await run(`CREATE TABLE "_fuzz_writes" (n bigint NOT NULL)`);
    await run(`INSERT INTO "_fuzz_writes" VALUES (0)`);
    await run(
      `CREATE FUNCTION _fuzz_count() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE "_fuzz_writes" SET n = n + 1; RETURN NULL; END $$`,
    );
    const tables = await api.db.prisma.$queryRawUnsafe<{ t: string }[]>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_fuzz_writes'`,
    );
    for (const { t } of tables) {
      if (NOT_COMPARED.has(t)) continue;
      await run(`CREATE TRIGGER _fuzz_w AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION _fuzz_count()`);
    }
  });
  afterAll(() => api?.close());

  it('answers every call without a 5xx or an internal detail, and a refused call writes nothing', { timeout: 900_000 }, async () => {
    const problems: string[] = [];
    const summary: string[] = [];
    for (const [name, scalar] of Object.entries(STRATEGIES)) {
      const { operations } = schemaOperations(ids, scalar);
      const tally = { calls: 0, refused: 0, accepted: 0, statuses: {} as Record<number, number>, fields: [] as string[] };
      for (const op of operations) {
        const before = await writes();
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-government': 'probolinggo' },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const text = await res.text();
        tally.calls++;
        tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
        const what = `${name}: ${op.root} ${op.field} (${op.idTable})`;
        if (res.status >= 500) problems.push(`${what}: status ${res.status}`);
        if (INTERNALS.test(text)) problems.push(`${what}: internal detail in ${text.slice(0, 300)}`);
        let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } = {};
        try {
          body = JSON.parse(text);
        } catch {
          if (res.status < 400) problems.push(`${what}: not JSON: ${text.slice(0, 200)}`);
        }
        if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push(`${what}: internal error`);
        const refused = res.status >= 400 || !!body.errors?.length;
        if (refused) {
          tally.refused++;
          if ((await writes()) !== before) problems.push(`${what}: refused, but wrote`);
        } else if (op.root === 'mutation' && body.data?.[op.field] != null) {
          tally.accepted++;
          tally.fields.push(op.field);
          if (name === 'huge texts' && text.includes(HUGE)) problems.push(`${what}: accepted a ${HUGE.length}-character text`);
        }
      }
      summary.push(
        `${name}: ${tally.calls} calls, ${tally.refused} refused, ${tally.accepted} mutations accepted ` +
          `(${tally.fields.join(', ')}), statuses ${JSON.stringify(tally.statuses)}`,
      );
    }
    console.log(`[fuzz]\n  ${summary.join('\n  ')}\n  problems: ${problems.length}`);
    expect(problems).toEqual([]);
  });
});
