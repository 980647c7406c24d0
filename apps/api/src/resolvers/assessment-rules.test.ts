// PMPRB assessment rules over the real API: a criterion is followed up once,
// separation of duties in the team, the deadline (and its audited extension),
// the answer history from the audit log, and adding/removing parts of a draft
// framework.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

interface Crit {
  id: string;
  nodeId: string;
  code: string | null;
  text: string;
  answerType: string;
  options: { code: string; value: number }[];
  scaleMin: string | null;
  scaleMax: string | null;
}

const FRAMEWORK = `query ($id: ID!) { framework(id: $id) { id version editable inUse
  nodes { id parentId kind name weight version } criteria { id nodeId code text answerType options { code value } scaleMin scaleMax version }
  weightIssues { code nodeId } } }`;
const CREATE = `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id status version members { name role } } }`;
const UPDATE = `mutation ($input: UpdateAssessmentInput!) { updateAssessment(input: $input) { id version members { name role } } }`;
const TRANSITION = `mutation ($id: ID!, $version: Int!, $t: AssessmentTransition!) { transitionAssessment(id: $id, version: $version, transition: $t) { id status version } }`;
const SAVE = `mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { id criterionId value note version } }`;
const DECIDE = `mutation ($input: DecideConsensusInput!) { decideConsensus(input: $input) { id value version } }`;
const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendAssessmentDeadline(input: $input) { id deadline version pastDeadline } }`;
const HISTORY = `query ($id: ID!, $c: ID!) { assessment(id: $id) { answerHistory(criterionId: $c) {
  kind assessorName changedByName oldValue newValue oldNote newNote at } } }`;

const top = (c: Crit) =>
  c.answerType === 'SCALE'
    ? String(Number(c.scaleMax))
    : c.answerType === 'PERCENTAGE'
      ? '100'
      : [...c.options].sort((a, b) => b.value - a.value)[0]!.code;
const bottom = (c: Crit) =>
  c.answerType === 'SCALE'
    ? String(Number(c.scaleMin))
    : c.answerType === 'PERCENTAGE'
      ? '0'
      : [...c.options].sort((a, b) => a.value - b.value)[0]!.code;

describeApi('PMPRB assessment rules', () => {
  let api: TestApi;
  let koordinator: TestClient;
  let asesor: TestClient;
  let asesor2: TestClient;
  let fw: { id: string; criteria: Crit[] };
  let users: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    [koordinator, asesor, asesor2] = (await Promise.all(
      ['koordinator', 'asesor', 'asesor2'].map((u) => api.as(`${u}@probolinggo.demo`, 'probolinggo')),
    )) as [TestClient, TestClient, TestClient];
    const { frameworks } = await koordinator.ok(`{ frameworks { id code } }`);
    fw = (await koordinator.ok(FRAMEWORK, { id: frameworks.find((f: { code: string }) => f.code === 'PERMENPANRB-14-2014').id })).framework;
    const { assessmentCandidates } = await koordinator.ok(`{ assessmentCandidates { userId email } }`);
    users = Object.fromEntries(assessmentCandidates.map((c: { email: string; userId: string }) => [c.email.split('@')[0], c.userId]));
  }, 120_000);
  afterAll(() => api?.close());

  const team = () => ({ coordinatorId: users.koordinator, assessorIds: [users.asesor, users.asesor2], reviewerId: users.inspektorat });
  async function create(title: string, extra: Record<string, unknown> = {}) {
    const r = await koordinator.ok(CREATE, {
      input: { title, year: 2031, frameworkId: fw.id, deadline: '2099-11-30T16:59:59.000Z', ...team(), ...extra },
    });
    return r.createAssessment as { id: string; version: number };
  }
  async function step(id: string, t: string) {
    const { assessment } = await koordinator.ok(`query ($id: ID!) { assessment(id: $id) { version } }`, { id });
    return koordinator.ok(TRANSITION, { id, version: assessment.version, t });
  }
  const version = async (id: string) =>
    (await koordinator.ok(`query ($id: ID!) { assessment(id: $id) { version } }`, { id })).assessment.version as number;

  it('refuses to send a criterion to a follow-up plan twice, naming it, and changes nothing', async () => {
    const a = await create('PMPRB Uji RATL Ganda');
    await step(a.id, 'START');
    const [w1, w2] = fw.criteria as [Crit, Crit];
    for (const client of [asesor, asesor2]) {
      const saves = fw.criteria.map(
        (c, i) =>
          `a${i}: saveAnswer(input: { assessmentId: "${a.id}", criterionId: "${c.id}", value: "${c === w1 || c === w2 ? bottom(c) : top(c)}" }) { id }`,
      );
      // Ten aliases per request at most (the API's request limits).
      for (let i = 0; i < saves.length; i += 10) await client.ok(`mutation { ${saves.slice(i, i + 10).join('\n')} }`);
    }
    await step(a.id, 'OPEN_CONSENSUS');
    await step(a.id, 'CLOSE_CONSENSUS');
    const PLAN = `mutation ($input: CreateFollowUpPlanInput!) { createFollowUpPlan(input: $input) { id } }`;
    await koordinator.ok(PLAN, {
      input: { assessmentId: a.id, title: 'RATL pertama', year: 2032, items: [{ criterionId: w1.id, name: 'Aksi 1' }] },
    });
    const plansBefore = await api.db.prisma.workPlan.count({ where: { sourceAssessmentId: a.id } });
    const actionsBefore = await api.db.prisma.action.count({ where: { activity: { workPlan: { sourceAssessmentId: a.id } } } });
    const again = await koordinator.gql(PLAN, {
      input: {
        assessmentId: a.id,
        title: 'RATL kedua',
        year: 2032,
        items: [
          { criterionId: w2.id, name: 'Aksi 2' },
          { criterionId: w1.id, name: 'Aksi 1 lagi' },
        ],
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'assessment.followUpAlready',
      params: { criterion: expect.stringContaining(w1.code ?? w1.text.slice(0, 20)), plan: expect.stringContaining('RATL pertama') },
      current: { criterionId: w1.id },
    });
    expect(await api.db.prisma.workPlan.count({ where: { sourceAssessmentId: a.id } })).toBe(plansBefore);
    expect(await api.db.prisma.action.count({ where: { activity: { workPlan: { sourceAssessmentId: a.id } } } })).toBe(actionsBefore);
    // Sent at the same moment from two places: exactly one plan gets it.
    const both = await Promise.all(
      ['RATL A', 'RATL B'].map((title) =>
        koordinator.gql(PLAN, { input: { assessmentId: a.id, title, year: 2032, items: [{ criterionId: w2.id, name: 'Aksi 2' }] } }),
      ),
    );
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await api.db.prisma.action.count({ where: { criterionId: w2.id, activity: { workPlan: { sourceAssessmentId: a.id } } } })).toBe(
      1,
    );
  }, 60_000);

  it('keeps the reviewer (Inspektorat/APIP) out of the team it reviews, on create and on team change', async () => {
    const asCoordinator = await koordinator.gql(CREATE, {
      input: { title: 'x', year: 2031, frameworkId: fw.id, ...team(), reviewerId: users.koordinator },
    });
    expect(asCoordinator.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewerId',
      messageKey: 'assessment.reviewerIsCoordinator',
    });
    const asAssessor = await koordinator.gql(CREATE, {
      input: { title: 'x', year: 2031, frameworkId: fw.id, ...team(), assessorIds: [users.asesor, users.inspektorat] },
    });
    expect(asAssessor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reviewerId',
      messageKey: 'assessment.reviewerIsAssessor',
    });
    expect(await api.db.prisma.assessment.count({ where: { title: 'x' } })).toBe(0);

    const a = await create('PMPRB Uji Pemisahan Tugas');
    const v = await version(a.id);
    for (const change of [{ reviewerId: users.koordinator }, { coordinatorId: users.inspektorat }, { assessorIds: [users.inspektorat] }]) {
      const r = await koordinator.gql(UPDATE, { input: { id: a.id, version: v, ...change } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewerId' });
    }
    const { assessment } = await koordinator.ok(`query ($id: ID!) { assessment(id: $id) { version members { role email } } }`, {
      id: a.id,
    });
    expect(assessment.version).toBe(v);
    expect(assessment.members.filter((m: { role: string }) => m.role === 'REVIEWER')).toEqual([
      { role: 'REVIEWER', email: 'inspektorat@probolinggo.demo' },
    ]);
    // A proper change still goes through.
    await koordinator.ok(UPDATE, { input: { id: a.id, version: v, assessorIds: [users.asesor] } });
  });

  it('keeps the coordinator out of the assessors, and gives each part of the team to those holding its role', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ assessorIds: [users.asesor, users.koordinator] }, 'assessorIds', 'assessment.coordinatorIsAssessor'],
      [{ assessorIds: [users.asesor, users.perencana] }, 'assessorIds', 'assessment.teamRoleMissing'],
      [{ reviewerId: users.asesor2, assessorIds: [users.asesor] }, 'reviewerId', 'assessment.teamRoleMissing'],
      [{ coordinatorId: users.pimpinan }, 'coordinatorId', 'assessment.teamRoleMissing'],
    ];
    for (const [change, field, messageKey] of cases) {
      const r = await koordinator.gql(CREATE, { input: { title: 'y', year: 2031, frameworkId: fw.id, ...team(), ...change } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey });
    }
    const planner = await koordinator.gql(CREATE, {
      input: { title: 'y', year: 2031, frameworkId: fw.id, ...team(), assessorIds: [users.perencana] },
    });
    expect((planner.errors?.[0]?.extensions as { params?: unknown } | undefined)?.params).toMatchObject({
      name: 'Perencana Probolinggo',
      role: 'Asesor',
      roleEn: 'Assessor',
    });
    expect(await api.db.prisma.assessment.count({ where: { title: 'y' } })).toBe(0);
    // An administrator may coordinate.
    const byAdmin = await koordinator.ok(CREATE, {
      input: { title: 'PMPRB Uji Koordinator Admin', year: 2031, frameworkId: fw.id, ...team(), coordinatorId: users.admin },
    });
    expect(byAdmin.createAssessment.members).toContainEqual({ name: 'Administrator Probolinggo', role: 'COORDINATOR' });
  });

  it('a save racing the opening of consensus lands before it (and is counted) or is refused: none lands after', async () => {
    const a = await create('PMPRB Uji Balapan Konsensus');
    await step(a.id, 'START');
    const crit = fw.criteria.filter((c) => top(c) !== bottom(c)).slice(0, 12);
    const mine: { version: number }[] = [];
    for (const c of crit) {
      mine.push((await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c) } })).saveAnswer);
      await asesor2.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c) } });
    }
    const v = await version(a.id);
    // The first assessor changes their mind on every criterion while the coordinator opens consensus.
    const race = await Promise.all([
      ...crit.map((c, i) =>
        asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: bottom(c), version: mine[i]!.version } }),
      ),
      koordinator.gql(TRANSITION, { id: a.id, version: v, t: 'OPEN_CONSENSUS' }),
    ]);
    expect(race.at(-1)!.errors).toBeUndefined();
    const saves = race.slice(0, -1);
    for (const r of saves) {
      if (r.errors) expect(r.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'assessment.wrongStatus' });
    }
    const answers = await api.db.prisma.answer.findMany({ where: { assessmentId: a.id } });
    const agreedAtOpening = await api.db.prisma.consensusAnswer.findMany({ where: { assessmentId: a.id, decidedById: null } });
    crit.forEach((c, i) => {
      const values = answers.filter((x) => x.criterionId === c.id).map((x) => x.value);
      // What consensus recorded as agreed is what the stored answers say: no save landed after it read them.
      expect(agreedAtOpening.some((x) => x.criterionId === c.id)).toBe(values.length === 2 && values[0] === values[1]);
      // Every acknowledged save is stored.
      if (!saves[i]!.errors) expect(answers.find((x) => x.criterionId === c.id && x.assessorId === users.asesor)?.value).toBe(bottom(c));
    });
    console.log(
      `[race] ${saves.filter((r) => !r.errors).length} saves before consensus opened, ${saves.filter((r) => r.errors).length} refused after`,
    );
  });

  it('refuses assessors saving after the deadline until the coordinator extends it (audited)', async () => {
    const a = await create('PMPRB Uji Batas Waktu');
    await step(a.id, 'START');
    const c = fw.criteria[0]!;
    const saved = (await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c) } })).saveAnswer;
    // Time passes: the deadline is now behind us.
    await api.db.prisma.assessment.update({ where: { id: a.id }, data: { deadline: new Date(Date.now() - 60_000) } });
    const PAST = `query ($id: ID!) { assessment(id: $id) { pastDeadline version deadline } }`;
    expect((await asesor.ok(PAST, { id: a.id })).assessment.pastDeadline).toBe(true);
    const late = await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: bottom(c), version: saved.version } });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'assessment.pastDeadline',
      params: { when: expect.any(String), whenEn: expect.any(String) },
    });
    const link = await asesor.gql(`mutation ($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`, {
      input: { assessmentId: a.id, criterionId: c.id, title: 'SK', url: 'https://example.go.id/sk.pdf' },
    });
    expect(link.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'assessment.pastDeadline' });
    const row = await api.db.prisma.answer.findFirstOrThrow({ where: { assessmentId: a.id, criterionId: c.id } });
    expect([row.value, row.version]).toEqual([top(c), saved.version]);
    expect(await api.db.prisma.evidence.count({ where: { assessmentId: a.id } })).toBe(0);

    const v = (await koordinator.ok(PAST, { id: a.id })).assessment.version;
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const byAssessor = await asesor.gql(EXTEND, { input: { id: a.id, version: v, deadline: later, reason: 'Data dukung belum lengkap' } });
    expect(byAssessor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inPast = await koordinator.gql(EXTEND, {
      input: { id: a.id, version: v, deadline: new Date(Date.now() - 1000).toISOString(), reason: 'Data dukung belum lengkap' },
    });
    expect(inPast.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    const noReason = await koordinator.gql(EXTEND, { input: { id: a.id, version: v, deadline: later, reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const stale = await koordinator.gql(EXTEND, {
      input: { id: a.id, version: v - 1, deadline: later, reason: 'Data dukung belum lengkap' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const extended = (
      await koordinator.ok(EXTEND, { input: { id: a.id, version: v, deadline: later, reason: 'Data dukung belum lengkap' } })
    ).extendAssessmentDeadline;
    expect(extended).toMatchObject({ deadline: later, pastDeadline: false, version: v + 1 });
    const log = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Assessment', entityId: a.id, action: 'UPDATE' },
      orderBy: { id: 'desc' },
    });
    expect(log.after).toMatchObject({ deadline: later, extension: true, reason: 'Data dukung belum lengkap' });
    expect(log.userId).toBe(users.koordinator);
    // Saving works again.
    await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: bottom(c), version: saved.version } });
  });

  it("shows an assessor their own answer's history, and everyone's once consensus opens", async () => {
    const a = await create('PMPRB Uji Riwayat');
    await step(a.id, 'START');
    const c = fw.criteria.find((x) => x.options.length >= 3) ?? fw.criteria[0]!;
    const first = (await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: bottom(c) } })).saveAnswer;
    await asesor.ok(SAVE, {
      input: { assessmentId: a.id, criterionId: c.id, value: top(c), note: 'SK sudah terbit', version: first.version },
    });
    await asesor2.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: bottom(c) } });

    const own = (await asesor.ok(HISTORY, { id: a.id, c: c.id })).assessment.answerHistory;
    expect(own.map((h: Record<string, unknown>) => [h.kind, h.changedByName, h.oldValue, h.newValue, h.oldNote, h.newNote])).toEqual([
      ['ANSWER', own[0].assessorName, null, bottom(c), null, null],
      ['ANSWER', own[0].assessorName, bottom(c), top(c), null, 'SK sudah terbit'],
    ]);
    expect(own[0].assessorName).toBeTruthy();
    expect(new Date(own[1].at).getTime()).toBeGreaterThanOrEqual(new Date(own[0].at).getTime());
    // asesor2 sees only their own entry before consensus.
    const other = (await asesor2.ok(HISTORY, { id: a.id, c: c.id })).assessment.answerHistory;
    expect(other.map((h: Record<string, unknown>) => h.newValue)).toEqual([bottom(c)]);

    await step(a.id, 'OPEN_CONSENSUS');
    const { assessment } = await koordinator.ok(`query ($id: ID!) { assessment(id: $id) { consensus { criterionId version } } }`, {
      id: a.id,
    });
    expect(assessment.consensus.find((x: { criterionId: string }) => x.criterionId === c.id)).toBeUndefined();
    await koordinator.ok(DECIDE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c), reason: 'Bukti SK lengkap' } });
    const all = (await asesor2.ok(HISTORY, { id: a.id, c: c.id })).assessment.answerHistory;
    expect(all.map((h: Record<string, unknown>) => [h.kind, h.oldValue, h.newValue])).toEqual([
      ['ANSWER', null, bottom(c)],
      ['ANSWER', bottom(c), top(c)],
      ['ANSWER', null, bottom(c)],
      ['CONSENSUS', null, top(c)],
    ]);
    expect(all[3]).toMatchObject({ newNote: 'Bukti SK lengkap', assessorName: null });
    expect(all[3].changedByName).toBeTruthy();
    expect(new Set(all.slice(0, 3).map((h: { assessorName: string }) => h.assessorName)).size).toBe(2);
  });
});

describeApi('framework editor: parts and criteria of a draft', () => {
  let api: TestApi;
  let admin: TestClient;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.as('admin@depok.demo', 'depok');
  }, 60_000);
  afterAll(() => api?.close());

  const ADD_NODE = `mutation ($input: AddFrameworkNodeInput!) { addFrameworkNode(input: $input) { id parentId kind name code weight sortOrder } }`;
  const REMOVE_NODE = `mutation ($id: ID!) { removeFrameworkNode(id: $id) }`;
  const ADD_CRIT = `mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id nodeId text answerType options { code value } } }`;

  it('adds and removes sub-items and criteria in a draft; a national or used framework stays frozen', async () => {
    const { frameworks } = await admin.ok(`{ frameworks { id code national } }`);
    const nat = frameworks.find((f: { code: string; national: boolean }) => f.code === 'PERMENPANRB-14-2014' && f.national);
    const natData = (await admin.ok(FRAMEWORK, { id: nat.id })).framework;
    const area = natData.nodes.find((n: { kind: string }) => n.kind === 'AREA');
    const onNational = await admin.gql(ADD_NODE, { input: { parentId: area.id, name: 'Baru' } });
    expect(onNational.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const copy = (await admin.ok(`mutation ($id: ID!) { copyFramework(id: $id, name: "LKE Uji Bagian") { id } }`, { id: nat.id }))
      .copyFramework;
    let draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    const draftArea = draft.nodes.find((n: { kind: string; name: string }) => n.kind === 'AREA' && n.name === area.name);
    const node = (await admin.ok(ADD_NODE, { input: { parentId: draftArea.id, name: 'Inovasi pelayanan', code: 'x.9' } })).addFrameworkNode;
    expect(node).toMatchObject({ parentId: draftArea.id, kind: 'SUB_ITEM', name: 'Inovasi pelayanan', code: 'x.9', weight: null });
    draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    // Its weight is unknown until set, and shown as such.
    expect(draft.weightIssues).toEqual(expect.arrayContaining([{ code: 'UNKNOWN_WEIGHT', nodeId: node.id }]));
    const withWeight = (await admin.ok(ADD_NODE, { input: { parentId: draftArea.id, name: 'Budaya kerja', weight: '0.5' } }))
      .addFrameworkNode;
    expect(withWeight.weight).toBe('0.5');
    expect(withWeight.sortOrder).toBe(node.sortOrder + 1);

    // Bad input: empty name, a criterion-holding parent, a kind above its parent.
    const noName = await admin.gql(ADD_NODE, { input: { parentId: draftArea.id, name: ' ' } });
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const crit = (
      await admin.ok(ADD_CRIT, { input: { nodeId: node.id, criterion: { text: 'Ada inovasi pelayanan', answerType: 'YES_NO' } } })
    ).addCriterion;
    expect(crit.options.map((o: { code: string }) => o.code)).toEqual(['YA', 'TIDAK']);
    const underCriteria = await admin.gql(ADD_NODE, { input: { parentId: node.id, name: 'Terlalu dalam' } });
    expect(underCriteria.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const wrongKind = await admin.gql(ADD_NODE, { input: { parentId: draftArea.id, kind: 'COMPONENT', name: 'Komponen' } });
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });

    // Removing a sub-item removes its criteria with it (audited).
    const criteriaBefore = draft.criteria.length + 1;
    expect(await admin.ok(REMOVE_NODE, { id: node.id })).toEqual({ removeFrameworkNode: true });
    draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    expect(draft.nodes.some((n: { id: string }) => n.id === node.id)).toBe(false);
    expect(draft.criteria).toHaveLength(criteriaBefore - 1);
    const log = await api.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'FrameworkNode', entityId: node.id, action: 'DELETE' } });
    expect((log.before as { criteria: { id: string }[] }).criteria.map((c) => c.id)).toEqual([crit.id]);
    expect((await admin.gql(REMOVE_NODE, { id: node.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Once published and used, nothing is added or removed.
    await admin.ok(REMOVE_NODE, { id: withWeight.id });
    draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    await admin.ok(`mutation ($id: ID!, $v: Int!) { publishFramework(id: $id, version: $v) { status } }`, {
      id: copy.id,
      v: draft.version,
    });
    const { assessmentCandidates } = await admin.ok(`{ assessmentCandidates { userId email } }`);
    const uid = (e: string) => assessmentCandidates.find((c: { email: string }) => c.email === `${e}@depok.demo`).userId;
    await admin.ok(CREATE, {
      input: {
        title: 'PMPRB Uji Beku',
        year: 2031,
        frameworkId: copy.id,
        coordinatorId: uid('koordinator'),
        assessorIds: [uid('asesor')],
        reviewerId: uid('inspektorat'),
      },
    });
    const frozenAdd = await admin.gql(ADD_NODE, { input: { parentId: draftArea.id, name: 'Terlambat' } });
    expect(frozenAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const frozenRemove = await admin.gql(REMOVE_NODE, { id: draftArea.id });
    expect(frozenRemove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.ok(FRAMEWORK, { id: copy.id })).framework.nodes).toHaveLength(draft.nodes.length);
  });
});
