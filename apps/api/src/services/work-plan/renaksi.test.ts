// Renaksi over the real API: a planner turns last year's findings into this
// year's renaksi (each finding once), sets an action's output, budget and TW
// targets, and the implementer reports a quarter (versioned, refused once the
// quarter is closed); another government gets nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const UNFOLLOWED = `query ($y: Int) { unfollowedFindings(year: $y) { id text } }`;
const CREATE = `mutation ($input: CreateRenaksiInput!) { createRenaksi(input: $input) { id kind year title } }`;
const PLAN = `query ($id: ID!) { workPlan(id: $id) { id renaksiActions {
  id version name output implementers budget group finding { id text }
  indicator { id name unit version } targets totalTarget realizations
  reports { id quarter budgetRealization supportingFactors hinderingFactors followUp evidence { title url } reportedByName version } } } }`;
const UPDATE = `mutation ($input: UpdateRenaksiActionInput!) { updateRenaksiAction(input: $input) { id version name budget implementers } }`;
const TARGETS = `mutation ($input: SetPkTargetsInput!) { setPkTargets(input: $input) { id version } }`;
const REPORT = `mutation ($input: ReportRenaksiQuarterInput!) { reportRenaksiQuarter(input: $input) { id quarter version budgetRealization evidence { title url } } }`;

