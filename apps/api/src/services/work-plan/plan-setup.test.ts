// Plan set-up through GraphQL on a government made by admin:create: an empty
// plan, from a road map, a copy of last year's plan, rename / reassign /
// delete, and the performance-agreement editor. Each mutation: allowed for
// planners and administrators, refused for managers and viewers, for an
// agency-scoped planner outside their agency, and for another government's
// user (nothing revealed or changed); bad input names the field and writes
// nothing; a stale version is a CONFLICT.
import { randomUUID } from 'node:crypto';
import type { Role } from '@rb/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.ts';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const PASSWORD = 'Sandi-Uji-2026';
const PLAN = 'id kind year title status version copiedFromId roadmapId stepCount activityCount actionCount agency { id }';

const CREATE = `mutation ($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { ${PLAN} } }`;
const UPDATE = `mutation ($i: UpdateWorkPlanInput!) { updateWorkPlan(input: $i) { ${PLAN} } }`;
const DELETE = `mutation ($id: ID!, $v: Int!) { deleteWorkPlan(id: $id, version: $v) { id activityCount actionCount stepCount } }`;
const FROM_ROADMAP = `mutation ($i: PlanFromRoadmapInput!) { createWorkPlanFromRoadmap(input: $i) { ${PLAN} } }`;
const COPY = `mutation ($i: CopyWorkPlanInput!) { copyWorkPlan(input: $i) { ${PLAN} } }`;
const PREVIEW_ROADMAP = `query ($r: ID!, $y: Int!) { planFromRoadmapPreview(roadmapId: $r, year: $y) {
  kind year title activityCount actionCount stepCount existing { id }
  areas { area { kind } activityCount actionCount activities { name actions { name output responsible } } }
  leftOut { entity name reason years } } }`;
const PREVIEW_COPY = `query ($s: ID!, $y: Int!) { copyWorkPlanPreview(sourceId: $s, year: $y) {
  kind year title programCount activityCount actionCount stepCount existing { id }
  realizationsNotCopied baselinesNotCopied approvalNotCopied leftOut { entity name reason } } }`;
const PLAN_TREE = `query ($id: ID!) { workPlan(id: $id) { ${PLAN}
  programs { id name version }
  activities { id name budget programId version area { kind } indicators { id name unit version values { kind year quarter textValue numericValue } }
    actions { id name output budget version roadmapActionId responsibleAgency { id } responsibleText
      indicators { id name unit version values { kind year quarter textValue numericValue } }
      steps { id name months responsibleAgency { id } realizations { month } } } } } }`;

type Err = { extensions?: { code?: string; field?: string; messageKey?: string; existingPlanId?: string } };
const firstError = (r: { errors?: Err[] }) => r.errors?.[0]?.extensions;

