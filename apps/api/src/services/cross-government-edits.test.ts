// The edits of road-map and performance-agreement rows refuse a user of another
// government as if the row did not exist, and change nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

describeApi('edits of another government’s road map and PK plan', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('refuses every one with NOT_FOUND and leaves the rows as they were', async () => {
    const owner = await api.newGovernment('Pemerintah Kota Pemilik');
    const gid = (await api.db.prisma.government.findUniqueOrThrow({ where: { code: owner.code } })).id;
    const p = api.db.prisma;
    const roadmap = await p.roadmap.create({ data: { governmentId: gid, title: 'Road Map 2025–2029', startYear: 2025, endYear: 2029 } });
    const activity = await p.activity.create({ data: { governmentId: gid, roadmapId: roadmap.id, name: 'Penguatan SAKIP' } });
    const action = await p.action.create({ data: { governmentId: gid, activityId: activity.id, name: 'Reviu Renstra', years: [2026] } });
    const effort = await p.actionEffort.create({ data: { actionId: action.id, description: 'Menyusun reviu' } });
    const plan = await p.workPlan.create({
      data: { governmentId: gid, kind: 'PERFORMANCE_AGREEMENT', year: 2027, title: 'Rencana Aksi PK 2027' },
    });
    const program = await p.program.create({ data: { governmentId: gid, workPlanId: plan.id, name: 'Program SDM' } });
    const pkActivity = await p.activity.create({ data: { governmentId: gid, workPlanId: plan.id, programId: program.id, name: 'Diklat' } });
    const sub = await p.action.create({ data: { governmentId: gid, activityId: pkActivity.id, name: 'Persiapan diklat' } });
    const indicator = await p.indicator.create({
      data: { governmentId: gid, scope: 'PERFORMANCE_AGREEMENT', activityId: pkActivity.id, name: 'Jumlah peserta' },
    });

    const { admin: outsider } = await api.newGovernment('Pemerintah Kota Lain');
    const attempts: [string, string, Record<string, unknown>][] = [
      [
        'archiveRoadmap',
        `mutation ($input: VersionInput!) { archiveRoadmap(input: $input) { id } }`,
        { input: { id: roadmap.id, version: 1 } },
      ],
      [
        'updateRoadmapActivity',
        `mutation ($input: UpdateRoadmapActivityInput!) { updateRoadmapActivity(input: $input) { id } }`,
        { input: { id: activity.id, version: 1, name: 'Dibajak' } },
      ],
      [
        'updateActionEffort',
        `mutation ($input: UpdateActionEffortInput!) { updateActionEffort(input: $input) { id } }`,
        { input: { id: effort.id, version: 1, description: 'Dibajak' } },
      ],
      [
        'updateProgram',
        `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`,
        { input: { id: program.id, version: 1, name: 'Dibajak' } },
      ],
      [
        'updatePkSubActivity',
        `mutation ($input: UpdatePkSubActivityInput!) { updatePkSubActivity(input: $input) { id } }`,
        { input: { id: sub.id, version: 1, name: 'Dibajak' } },
      ],
      ['deletePkActivity', `mutation ($id: ID!, $v: Int!) { deletePkActivity(id: $id, version: $v) { id } }`, { id: pkActivity.id, v: 1 }],
      ['deletePkIndicator', `mutation ($id: ID!, $v: Int!) { deletePkIndicator(id: $id, version: $v) }`, { id: indicator.id, v: 1 }],
    ];
    for (const [name, query, variables] of attempts) {
      const r = await outsider.gql(query, variables);
      expect(r.errors?.[0]?.extensions?.code, name).toBe('NOT_FOUND');
      expect(JSON.stringify(r.errors), name).not.toContain('Penguatan SAKIP');
    }

    expect(await p.roadmap.findUniqueOrThrow({ where: { id: roadmap.id } })).toMatchObject({ archivedAt: null, version: 1 });
    expect(await p.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ name: 'Penguatan SAKIP', version: 1 });
    expect(await p.actionEffort.findUniqueOrThrow({ where: { id: effort.id } })).toMatchObject({
      description: 'Menyusun reviu',
      version: 1,
    });
    expect(await p.program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({ name: 'Program SDM', version: 1 });
    expect(await p.action.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ name: 'Persiapan diklat', version: 1 });
    expect(await p.activity.findUnique({ where: { id: pkActivity.id } })).not.toBeNull();
    expect(await p.indicator.findUnique({ where: { id: indicator.id } })).not.toBeNull();
  });
});
