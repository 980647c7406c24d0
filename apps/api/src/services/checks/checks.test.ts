// Plan checks through the API, for a government that started empty: an error
// refuses a typed value and changes nothing, a warning refuses until
// confirmed and then comes back with the saved value, whole-plan and road-map
// reports, rules switched off per government (audited), and nothing for a
// user of another government.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

const CREATE_ROADMAP = `mutation ($input: CreateRoadmapInput!) { createRoadmap(input: $input) { id } }`;
const CREATE_GOAL = `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }`;
const CREATE_INDICATOR = `mutation ($input: CreateRoadmapIndicatorInput!) { createRoadmapIndicator(input: $input) { id version } }`;
const SET = `mutation ($inputs: [IndicatorValueInput!]!, $confirm: Boolean) {
  setIndicatorValues(inputs: $inputs, confirmWarnings: $confirm) {
    value { id textValue version } findings { rule severity messageKey params { name value } }
  } }`;
const VALUES = `query ($id: ID!) { indicator(id: $id) { values { kind year quarter textValue } } }`;
const ROADMAP_CHECKS = `query ($id: ID!) { roadmapChecks(roadmapId: $id) {
  errorCount warningCount disabledRules findings { rule severity messageKey params { name value } target { type indicatorId year quarter } } } }`;
const PLAN_CHECKS = `query ($id: ID!) { workPlanChecks(workPlanId: $id) {
  errorCount warningCount findings { rule target { type stepId actionId activityId } params { name value } } } }`;
const RULES = `{ checkRules { id severity enabled reason version } }`;
const SET_RULE = `mutation ($input: CheckRuleInput!) { setCheckRule(input: $input) { id enabled reason version } }`;
const AUDIT = `query { auditLog(entity: "CheckRuleSetting", limit: 10) { action entity } }`;

type Finding = { rule: string; messageKey: string; params: { name: string; value: string }[] };
/** The findings an error carries (the plan checks' refusal). */
const findingsOf = (r: { errors?: { extensions?: unknown }[] }) =>
  ((r.errors?.[0]?.extensions ?? {}) as { findings?: Finding[] }).findings ?? [];
const param = (f: { params: { name: string; value: string }[] }, name: string) => f.params.find((p) => p.name === name)?.value;

