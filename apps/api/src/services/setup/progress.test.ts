import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../../testing/harness.ts';

const PROGRESS = `query ($year: Int!) { setupProgress(year: $year) { year complete steps { key done count } } }`;

type Progress = { setupProgress: { year: number; complete: boolean; steps: { key: string; done: boolean; count: number }[] } };

describeApi('set-up checklist', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const step = (p: Progress, key: string) => p.setupProgress.steps.find((s) => s.key === key);

  it('shows a government made by admin:create with nothing done but its first administrator', async () => {
    const { admin } = await api.newGovernment();
    const p = await admin.ok<Progress>(PROGRESS, { year: 2027 });
    expect(p.setupProgress.complete).toBe(false);
    expect(p.setupProgress.steps.map((s) => s.key)).toEqual(['AGENCIES', 'USERS', 'ROADMAP', 'INDICATORS', 'WORK_PLAN', 'ASSESSMENT']);
    expect(p.setupProgress.steps.every((s) => !s.done)).toBe(true);
    expect(step(p, 'USERS')).toMatchObject({ count: 1, done: false });
  });

  it('marks a step done once its rows exist, and counts the work plan and assessment of the asked year only', async () => {
    const { admin, code } = await api.newGovernment();
    const gov = await api.db.prisma.government.findUniqueOrThrow({ where: { code } });
    await api.db.prisma.agency.create({ data: { governmentId: gov.id, name: 'Dinas Uji', kind: 'OFFICE' } });
    await api.db.prisma.agency.create({ data: { governmentId: gov.id, name: 'Dinas Lama', kind: 'OFFICE', archivedAt: new Date() } });
    await api.db.prisma.workPlan.create({ data: { governmentId: gov.id, kind: 'WORK_PLAN', year: 2026, title: 'Rencana Kerja RB 2026' } });
    const p = await admin.ok<Progress>(PROGRESS, { year: 2027 });
    expect(step(p, 'AGENCIES')).toEqual({ key: 'AGENCIES', done: true, count: 1 });
    expect(step(p, 'WORK_PLAN')).toEqual({ key: 'WORK_PLAN', done: false, count: 0 });
    const p2026 = await admin.ok<Progress>(PROGRESS, { year: 2026 });
    expect(step(p2026, 'WORK_PLAN')).toEqual({ key: 'WORK_PLAN', done: true, count: 1 });
  });

  it('counts what a demo government has: agencies, users, road map, indicators and the year of its work plan', async () => {
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const plans = await admin.ok<{ workPlans: { year: number; kind: string }[] }>(`{ workPlans { year kind } }`);
    const year = plans.workPlans.find((w) => w.kind === 'WORK_PLAN')?.year;
    expect(year).toBeDefined();
    const p = await admin.ok<Progress>(PROGRESS, { year });
    for (const key of ['AGENCIES', 'USERS', 'ROADMAP', 'INDICATORS', 'WORK_PLAN']) expect(step(p, key)?.done, key).toBe(true);
    expect(step(p, 'USERS')?.count).toBeGreaterThan(1);
  });

  it('tells a user of another government nothing about this one', async () => {
    const { code } = await api.newGovernment();
    const outsider = await api.as('admin@probolinggo.demo', code);
    const r = await outsider.gql<Progress>(PROGRESS, { year: 2027 });
    expect(r.data?.setupProgress).toBeFalsy();
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a year that is not a year, naming the field', async () => {
    const { admin } = await api.newGovernment();
    const r = await admin.gql(PROGRESS, { year: 99 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', messageKey: 'validation.year' });
  });
});