describeApi('plan set-up (new government)', () => {
  let api: TestApi;
  let code: string;
  let gid: string;
  let admin: TestClient;
  let planner: TestClient;
  let manager: TestClient;
  let viewer: TestClient;
  let scoped: TestClient;
  let agencyA: string;
  let agencyB: string;
  let stranger: TestClient;

  /** A user with one role in government `g` (until the users API exists: rows made directly). */
  async function member(g: { code: string; id: string }, role: Role, agencyId: string | null = null) {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@${g.code}.go.id`;
    const user = await api.db.prisma.user.create({
      data: { email, name: `${role} ${g.code}`, passwordHash: await hashPassword(PASSWORD) },
    });
    await api.db.prisma.membership.create({ data: { userId: user.id, governmentId: g.id, role, agencyId } });
    return api.client(g.code).signIn(email, PASSWORD);
  }

  const planRow = (id: string) => api.db.prisma.workPlan.findUnique({ where: { id } });
  const planCount = () => api.db.prisma.workPlan.count({ where: { governmentId: gid } });

  /** A road map 2025–2029 with actions in two areas; some run in 2027, one is archived. */
  async function roadmap() {
    const prisma = api.db.prisma;
    const areas = await prisma.area.findMany({ where: { governmentId: gid }, orderBy: { sortOrder: 'asc' } });
    const rm = await prisma.roadmap.create({
      data: { governmentId: gid, title: `Road Map RB 2025–2029 ${randomUUID().slice(0, 4)}`, startYear: 2025, endYear: 2029 },
    });
    const a1 = await prisma.activity.create({
      data: { governmentId: gid, roadmapId: rm.id, areaId: areas[0]!.id, name: 'Penguatan tim RB', sortOrder: 0 },
    });
    const a2 = await prisma.activity.create({
      data: { governmentId: gid, roadmapId: rm.id, areaId: areas[3]!.id, name: 'Penyusunan SOP', sortOrder: 1 },
    });
    const a3 = await prisma.activity.create({
      data: { governmentId: gid, roadmapId: rm.id, areaId: areas[2]!.id, name: 'Evaluasi kelembagaan', sortOrder: 2 },
    });
    const act = (activityId: string, name: string, years: number[], extra: Record<string, unknown> = {}) =>
      prisma.action.create({ data: { governmentId: gid, activityId, name, years, ...extra } });
    await act(a1.id, 'Pembentukan Tim RB', [2025, 2026, 2027], { output: 'SK Tim RB', responsibleAgencyId: agencyA, sortOrder: 0 });
    await act(a1.id, 'Sosialisasi RB', [2025, 2026], { output: 'Laporan sosialisasi', sortOrder: 1 });
    await act(a2.id, 'Penyusunan SOP layanan', [2027, 2028], { output: 'SOP', responsibleText: 'Bag. Organisasi Setda', sortOrder: 0 });
    await act(a2.id, 'SOP lama (diarsipkan)', [2027], { archivedAt: new Date(), sortOrder: 1 });
    await act(a3.id, 'Evaluasi 2029', [2029], { sortOrder: 0 });
    return rm;
  }

  beforeAll(async () => {
    api = await startTestApi();
    const gov = await api.newGovernment('Pemerintah Kota Rencana Uji');
    code = gov.code;
    admin = gov.admin;
    gid = (await api.db.prisma.government.findUniqueOrThrow({ where: { code } })).id;
    const g = { code, id: gid };
    agencyA = (await api.db.prisma.agency.create({ data: { governmentId: gid, name: 'Bagian Organisasi', shortName: 'Bag. Organisasi' } }))
      .id;
    agencyB = (await api.db.prisma.agency.create({ data: { governmentId: gid, name: 'Dinas Kesehatan', shortName: 'Dinkes' } })).id;
    planner = await member(g, 'PLANNER');
    manager = await member(g, 'MANAGER');
    viewer = await member(g, 'VIEWER');
    scoped = await member(g, 'PLANNER', agencyA);
    const other = await api.newGovernment('Pemerintah Kota Lain');
    stranger = other.admin;
  });
  afterAll(() => api?.close());

  it('creates an empty plan for a planner and an administrator, refuses managers and viewers, and refuses a second plan of the same kind, year and owner', async () => {
    const made = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2030, title: 'Rencana Kerja RB 2030' } })).createWorkPlan;
    expect(made).toMatchObject({ kind: 'WORK_PLAN', year: 2030, status: 'DRAFT', version: 1, agency: null, stepCount: 0 });
    const byAdmin = (
      await admin.ok(CREATE, { i: { kind: 'PERFORMANCE_AGREEMENT', year: 2030, title: 'Rencana Aksi PK 2030', agencyId: agencyB } })
    ).createWorkPlan;
    expect(byAdmin).toMatchObject({ kind: 'PERFORMANCE_AGREEMENT', agency: { id: agencyB } });
    const log = await api.db.prisma.auditLog.findFirst({ where: { entityId: made.id, action: 'CREATE' } });
    expect(log?.entity).toBe('WorkPlan');

    const before = await planCount();
    for (const who of [manager, viewer]) {
      const r = await who.gql(CREATE, { i: { kind: 'WORK_PLAN', year: 2031, title: 'Tidak boleh' } });
      expect(firstError(r)?.code).toBe('FORBIDDEN');
    }
    const dup = await admin.gql(CREATE, { i: { kind: 'WORK_PLAN', year: 2030, title: 'Kedua' } });
    expect(firstError(dup)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
      messageKey: 'plans.duplicatePlan',
      existingPlanId: made.id,
    });
    expect(await planCount()).toBe(before);
  });

  it('refuses invalid input naming the field, and writes nothing', async () => {
    const before = await planCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'WORK_PLAN', year: 2031, title: '   ' }, 'title', 'validation.required'],
      [{ kind: 'WORK_PLAN', year: 1990, title: 'Lama' }, 'year', 'validation.year'],
      [{ kind: 'FOLLOW_UP', year: 2031, title: 'RATL' }, 'kind', 'plans.kindNotCreatable'],
      [{ kind: 'WORK_PLAN', year: 2031, title: 'Renja', agencyId: randomUUID() }, 'agencyId', 'error.unknownAgency'],
    ];
    for (const [input, field, messageKey] of cases) {
      const r = await planner.gql(CREATE, { i: input });
      expect(firstError(r)).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey });
    }
    expect(await planCount()).toBe(before);
  });

  it("an agency-scoped planner works on their agency's plans only", async () => {
    const own = (await scoped.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2032, title: 'Renja Bag. Organisasi', agencyId: agencyA } }))
      .createWorkPlan;
    expect(own.agency).toEqual({ id: agencyA });
    for (const agencyId of [null, agencyB]) {
      const r = await scoped.gql(CREATE, { i: { kind: 'WORK_PLAN', year: 2032, title: 'Di luar cakupan', agencyId } });
      expect(firstError(r)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.agencyScope' });
    }
    const theirs = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2032, title: 'Renja Dinkes', agencyId: agencyB } }))
      .createWorkPlan;
    const rename = await scoped.gql(UPDATE, { i: { id: theirs.id, version: theirs.version, title: 'Diambil alih' } });
    expect(firstError(rename)?.code).toBe('FORBIDDEN');
    const del = await scoped.gql(DELETE, { id: theirs.id, v: theirs.version });
    expect(firstError(del)?.code).toBe('FORBIDDEN');
    const move = await scoped.gql(UPDATE, { i: { id: own.id, version: own.version, agencyId: agencyB } });
    expect(firstError(move)?.code).toBe('FORBIDDEN');
    const canEdit = async (id: string) => (await scoped.ok(`query ($id: ID!) { workPlan(id: $id) { canEdit } }`, { id })).workPlan.canEdit;
    expect([await canEdit(own.id), await canEdit(theirs.id)]).toEqual([true, false]);
    expect(await planRow(theirs.id)).toMatchObject({ title: 'Renja Dinkes', version: 1 });
    expect(await planRow(own.id)).toMatchObject({ agencyId: agencyA, version: 1 });

    // The grid's rows follow the plan: steps and actions of another agency's plan are not theirs to edit.
    const ACTIVITY = `mutation ($i: CreatePlanActivityInput!) { createPlanActivity(input: $i) { id actions { id } } }`;
    const STEP = `mutation ($i: CreateStepInput!) { createStep(input: $i) { id name } }`;
    const dinkes = (await planner.ok(ACTIVITY, { i: { workPlanId: theirs.id, name: 'Kegiatan Dinkes', actionName: 'Aksi Dinkes' } }))
      .createPlanActivity;
    const actionOfTheirs = dinkes.actions[0].id;
    const intoTheirs = await scoped.gql(STEP, { i: { actionId: actionOfTheirs, name: 'Langkah menyusup' } });
    expect(firstError(intoTheirs)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.agencyScope' });
    const renameTheirs = await scoped.gql(`mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id } }`, {
      i: { id: actionOfTheirs, version: 1, name: 'Diambil alih' },
    });
    expect(firstError(renameTheirs)?.code).toBe('FORBIDDEN');
    expect(await api.db.prisma.step.count({ where: { actionId: actionOfTheirs } })).toBe(0);
    expect(await api.db.prisma.action.findUnique({ where: { id: actionOfTheirs } })).toMatchObject({ name: 'Aksi Dinkes', version: 1 });
    const mine = (await scoped.ok(ACTIVITY, { i: { workPlanId: own.id, name: 'Kegiatan Organisasi', actionName: 'Aksi Organisasi' } }))
      .createPlanActivity;
    expect((await scoped.ok(STEP, { i: { actionId: mine.actions[0].id, name: 'Langkah sendiri' } })).createStep.name).toBe(
      'Langkah sendiri',
    );
  });

  it('a plan is approved by the leadership or an administrator, never by its planner', async () => {
    const plan = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2036, title: 'Renja 2036' } })).createWorkPlan;
    const APPROVE = `mutation ($id: ID!, $v: Int!) { approveWorkPlan(id: $id, version: $v) { status version } }`;
    const CAN = `query ($id: ID!) { workPlan(id: $id) { canEdit canApprove } }`;
    expect((await planner.ok(CAN, { id: plan.id })).workPlan).toEqual({ canEdit: true, canApprove: false });
    const own = await planner.gql(APPROVE, { id: plan.id, v: plan.version });
    expect(firstError(own)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'plans.approveOwnPlan' });
    const byViewer = await viewer.gql(APPROVE, { id: plan.id, v: plan.version });
    expect(firstError(byViewer)?.code).toBe('FORBIDDEN');
    const outside = await stranger.gql(APPROVE, { id: plan.id, v: plan.version });
    expect(firstError(outside)?.code).toBe('NOT_FOUND');
    expect(await planRow(plan.id)).toMatchObject({ status: 'DRAFT', version: plan.version });
    expect(await api.db.prisma.planBaseline.count({ where: { workPlanId: plan.id } })).toBe(0);

    expect((await manager.ok(CAN, { id: plan.id })).workPlan).toEqual({ canEdit: false, canApprove: true });
    expect((await manager.ok(APPROVE, { id: plan.id, v: plan.version })).approveWorkPlan).toEqual({
      status: 'APPROVED',
      version: plan.version + 1,
    });
    expect(await api.db.prisma.planBaseline.count({ where: { workPlanId: plan.id } })).toBe(1);
    expect((await admin.ok(CAN, { id: plan.id })).workPlan.canApprove).toBe(true);
  });

  it('renames and reassigns with the version read; a stale version is a CONFLICT; a user of another government sees nothing', async () => {
    const plan = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2033, title: 'Renja 2033' } })).createWorkPlan;
    const renamed = (await planner.ok(UPDATE, { i: { id: plan.id, version: 1, title: 'Rencana Kerja RB 2033', agencyId: agencyA } }))
      .updateWorkPlan;
    expect(renamed).toMatchObject({ title: 'Rencana Kerja RB 2033', agency: { id: agencyA }, version: 2 });
    const stale = await admin.gql(UPDATE, { i: { id: plan.id, version: 1, title: 'Basi' } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', messageKey: 'error.conflict' });
    const blank = await planner.gql(UPDATE, { i: { id: plan.id, version: 2, title: '' } });
    expect(firstError(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    for (const r of [
      await stranger.gql(UPDATE, { i: { id: plan.id, version: 2, title: 'Dibajak' } }),
      await stranger.gql(DELETE, { id: plan.id, v: 2 }),
      await stranger.gql(COPY, { i: { sourceId: plan.id, year: 2034, title: 'Salinan' } }),
      await stranger.gql(PREVIEW_COPY, { s: plan.id, y: 2034 }),
    ]) {
      expect(firstError(r)).toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
    }
    expect(await planRow(plan.id)).toMatchObject({ title: 'Rencana Kerja RB 2033', version: 2 });
    expect((await stranger.ok(`{ workPlans { id } }`)).workPlans).toEqual([]);
  });

  it('adds an activity with its first action to an empty plan; refused for managers, viewers, other agencies and other governments', async () => {
    const plan = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2036, title: 'Renja kosong', agencyId: agencyB } }))
      .createWorkPlan;
    const areaId = (await api.db.prisma.area.findFirstOrThrow({ where: { governmentId: gid, kind: 'ACCOUNTABILITY' } })).id;
    const ADD = `mutation ($i: CreatePlanActivityInput!) { createPlanActivity(input: $i) { id name area { kind } actions { name } } }`;
    const input = { workPlanId: plan.id, areaId, name: 'Penguatan akuntabilitas', actionName: 'Penyusunan LKjIP' };
    for (const who of [manager, viewer, scoped]) expect(firstError(await who.gql(ADD, { i: input }))?.code).toBe('FORBIDDEN');
    expect(firstError(await stranger.gql(ADD, { i: input }))?.code).toBe('NOT_FOUND');
    expect(firstError(await planner.gql(ADD, { i: { ...input, name: ' ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await api.db.prisma.activity.count({ where: { workPlanId: plan.id } })).toBe(0);
    const added = (await planner.ok(ADD, { i: input })).createPlanActivity;
    expect(added).toMatchObject({
      name: 'Penguatan akuntabilitas',
      area: { kind: 'ACCOUNTABILITY' },
      actions: [{ name: 'Penyusunan LKjIP' }],
    });
  });

  it('from a road map: the preview lists what is made and what is left out; create takes only the actions running that year', async () => {
    const rm = await roadmap();
    const preview = (await planner.ok(PREVIEW_ROADMAP, { r: rm.id, y: 2027 })).planFromRoadmapPreview;
    expect(preview).toMatchObject({ kind: 'WORK_PLAN', year: 2027, activityCount: 2, actionCount: 2, stepCount: 0, existing: null });
    expect(preview.areas.map((a: { area: { kind: string } }) => a.area.kind)).toEqual(['CHANGE_MANAGEMENT', 'BUSINESS_PROCESS']);
    expect(preview.areas[0].activities[0].actions[0]).toEqual({
      name: 'Pembentukan Tim RB',
      output: 'SK Tim RB',
      responsible: 'Bag. Organisasi',
    });
    expect(preview.leftOut).toEqual(
      expect.arrayContaining([
        { entity: 'Action', name: 'Sosialisasi RB', reason: 'NOT_THIS_YEAR', years: [2025, 2026] },
        { entity: 'Action', name: 'SOP lama (diarsipkan)', reason: 'ARCHIVED', years: [2027] },
        { entity: 'Action', name: 'Evaluasi 2029', reason: 'NOT_THIS_YEAR', years: [2029] },
      ]),
    );
    expect(await planCount()).toBe(await planCount()); // the preview wrote nothing: checked below by the count of plans of 2027
    expect(await api.db.prisma.workPlan.count({ where: { governmentId: gid, year: 2027 } })).toBe(0);

    for (const who of [manager, viewer]) expect(firstError(await who.gql(PREVIEW_ROADMAP, { r: rm.id, y: 2027 }))?.code).toBe('FORBIDDEN');
    const outside = await planner.gql(FROM_ROADMAP, { i: { roadmapId: rm.id, year: 2031, title: 'Renja 2031' } });
    expect(firstError(outside)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', messageKey: 'plans.roadmapYear' });
    expect(firstError(await manager.gql(FROM_ROADMAP, { i: { roadmapId: rm.id, year: 2027, title: 'X' } }))?.code).toBe('FORBIDDEN');
    expect(firstError(await stranger.gql(FROM_ROADMAP, { i: { roadmapId: rm.id, year: 2027, title: 'X' } }))?.code).toBe('NOT_FOUND');

    const plan = (await planner.ok(FROM_ROADMAP, { i: { roadmapId: rm.id, year: 2027, title: 'Rencana Kerja RB 2027' } }))
      .createWorkPlanFromRoadmap;
    expect(plan).toMatchObject({
      kind: 'WORK_PLAN',
      year: 2027,
      status: 'DRAFT',
      roadmapId: rm.id,
      activityCount: 2,
      actionCount: 2,
      stepCount: 0,
    });
    const tree = (await planner.ok(PLAN_TREE, { id: plan.id })).workPlan;
    const actions = tree.activities.flatMap((a: { actions: unknown[] }) => a.actions);
    expect(actions.map((a: { name: string }) => a.name)).toEqual(['Pembentukan Tim RB', 'Penyusunan SOP layanan']);
    expect(actions[0]).toMatchObject({ output: 'SK Tim RB', responsibleAgency: { id: agencyA } });
    expect(actions[1]).toMatchObject({ output: 'SOP', responsibleText: 'Bag. Organisasi Setda' });
    expect(actions.every((a: { roadmapActionId: string | null }) => a.roadmapActionId)).toBe(true);
    expect(tree.activities.map((a: { area: { kind: string } }) => a.area.kind)).toEqual(['CHANGE_MANAGEMENT', 'BUSINESS_PROCESS']);

    const again = await admin.gql(FROM_ROADMAP, { i: { roadmapId: rm.id, year: 2027, title: 'Lagi' } });
    expect(firstError(again)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'plans.duplicatePlan', existingPlanId: plan.id });
    expect((await planner.ok(PREVIEW_ROADMAP, { r: rm.id, y: 2027 })).planFromRoadmapPreview.existing).toEqual({ id: plan.id });
    const options = (await planner.ok(`{ planSetupOptions(year: 2027) { roadmaps { id coversYear actionsInYear } copySources { id } } }`))
      .planSetupOptions;
    expect(options.roadmaps.find((r: { id: string }) => r.id === rm.id)).toEqual({ id: rm.id, coversYear: true, actionsInYear: 2 });
  });

  it("copies last year's plan with steps, months, agencies and programs, but not realizations, approvals or baselines", async () => {
    const prisma = api.db.prisma;
    const areas = await prisma.area.findMany({ where: { governmentId: gid }, orderBy: { sortOrder: 'asc' } });
    const src = await prisma.workPlan.create({
      data: { governmentId: gid, kind: 'WORK_PLAN', year: 2040, title: 'Rencana Kerja RB Tahun 2040' },
    });
    const act = await prisma.activity.create({ data: { governmentId: gid, workPlanId: src.id, areaId: areas[1]!.id, name: 'Deregulasi' } });
    const gone = await prisma.activity.create({
      data: { governmentId: gid, workPlanId: src.id, name: 'Kegiatan lama', archivedAt: new Date(), sortOrder: 1 },
    });
    await prisma.action.create({ data: { governmentId: gid, activityId: gone.id, name: 'Aksi di kegiatan lama' } });
    const action = await prisma.action.create({
      data: { governmentId: gid, activityId: act.id, name: 'Inventarisasi perda', output: 'Daftar perda', responsibleAgencyId: agencyB },
    });
    const s1 = await prisma.step.create({
      data: {
        governmentId: gid,
        actionId: action.id,
        name: 'Pengumpulan data',
        months: [1, 2, 3],
        responsibleAgencyId: agencyA,
        sortOrder: 0,
      },
    });
    await prisma.step.create({ data: { governmentId: gid, actionId: action.id, name: 'Analisis', months: [4, 5], sortOrder: 1 } });
    await prisma.stepRealization.create({ data: { stepId: s1.id, month: 1, status: 'DONE' } });
    const approved = (await manager.ok(`mutation ($id: ID!) { approveWorkPlan(id: $id, version: 1) { status version } }`, { id: src.id }))
      .approveWorkPlan;
    expect(approved.status).toBe('APPROVED');

    const preview = (await planner.ok(PREVIEW_COPY, { s: src.id, y: 2041 })).copyWorkPlanPreview;
    expect(preview).toMatchObject({
      kind: 'WORK_PLAN',
      title: 'Rencana Kerja RB Tahun 2041',
      activityCount: 1,
      actionCount: 1,
      stepCount: 2,
      realizationsNotCopied: 1,
      baselinesNotCopied: 1,
      approvalNotCopied: true,
      existing: null,
    });
    expect(preview.leftOut).toEqual([{ entity: 'Activity', name: 'Kegiatan lama', reason: 'ARCHIVED' }]);
    for (const who of [manager, viewer])
      expect(firstError(await who.gql(COPY, { i: { sourceId: src.id, year: 2041, title: 'X' } }))?.code).toBe('FORBIDDEN');
    expect(firstError(await scoped.gql(COPY, { i: { sourceId: src.id, year: 2041, title: 'X' } }))?.code).toBe('FORBIDDEN');
    const bad = await planner.gql(COPY, { i: { sourceId: src.id, year: 2041, title: '' } });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await prisma.workPlan.count({ where: { governmentId: gid, year: 2041 } })).toBe(0);

    const copy = (await planner.ok(COPY, { i: { sourceId: src.id, year: 2041, title: preview.title } })).copyWorkPlan;
    expect(copy).toMatchObject({ status: 'DRAFT', year: 2041, copiedFromId: src.id, activityCount: 1, actionCount: 1, stepCount: 2 });
    const tree = (await planner.ok(PLAN_TREE, { id: copy.id })).workPlan;
    const [step1, step2] = tree.activities[0].actions[0].steps;
    expect(tree.activities[0].actions[0]).toMatchObject({
      name: 'Inventarisasi perda',
      output: 'Daftar perda',
      responsibleAgency: { id: agencyB },
    });
    expect(step1).toEqual({
      id: expect.any(String),
      name: 'Pengumpulan data',
      months: [1, 2, 3],
      responsibleAgency: { id: agencyA },
      realizations: [],
    });
    expect(step2).toMatchObject({ name: 'Analisis', months: [4, 5], realizations: [] });
    expect(step1.id).not.toBe(s1.id);
    expect(await prisma.planBaseline.count({ where: { workPlanId: copy.id } })).toBe(0);
    expect((await planRow(copy.id))?.approvedAt).toBeNull();
    // the source is untouched
    expect(await prisma.step.count({ where: { actionId: action.id } })).toBe(2);

    const del = await planner.gql(DELETE, { id: src.id, v: approved.version });
    expect(firstError(del)).toMatchObject({ code: 'CONFLICT', messageKey: 'plans.deleteApproved' });
    expect(await planRow(src.id)).not.toBeNull();
    expect(firstError(await manager.gql(DELETE, { id: copy.id, v: copy.version }))?.code).toBe('FORBIDDEN');
    expect(firstError(await planner.gql(DELETE, { id: copy.id, v: copy.version + 1 }))?.code).toBe('CONFLICT');
    const deleted = (await planner.ok(DELETE, { id: copy.id, v: copy.version })).deleteWorkPlan;
    expect(deleted).toEqual({ id: copy.id, activityCount: 1, actionCount: 1, stepCount: 2 });
    expect(await planRow(copy.id)).toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: copy.id, action: 'DELETE' } })).toBe(1);
  });

  it('performance agreement: programs, activities and sub-activities with budgets and TW I–IV targets, versioned', async () => {
    const pk = (
      await planner.ok(CREATE, { i: { kind: 'PERFORMANCE_AGREEMENT', year: 2027, title: 'Rencana Aksi PK 2027', agencyId: agencyA } })
    ).createWorkPlan;
    const program = (
      await planner.ok(`mutation ($i: CreateProgramInput!) { createProgram(input: $i) { id name version } }`, {
        i: { workPlanId: pk.id, name: 'Program Pengembangan SDM' },
      })
    ).createProgram;
    for (const who of [manager, viewer]) {
      const r = await who.gql(`mutation ($i: CreateProgramInput!) { createProgram(input: $i) { id } }`, {
        i: { workPlanId: pk.id, name: 'X' },
      });
      expect(firstError(r)?.code).toBe('FORBIDDEN');
    }
    const renja = (await planner.ok(CREATE, { i: { kind: 'WORK_PLAN', year: 2035, title: 'Bukan PK' } })).createWorkPlan;
    const notPk = await planner.gql(`mutation ($i: CreateProgramInput!) { createProgram(input: $i) { id } }`, {
      i: { workPlanId: renja.id, name: 'X' },
    });
    expect(firstError(notPk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workPlanId', messageKey: 'plans.notPerformanceAgreement' });

    const ACT = `mutation ($i: CreatePkActivityInput!) { createPkActivity(input: $i) { id name budget version programId } }`;
    const badBudget = await planner.gql(ACT, { i: { programId: program.id, name: 'Diklat', budget: 'satu juta' } });
    expect(firstError(badBudget)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budget', messageKey: 'plans.invalidBudget' });
    expect(await api.db.prisma.activity.count({ where: { workPlanId: pk.id } })).toBe(0);
    const activity = (
      await admin.ok(ACT, { i: { programId: program.id, name: 'Pendidikan dan Pelatihan Teknis', budget: '1.018.175.000,00' } })
    ).createPkActivity;
    expect(activity).toMatchObject({ budget: '1018175000', programId: program.id });
    const sub = (
      await planner.ok(`mutation ($i: CreatePkSubActivityInput!) { createPkSubActivity(input: $i) { id name budget version } }`, {
        i: { activityId: activity.id, code: '1', name: 'Persiapan pelaksanaan diklat', budget: 'Rp 250.000.000' },
      })
    ).createPkSubActivity;
    expect(sub.budget).toBe('250000000');

    const TARGETS = `mutation ($i: SetPkTargetsInput!) { setPkTargets(input: $i) { id name unit version values { kind year quarter textValue numericValue } } }`;
    const annual = (
      await planner.ok(TARGETS, { i: { ownerId: activity.id, name: 'Jumlah peserta diklat', unit: 'Orang', annual: '30 Orang' } })
    ).setPkTargets;
    expect(annual.values).toEqual([{ kind: 'TARGET', year: 2027, quarter: 0, textValue: '30 Orang', numericValue: '30' }]);
    const badQuarter = await planner.gql(TARGETS, {
      i: { ownerId: sub.id, name: 'Kesiapan', unit: '%', quarters: ['', '50%', 'lima puluh', ''] },
    });
    expect(firstError(badQuarter)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarters.2', messageKey: 'plans.invalidTarget' });
    expect(await api.db.prisma.indicator.count({ where: { actionId: sub.id } })).toBe(0);
    const quarterly = (
      await planner.ok(TARGETS, { i: { ownerId: sub.id, name: 'Kesiapan diklat', unit: '%', quarters: ['25', '50%', '75', '100'] } })
    ).setPkTargets;
    expect(quarterly.values.map((v: { quarter: number; numericValue: string }) => [v.quarter, v.numericValue])).toEqual([
      [1, '25'],
      [2, '50'],
      [3, '75'],
      [4, '100'],
    ]);
    const cleared = (
      await planner.ok(TARGETS, {
        i: {
          ownerId: sub.id,
          indicatorId: quarterly.id,
          version: quarterly.version,
          name: 'Kesiapan diklat',
          unit: '%',
          quarters: ['', '50', '', '100'],
        },
      })
    ).setPkTargets;
    expect(cleared.values.map((v: { quarter: number }) => v.quarter)).toEqual([2, 4]);
    const staleTargets = await planner.gql(TARGETS, {
      i: {
        ownerId: sub.id,
        indicatorId: quarterly.id,
        version: quarterly.version,
        name: 'Basi',
        unit: '%',
        quarters: ['1', '1', '1', '1'],
      },
    });
    expect(firstError(staleTargets)?.code).toBe('CONFLICT');

    const scopedOther = await planner.ok(CREATE, {
      i: { kind: 'PERFORMANCE_AGREEMENT', year: 2027, title: 'PK Dinkes', agencyId: agencyB },
    });
    const r = await scoped.gql(`mutation ($i: CreateProgramInput!) { createProgram(input: $i) { id } }`, {
      i: { workPlanId: scopedOther.createWorkPlan.id, name: 'Program asing' },
    });
    expect(firstError(r)).toMatchObject({ code: 'FORBIDDEN', messageKey: 'error.agencyScope' });
    expect(
      (
        await scoped.ok(`mutation ($i: CreateProgramInput!) { createProgram(input: $i) { id } }`, {
          i: { workPlanId: pk.id, name: 'Program sendiri' },
        })
      ).createProgram.id,
    ).toBeTruthy();
    const strangerEdit = await stranger.gql(`mutation ($i: UpdatePkActivityInput!) { updatePkActivity(input: $i) { id } }`, {
      i: { id: activity.id, version: activity.version, budget: '1' },
    });
    expect(firstError(strangerEdit)?.code).toBe('NOT_FOUND');

    const UPD = `mutation ($i: UpdatePkActivityInput!) { updatePkActivity(input: $i) { id budget version } }`;
    const edited = (await planner.ok(UPD, { i: { id: activity.id, version: activity.version, budget: '1.491.762.000,00' } }))
      .updatePkActivity;
    expect(edited).toMatchObject({ budget: '1491762000', version: activity.version + 1 });
    expect(firstError(await planner.gql(UPD, { i: { id: activity.id, version: activity.version, budget: '5' } }))?.code).toBe('CONFLICT');

    const tree = (await planner.ok(PLAN_TREE, { id: pk.id })).workPlan;
    expect(tree.programs.map((p: { name: string }) => p.name)).toEqual(['Program Pengembangan SDM', 'Program sendiri']);
    expect(tree.activities[0]).toMatchObject({ budget: '1491762000', indicators: [{ name: 'Jumlah peserta diklat', unit: 'Orang' }] });
    expect(tree.activities[0].actions[0]).toMatchObject({ name: 'Persiapan pelaksanaan diklat', budget: '250000000' });

    const delProgram = await planner.gql(`mutation ($id: ID!, $v: Int!) { deleteProgram(id: $id, version: $v) { id } }`, {
      id: program.id,
      v: program.version,
    });
    expect(firstError(delProgram)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'plans.programHasActivities' });
    const delSub = (
      await planner.ok(`mutation ($id: ID!, $v: Int!) { deletePkSubActivity(id: $id, v: $v) { id } }`.replace('v: $v', 'version: $v'), {
        id: sub.id,
        v: sub.version,
      })
    ).deletePkSubActivity;
    expect(delSub.id).toBe(activity.id);
    expect(await api.db.prisma.indicator.count({ where: { actionId: sub.id } })).toBe(0);

    // A copy of the PK plan carries programs, activities, budgets and indicator definitions, not last year's targets.
    const copy = (await planner.ok(COPY, { i: { sourceId: pk.id, year: 2028, title: 'Rencana Aksi PK 2028' } })).copyWorkPlan;
    expect(copy).toMatchObject({ kind: 'PERFORMANCE_AGREEMENT', agency: { id: agencyA }, copiedFromId: pk.id });
    const copied = (await planner.ok(PLAN_TREE, { id: copy.id })).workPlan;
    expect(copied.programs.map((p: { name: string }) => p.name)).toEqual(['Program Pengembangan SDM', 'Program sendiri']);
    expect(copied.activities[0]).toMatchObject({
      budget: '1491762000',
      indicators: [{ name: 'Jumlah peserta diklat', unit: 'Orang', values: [] }],
    });
    expect(copied.activities[0].programId).toBe(copied.programs[0].id);
  });
});