describeApi('plan checks', () => {
  let api: TestApi;
  let admin: TestClient;
  let other: TestClient;
  let roadmapId: string;
  let pct: string; // a percentage of completion, cumulative by quarter
  let people: string; // people trained, additive by quarter

  beforeAll(async () => {
    api = await startTestApi();
    ({ admin } = await api.newGovernment('Kabupaten Uji Pemeriksaan'));
    ({ admin: other } = await api.newGovernment('Kabupaten Uji Lain'));
    roadmapId = (await admin.ok(CREATE_ROADMAP, { input: { title: 'Road Map RB 2025–2027', startYear: 2025, endYear: 2027 } }))
      .createRoadmap.id;
    const goalId = (await admin.ok(CREATE_GOAL, { input: { roadmapId, code: 'S1', statement: 'Birokrasi yang bersih dan akuntabel' } }))
      .createGoal.id;
    const create = async (input: Record<string, unknown>) =>
      (await admin.ok(CREATE_INDICATOR, { input: { roadmapId, goalId, ...input } })).createRoadmapIndicator.id as string;
    pct = await create({
      name: 'Persentase penyelesaian tindak lanjut LHP',
      valueType: 'PERCENTAGE',
      unit: '%',
      accumulation: 'CUMULATIVE',
      baseline: { year: 2024, text: '60' },
      targets: [
        { year: 2025, text: '70' },
        { year: 2026, text: '80' },
        { year: 2027, text: '90' },
      ],
    });
    people = await create({ name: 'Jumlah ASN terlatih', valueType: 'NUMBER', unit: 'Orang', accumulation: 'ADDITIVE' });
  });
  afterAll(() => api?.close());

  const values = async (id: string) =>
    ((await admin.ok(VALUES, { id })).indicator.values as { kind: string; year: number; quarter: number; textValue: string }[]).filter(
      (v) => v.kind !== 'BASELINE',
    );

  it('refuses a negative percentage with the rule’s message naming the cell, and changes nothing', async () => {
    const before = await values(pct);
    const r = await admin.gql(SET, { inputs: [{ indicatorId: pct, kind: 'TARGET', year: 2025, quarter: 1, text: '-50%' }] });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'checks.percent.negative',
      field: 'inputs.0.text',
      rule: 'percent.negative',
    });
    expect(r.errors?.[0]?.message).toContain('-50% is below 0');
    expect(await values(pct)).toEqual(before);
  });

  it('asks before keeping 2000 %: refused with the warning, then saved when confirmed and returned with it', async () => {
    const input = { indicatorId: pct, kind: 'TARGET', year: 2025, quarter: 1, text: '2000%' };
    const asked = await admin.gql(SET, { inputs: [input] });
    const ext = asked.errors?.[0]?.extensions as {
      messageKey: string;
      findings: { rule: string; params: { name: string; value: string }[] }[];
    };
    expect(ext.messageKey).toBe('checks.confirmWarnings');
    expect(ext.findings.map((f) => f.rule)).toEqual(['percent.over100']);
    expect(param(ext.findings[0]!, 'value')).toBe('2.000');
    expect((await values(pct)).find((v) => v.quarter === 1)).toBeUndefined();

    const kept = (await admin.ok(SET, { inputs: [input], confirm: true })).setIndicatorValues;
    expect(kept[0].value.textValue).toBe('2000%');
    expect(kept[0].findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([['percent.over100', 'WARNING']]);
    // Saving it again unchanged (a note added) does not ask again.
    const noted = await admin.ok(SET, { inputs: [{ ...input, note: 'Sesuai dokumen PK', version: kept[0].value.version }] });
    expect(noted.setIndicatorValues[0].value.textValue).toBe('2000%');
    // A value without findings is saved at once, with none.
    const plain = (await admin.ok(SET, { inputs: [{ indicatorId: pct, kind: 'TARGET', year: 2027, quarter: 1, text: '20' }] }))
      .setIndicatorValues;
    expect(plain[0].findings).toEqual([]);
  });

  it('checks quarters against each other and the year, with the values already stored', async () => {
    // Cumulative: TW III = 30 after the TW I kept at 2000 goes down (TW II is not typed yet).
    const r = await admin.gql(SET, { inputs: [{ indicatorId: pct, kind: 'TARGET', year: 2025, quarter: 3, text: '30' }] });
    const ext = { findings: findingsOf(r) };
    expect(ext.findings.map((f) => f.rule)).toEqual(['quarters.decreasing']);
    expect([param(ext.findings[0]!, 'previousQuarter'), param(ext.findings[0]!, 'previous')]).toEqual(['TW I', '2.000']);
    // Additive: the four quarters typed in one paste, not adding up to the year.
    const paste = [
      { indicatorId: people, kind: 'TARGET', year: 2025, text: '100' },
      ...[10, 20, 30, 39].map((v, i) => ({ indicatorId: people, kind: 'TARGET', year: 2025, quarter: i + 1, text: String(v) })),
    ];
    const sum = await admin.gql(SET, { inputs: paste });
    const sumExt = { findings: findingsOf(sum) };
    expect(sumExt.findings.map((f) => f.rule)).toEqual(['quarters.sumNotAnnual']);
    expect(param(sumExt.findings[0]!, 'sum')).toBe('99');
    // Fixed, the same paste is saved without a question.
    paste[4]!.text = '40';
    expect((await admin.ok(SET, { inputs: paste })).setIndicatorValues).toHaveLength(5);
  });

  it('flags a unit typed into the value and a realization far from its target', async () => {
    const unit = await admin.gql(SET, { inputs: [{ indicatorId: people, kind: 'REALIZATION', year: 2025, text: '30 Dokumen' }] });
    const f = findingsOf(unit);
    expect(f.map((x) => x.messageKey)).toEqual(['checks.value.unitInText']);
    // The indicator's own unit, as the documents write it, is fine.
    const own = await admin.ok(SET, { inputs: [{ indicatorId: people, kind: 'REALIZATION', year: 2025, text: '30 Orang' }] });
    expect(own.setIndicatorValues[0].findings).toEqual([]);
    const far = await admin.gql(SET, { inputs: [{ indicatorId: people, kind: 'REALIZATION', year: 2025, text: '1001' }] });
    expect(findingsOf(far).map((x) => x.rule)).toEqual(['realization.magnitude']);
  });

  it('reports the road map: stored warnings with their cells, and the years without a target', async () => {
    const report = (await admin.ok(ROADMAP_CHECKS, { id: roadmapId })).roadmapChecks;
    const rules = report.findings.map((f: { rule: string }) => f.rule).sort();
    expect(rules).toEqual(['indicator.missingTargets', 'percent.over100']);
    const missing = report.findings.find((f: { rule: string }) => f.rule === 'indicator.missingTargets');
    expect(missing.target).toMatchObject({ type: 'INDICATOR', indicatorId: people });
    expect(param(missing, 'years')).toBe('2026, 2027');
    const over = report.findings.find((f: { rule: string }) => f.rule === 'percent.over100');
    expect(over.target).toMatchObject({ type: 'VALUE', indicatorId: pct, year: 2025, quarter: 1 });
    expect(report).toMatchObject({ errorCount: 0, warningCount: 2, disabledRules: [] });
  });

  it('reports a year of the government’s indicators (the entry grid), and nothing of it to another government', async () => {
    const YEAR_CHECKS = `query ($year: Int!, $scope: IndicatorScope) { indicatorChecks(year: $year, scope: $scope) {
      warningCount findings { rule target { indicatorId year quarter } } } }`;
    const mine = (await admin.ok(YEAR_CHECKS, { year: 2025, scope: 'GOAL' })).indicatorChecks;
    expect(mine.findings).toEqual([{ rule: 'percent.over100', target: { indicatorId: pct, year: 2025, quarter: 1 } }]);
    expect((await admin.ok(YEAR_CHECKS, { year: 2024, scope: 'GOAL' })).indicatorChecks.findings).toEqual([]);
    const theirs = (await other.ok(YEAR_CHECKS, { year: 2025 })).indicatorChecks;
    expect(theirs.findings.filter((f: { target: { indicatorId: string } }) => [pct, people].includes(f.target.indicatorId))).toEqual([]);
  });

  it('an administrator switches a rule off with a reason (audited); it then neither runs nor asks, and back on', async () => {
    const rules = (await admin.ok(RULES)).checkRules;
    expect(rules.find((r: { id: string }) => r.id === 'percent.over100')).toMatchObject({
      enabled: true,
      severity: 'WARNING',
      version: null,
    });
    const noReason = await admin.gql(SET_RULE, { input: { ruleId: 'percent.over100', enabled: false } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'checks.reasonRequired' });
    const unknown = await admin.gql(SET_RULE, { input: { ruleId: 'no.such', enabled: false, reason: 'x' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ messageKey: 'checks.unknownRule' });

    const off = (await admin.ok(SET_RULE, { input: { ruleId: 'percent.over100', enabled: false, reason: 'Indikator kami boleh > 100%' } }))
      .setCheckRule;
    expect(off).toMatchObject({ enabled: false, reason: 'Indikator kami boleh > 100%', version: 1 });
    const report = (await admin.ok(ROADMAP_CHECKS, { id: roadmapId })).roadmapChecks;
    expect(report.disabledRules).toEqual(['percent.over100']);
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('percent.over100');
    const saved = await admin.ok(SET, { inputs: [{ indicatorId: pct, kind: 'TARGET', year: 2026, quarter: 1, text: '150' }] });
    expect(saved.setIndicatorValues[0].findings).toEqual([]);
    // A stale setting is refused.
    const stale = await admin.gql(SET_RULE, { input: { ruleId: 'percent.over100', enabled: true } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await admin.ok(SET_RULE, { input: { ruleId: 'percent.over100', enabled: true, version: 1 } })).setCheckRule).toMatchObject({
      enabled: true,
      reason: null,
      version: 2,
    });
    const audit = (await admin.ok(AUDIT)).auditLog;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it('a planner cannot switch rules; another government sees none of these checks and keeps its own rules', async () => {
    const report = await other.gql(ROADMAP_CHECKS, { id: roadmapId });
    expect(report.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherRules = (await other.ok(RULES)).checkRules;
    expect(otherRules.every((r: { enabled: boolean; version: number | null }) => r.enabled && r.version === null)).toBe(true);
    const planner = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const refused = await planner.gql(SET_RULE, { input: { ruleId: 'step.noMonth', enabled: false, reason: 'x' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('a plan', () => {
    it('lists a step without months and an action without steps; another government gets NOT_FOUND', async () => {
      const plan = (
        await admin.ok(`mutation ($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`, {
          input: { kind: 'WORK_PLAN', year: 2025, title: 'Rencana Kerja RB 2025' },
        })
      ).createWorkPlan;
      const activity = (
        await admin.ok(`mutation ($input: CreatePlanActivityInput!) { createPlanActivity(input: $input) { id actions { id } } }`, {
          input: { workPlanId: plan.id, name: 'Penataan organisasi', actionName: 'Evaluasi kelembagaan' },
        })
      ).createPlanActivity;
      const actionId = activity.actions[0].id;
      let report = (await admin.ok(PLAN_CHECKS, { id: plan.id })).workPlanChecks;
      expect(report.findings).toEqual([expect.objectContaining({ rule: 'action.noStep', target: expect.objectContaining({ actionId }) })]);
      const step = (
        await admin.ok(`mutation ($input: CreateStepInput!) { createStep(input: $input) { id } }`, {
          input: { actionId, name: 'Menyusun kajian' },
        })
      ).createStep;
      report = (await admin.ok(PLAN_CHECKS, { id: plan.id })).workPlanChecks;
      expect(report.findings.map((f: { rule: string; target: { stepId: string } }) => [f.rule, f.target.stepId])).toEqual([
        ['step.noMonth', step.id],
      ]);
      expect((await other.gql(PLAN_CHECKS, { id: plan.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('PK: a budget that is not the sum of its sub-activities, and quarterly targets checked when typed', async () => {
      const plan = (
        await admin.ok(`mutation ($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`, {
          input: { kind: 'PERFORMANCE_AGREEMENT', year: 2025, title: 'Rencana Aksi PK 2025' },
        })
      ).createWorkPlan;
      const program = (
        await admin.ok(`mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, {
          input: { workPlanId: plan.id, name: 'Program penunjang urusan pemerintahan' },
        })
      ).createProgram;
      const activity = (
        await admin.ok(`mutation ($input: CreatePkActivityInput!) { createPkActivity(input: $input) { id } }`, {
          input: { programId: program.id, name: 'Administrasi kepegawaian', budget: '388.000.000' },
        })
      ).createPkActivity;
      const sub = async (name: string, budget: string) =>
        (
          await admin.ok(`mutation ($input: CreatePkSubActivityInput!) { createPkSubActivity(input: $input) { id } }`, {
            input: { activityId: activity.id, name, budget },
          })
        ).createPkSubActivity.id as string;
      const first = await sub('Pengadaan pakaian dinas', '250.000.000');
      await sub('Pendidikan dan pelatihan', '130.000.000');
      const report = (await admin.ok(PLAN_CHECKS, { id: plan.id })).workPlanChecks;
      const budget = report.findings.find((f: { rule: string }) => f.rule === 'budget.notSum');
      expect(budget.target.activityId).toBe(activity.id);
      expect([param(budget, 'budget'), param(budget, 'sum')]).toEqual(['Rp 388.000.000', 'Rp 380.000.000']);

      const TARGETS = `mutation ($input: SetPkTargetsInput!) { setPkTargets(input: $input) { id } }`;
      const input = {
        ownerId: first,
        name: 'Persentase ASN berpakaian dinas',
        unit: '%',
        annual: '100',
        quarters: ['25', '50', '75', '90'],
      };
      // A negative percentage is refused, naming the quarter's field.
      const negative = await admin.gql(TARGETS, { input: { ...input, quarters: ['25', '-5', '75', '100'] } });
      expect(negative.errors?.[0]?.extensions).toMatchObject({ messageKey: 'checks.percent.negative', field: 'quarters.1' });
      const asked = await admin.gql(TARGETS, { input });
      expect(asked.errors?.[0]?.extensions).toMatchObject({ messageKey: 'checks.confirmWarnings' });
      // Nothing was written, not even the indicator.
      const after = (await admin.ok(PLAN_CHECKS, { id: plan.id })).workPlanChecks;
      expect(after.findings.map((f: { rule: string }) => f.rule)).toEqual(['budget.notSum']);
      await admin.ok(TARGETS, { input: { ...input, confirmWarnings: true } });
      const kept = (await admin.ok(PLAN_CHECKS, { id: plan.id })).workPlanChecks;
      expect(kept.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['budget.notSum', 'quarters.inconsistent']);
    });
  });
});
