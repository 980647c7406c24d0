// The demo governments carry the real content of the seed documents.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

describeApi('demo content', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it("Probolinggo's road map: Indeks SPBE baseline 2,53 (2018) and targets 3,2 … 4 for 2020–2024", async () => {
    const c = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
    const { indicators } = await c.ok(
      `{ indicators(filter: { search: "SPBE", scope: GOAL }) { name values { kind year quarter numericValue } } }`,
    );
    const spbe = indicators[0];
    expect(spbe).toBeDefined();
    const baseline = spbe.values.find((v: any) => v.kind === 'BASELINE');
    expect(baseline).toMatchObject({ year: 2018, numericValue: '2.53' });
    const targets = spbe.values
      .filter((v: any) => v.kind === 'TARGET' && v.quarter === 0)
      .map((v: any) => [v.year, Number(v.numericValue)]);
    expect(targets).toEqual([
      [2020, 3.2],
      [2021, 3.4],
      [2022, 3.6],
      [2023, 3.8],
      [2024, 4],
    ]);
  });

  it('Probolinggo: the 2021 work plan covers all 8 areas', async () => {
    const c = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const { workPlans } = await c.ok(`{ workPlans(year: 2021, kind: WORK_PLAN) { id activities { area { kind } } } }`);
    const kinds = new Set(workPlans[0].activities.map((a: any) => a.area?.kind));
    expect(kinds.size).toBe(8);
  });

  it("Gresik's performance agreement keeps budgets exactly and quarterly targets", async () => {
    const c = await api.as('pimpinan@gresik.demo', 'gresik');
    const { workPlans } = await c.ok(`{ workPlans(kind: PERFORMANCE_AGREEMENT) { year activities { name budget } } }`);
    expect(workPlans[0].year).toBe(2020);
    const diklat = workPlans[0].activities.find((a: any) => a.name === 'Pendidikan dan Pelatihan Teknis');
    expect(diklat.budget).toBe('1018175000');
    const { indicators } = await c.ok(`{ indicators(filter: { scope: ACTIVITY }) { values { kind quarter } } }`);
    expect(indicators.some((i: any) => i.values.some((v: any) => v.kind === 'TARGET' && v.quarter >= 1))).toBe(true);
  });

  it("Lumajang's performance tree has levels 0–4 (1, 1, 1, 4 and 13 activities + 29 sub-activities) with the observed baseline 55,96", async () => {
    const c = await api.as('pimpinan@lumajang.demo', 'lumajang');
    const { performanceTrees } = await c.ok(`{ performanceTrees { nodes { level statement observedValue observedYear parentId } } }`);
    const nodes = performanceTrees[0].nodes;
    const perLevel = [0, 1, 2, 3, 4, 5].map((l) => nodes.filter((n: any) => n.level === l).length);
    expect(perLevel).toEqual([1, 1, 1, 4, 42, 0]);
    const root = nodes.find((n: any) => n.level === 0);
    expect(root.statement).toBe('Meningkatnya Reformasi Birokrasi dalam Penyelenggaraan Pemerintah');
    expect(root).toMatchObject({ observedValue: '55.96', observedYear: 2020, parentId: null });
  });

  it('Depok has the unit-level PMPRB criteria and a follow-up plan (RATL)', async () => {
    const c = await api.as('koordinator@depok.demo', 'depok');
    const { frameworks, workPlans } = await c.ok(`{ frameworks { code criterionCount } workPlans(kind: FOLLOW_UP) { title stepCount } }`);
    const unit = frameworks.find((f: any) => f.code === 'PERMENPANRB-26-2020-UNIT');
    expect(unit.criterionCount).toBeGreaterThan(30);
    expect(workPlans[0].stepCount).toBeGreaterThan(5);
  });
});
