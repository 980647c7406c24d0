// The work-plan editor's mutations through GraphQL, against the real database:
// every mutation's happy path, its refusals (bad input, stale version,
// another government's rows, roles) and that a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const STEP = 'id name output successCriteria responsibleText responsibleAgency { id } months sortOrder version actionId';
const SNAPSHOT_STEP =
  'id actionId name output successCriteria responsibleAgencyId responsibleText months sortOrder realizations { month status note evidenceLinks } baselines { baselineId months }';

describeApi('work plan editor', () => {
  let api: TestApi;
  let planner: TestClient;
  let admin: TestClient;
  let assessor: TestClient;
  let depokPlanner: TestClient;
  let planId: string;
  let planVersion: number;
  let actionId: string;
  let otherActionId: string;
  let activityId: string;
  let agencyId: string;

  const plan = async () =>
    (
      await planner.ok(
        `query ($id: ID!) { workPlan(id: $id) { id version status canEdit baseline { id steps { stepId months } }
        activities { id actions { id name version sortOrder steps { ${STEP} realizations { month status note evidenceLinks version } } } } } }`,
        {
          id: planId,
        },
      )
    ).workPlan;
  const stepRow = (id: string) => api.db.prisma.step.findUnique({ where: { id } });
  const auditCount = (entityId: string) => api.db.prisma.auditLog.count({ where: { entityId } });

  const newStep = async (name: string, months: number[] = []) =>
    (
      await planner.ok(`mutation ($i: CreateStepInput!) { createStep(input: $i) { ${STEP} } }`, {
        i: { actionId, name, months },
      })
    ).createStep;

  beforeAll(async () => {
    api = await startTestApi();
    planner = await api.as('perencana@probolinggo.demo', 'probolinggo');
    admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    assessor = await api.as('asesor@probolinggo.demo', 'probolinggo');
    depokPlanner = await api.as('perencana@depok.demo', 'depok');
    const plans = (await planner.ok(`{ workPlans { id kind year version } }`)).workPlans;
    const p = plans.find((x: { kind: string; year: number }) => x.kind === 'WORK_PLAN' && x.year === 2021);
    planId = p.id;
    planVersion = p.version;
    const data = await plan();
    activityId = data.activities[0].id;
    actionId = data.activities[0].actions[0].id;
    otherActionId = data.activities[0].actions[1]?.id ?? data.activities[1].actions[0].id;
    agencyId = (await planner.ok(`{ agencies { id } }`)).agencies[0].id;
  });
  afterAll(() => api?.close());

  describe('steps', () => {
    it('creates a step at a position, schedules it, renames it and records the audit trail', async () => {
      const before = (await plan()).activities[0].actions[0].steps.length;
      const created = (
        await planner.ok(`mutation ($i: CreateStepInput!) { createStep(input: $i) { ${STEP} } }`, {
          i: { actionId, name: '  Rapat koordinasi uji  ', months: [5, 3], index: 0, responsibleAgencyId: agencyId },
        })
      ).createStep;
      expect(created).toMatchObject({
        name: 'Rapat koordinasi uji',
        months: [3, 5],
        sortOrder: 0,
        version: 1,
        responsibleAgency: { id: agencyId },
      });
      const steps = (await plan()).activities[0].actions[0].steps;
      expect(steps).toHaveLength(before + 1);
      expect(steps[0].id).toBe(created.id);
      expect(steps.map((s: { sortOrder: number }) => s.sortOrder)).toEqual(steps.map((_: unknown, i: number) => i));

      const toggled = (
        await planner.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { ${STEP} } }`, {
          i: { id: created.id, version: 1, months: [3, 5, 12] },
        })
      ).updateStep;
      expect(toggled).toMatchObject({ months: [3, 5, 12], version: 2, name: 'Rapat koordinasi uji' });

      const renamed = (
        await planner.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { ${STEP} } }`, {
          i: {
            id: created.id,
            version: 2,
            name: 'Rapat koordinasi',
            output: 'Notulen',
            successCriteria: '',
            responsibleAgencyId: null,
            responsibleText: 'Bag. Organisasi',
          },
        })
      ).updateStep;
      expect(renamed).toMatchObject({
        name: 'Rapat koordinasi',
        output: 'Notulen',
        successCriteria: null,
        responsibleAgency: null,
        responsibleText: 'Bag. Organisasi',
        months: [3, 5, 12],
        version: 3,
      });
      expect(await auditCount(created.id)).toBe(3);
      const last = await api.db.prisma.auditLog.findFirst({ where: { entityId: created.id }, orderBy: { createdAt: 'desc' } });
      expect(last).toMatchObject({ entity: 'Step', action: 'UPDATE' });
      expect(last?.before).toMatchObject({ name: 'Rapat koordinasi uji' });
    });

    it.each([
      [{ months: [0] }, 'months.0', 'validation.month'],
      [{ months: [13] }, 'months.0', 'validation.month'],
      [{ months: [2, 2] }, 'months', 'validation.duplicateMonth'],
      [{ name: '   ' }, 'name', 'validation.required'],
    ])('refuses %j with the field and message key, and changes nothing', async (patch, field, messageKey) => {
      const step = await newStep(`Langkah tolak ${field} ${Math.random()}`, [4]);
      const r = await planner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, ...patch },
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey });
      expect(await stepRow(step.id)).toMatchObject({ months: [4], version: 1, name: step.name });
    });

    it('refuses a fractional month in GraphQL (Int) before the service, changing nothing', async () => {
      const step = await newStep(`Langkah tolak pecahan ${Math.random()}`, [4]);
      const r = await planner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [1.5] },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/Int/);
      expect(await stepRow(step.id)).toMatchObject({ months: [4], version: 1 });
    });

    it('refuses a stale version with CONFLICT carrying the current row, and keeps the newer write', async () => {
      const step = await newStep('Langkah konflik', [1]);
      await admin.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [1, 2] },
      });
      const r = await planner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [] },
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.conflict',
        params: { what: 'Step', version: 2 },
      });
      expect(r.errors?.[0]?.extensions?.current).toMatchObject({ id: step.id, months: [1, 2], version: 2 });
      expect(await stepRow(step.id)).toMatchObject({ months: [1, 2], version: 2 });
    });

    it("refuses an unknown parent, an unknown agency and another government's rows", async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const r1 = await planner.gql(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id } }`, {
        i: { actionId: missing, name: 'X' },
      });
      expect(r1.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.notFound', params: { what: 'Action' } });
      const step = await newStep('Langkah milik Probolinggo', [6]);
      const r2 = await planner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, responsibleAgencyId: missing },
      });
      expect(r2.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'responsibleAgencyId',
        messageKey: 'error.unknownAgency',
      });
      const foreign = await depokPlanner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [] },
      });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const foreignCreate = await depokPlanner.gql(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id } }`, {
        i: { actionId, name: 'X' },
      });
      expect(foreignCreate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await stepRow(step.id)).toMatchObject({ months: [6], version: 1 });
    });

    it('lets only planners and administrators edit; others read', async () => {
      const step = await newStep('Langkah peran', [7]);
      const r = await assessor.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [] },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await assessor.ok(`query ($id: ID!) { workPlan(id: $id) { canEdit } }`, { id: planId })).workPlan.canEdit).toBe(false);
      expect((await admin.ok(`query ($id: ID!) { workPlan(id: $id) { canEdit } }`, { id: planId })).workPlan.canEdit).toBe(true);
      expect(await stepRow(step.id)).toMatchObject({ months: [7] });
    });

    it('applies a pasted block all or nothing', async () => {
      const a = await newStep('Tempel A', []);
      const b = await newStep('Tempel B', []);
      const ok = (
        await planner.ok(`mutation ($i: [UpdateStepInput!]!) { updateSteps(inputs: $i) { id months name } }`, {
          i: [
            { id: a.id, version: 1, months: [1, 2], name: 'Tempel A2' },
            { id: b.id, version: 1, months: [3] },
          ],
        })
      ).updateSteps;
      expect(ok).toEqual([
        { id: a.id, months: [1, 2], name: 'Tempel A2' },
        { id: b.id, months: [3], name: 'Tempel B' },
      ]);
      const bad = await planner.gql(`mutation ($i: [UpdateStepInput!]!) { updateSteps(inputs: $i) { id } }`, {
        i: [
          { id: a.id, version: 2, months: [9] },
          { id: b.id, version: 1, months: [10] }, // stale
        ],
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await stepRow(a.id)).toMatchObject({ months: [1, 2], version: 2 });
      expect(await stepRow(b.id)).toMatchObject({ months: [3], version: 2 });
    });

    it('deletes a step and restores it with its realizations from the snapshot', async () => {
      const step = await newStep('Langkah dihapus', [2, 3]);
      await planner.ok(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id } }`, {
        i: { stepId: step.id, month: 2, status: 'DONE', note: 'selesai', evidenceLinks: ['https://contoh.go.id/bukti.pdf'] },
      });
      const stale = await planner.gql(`mutation ($id: ID!) { deleteStep(id: $id, version: 9) { snapshot { id } } }`, { id: step.id });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await stepRow(step.id)).not.toBeNull();

      const deleted = (
        await planner.ok(
          `mutation ($id: ID!) { deleteStep(id: $id, version: 1) { action { id steps { id } } snapshot { ${SNAPSHOT_STEP} } } }`,
          {
            id: step.id,
          },
        )
      ).deleteStep;
      expect(deleted.action.steps.map((s: { id: string }) => s.id)).not.toContain(step.id);
      expect(deleted.snapshot).toMatchObject({
        id: step.id,
        months: [2, 3],
        realizations: [{ month: 2, status: 'DONE', note: 'selesai' }],
      });
      expect(await stepRow(step.id)).toBeNull();

      const restored = (
        await planner.ok(`mutation ($s: StepSnapshotInput!) { restoreStep(snapshot: $s) { ${STEP} realizations { month status } } }`, {
          s: deleted.snapshot,
        })
      ).restoreStep;
      expect(restored).toMatchObject({
        id: step.id,
        name: 'Langkah dihapus',
        months: [2, 3],
        realizations: [{ month: 2, status: 'DONE' }],
      });
      const again = await planner.gql(`mutation ($s: StepSnapshotInput!) { restoreStep(snapshot: $s) { id } }`, { s: deleted.snapshot });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
        messageKey: 'editing.stillExists',
        params: { what: 'Step' },
      });
    });

    it('never unschedules a month that has a realization (a click or a pasted blank), naming the month', async () => {
      const step = await newStep('Langkah terealisasi', [2, 3]);
      const real = (
        await planner.ok(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { version } }`, {
          i: { stepId: step.id, month: 2, status: 'DONE' },
        })
      ).setStepRealization;
      const click = await planner.gql(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [3] },
      });
      expect(click.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'months',
        messageKey: 'editing.realizedMonthRemoved',
        params: { months: 'Feb', monthsEn: 'Feb', count: 1 },
      });
      const other = await newStep('Langkah tetangga', [5]);
      const paste = await planner.gql(`mutation ($i: [UpdateStepInput!]!) { updateSteps(inputs: $i) { id } }`, {
        i: [
          { id: other.id, version: 1, months: [5, 6] },
          { id: step.id, version: 1, months: [] },
        ],
      });
      expect(paste.errors?.[0]?.extensions).toMatchObject({ messageKey: 'editing.realizedMonthRemoved' });
      expect(await stepRow(step.id)).toMatchObject({ months: [2, 3], version: 1 });
      expect(await stepRow(other.id)).toMatchObject({ months: [5], version: 1 });
      // Adding months and removing unrealized ones is fine; once the realization is cleared, so is February.
      await planner.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [2, 4] },
      });
      await planner.ok(`mutation { clearStepRealization(stepId: "${step.id}", month: 2, version: ${real.version}) { __typename } }`);
      const cleared = (
        await planner.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { months } }`, {
          i: { id: step.id, version: 2, months: [4] },
        })
      ).updateStep;
      expect(cleared.months).toEqual([4]);
    });

    it('restores a step as the server recorded it when deleted, never as a client rewrites it', async () => {
      const step = await newStep('Langkah tercatat', [4, 5]);
      await planner.ok(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id } }`, {
        i: { stepId: step.id, month: 4, status: 'DONE' },
      });
      // An approved baseline of this plan holding the step, and one of another government's plan.
      const own = await api.db.prisma.planBaseline.create({
        data: { workPlanId: planId, steps: { create: { stepId: step.id, months: [4, 5] } } },
      });
      const depokPlan = await api.db.prisma.workPlan.findFirstOrThrow({ where: { government: { code: 'depok' } } });
      const foreign = await api.db.prisma.planBaseline.create({ data: { workPlanId: depokPlan.id } });
      const { snapshot } = (
        await planner.ok(`mutation ($id: ID!) { deleteStep(id: $id, version: 1) { snapshot { ${SNAPSHOT_STEP} } } }`, { id: step.id })
      ).deleteStep;
      const forged = {
        ...snapshot,
        months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        realizations: [{ month: 9, status: 'DONE', note: 'dibuat-buat', evidenceLinks: [] }],
        baselines: [
          { baselineId: own.id, months: [9, 10] },
          { baselineId: foreign.id, months: [1] },
        ],
      };
      const restore = `mutation ($s: StepSnapshotInput!) { restoreStep(snapshot: $s) { id months realizations { month status } } }`;
      // Another government cannot restore it (nothing recorded there) and learns nothing.
      const theirs = await depokPlanner.gql(restore, { s: forged });
      expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'editing.notDeleted' });
      expect(await stepRow(step.id)).toBeNull();
      // A step id that was never deleted here is refused too.
      const unknown = await planner.gql(restore, { s: { ...snapshot, id: '00000000-0000-4000-8000-00000000abcd' } });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ messageKey: 'editing.notDeleted', params: { what: 'Step' } });

      const restored = (await planner.ok(restore, { s: forged })).restoreStep;
      expect(restored).toEqual({ id: step.id, months: [4, 5], realizations: [{ month: 4, status: 'DONE' }] });
      const baselineRows = await api.db.prisma.planBaselineStep.findMany({
        where: { stepId: step.id },
        select: { baselineId: true, months: true },
      });
      expect(baselineRows).toEqual([{ baselineId: own.id, months: [4, 5] }]);
      await api.db.prisma.planBaseline.deleteMany({ where: { id: { in: [own.id, foreign.id] } } });
    });

    it('reorders within an action and moves to another action of the same plan', async () => {
      const step = await newStep('Langkah dipindah', [8]);
      const reordered = (
        await planner.ok(`mutation ($i: MoveInput!) { moveStep(input: $i) { step { sortOrder version } to { steps { id sortOrder } } } }`, {
          i: { id: step.id, version: 1, parentId: actionId, index: 1 },
        })
      ).moveStep;
      expect(reordered.step).toEqual({ sortOrder: 1, version: 2 });
      expect(reordered.to.steps[1].id).toBe(step.id);
      expect(reordered.to.steps.map((s: { sortOrder: number }) => s.sortOrder)).toEqual(
        reordered.to.steps.map((_: unknown, i: number) => i),
      );

      const moved = (
        await planner.ok(
          `mutation ($i: MoveInput!) { moveStep(input: $i) { step { actionId } from { id steps { id } } to { id steps { id } } } }`,
          {
            i: { id: step.id, version: 2, parentId: otherActionId, index: 0 },
          },
        )
      ).moveStep;
      expect(moved.step.actionId).toBe(otherActionId);
      expect(moved.from.steps.map((s: { id: string }) => s.id)).not.toContain(step.id);
      expect(moved.to.steps[0].id).toBe(step.id);

      // Another plan's action is refused.
      const gov = await api.db.prisma.government.findUniqueOrThrow({ where: { code: 'probolinggo' } });
      const foreignAction = await api.db.prisma.action.findFirst({
        where: { governmentId: gov.id, activity: { workPlanId: { not: planId, notIn: [] }, NOT: { workPlanId: null } } },
      });
      if (foreignAction) {
        const r = await planner.gql(`mutation ($i: MoveInput!) { moveStep(input: $i) { step { id } } }`, {
          i: { id: step.id, version: 3, parentId: foreignAction.id, index: 0 },
        });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', messageKey: 'editing.otherPlan' });
      }
      const unknown = await planner.gql(`mutation ($i: MoveInput!) { moveStep(input: $i) { step { id } } }`, {
        i: { id: step.id, version: 3, parentId: '00000000-0000-4000-8000-000000000000', index: 0 },
      });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'parentId',
        messageKey: 'editing.unknownParent',
        params: { what: 'Action' },
      });
      expect(await stepRow(step.id)).toMatchObject({ actionId: otherActionId, version: 3 });
    });
  });

  describe('actions', () => {
    it('creates, edits, refuses a stale edit, moves, deletes and restores an action with its steps', async () => {
      const created = (
        await planner.ok(`mutation ($i: CreateActionInput!) { createAction(input: $i) { id name sortOrder version activityId } }`, {
          i: { activityId, name: 'Aksi uji baru', output: 'Laporan' },
        })
      ).createAction;
      expect(created).toMatchObject({ name: 'Aksi uji baru', version: 1, activityId });

      const empty = await planner.gql(`mutation ($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
        i: { activityId, name: '' },
      });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

      const edited = (
        await planner.ok(
          `mutation ($i: UpdateActionInput!) { updateAction(input: $i) { name successCriteria responsibleAgency { id } version } }`,
          {
            i: { id: created.id, version: 1, name: 'Aksi uji', successCriteria: 'SK terbit', responsibleAgencyId: agencyId },
          },
        )
      ).updateAction;
      expect(edited).toEqual({ name: 'Aksi uji', successCriteria: 'SK terbit', responsibleAgency: { id: agencyId }, version: 2 });
      const stale = await admin.gql(`mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id } }`, {
        i: { id: created.id, version: 1, name: 'Lama' },
      });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ name: 'Aksi uji', version: 2 });

      await planner.ok(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id } }`, {
        i: { actionId: created.id, name: 'Langkah aksi', months: [4] },
      });
      const moved = (
        await planner.ok(`mutation ($i: MoveInput!) { moveAction(input: $i) { action { sortOrder } to { actions { id } } } }`, {
          i: { id: created.id, version: 2, parentId: activityId, index: 0 },
        })
      ).moveAction;
      expect(moved.action.sortOrder).toBe(0);
      expect(moved.to.actions[0].id).toBe(created.id);

      const deleted = (
        await planner.ok(
          `mutation ($id: ID!) { deleteAction(id: $id, version: 3) { activity { actions { id } } snapshot { id activityId name output successCriteria responsibleAgencyId responsibleText sortOrder steps { ${SNAPSHOT_STEP} } } } }`,
          { id: created.id },
        )
      ).deleteAction;
      expect(deleted.activity.actions.map((a: { id: string }) => a.id)).not.toContain(created.id);
      expect(deleted.snapshot.steps).toHaveLength(1);
      expect(await api.db.prisma.step.count({ where: { actionId: created.id } })).toBe(0);

      const restoreQ = `mutation ($s: ActionSnapshotInput!) { restoreAction(snapshot: $s) { id sortOrder steps { name months } } }`;
      // What is restored is what the server recorded: a rewritten snapshot changes nothing of it.
      const forged = {
        ...deleted.snapshot,
        name: 'Aksi dibuat-buat',
        steps: deleted.snapshot.steps.map((st: object) => ({
          ...st,
          months: [1, 12],
          realizations: [{ month: 1, status: 'DONE', evidenceLinks: [] }],
        })),
      };
      const theirs = await depokPlanner.gql(restoreQ, { s: forged });
      expect(theirs.errors?.[0]?.extensions).toMatchObject({ messageKey: 'editing.notDeleted', params: { what: 'Action' } });
      expect(await api.db.prisma.action.findUnique({ where: { id: created.id } })).toBeNull();
      const restored = (await planner.ok(restoreQ, { s: forged })).restoreAction;
      expect(restored).toEqual({ id: created.id, sortOrder: 0, steps: [{ name: 'Langkah aksi', months: [4] }] });
      expect(await api.db.prisma.action.findUnique({ where: { id: created.id } })).toMatchObject({ name: deleted.snapshot.name });
      expect(await api.db.prisma.stepRealization.count({ where: { step: { actionId: created.id } } })).toBe(0);
    });

    it("refuses another government's action", async () => {
      const r = await depokPlanner.gql(`mutation ($i: UpdateActionInput!) { updateAction(input: $i) { id } }`, {
        i: { id: actionId, version: 1, name: 'X' },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const d = await depokPlanner.gql(`mutation { deleteAction(id: "${actionId}", version: 1) { activity { id } } }`);
      expect(d.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await api.db.prisma.action.findUnique({ where: { id: actionId } })).not.toBeNull();
    });
  });

  describe('realization', () => {
    it('records, updates (versioned) and clears the realization of a scheduled month', async () => {
      const step = await newStep('Langkah realisasi', [1, 2]);
      const set = `mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id month status note evidenceLinks version stepId } }`;
      const first = (await planner.ok(set, { i: { stepId: step.id, month: 1, status: 'PARTIAL', note: 'Rapat 1 dari 2' } }))
        .setStepRealization;
      expect(first).toMatchObject({ month: 1, status: 'PARTIAL', note: 'Rapat 1 dari 2', evidenceLinks: [], version: 1 });

      // A second writer that saw no realization is refused.
      const blind = await admin.gql(set, { i: { stepId: step.id, month: 1, status: 'DONE' } });
      expect(blind.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(blind.errors?.[0]?.extensions?.current).toMatchObject({ status: 'PARTIAL', version: 1 });

      const second = (
        await planner.ok(set, {
          i: { stepId: step.id, month: 1, status: 'DONE', evidenceLinks: ['https://jdih.probolinggokota.go.id/sk.pdf'], version: 1 },
        })
      ).setStepRealization;
      expect(second).toMatchObject({
        status: 'DONE',
        note: 'Rapat 1 dari 2',
        evidenceLinks: ['https://jdih.probolinggokota.go.id/sk.pdf'],
        version: 2,
      });

      const stale = await admin.gql(set, { i: { stepId: step.id, month: 1, status: 'NOT_DONE', version: 1 } });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const cleared = await planner.ok(
        `mutation { clearStepRealization(stepId: "${step.id}", month: 1, version: 2) { step { id realizations { month } } } }`,
      );
      expect(cleared.clearStepRealization.step.realizations).toEqual([]);
    });

    it.each([
      [{ month: 3 }, 'month', 'editing.monthNotScheduled'],
      [{ month: 13 }, 'month', 'validation.month'],
      [{ evidenceLinks: ['bukti.pdf'] }, 'evidenceLinks.0', 'validation.url'],
    ])('refuses %j with the field and message key, and records nothing', async (patch, field, messageKey) => {
      const step = await newStep(`Langkah realisasi salah ${field}`, [1, 2]);
      const r = await planner.gql(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id } }`, {
        i: { stepId: step.id, month: 1, status: 'DONE', ...patch },
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey });
      expect(await api.db.prisma.stepRealization.count({ where: { stepId: step.id } })).toBe(0);
    });

    it('is refused to an assessor', async () => {
      const step = await newStep('Langkah realisasi peran', [1]);
      const r = await assessor.gql(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id } }`, {
        i: { stepId: step.id, month: 1, status: 'DONE' },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('approval and baseline', () => {
    it('approves the plan, freezes the schedule and compares it with later edits', async () => {
      const step = await newStep('Langkah baseline', [3, 4]);
      // The leadership approves (who drafts does not approve: see plan-setup.test.ts).
      const leader = await api.as('pimpinan@probolinggo.demo', 'probolinggo');
      const stale = await leader.gql(`mutation { approveWorkPlan(id: "${planId}", version: ${planVersion + 50}) { id } }`);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const approved = (
        await leader.ok(
          `mutation { approveWorkPlan(id: "${planId}", version: ${planVersion}, note: "Disetujui") { status version approvedAt baseline { id note steps { stepId months } } } }`,
        )
      ).approveWorkPlan;
      expect(approved.status).toBe('APPROVED');
      expect(approved.approvedAt).toBeTruthy();
      expect(approved.baseline.note).toBe('Disetujui');
      expect(approved.baseline.steps.find((s: { stepId: string }) => s.stepId === step.id)).toEqual({ stepId: step.id, months: [3, 4] });
      const total = await api.db.prisma.step.count({ where: { action: { activity: { workPlanId: planId } } } });
      expect(approved.baseline.steps).toHaveLength(total);

      await planner.ok(`mutation ($i: UpdateStepInput!) { updateStep(input: $i) { id } }`, {
        i: { id: step.id, version: 1, months: [4, 5] },
      });
      const now = await plan();
      const current = now.activities.flatMap((a: any) => a.actions.flatMap((x: any) => x.steps)).find((s: any) => s.id === step.id);
      expect(current.months).toEqual([4, 5]);
      expect(now.baseline.steps.find((s: { stepId: string }) => s.stepId === step.id).months).toEqual([3, 4]);
      expect(await api.db.prisma.auditLog.count({ where: { entityId: planId, action: 'STATUS' } })).toBe(1);
    });

    it('is refused to the planner who drafts it, an assessor and a manager limited to an agency outside it', async () => {
      const current = (await plan()).version;
      const mutation = `mutation { approveWorkPlan(id: "${planId}", version: ${current}) { id } }`;
      expect((await planner.gql(mutation)).errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'plans.approveOwnPlan',
      });
      expect((await assessor.gql(mutation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await plan()).version).toBe(current);
    });
  });
});