describeApi('renaksi from findings, with quarterly reports', () => {
  let api: TestApi;
  let planner: TestClient;
  let admin: TestClient;
  let planId: string;

  beforeAll(async () => {
    api = await startTestApi();
    planner = await api.as('perencana@probolinggo.demo', 'probolinggo');
    admin = await api.as('admin@probolinggo.demo', 'probolinggo');
  }, 120_000);
  afterAll(() => api?.close());

  it('turns last year’s findings into this year’s renaksi, grouped by RB General and Tematik theme, each finding once', async () => {
    const { unfollowedFindings } = await planner.ok(UNFOLLOWED, { y: 2025 });
    expect(unfollowedFindings).toHaveLength(4);
    const { createRenaksi } = await planner.ok(CREATE, {
      input: { year: 2026, title: 'Renaksi RB 2026', findingIds: unfollowedFindings.map((f: { id: string }) => f.id) },
    });
    expect(createRenaksi).toMatchObject({ kind: 'RENAKSI', year: 2026 });
    planId = createRenaksi.id;
    const { workPlan } = await planner.ok(PLAN, { id: planId });
    expect(workPlan.renaksiActions.map((a: { group: string }) => a.group)).toEqual([
      'RB General',
      'RB General',
      'RB General',
      'RB Tematik — Pengentasan kemiskinan',
    ]);
    expect(workPlan.renaksiActions[0].finding.text).toBe(unfollowedFindings[0].text);
    expect((await planner.ok(UNFOLLOWED, { y: 2025 })).unfollowedFindings).toEqual([]);

    // The same finding again: refused with the plan that already has it, nothing created.
    const plans = await api.db.prisma.workPlan.count({ where: { kind: 'RENAKSI' } });
    const again = await planner.gql(CREATE, { input: { year: 2026, title: 'Renaksi ganda', findingIds: [unfollowedFindings[0].id] } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'plans.renaksiFindingAlready' });
    expect(await api.db.prisma.workPlan.count({ where: { kind: 'RENAKSI' } })).toBe(plans);
    const none = await planner.gql(CREATE, { input: { year: 2026, title: 'Renaksi kosong', findingIds: [] } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'plans.renaksiNoFindings' });
  });

  it('sets an action’s output, implementers, budget and TW I–IV targets; a bad budget changes nothing', async () => {
    const { workPlan } = await planner.ok(PLAN, { id: planId });
    const action = workPlan.renaksiActions[0];
    const bad = await planner.gql(UPDATE, { input: { id: action.id, version: action.version, budget: '150.000.000/ 200.000.000' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'plans.invalidBudget' });
    const { updateRenaksiAction } = await planner.ok(UPDATE, {
      input: {
        id: action.id,
        version: action.version,
        name: 'Menyusun target triwulan renaksi untuk seluruh kegiatan utama',
        output: 'Dokumen renaksi dengan target triwulan',
        implementers: 'Bagian Organisasi; seluruh perangkat daerah',
        budget: 'Rp 150.000.000',
      },
    });
    expect(updateRenaksiAction).toMatchObject({ version: action.version + 1, budget: '150000000' });
    await planner.ok(TARGETS, {
      input: {
        ownerId: action.id,
        name: 'Dokumen renaksi yang memuat target triwulan',
        unit: 'Dokumen',
        annual: '4',
        quarters: ['1', '2', '3', '4'],
      },
    });
    const after = (await planner.ok(PLAN, { id: planId })).workPlan.renaksiActions[0];
    expect(after).toMatchObject({ targets: ['1', '2', '3', '4'], totalTarget: '4', indicator: { unit: 'Dokumen' } });
    // A stale edit is refused as a conflict.
    const stale = await planner.gql(UPDATE, { input: { id: action.id, version: action.version, output: 'lama' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('records the implementer’s quarterly report with factors and evidence; a closed quarter refuses it', async () => {
    const action = (await planner.ok(PLAN, { id: planId })).workPlan.renaksiActions[0];
    const { reportRenaksiQuarter } = await planner.ok(REPORT, {
      input: {
        actionId: action.id,
        quarter: 1,
        realization: '1',
        budgetRealization: '35.000.000',
        supportingFactors: 'Dukungan Sekretaris Daerah',
        hinderingFactors: 'Data kegiatan perangkat daerah terlambat',
        followUp: 'Rapat koordinasi bulanan',
        evidence: [{ title: 'Notulen rapat TW I', url: 'https://drive.probolinggokota.go.id/renaksi/tw1' }],
      },
    });
    expect(reportRenaksiQuarter).toMatchObject({ quarter: 1, version: 1, budgetRealization: '35000000' });
    const after = (await planner.ok(PLAN, { id: planId })).workPlan.renaksiActions[0];
    expect(after.realizations).toEqual(['1', null, null, null]);
    expect(after.reports[0]).toMatchObject({
      hinderingFactors: 'Data kegiatan perangkat daerah terlambat',
      reportedByName: 'Perencana Probolinggo',
    });

    const badUrl = await planner.gql(REPORT, {
      input: { actionId: action.id, quarter: 2, evidence: [{ title: 'x', url: 'javascript:alert(1)' }] },
    });
    expect(badUrl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await planner.gql(REPORT, { input: { actionId: action.id, quarter: 1, realization: '2' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await admin.ok(`mutation { closePeriod(year: 2026, quarter: 2, reason: "TW II ditutup") { id } }`);
    const closed = await planner.gql(REPORT, { input: { actionId: action.id, quarter: 2, realization: '2' } });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'plans.periodClosed' });
    expect(await api.db.prisma.actionReport.count({ where: { actionId: action.id } })).toBe(1);
  });

  it('gives a user of another government nothing and lets them change nothing', async () => {
    const action = (await planner.ok(PLAN, { id: planId })).workPlan.renaksiActions[0];
    const other = await api.newGovernment('Pemerintah Kota Renaksi Lain');
    expect((await other.admin.ok(UNFOLLOWED, { y: 2025 })).unfollowedFindings).toEqual([]);
    expect((await other.admin.ok(PLAN, { id: planId })).workPlan).toBeNull();
    const create = await other.admin.gql(CREATE, { input: { year: 2026, title: 'x', findingIds: [action.finding.id] } });
    expect(create.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await other.admin.gql(UPDATE, { input: { id: action.id, version: action.version, name: 'x' } });
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const report = await other.admin.gql(REPORT, { input: { actionId: action.id, quarter: 3, realization: '1' } });
    expect(report.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
