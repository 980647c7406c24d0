import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.ts';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const PASSWORD = 'Uji-Peran-2026';

/** A user with one role in a government, made directly in the database until the users API exists; signed in. */
async function member(api: TestApi, code: string, role: string, opts: { agencyId?: string; hash: string }) {
  const government = await api.db.prisma.government.findUniqueOrThrow({ where: { code } });
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@${code}.go.id`;
  const user = await api.db.prisma.user.create({ data: { email, name: `${role} ${code}`, passwordHash: opts.hash } });
  await api.db.prisma.membership.create({
    data: { userId: user.id, governmentId: government.id, role: role as never, agencyId: opts.agencyId ?? null },
  });
  return api.client(code).signIn(email, PASSWORD);
}

async function agency(api: TestApi, code: string, name: string) {
  const government = await api.db.prisma.government.findUniqueOrThrow({ where: { code } });
  return api.db.prisma.agency.create({ data: { governmentId: government.id, name, kind: 'OFFICE' } });
}

const ROADMAP_FIELDS = `
  id title startYear endYear regulationRef version archivedAt years
  goals { id code statement sortOrder version indicators { ...I } }
  areas { area { id kind name } indicators { ...I } activities { id code name version roadmapActions {
    id code name years output responsibleText version responsibleAgency { id name }
    efforts { id description version agency { id name } } } } }
`;
const INDICATOR_FIELDS = `fragment I on Indicator { id name unit valueType direction scope version sortOrder categories scaleMin scaleMax
  baseline { id year numericValue textValue notAvailable source version }
  targets { id year numericValue textValue categoryValue notAvailable version } }`;
const READ = `query ($id: ID!) { roadmap(id: $id) { ${ROADMAP_FIELDS} } } ${INDICATOR_FIELDS}`;

const CREATE_ROADMAP = `mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id version startYear endYear } }`;
const UPDATE_ROADMAP = `mutation ($input: UpdateRoadmapInput!) { updateRoadmap(input: $input) { id title version startYear endYear } }`;
const CREATE_GOAL = `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id version statement } }`;
const UPDATE_GOAL = `mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { id version statement } }`;
const CREATE_INDICATOR = `mutation ($input: CreateRoadmapIndicatorInput!) { createRoadmapIndicator(input: $input) { id version
  baseline { id year numericValue notAvailable version } targets { id year numericValue version } } }`;
const SET_PLAN = `mutation ($input: SetIndicatorPlanInput!) { setIndicatorPlan(input: $input) { id
  baseline { id year numericValue notAvailable version source } targets { id year numericValue textValue notAvailable version } } }`;
const CREATE_ACTIVITY = `mutation ($input: CreateRoadmapActivityInput!) { createRoadmapActivity(input: $input) { id version name } }`;
const CREATE_ACTION = `mutation ($input: CreateRoadmapActionInput!) { createRoadmapAction(input: $input) { id version years output } }`;
const UPDATE_ACTION = `mutation ($input: UpdateRoadmapActionInput!) { updateRoadmapAction(input: $input) { id version years output } }`;
const ADD_EFFORT = `mutation ($input: AddActionEffortInput!) { addActionEffort(input: $input) { id version description } }`;
const MOVE = `mutation ($input: MoveRoadmapItemInput!) { moveRoadmapItem(input: $input) { id goals { id } } }`;
const REMOVE = `mutation ($input: RoadmapItemInput!) { removeRoadmapItem(input: $input) { archived usage { values plans treeLinks efforts children archive } } }`;
const USAGE = `query ($kind: RoadmapItemKind!, $id: ID!) { roadmapItemUsage(kind: $kind, id: $id) { values efforts children archive } }`;
const CREATE_OUTSIDE = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id scope frequency unit valueType direction version
  ownerAgency { id } ownThresholds { onTrackMin atRiskMin version } } }`;
const UPDATE_INDICATOR = `mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id name valueType categories version } }`;
const ARCHIVE_INDICATOR = `mutation ($input: VersionInput!) { archiveIndicator(input: $input) { id archivedAt version } }`;
const SET_THRESHOLDS = `mutation ($input: SetIndicatorThresholdsInput!) { setIndicatorThresholds(input: $input) { id ownThresholds { onTrackMin atRiskMin version } } }`;

