// Concurrency (issue 15, "Prove it"): many clients (separate sessions) editing
// the same step and the same indicator value at once. Of writers holding the
// same version exactly one wins and every other is refused as a CONFLICT that
// carries the winner's row; writers that retry from what the conflict told
// them lose nothing: every acknowledged write is in the final row, and the
// version counts exactly the acknowledged writes. (Answers racing a workflow
// step: assessment-rules.test.ts.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

const WRITERS = 8;
const ROUNDS = 4;
const UPDATE_STEP = `mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id output months version } }`;
const SET_VALUE = `mutation ($inputs: [IndicatorValueInput!]!) { setIndicatorValues(inputs: $inputs) { value { textValue note version } } }`;

type Current = { version: number; output?: string | null; note?: string | null };
type Ext = { code?: string; current?: Current };

describeApi('concurrency: many writers, no lost update', () => {
  let api: TestApi;
  let writers: TestClient[];
  let actionId: string;

  beforeAll(async () => {
    api = await startTestApi();
    // Separate sessions: half the planner's, half the administrator's.
    writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => api.as(i % 2 ? 'admin@probolinggo.demo' : 'perencana@probolinggo.demo', 'probolinggo')),
    );
    const { workPlans } = await writers[0]!.ok(`{ workPlans(year: 2021, kind: WORK_PLAN) { id } }`);
    const plan = await writers[0]!.ok(`query ($id: ID!) { workPlan(id: $id) { activities { actions { id } } } }`, { id: workPlans[0].id });
    actionId = plan.workPlan.activities[0].actions[0].id;
  });
  afterAll(() => api?.close());

  it('a step: one of the writers holding the same version wins; writers that retry lose nothing', async () => {
    const { createStep: step } = await writers[0]!.ok(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id version } }`, {
      i: { actionId, name: 'Langkah rebutan', months: [] },
    });
    const first = await Promise.all(writers.map((w, i) => w.gql(UPDATE_STEP, { i: { id: step.id, version: 1, months: [i + 1] } })));
    const won = first.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    const winner = (won[0]!.data as { updateStep: { months: number[] } }).updateStep;
    for (const r of first.filter((x) => x.errors)) {
      const ext = r.errors![0]!.extensions as Ext & { current?: { months?: number[] } };
      expect(ext.code).toBe('CONFLICT');
      expect(ext.current).toMatchObject({ version: 2, months: winner.months });
    }
    expect(await api.db.prisma.step.findUnique({ where: { id: step.id } })).toMatchObject({ months: winner.months, version: 2 });

    // Read-modify-write: each writer appends its marks to the output, retrying from the conflict's row.
    let acknowledged = 0;
    let conflicts = 0;
    await Promise.all(
      writers.map(async (w, i) => {
        let seen: Current = { version: 2, output: null };
        for (let n = 0; n < ROUNDS; n++) {
          for (;;) {
            const output = `${seen.output ?? ''} w${i}r${n}`.trim();
            const r = await w.gql(UPDATE_STEP, { i: { id: step.id, version: seen.version, output } });
            if (!r.errors) {
              acknowledged++;
              seen = (r.data as { updateStep: Current }).updateStep;
              break;
            }
            const ext = r.errors[0]!.extensions as Ext;
            expect(ext.code).toBe('CONFLICT');
            conflicts++;
            seen = ext.current!;
          }
        }
      }),
    );
    const row = await api.db.prisma.step.findUniqueOrThrow({ where: { id: step.id } });
    expect(acknowledged).toBe(WRITERS * ROUNDS);
    for (let i = 0; i < WRITERS; i++) for (let n = 0; n < ROUNDS; n++) expect(row.output).toContain(`w${i}r${n}`);
    expect(row.version).toBe(2 + acknowledged);
    expect(row.months).toEqual(winner.months);
    console.log(`[concurrency] step: ${acknowledged} writes acknowledged, ${conflicts} refused as stale and retried, 0 lost`);
  });

  it('an indicator value: the same, through the indicators entry', async () => {
    const indicator = await api.db.prisma.indicator.findFirstOrThrow({ where: { government: { code: 'probolinggo' }, code: 'PBL-G3-I1' } });
    const input = { indicatorId: indicator.id, kind: 'TARGET', year: 2029, text: '3,5', note: 'awal' };
    const created = (await writers[0]!.ok(SET_VALUE, { inputs: [input] })).setIndicatorValues[0].value as Current;
    const race = await Promise.all(
      writers.map((w, i) => w.gql(SET_VALUE, { inputs: [{ ...input, text: `3,${i + 1}`, version: created.version }] })),
    );
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.filter((r) => (r.errors?.[0]?.extensions as Ext | undefined)?.code === 'CONFLICT')).toHaveLength(WRITERS - 1);

    let acknowledged = 1;
    await Promise.all(
      writers.map(async (w, i) => {
        let seen = (
          await w.ok(`query ($id: ID!) { indicator(id: $id) { values { kind year quarter note version } } }`, { id: indicator.id })
        ).indicator.values.find(
          (v: { kind: string; year: number; quarter: number }) => v.kind === 'TARGET' && v.year === 2029 && !v.quarter,
        ) as Current;
        for (let n = 0; n < ROUNDS; n++) {
          for (;;) {
            const note = `${seen.note ?? ''} w${i}r${n}`.trim();
            const r = await w.gql(SET_VALUE, { inputs: [{ ...input, text: '3,5', note, version: seen.version }] });
            if (!r.errors) {
              acknowledged++;
              seen = (r.data as { setIndicatorValues: { value: Current }[] }).setIndicatorValues[0]!.value;
              break;
            }
            // The entry's conflict names the cell of the batch and carries its current row.
            const ext = r.errors[0]!.extensions as { code?: string; current?: { index: number; row: Current } };
            expect(ext.code).toBe('CONFLICT');
            seen = ext.current!.row;
          }
        }
      }),
    );
    const row = await api.db.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: indicator.id, kind: 'TARGET', year: 2029, quarter: 0, agencyId: null },
    });
    for (let i = 0; i < WRITERS; i++) for (let n = 0; n < ROUNDS; n++) expect(row.note).toContain(`w${i}r${n}`);
    expect(row.version).toBe(created.version + acknowledged);
  });
});
