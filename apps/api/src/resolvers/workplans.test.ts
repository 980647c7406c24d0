import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

const WHOLE_PLAN = `query ($id: ID!) { workPlan(id: $id) { id title canEdit baseline { id steps { stepId months } }
  activities { id name area { name } indicator { name } indicators { name values { kind quarter } }
  actions { id name output responsibleAgency { name } indicators { name unit values { kind quarter numericValue } }
  steps { id name months realizations { month status note evidenceLinks version } responsibleAgency { name } } } } } }`;

describeApi('work plan reads', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ countQueries: true });
  });
  afterAll(() => api?.close());

  it('reads a whole plan with a constant number of SQL queries, whatever its size', async () => {
    const c = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const plans = (await c.ok<{ workPlans: { id: string; kind: string; stepCount: number }[] }>(`{ workPlans { id kind stepCount } }`))
      .workPlans;
    const big = plans.find((p) => p.kind === 'WORK_PLAN')!;
    expect(big.stepCount).toBeGreaterThan(200);

    // A tiny plan of the same government and the same shape: one area and
    // indicator, one activity, one action and one step with an agency and a
    // realization.
    const prisma = api.db.prisma;
    const gov = await prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } });
    const area = await prisma.area.findFirstOrThrow({ where: { governmentId: gov.id } });
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { governmentId: gov.id, scope: 'AREA' } });
    const agency = await prisma.agency.findFirstOrThrow({ where: { governmentId: gov.id } });
    const tiny = await prisma.workPlan.create({
      data: {
        governmentId: gov.id,
        kind: 'WORK_PLAN',
        year: 2031,
        title: `Rencana kecil ${Date.now()}`,
        activities: {
          create: {
            governmentId: gov.id,
            name: 'Kegiatan uji',
            areaId: area.id,
            indicatorId: indicator.id,
            actions: {
              create: {
                governmentId: gov.id,
                name: 'Aksi uji',
                responsibleAgencyId: agency.id,
                steps: {
                  create: {
                    governmentId: gov.id,
                    name: 'Langkah uji',
                    months: [3],
                    responsibleAgencyId: agency.id,
                    realizations: { create: { month: 3, status: 'DONE' } },
                  },
                },
              },
            },
          },
        },
      },
    });

    const count = async (id: string) => {
      api.db.resetQueryCount();
      const data = await c.ok(WHOLE_PLAN, { id });
      return { queries: api.db.queryCount(), data };
    };
    const small = await count(tiny.id);
    const large = await count(big.id);
    const steps = large.data.workPlan.activities.flatMap((a: any) => a.actions.flatMap((x: any) => x.steps));
    expect(steps.length).toBe(big.stepCount);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });

  it('returns steps with their month schedule in document order', async () => {
    const c = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const plans = (await c.ok<{ workPlans: { id: string; kind: string; year: number }[] }>(`{ workPlans { id kind year } }`)).workPlans;
    const plan = plans.find((p) => p.kind === 'WORK_PLAN' && p.year === 2021)!;
    const data = await c.ok(WHOLE_PLAN, { id: plan.id });
    const first = data.workPlan.activities[0];
    expect(first.area.name).toBe('Manajemen Perubahan');
    const step = first.actions[0].steps[0];
    expect(step.name).toMatch(/SK Tim Reformasi Birokrasi/);
    expect(step.months).toEqual([1, 2, 3]);
    const months = data.workPlan.activities.flatMap((a: any) => a.actions.flatMap((x: any) => x.steps.flatMap((s: any) => s.months)));
    expect(months.every((m: number) => m >= 1 && m <= 12)).toBe(true);
  });

  it("filters plans and indicators by agency, including its sub-units, and never another government's", async () => {
    const c = await api.as('pimpinan@gresik.demo', 'gresik');
    const { agencies } = await c.ok<{ agencies: { id: string; code: string }[] }>(`{ agencies { id code } }`);
    const bkd = agencies.find((a) => a.code === 'BKD')!;
    const plans = (await c.ok(`query ($a: ID) { workPlans(agencyId: $a) { title } }`, { a: bkd.id })).workPlans;
    expect(plans.map((p: { title: string }) => p.title)).toEqual([
      'Rencana Aksi Perjanjian Kinerja Tahun 2020 Badan Kepegawaian Daerah Kabupaten Gresik',
    ]);
    const depok = await api.as('pimpinan@depok.demo', 'depok');
    const foreign = await depok.ok(
      `query ($a: ID) { workPlans(agencyId: $a) { title } indicators(filter: { ownerAgencyId: $a }) { id } }`,
      { a: bkd.id },
    );
    expect(foreign).toEqual({ workPlans: [], indicators: [] });
  });
});