const ext = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

describeApi('road map (goals, indicators, areas, activities, actions)', () => {
  let api: TestApi;
  let code: string;
  let admin: TestClient;
  let planner: TestClient;
  let hash: string;
  let agencyA: { id: string; name: string };
  let agencyB: { id: string; name: string };

  beforeAll(async () => {
    api = await startTestApi();
    hash = await hashPassword(PASSWORD);
    ({ code, admin } = await api.newGovernment('Kabupaten Uji Road Map'));
    agencyA = await agency(api, code, 'Bagian Organisasi Setda');
    agencyB = await agency(api, code, 'Badan Kepegawaian Daerah');
    planner = await member(api, code, 'PLANNER', { hash });
  });
  afterAll(() => api?.close());

  async function newRoadmap(client = planner, input: Record<string, unknown> = {}) {
    const r = await client.ok(CREATE_ROADMAP, { input: { title: 'Road Map RB 2025–2029', startYear: 2025, endYear: 2029, ...input } });
    return r.createRoadmap as { id: string; version: number };
  }
  async function read(id: string, client = planner) {
    return (await client.ok(READ, { id })).roadmap;
  }
  async function areaId(kind = 'ACCOUNTABILITY') {
    const { areas } = await planner.ok<{ areas: { id: string; kind: string }[] }>(`{ areas { id kind } }`);
    return areas.find((a) => a.kind === kind)!.id;
  }

  it('a planner builds a road map and reads it back as the documents show it (baseline, targets per year, areas, actions)', async () => {
    const roadmap = await newRoadmap(planner, { regulationRef: 'Peraturan Bupati Nomor 1 Tahun 2025' });
    const goal = (
      await planner.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, code: 'S1', statement: 'Birokrasi yang bersih dan akuntabel' } })
    ).createGoal;
    const ind = (
      await planner.ok(CREATE_INDICATOR, {
        input: {
          roadmapId: roadmap.id,
          goalId: goal.id,
          name: 'Indeks Persepsi Anti Korupsi',
          unit: 'Indeks',
          valueType: 'SCORE',
          scaleMin: '0',
          scaleMax: '100',
          baseline: { year: 2024, text: '43,84', source: 'Survei 2024' },
          targets: [2025, 2026, 2027, 2028, 2029].map((year, i) => ({ year, text: `${45 + i},5` })),
        },
      })
    ).createRoadmapIndicator;
    expect(ind.baseline).toMatchObject({ year: 2024, numericValue: '43.84', notAvailable: false });
    expect(ind.targets.map((t: { year: number; numericValue: string }) => [t.year, t.numericValue])).toEqual([
      [2025, '45.5'],
      [2026, '46.5'],
      [2027, '47.5'],
      [2028, '48.5'],
      [2029, '49.5'],
    ]);
    const opinion = (
      await planner.ok(CREATE_INDICATOR, {
        input: {
          roadmapId: roadmap.id,
          goalId: goal.id,
          name: 'Opini BPK',
          unit: 'Predikat',
          valueType: 'CATEGORY',
          categories: ['WTP', 'WDP', 'TW', 'TMP'],
          baseline: { year: 2024, text: 'n.a' },
          targets: [{ year: 2025, text: 'wtp' }],
        },
      })
    ).createRoadmapIndicator;
    expect(opinion.baseline).toMatchObject({ notAvailable: true, numericValue: null });
    const area = await areaId();
    await planner.ok(CREATE_INDICATOR, {
      input: {
        roadmapId: roadmap.id,
        areaId: area,
        name: 'Nilai SAKIP',
        unit: 'Predikat',
        valueType: 'CATEGORY',
        categories: ['AA', 'A', 'BB', 'B'],
      },
    });
    const activity = (
      await planner.ok(CREATE_ACTIVITY, { input: { roadmapId: roadmap.id, areaId: area, code: '1', name: 'Penguatan SAKIP' } })
    ).createRoadmapActivity;
    const action = (
      await planner.ok(CREATE_ACTION, {
        input: {
          activityId: activity.id,
          code: '1.1',
          name: 'Reviu Renstra PD',
          years: [2027, 2026],
          output: 'Dokumen Renstra',
          responsibleAgencyId: agencyA.id,
          responsibleText: 'Bag. Organisasi, seluruh PD',
        },
      })
    ).createRoadmapAction;
    expect(action.years).toEqual([2026, 2027]);
    await planner.ok(ADD_EFFORT, { input: { actionId: action.id, agencyId: agencyB.id, description: 'Menyusun reviu' } });

    const view = await read(roadmap.id);
    expect(view).toMatchObject({
      startYear: 2025,
      endYear: 2029,
      years: [2025, 2026, 2027, 2028, 2029],
      regulationRef: 'Peraturan Bupati Nomor 1 Tahun 2025',
    });
    expect(view.goals).toHaveLength(1);
    expect(view.goals[0].indicators.map((i: { name: string }) => i.name)).toEqual(['Indeks Persepsi Anti Korupsi', 'Opini BPK']);
    expect(view.goals[0].indicators[1].targets[0]).toMatchObject({ year: 2025, categoryValue: 'WTP' });
    expect(view.areas).toHaveLength(8);
    const acc = view.areas.find((a: { area: { kind: string } }) => a.area.kind === 'ACCOUNTABILITY');
    expect(acc.indicators.map((i: { name: string }) => i.name)).toEqual(['Nilai SAKIP']);
    expect(acc.activities[0].roadmapActions[0]).toMatchObject({
      name: 'Reviu Renstra PD',
      years: [2026, 2027],
      output: 'Dokumen Renstra',
      responsibleAgency: { id: agencyA.id },
      efforts: [{ description: 'Menyusun reviu', agency: { id: agencyB.id } }],
    });

    const log = (await admin.ok(`query ($id: ID!) { auditLog(entity: "Roadmap", entityId: $id) { action after } }`, { id: roadmap.id }))
      .auditLog;
    expect(log[0].action).toBe('CREATE');
  });

  describe('who may write', () => {
    let fixture: { roadmapId: string; goalId: string; indicatorId: string; activityId: string; actionId: string };
    beforeAll(async () => {
      const roadmap = await newRoadmap(admin);
      const goal = (await admin.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, statement: 'Sasaran uji' } })).createGoal;
      const ind = (await admin.ok(CREATE_INDICATOR, { input: { roadmapId: roadmap.id, goalId: goal.id, name: 'Indikator uji' } }))
        .createRoadmapIndicator;
      const activity = (await admin.ok(CREATE_ACTIVITY, { input: { roadmapId: roadmap.id, areaId: await areaId(), name: 'Kegiatan uji' } }))
        .createRoadmapActivity;
      const action = (await admin.ok(CREATE_ACTION, { input: { activityId: activity.id, name: 'Aksi uji' } })).createRoadmapAction;
      fixture = { roadmapId: roadmap.id, goalId: goal.id, indicatorId: ind.id, activityId: activity.id, actionId: action.id };
    });

    /** One call of every road-map write (each valid for the fixture). */
    const writes = (year = 2026): [string, string, Record<string, unknown>][] => [
      ['createRoadmap', CREATE_ROADMAP, { input: { title: 'Lain', startYear: 2025, endYear: 2029 } }],
      ['createGoal', CREATE_GOAL, { input: { roadmapId: fixture.roadmapId, statement: 'Sasaran lain' } }],
      ['createRoadmapIndicator', CREATE_INDICATOR, { input: { roadmapId: fixture.roadmapId, goalId: fixture.goalId, name: 'Lain' } }],
      ['setIndicatorPlan', SET_PLAN, { input: { indicatorId: fixture.indicatorId, targets: [{ year, text: '7' }] } }],
      [
        'createRoadmapActivity',
        CREATE_ACTIVITY,
        { input: { roadmapId: fixture.roadmapId, areaId: '00000000-0000-0000-0000-000000000000', name: 'x' } },
      ],
      ['createRoadmapAction', CREATE_ACTION, { input: { activityId: fixture.activityId, name: 'Aksi lain' } }],
      ['addActionEffort', ADD_EFFORT, { input: { actionId: fixture.actionId, description: 'Upaya' } }],
    ];

    it.each(['MANAGER', 'VIEWER', 'ASSESSOR'])('a %s is refused every write and nothing is written', async (role) => {
      const client = await member(api, code, role, { hash });
      const before = await read(fixture.roadmapId, admin);
      const counts = await Promise.all([
        api.db.prisma.roadmap.count(),
        api.db.prisma.indicatorValue.count(),
        api.db.prisma.actionEffort.count(),
      ]);
      for (const [name, query, vars] of writes()) {
        const r = await client.gql(query, vars);
        expect(ext(r)?.code, name).toBe('FORBIDDEN');
      }
      const r = await client.gql(UPDATE_GOAL, { input: { id: fixture.goalId, version: 1, statement: 'Diubah' } });
      expect(ext(r)?.code).toBe('FORBIDDEN');
      expect(await read(fixture.roadmapId, admin)).toEqual(before);
      expect(
        await Promise.all([api.db.prisma.roadmap.count(), api.db.prisma.indicatorValue.count(), api.db.prisma.actionEffort.count()]),
      ).toEqual(counts);
    });

    it('a planner and an administrator may make every write', async () => {
      for (const [client, year] of [
        [planner, 2027],
        [admin, 2028],
      ] as const) {
        for (const [name, query, vars] of writes(year)) {
          if (name === 'createRoadmapActivity') continue; // needs a real area, below
          const r = await client.gql(query, vars);
          expect(r.errors, name).toBeUndefined();
        }
        await client.ok(CREATE_ACTIVITY, {
          input: { roadmapId: fixture.roadmapId, areaId: await areaId('SUPERVISION'), name: 'Kegiatan' },
        });
      }
      const targets = (await read(fixture.roadmapId, admin)).goals[0].indicators[0].targets;
      expect(targets.map((t: { year: number }) => t.year)).toEqual([2027, 2028]);
    });

    it('a planner limited to an agency is refused road-map writes (the road map is the government’s)', async () => {
      const scoped = await member(api, code, 'PLANNER', { hash, agencyId: agencyA.id });
      const r = await scoped.gql(CREATE_GOAL, { input: { roadmapId: fixture.roadmapId, statement: 'Sasaran PD' } });
      expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.agencyScope' });
    });

    it('a user of another government sees nothing and changes nothing', async () => {
      const other = (await api.newGovernment('Kota Lain')).admin;
      expect((await other.ok(`query ($id: ID!) { roadmap(id: $id) { id } }`, { id: fixture.roadmapId })).roadmap).toBeNull();
      expect((await other.ok(`{ roadmaps { id } }`)).roadmaps).toEqual([]);
      const before = await read(fixture.roadmapId, admin);
      const attempts: [string, Record<string, unknown>][] = [
        [CREATE_GOAL, { input: { roadmapId: fixture.roadmapId, statement: 'Dibajak' } }],
        [UPDATE_ROADMAP, { input: { id: fixture.roadmapId, version: 1, title: 'Dibajak' } }],
        [UPDATE_GOAL, { input: { id: fixture.goalId, version: 1, statement: 'Dibajak' } }],
        [SET_PLAN, { input: { indicatorId: fixture.indicatorId, targets: [{ year: 2026, text: '1' }] } }],
        [CREATE_ACTION, { input: { activityId: fixture.activityId, name: 'Dibajak' } }],
        [UPDATE_ACTION, { input: { id: fixture.actionId, version: 1, name: 'Dibajak' } }],
        [REMOVE, { input: { kind: 'ACTION', id: fixture.actionId, version: 1 } }],
        [USAGE, { kind: 'GOAL', id: fixture.goalId }],
      ];
      for (const [query, vars] of attempts) expect(ext(await other.gql(query, vars))?.code, query).toBe('NOT_FOUND');
      expect(await read(fixture.roadmapId, admin)).toEqual(before);
    });
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const roadmaps = await api.db.prisma.roadmap.count();
    const refuse = async (query: string, vars: Record<string, unknown>, field: string, messageKey: string) => {
      const r = await planner.gql(query, vars);
      expect(ext(r), `${field} ${messageKey}`).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey });
    };
    await refuse(CREATE_ROADMAP, { input: { title: 'X', startYear: 2029, endYear: 2025 } }, 'endYear', 'roadmap.endBeforeStart');
    await refuse(CREATE_ROADMAP, { input: { title: 'X', startYear: 2025, endYear: 2032 } }, 'endYear', 'roadmap.periodTooLong');
    await refuse(CREATE_ROADMAP, { input: { title: ' ', startYear: 2025, endYear: 2029 } }, 'title', 'validation.required');
    await refuse(CREATE_ROADMAP, { input: { title: 'X', startYear: 1990, endYear: 2029 } }, 'startYear', 'validation.year');
    expect(await api.db.prisma.roadmap.count()).toBe(roadmaps);

    const roadmap = await newRoadmap();
    const goal = (await planner.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, statement: 'Sasaran' } })).createGoal;
    const indicators = await api.db.prisma.indicator.count();
    const base = { roadmapId: roadmap.id, goalId: goal.id, name: 'Indeks' };
    await refuse(
      CREATE_INDICATOR,
      { input: { ...base, targets: [{ year: 2030, text: '1' }] } },
      'targets.0.year',
      'roadmap.yearOutsidePeriod',
    );
    await refuse(CREATE_INDICATOR, { input: { ...base, targets: [{ year: 2026, text: 'abc' }] } }, 'targets.0.text', 'roadmap.value');
    await refuse(CREATE_INDICATOR, { input: { ...base, baseline: { year: 2026, text: '1' } } }, 'baseline.year', 'roadmap.baselineYear');
    await refuse(CREATE_INDICATOR, { input: { ...base, valueType: 'SCORE', scaleMin: 'abc' } }, 'scaleMin', 'indicatorDef.number');
    await refuse(
      CREATE_INDICATOR,
      { input: { ...base, valueType: 'SCORE', scaleMin: '100', scaleMax: '0' } },
      'scaleMax',
      'indicatorDef.scaleOrder',
    );
    await refuse(
      CREATE_INDICATOR,
      { input: { ...base, valueType: 'CATEGORY', categories: ['WTP'] } },
      'categories',
      'indicatorDef.categoriesRequired',
    );
    await refuse(CREATE_INDICATOR, { input: { ...base, name: '' } }, 'name', 'validation.required');
    await refuse(
      CREATE_INDICATOR,
      { input: { ...base, valueType: 'SCORE', scaleMin: '0', scaleMax: '100', targets: [{ year: 2026, text: '120' }] } },
      'targets.0.text',
      'roadmap.value',
    );
    expect(await api.db.prisma.indicator.count()).toBe(indicators);

    const activity = (await planner.ok(CREATE_ACTIVITY, { input: { roadmapId: roadmap.id, areaId: await areaId(), name: 'Kegiatan' } }))
      .createRoadmapActivity;
    const actions = await api.db.prisma.action.count();
    await refuse(
      CREATE_ACTION,
      { input: { activityId: activity.id, name: 'Aksi', years: [2026, 2031] } },
      'years.1',
      'roadmap.yearOutsidePeriod',
    );
    await refuse(
      CREATE_ACTION,
      { input: { activityId: activity.id, name: 'Aksi', responsibleAgencyId: '00000000-0000-4000-8000-000000000000' } },
      'responsibleAgencyId',
      'error.unknownAgency',
    );
    expect(await api.db.prisma.action.count()).toBe(actions);

    // A period that leaves out a target already set is refused.
    const ind = (await planner.ok(CREATE_INDICATOR, { input: { ...base, targets: [{ year: 2029, text: '5' }] } })).createRoadmapIndicator;
    expect(ind.targets).toHaveLength(1);
    await refuse(
      UPDATE_ROADMAP,
      { input: { id: roadmap.id, version: roadmap.version, endYear: 2028 } },
      'endYear',
      'roadmap.periodLeavesOut',
    );
    const ok = (await planner.ok(UPDATE_ROADMAP, { input: { id: roadmap.id, version: roadmap.version, startYear: 2026, title: 'Baru' } }))
      .updateRoadmap;
    expect(ok).toMatchObject({ startYear: 2026, endYear: 2029, title: 'Baru', version: roadmap.version + 1 });
  });

  it('refuses stale versions as CONFLICT and keeps the newer edit', async () => {
    const roadmap = await newRoadmap();
    await planner.ok(UPDATE_ROADMAP, { input: { id: roadmap.id, version: roadmap.version, title: 'Pertama' } });
    const stale = await planner.gql(UPDATE_ROADMAP, { input: { id: roadmap.id, version: roadmap.version, title: 'Basi' } });
    expect(ext(stale)).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict', params: { what: 'Roadmap' } });
    expect((await read(roadmap.id)).title).toBe('Pertama');

    const goal = (await planner.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, statement: 'Sasaran' } })).createGoal;
    await planner.ok(UPDATE_GOAL, { input: { id: goal.id, version: goal.version, statement: 'Baru' } });
    expect(ext(await planner.gql(UPDATE_GOAL, { input: { id: goal.id, version: goal.version, statement: 'Basi' } }))?.code).toBe(
      'CONFLICT',
    );

    const ind = (
      await planner.ok(CREATE_INDICATOR, {
        input: { roadmapId: roadmap.id, goalId: goal.id, name: 'Indeks', targets: [{ year: 2026, text: '1' }] },
      })
    ).createRoadmapIndicator;
    const target = ind.targets[0];
    await planner.ok(SET_PLAN, { input: { indicatorId: ind.id, targets: [{ year: 2026, text: '2,5', version: target.version }] } });
    const r = await planner.gql(SET_PLAN, {
      input: { indicatorId: ind.id, targets: [{ year: 2026, text: '3', version: target.version }] },
    });
    expect(ext(r)).toMatchObject({ code: 'CONFLICT', params: { what: 'IndicatorValue' } });
    // Creating a value someone else created meanwhile is a conflict too.
    expect(ext(await planner.gql(SET_PLAN, { input: { indicatorId: ind.id, targets: [{ year: 2026, text: '4' }] } }))?.code).toBe(
      'CONFLICT',
    );
    const now = (await read(roadmap.id)).goals[0].indicators[0].targets[0];
    expect(now).toMatchObject({ numericValue: '2.5', textValue: '2,5' });
  });

  it('removing archives what has values or efforts and deletes what has none, after telling what is affected', async () => {
    const roadmap = await newRoadmap();
    const goal = (await planner.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, statement: 'Sasaran' } })).createGoal;
    const bare = (await planner.ok(CREATE_INDICATOR, { input: { roadmapId: roadmap.id, goalId: goal.id, name: 'Tanpa nilai' } }))
      .createRoadmapIndicator;
    const valued = (
      await planner.ok(CREATE_INDICATOR, {
        input: { roadmapId: roadmap.id, goalId: goal.id, name: 'Bernilai', targets: [{ year: 2025, text: '1' }] },
      })
    ).createRoadmapIndicator;
    expect((await planner.ok(USAGE, { kind: 'INDICATOR', id: bare.id })).roadmapItemUsage).toMatchObject({ values: 0, archive: false });
    expect((await planner.ok(USAGE, { kind: 'INDICATOR', id: valued.id })).roadmapItemUsage).toMatchObject({ values: 1, archive: true });
    expect((await planner.ok(USAGE, { kind: 'GOAL', id: goal.id })).roadmapItemUsage).toMatchObject({
      values: 1,
      children: 2,
      archive: true,
    });

    expect(
      (await planner.ok(REMOVE, { input: { kind: 'INDICATOR', id: bare.id, version: bare.version } })).removeRoadmapItem.archived,
    ).toBe(false);
    expect(await api.db.prisma.indicator.findUnique({ where: { id: bare.id } })).toBeNull();
    expect(
      (await planner.ok(REMOVE, { input: { kind: 'INDICATOR', id: valued.id, version: valued.version } })).removeRoadmapItem.archived,
    ).toBe(true);
    const kept = await api.db.prisma.indicator.findUnique({ where: { id: valued.id }, include: { values: true } });
    expect(kept?.archivedAt).not.toBeNull();
    expect(kept?.values).toHaveLength(1);
    expect((await read(roadmap.id)).goals[0].indicators).toEqual([]);

    const activity = (await planner.ok(CREATE_ACTIVITY, { input: { roadmapId: roadmap.id, areaId: await areaId(), name: 'Kegiatan' } }))
      .createRoadmapActivity;
    const withEffort = (await planner.ok(CREATE_ACTION, { input: { activityId: activity.id, name: 'Dengan upaya' } })).createRoadmapAction;
    await planner.ok(ADD_EFFORT, { input: { actionId: withEffort.id, description: 'Upaya' } });
    const plain = (await planner.ok(CREATE_ACTION, { input: { activityId: activity.id, name: 'Polos' } })).createRoadmapAction;
    expect(
      (await planner.ok(REMOVE, { input: { kind: 'ACTION', id: withEffort.id, version: withEffort.version } })).removeRoadmapItem,
    ).toMatchObject({
      archived: true,
      usage: { efforts: 1 },
    });
    expect((await planner.ok(REMOVE, { input: { kind: 'ACTION', id: plain.id, version: plain.version } })).removeRoadmapItem.archived).toBe(
      false,
    );
    const acc = (await read(roadmap.id)).areas.find((a: { area: { kind: string } }) => a.area.kind === 'ACCOUNTABILITY');
    expect(acc.activities[0].roadmapActions).toEqual([]);
    // A stale version removes nothing.
    const r = await planner.gql(REMOVE, { input: { kind: 'ACTIVITY', id: activity.id, version: activity.version + 5 } });
    expect(ext(r)?.code).toBe('CONFLICT');
    expect(await api.db.prisma.activity.findUnique({ where: { id: activity.id } })).not.toBeNull();
  });

  it('reorders goals and refuses a stale move', async () => {
    const roadmap = await newRoadmap();
    const goals = [];
    for (const statement of ['Satu', 'Dua', 'Tiga'])
      goals.push((await planner.ok(CREATE_GOAL, { input: { roadmapId: roadmap.id, statement } })).createGoal);
    const moved = (await planner.ok(MOVE, { input: { kind: 'GOAL', id: goals[2].id, version: goals[2].version, index: 0 } }))
      .moveRoadmapItem;
    expect(moved.goals.map((g: { id: string }) => g.id)).toEqual([goals[2].id, goals[0].id, goals[1].id]);
    expect(ext(await planner.gql(MOVE, { input: { kind: 'GOAL', id: goals[2].id, version: goals[2].version, index: 2 } }))?.code).toBe(
      'CONFLICT',
    );
    expect((await read(roadmap.id)).goals.map((g: { statement: string }) => g.statement)).toEqual(['Tiga', 'Satu', 'Dua']);
  });

  describe('indicators outside the road map', () => {
    it('a planner creates a performance-agreement indicator with owner agency, frequency and thresholds, edits and archives it', async () => {
      const created = (
        await planner.ok(CREATE_OUTSIDE, {
          input: {
            scope: 'PERFORMANCE_AGREEMENT',
            name: 'Persentase ASN yang mengikuti pengembangan kompetensi',
            unit: '%',
            valueType: 'PERCENTAGE',
            direction: 'HIGHER_IS_BETTER',
            frequency: 'QUARTERLY',
            ownerAgencyId: agencyB.id,
            thresholds: { onTrackMin: 95, atRiskMin: 75 },
          },
        })
      ).createIndicator;
      expect(created).toMatchObject({
        scope: 'PERFORMANCE_AGREEMENT',
        frequency: 'QUARTERLY',
        ownerAgency: { id: agencyB.id },
        ownThresholds: { onTrackMin: 95, atRiskMin: 75, version: 1 },
      });
      const listed = (await planner.ok(`{ indicators(filter: { scope: PERFORMANCE_AGREEMENT }) { id } }`)).indicators;
      expect(listed.map((i: { id: string }) => i.id)).toContain(created.id);

      const upd = (
        await planner.ok(UPDATE_INDICATOR, { input: { id: created.id, version: created.version, name: 'Persentase ASN terlatih' } })
      ).updateIndicator;
      expect(upd).toMatchObject({ name: 'Persentase ASN terlatih', valueType: 'PERCENTAGE', version: created.version + 1 });
      expect(ext(await planner.gql(UPDATE_INDICATOR, { input: { id: created.id, version: created.version, name: 'Basi' } }))?.code).toBe(
        'CONFLICT',
      );

      const th = await planner.ok(SET_THRESHOLDS, {
        input: { indicatorId: created.id, thresholds: { onTrackMin: 90, atRiskMin: 70 }, version: 1 },
      });
      expect(th.setIndicatorThresholds.ownThresholds).toMatchObject({ onTrackMin: 90, version: 2 });
      expect(
        ext(
          await planner.gql(SET_THRESHOLDS, {
            input: { indicatorId: created.id, thresholds: { onTrackMin: 80, atRiskMin: 90 }, version: 2 },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thresholds.atRiskMin', messageKey: 'indicatorDef.thresholdOrder' });
      expect(
        ext(
          await planner.gql(SET_THRESHOLDS, {
            input: { indicatorId: created.id, thresholds: { onTrackMin: 80, atRiskMin: 60 }, version: 1 },
          }),
        )?.code,
      ).toBe('CONFLICT');

      const archived = (await planner.ok(ARCHIVE_INDICATOR, { input: { id: created.id, version: upd.version } })).archiveIndicator;
      expect(archived.archivedAt).not.toBeNull();
      const after = (await planner.ok(`{ indicators(filter: { scope: PERFORMANCE_AGREEMENT }) { id } }`)).indicators;
      expect(after.map((i: { id: string }) => i.id)).not.toContain(created.id);
    });

    it('refuses a value type that values already entered do not fit, a goal scope, and unknown agencies', async () => {
      const created = (
        await planner.ok(CREATE_OUTSIDE, { input: { scope: 'OTHER', name: 'Jumlah inovasi', unit: 'Buah', valueType: 'NUMBER' } })
      ).createIndicator;
      const gov = await api.db.prisma.government.findUniqueOrThrow({ where: { code } });
      await api.db.prisma.indicatorValue.create({
        data: { governmentId: gov.id, indicatorId: created.id, kind: 'REALIZATION', year: 2025, numericValue: '12', textValue: '12' },
      });
      const r = await planner.gql(UPDATE_INDICATOR, {
        input: { id: created.id, version: created.version, valueType: 'CATEGORY', categories: ['A', 'B'] },
      });
      expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'valueType', messageKey: 'indicatorDef.valuesDoNotFit' });
      expect(ext(await planner.gql(CREATE_OUTSIDE, { input: { scope: 'GOAL', name: 'X' } }))).toMatchObject({ field: 'scope' });
      expect(
        ext(
          await planner.gql(CREATE_OUTSIDE, {
            input: { scope: 'OTHER', name: 'X', ownerAgencyId: '00000000-0000-4000-8000-000000000000' },
          }),
        ),
      ).toMatchObject({ field: 'ownerAgencyId', messageKey: 'error.unknownAgency' });
      expect(ext(await planner.gql(CREATE_OUTSIDE, { input: { scope: 'OTHER', name: 'X', frequency: 'WEEKLY' } }))?.code).toBeDefined();
    });

    it('a planner limited to an agency manages that agency’s indicators only; a manager may not define indicators', async () => {
      const scoped = await member(api, code, 'PLANNER', { hash, agencyId: agencyA.id });
      const own = await scoped.gql(CREATE_OUTSIDE, { input: { scope: 'ACTIVITY', name: 'Indikator PD', ownerAgencyId: agencyA.id } });
      expect(own.errors).toBeUndefined();
      const foreign = await scoped.gql(CREATE_OUTSIDE, { input: { scope: 'ACTIVITY', name: 'Indikator lain', ownerAgencyId: agencyB.id } });
      expect(ext(foreign)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.agencyScope' });
      const none = await scoped.gql(CREATE_OUTSIDE, { input: { scope: 'OTHER', name: 'Tanpa pemilik' } });
      expect(ext(none)?.code).toBe('FORBIDDEN');
      const manager = await member(api, code, 'MANAGER', { hash });
      expect(ext(await manager.gql(CREATE_OUTSIDE, { input: { scope: 'OTHER', name: 'X' } }))?.code).toBe('FORBIDDEN');
    });
  });
});
