// The 2023 national model over the real API: the RB General framework as it
// applies to a city, the evaluator's scores beside the self-assessment (all or
// nothing, versioned, role-guarded), items that do not apply (rescaled), the
// Indeks RB of General + Tematik, findings, and other governments seeing nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

interface Crit {
  id: string;
  nodeId: string;
  code: string | null;
  answerType: string;
  scaleMin: string | null;
  scaleMax: string | null;
  scoreRule: string;
  options: { code: string; value: number }[];
}

const FRAMEWORK = `query ($id: ID!) { framework(id: $id) { id code model validFrom indexCode rescale source
  gradeBands { grade above labelId }
  nodes { id code weight variantWeights { kind weight notApplicable } source }
  criteria { id nodeId code answerType scaleMin scaleMax scoreRule scoredBy scorerName multiplierId source options { code value } } } }`;
const CREATE = `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`;
const SET = `mutation ($input: SetEvaluatorScoresInput!) { setEvaluatorScores(input: $input) { id criterionId value version enteredByName } }`;
const SHEET = `query ($id: ID!) { assessment(id: $id) {
  evaluatorScore { total maxTotal grade nodes { nodeId score maxScore notApplicable } }
  evaluatorScores { criterionId value version }
  exclusions { nodeId reason }
  index { code total maxTotal grade complete evaluatorTotal parts { model assessmentId total evaluatorTotal } } } }`;
const EXCLUDE = `mutation ($input: SetAssessmentExclusionInput!) { setAssessmentExclusion(input: $input) { id } }`;

/** The top value of a criterion (a CATEGORY's best option), the koefisien at 0. */
const top = (c: Crit) =>
  c.scoreRule === 'DIRECT'
    ? '0'
    : c.answerType === 'SCALE'
      ? String(Number(c.scaleMax))
      : [...c.options].sort((a, b) => b.value - a.value)[0]!.code;

