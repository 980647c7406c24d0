// Ordered-category indicators (e.g. Opini BPK WTP > WDP > TW > TMP): the
// achievement follows the indicator's declared rule, met / not met by default
// or a share by rank, and the goal's roll-up uses the same figure.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const CREATE_ROADMAP = `mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id } }`;
const CREATE_GOAL = `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }`;
const CREATE_INDICATOR = `mutation ($input: CreateRoadmapIndicatorInput!) { createRoadmapIndicator(input: $input) { id version categoryAchievement } }`;
const UPDATE = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version categoryAchievement } }`;
const CREATE_OUTSIDE = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id categoryAchievement } }`;
const SET = `mutation ($inputs: [IndicatorValueInput!]!) { setIndicatorValues(inputs: $inputs) { value { id } } }`;
const READ = `query ($id: ID!, $roadmap: ID!) {
  indicator(id: $id) { categoryAchievement status(year: 2025) achievement(year: 2025) }
  roadmap(id: $roadmap) { goals { id status(year: 2025) achievement(year: 2025) } } }`;

describeApi('ordered-category achievement rule', () => {
  let api: TestApi;
  let admin: TestClient;
  let other: TestClient;
  let indicator: { id: string; version: number; categoryAchievement: string };
  let goalId: string;
  let roadmapId: string;

  beforeAll(async () => {
    api = await startTestApi();
    ({ admin } = await api.newGovernment('Kabupaten Uji Opini'));
    ({ admin: other } = await api.newGovernment('Kabupaten Uji Lain'));
    const roadmap = (await admin.ok(CREATE_ROADMAP, { input: { title: 'Road Map RB 2025–2029', startYear: 2025, endYear: 2029 } }))
      .createRoadmap;
    roadmapId = roadmap.id;
    goalId = (await admin.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, code: 'S1', statement: 'Tata kelola keuangan akuntabel' } }))
      .createGoal.id;
    indicator = (
      await admin.ok(CREATE_INDICATOR, {
        input: {
          roadmapId: roadmap.id,
          goalId,
          name: 'Opini BPK',
          valueType: 'CATEGORY',
          categories: ['WTP', 'WDP', 'TW', 'TMP'],
          targets: [{ year: 2025, text: 'WTP' }],
        },
      })
    ).createRoadmapIndicator;
    await admin.ok(SET, { inputs: [{ indicatorId: indicator.id, kind: 'REALIZATION', year: 2025, text: 'WDP' }] });
  });
  afterAll(() => api?.close());
  const read = async () => {
    const r = await admin.ok(READ, { id: indicator.id, roadmap: roadmapId });
    return { indicator: r.indicator, goals: r.roadmap.goals };
  };

  it('is met / not met by default: one rank below the target is 0 %, and the goal rolls up 0 %', async () => {
    expect(indicator.categoryAchievement).toBe('MET_OR_NOT');
    const r = await read();
    expect(r.indicator).toMatchObject({ categoryAchievement: 'MET_OR_NOT', achievement: 0, status: 'OFF_TRACK' });
    expect(r.goals.find((g: { id: string }) => g.id === goalId)).toMatchObject({ achievement: 0, status: 'OFF_TRACK' });
  });

  it('declared as a share by rank, gives 66,67 % and the goal rolls up the same figure; the target rank itself is 100 %', async () => {
    const updated = (await admin.ok(UPDATE, { input: { id: indicator.id, version: indicator.version, categoryAchievement: 'RANK_SHARE' } }))
      .updateIndicator;
    expect(updated.categoryAchievement).toBe('RANK_SHARE');
    const r = await read();
    expect(r.indicator).toMatchObject({ achievement: 66.67, status: 'OFF_TRACK' });
    expect(r.goals.find((g: { id: string }) => g.id === goalId)).toMatchObject({ achievement: 66.67 });
    indicator = { ...indicator, version: updated.version };
  });

  it('refuses an unknown rule and resets the rule for a non-category indicator', async () => {
    const bad = await admin.gql(UPDATE, { input: { id: indicator.id, version: indicator.version, categoryAchievement: 'HALF' } });
    expect(bad.errors?.[0]?.extensions?.code).toBeTruthy();
    const made = (
      await admin.ok(CREATE_OUTSIDE, {
        input: { scope: 'PERFORMANCE_AGREEMENT', name: 'Jumlah laporan', valueType: 'NUMBER', categoryAchievement: 'RANK_SHARE' },
      })
    ).createIndicator;
    expect(made.categoryAchievement).toBe('MET_OR_NOT');
  });

  it('another government can neither read nor change the rule', async () => {
    const seen = await other.gql(`query ($id: ID!) { indicator(id: $id) { id categoryAchievement } }`, { id: indicator.id });
    expect(seen.data?.indicator ?? null).toBeNull();
    const change = await other.gql(UPDATE, { input: { id: indicator.id, version: indicator.version, categoryAchievement: 'MET_OR_NOT' } });
    expect(change.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const r = await read();
    expect(r.indicator.categoryAchievement).toBe('RANK_SHARE');
  });
});