describeApi('the 2023 model: RB General, evaluator scores, Indeks RB', () => {
  let api: TestApi;
  let koordinator: TestClient;
  let evaluator: TestClient;
  let users: Record<string, string>;
  let general: { id: string; nodes: { id: string; code: string; source: string | null }[]; criteria: Crit[] };
  let tematik: { id: string; criteria: Crit[] };

  beforeAll(async () => {
    api = await startTestApi();
    koordinator = await api.as('koordinator@probolinggo.demo', 'probolinggo');
    evaluator = await api.as('evaluator@probolinggo.demo', 'probolinggo');
    const { frameworks, assessmentCandidates } = await koordinator.ok(`{ frameworks { id code } assessmentCandidates { userId email } }`);
    const idOf = (code: string) => frameworks.find((f: { code: string }) => f.code === code).id;
    general = (await koordinator.ok(FRAMEWORK, { id: idOf('RB-GENERAL-2023') })).framework;
    tematik = (await koordinator.ok(FRAMEWORK, { id: idOf('RB-TEMATIK-2023') })).framework;
    users = Object.fromEntries(assessmentCandidates.map((c: { email: string; userId: string }) => [c.email.split('@')[0], c.userId]));
  }, 120_000);
  afterAll(() => api?.close());

  async function create(frameworkId: string, title: string, year: number) {
    const { createAssessment } = await koordinator.ok(CREATE, {
      input: {
        title,
        year,
        frameworkId,
        deadline: '2099-11-30T16:59:59.000Z',
        coordinatorId: users.koordinator,
        assessorIds: [users.asesor],
        reviewerId: users.inspektorat,
      },
    });
    const { transitionAssessment } = await koordinator.ok(
      `mutation ($id: ID!, $v: Int!) { transitionAssessment(id: $id, version: $v, transition: START) { id version } }`,
      { id: createAssessment.id, v: createAssessment.version },
    );
    return transitionAssessment.id as string;
  }
  const allTop = (criteria: Crit[]) => criteria.map((c) => ({ criterionId: c.id, value: top(c), evaluator: 'KemenPANRB' }));

  it('ships RB General 2023 as data with its sources, weights per kind of government and multipliers', () => {
    expect(general).toMatchObject({
      code: 'RB-GENERAL-2023',
      model: 'RB General 2023',
      validFrom: 2023,
      indexCode: 'INDEKS-RB-2023',
      rescale: true,
    });
    expect(general.nodes.filter((n) => !n.source)).toEqual([]);
    const zi = general.nodes.find((n) => n.code === 'B4') as unknown as {
      weight: string;
      variantWeights: { kind: string; weight: string | null }[];
    };
    expect(zi.weight).toBe('3');
    expect(zi.variantWeights).toContainEqual({ kind: 'CITY', weight: '3.5', notApplicable: false });
    const ikpa = general.nodes.find((n) => n.code === 'B9') as unknown as { variantWeights: { kind: string; notApplicable: boolean }[] };
    expect(ikpa.variantWeights.find((v) => v.kind === 'CITY')?.notApplicable).toBe(true);
    const a2 = general.criteria.find((c) => c.code === 'A2')!;
    expect(general.criteria.find((c) => c.id === (a2 as unknown as { multiplierId: string }).multiplierId)?.code).toBe('A1');
    expect(a2).toMatchObject({ scoreRule: 'OF_MAX', scoredBy: 'NATIONAL' });
  });

  it('scores the evaluator’s values as they apply to a city: full marks make 100 and grade AA', async () => {
    const id = await create(general.id, 'RB General 2025 (uji)', 2041);
    const saved = await evaluator.ok(SET, { input: { assessmentId: id, scores: allTop(general.criteria) } });
    expect(saved.setEvaluatorScores).toHaveLength(general.criteria.length);
    expect(saved.setEvaluatorScores[0].enteredByName).toBeTruthy();
    const { assessment } = await koordinator.ok(SHEET, { id });
    expect(assessment.evaluatorScore).toMatchObject({ total: 100, maxTotal: 100, grade: 'AA' });
    // K/L-only items do not apply to a city: no score, no maximum.
    const ikpa = general.nodes.find((n) => n.code === 'B9')!;
    expect(assessment.evaluatorScore.nodes.find((n: { nodeId: string }) => n.nodeId === ikpa.id)).toMatchObject({
      notApplicable: true,
      score: 0,
      maxScore: 0,
    });
  });

  it('refuses a whole batch with one value out of range, a stale version, and a user without the evaluator role', async () => {
    const id = await create(general.id, 'RB General refusals (uji)', 2042);
    const [a1, a2] = general.criteria.filter((c) => c.code === 'A1' || c.code === 'A2') as [Crit, Crit];
    const bad = await evaluator.gql(SET, {
      input: {
        assessmentId: id,
        scores: [
          { criterionId: a1.id, value: '80' },
          { criterionId: a2.id, value: '180' },
        ],
      },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'assessment.answerOutOfRange' });
    expect(await api.db.prisma.evaluatorScore.count({ where: { assessmentId: id } })).toBe(0);

    const first = await evaluator.ok(SET, { input: { assessmentId: id, scores: [{ criterionId: a1.id, value: '80' }] } });
    const v = first.setEvaluatorScores[0].version;
    await evaluator.ok(SET, { input: { assessmentId: id, scores: [{ criterionId: a1.id, value: '85', version: v }] } });
    const stale = await evaluator.gql(SET, { input: { assessmentId: id, scores: [{ criterionId: a1.id, value: '90', version: v }] } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { assessment } = await koordinator.ok(SHEET, { id });
    expect(assessment.evaluatorScores).toEqual([{ criterionId: a1.id, value: '85', version: v + 1 }]);

    const notEvaluator = await koordinator.gql(SET, { input: { assessmentId: id, scores: [{ criterionId: a1.id, value: '10' }] } });
    expect(notEvaluator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('leaves an item that does not apply out and rescales RB General over the applicable weights', async () => {
    const id = await create(general.id, 'RB General rescaled (uji)', 2043);
    const spbe = general.criteria.find((c) => c.code === 'C1')!; // Indeks SPBE 1–5, weight 9
    const arsitektur = general.nodes.find((n) => n.code === 'B7')!; // weight 2,5 for a city
    const scores = allTop(general.criteria).map((s) => (s.criterionId === spbe.id ? { ...s, value: '2,5' } : s));
    await evaluator.ok(SET, { input: { assessmentId: id, scores } });
    const noReason = await koordinator.gql(EXCLUDE, { input: { assessmentId: id, nodeId: arsitektur.id, notApplicable: true } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ messageKey: 'assessment.exclusionReasonRequired' });
    await koordinator.ok(EXCLUDE, {
      input: { assessmentId: id, nodeId: arsitektur.id, notApplicable: true, reason: 'Belum dinilai oleh instansi pembina tahun ini' },
    });
    const { assessment } = await koordinator.ok(SHEET, { id });
    expect(assessment.exclusions).toEqual([{ nodeId: arsitektur.id, reason: 'Belum dinilai oleh instansi pembina tahun ini' }]);
    // 100 − 2,5 (excluded) − 4,5 (SPBE 2,5 of 5 × 9) = 93, over 97,5 applicable × 100.
    expect(assessment.evaluatorScore.total).toBeCloseTo((93 / 97.5) * 100, 2);
    expect(assessment.evaluatorScore.maxTotal).toBe(100);
    // Applicable again: back to the plain sum.
    await koordinator.ok(EXCLUDE, { input: { assessmentId: id, nodeId: arsitektur.id, notApplicable: false } });
    expect((await koordinator.ok(SHEET, { id })).assessment.evaluatorScore.total).toBe(95.5);
  });

  it('adds RB General and RB Tematik of the same year into the Indeks RB, saying when a part is missing', async () => {
    const g = await create(general.id, 'RB General indeks (uji)', 2044);
    const before = (await koordinator.ok(SHEET, { id: g })).assessment.index;
    expect(before).toMatchObject({ code: 'INDEKS-RB-2023', complete: false });
    expect(before.parts.map((p: { model: string; assessmentId: string | null }) => [p.model, p.assessmentId !== null])).toEqual([
      ['RB General 2023', true],
      ['RB Tematik 2023', false],
    ]);
    const t = await create(tematik.id, 'RB Tematik indeks (uji)', 2044);
    await evaluator.ok(SET, { input: { assessmentId: g, scores: allTop(general.criteria) } });
    await evaluator.ok(SET, { input: { assessmentId: t, scores: allTop(tematik.criteria) } });
    const { assessment } = await koordinator.ok(SHEET, { id: t });
    expect(assessment.index).toMatchObject({ complete: true, evaluatorTotal: 120, maxTotal: 120 });
    expect(assessment.index.parts.map((p: { evaluatorTotal: number }) => p.evaluatorTotal)).toEqual([100, 20]);
  });

  it('the demo shows Probolinggo’s 2025 evaluation: both parts of the index, the evaluator beside the self-score, findings', async () => {
    const { assessments } = await koordinator.ok(`{ assessments { id title year status } }`);
    const g = assessments.find((x: { title: string }) => x.title === 'Evaluasi RB General 2025');
    expect(g).toMatchObject({ year: 2025, status: 'FINAL' });
    const { assessment } = await koordinator.ok(SHEET, { id: g.id });
    expect(assessment.index.complete).toBe(true);
    expect(assessment.index.parts.map((p: { model: string }) => p.model)).toEqual(['RB General 2023', 'RB Tematik 2023']);
    // The evaluator scored lower than the government did, as the findings say.
    expect(assessment.index.evaluatorTotal).toBeLessThan(assessment.index.total);
    expect(assessment.index.total).toBeLessThanOrEqual(120);
    const { findings } = await koordinator.ok(`{ findings(year: 2025) { text criterionId assessmentId } }`);
    expect(findings).toHaveLength(4);
    expect(findings.every((f: { criterionId: string | null }) => f.criterionId)).toBe(true);
  });

  it('records findings for a year, and a user of another government sees and changes none of it', async () => {
    const id = await create(general.id, 'RB General temuan (uji)', 2045);
    const a1 = general.criteria.find((c) => c.code === 'A1')!;
    const { createFinding } = await evaluator.ok(
      `mutation ($input: CreateFindingInput!) { createFinding(input: $input) { id version year text source } }`,
      { input: { assessmentId: id, criterionId: a1.id, year: 2045, text: 'Renaksi belum memuat target triwulan', source: 'LHE RB 2045' } },
    );
    expect(createFinding).toMatchObject({ year: 2045, source: 'LHE RB 2045' });
    const empty = await evaluator.gql(`mutation ($input: CreateFindingInput!) { createFinding(input: $input) { id } }`, {
      input: { year: 2045, text: '   ' },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ messageKey: 'assessment.findingTextRequired' });

    const other = await api.newGovernment('Pemerintah Kota Lain');
    const { frameworks } = await other.admin.ok(`{ frameworks { code } findings { id } }`);
    expect(frameworks.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['RB-GENERAL-2023', 'RB-TEMATIK-2023', 'SAKIP-2021']),
    );
    expect((await other.admin.ok(`{ findings { id } }`)).findings).toEqual([]);
    expect((await other.admin.ok(SHEET, { id })).assessment).toBeNull();
    const write = await other.admin.gql(SET, { input: { assessmentId: id, scores: [{ criterionId: a1.id, value: '1' }] } });
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const edit = await other.admin.gql(`mutation ($input: UpdateFindingInput!) { updateFinding(input: $input) { id } }`, {
      input: { id: createFinding.id, version: createFinding.version, text: 'diubah' },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const excl = await other.admin.gql(EXCLUDE, {
      input: { assessmentId: id, nodeId: general.nodes[0]!.id, notApplicable: true, reason: 'x' },
    });
    expect(excl.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await koordinator.ok(`{ findings(year: 2045) { text } }`)).findings).toEqual([
      { text: 'Renaksi belum memuat target triwulan' },
    ]);
  });
});
