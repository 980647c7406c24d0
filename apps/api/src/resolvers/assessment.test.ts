// The PMPRB self-assessment over the real API: the workflow and who may do
// what at each step, answers hidden between assessors until consensus opens,
// scores from the domain engine, the lock after final and the audited reopen.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';

interface Crit {
  id: string;
  nodeId: string;
  code: string | null;
  answerType: string;
  options: { code: string; value: number }[];
  scaleMin: string | null;
  scaleMax: string | null;
}
interface Node {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  weight: string | null;
}

const FRAMEWORK = `query ($id: ID!) { framework(id: $id) { id code revision status version inUse editable national
  nodes { id parentId kind name weight version } criteria { id nodeId code text answerType options { code label value } scaleMin scaleMax version }
  weightIssues { code nodeId weight childrenWeight } } }`;
const CREATE = `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id status version year title members { name role } } }`;
const TRANSITION = `mutation ($id: ID!, $version: Int!, $t: AssessmentTransition!) { transitionAssessment(id: $id, version: $version, transition: $t) { id status version lockedAt } }`;
const SAVE = `mutation ($input: SaveAnswerInput!) { saveAnswer(input: $input) { id criterionId value note version assessorName } }`;
const DECIDE = `mutation ($input: DecideConsensusInput!) { decideConsensus(input: $input) { id criterionId value reason version reviewStatus decidedByName } }`;
const REVIEW = `mutation ($input: ReviewCriterionInput!) { reviewCriterion(input: $input) { id reviewStatus reviewComment version } }`;
const VIEW = `query ($id: ID!) { assessment(id: $id) { id status version myRoles canSeeAllAnswers
  answers { criterionId assessorName value version evidence { title } }
  myAnswers { criterionId value version }
  consensus { criterionId value reason version reviewStatus reviewComment decidedByName }
  assessorScores { assessorName total grade answered totalCriteria }
  consensusScore { total maxTotal grade answered totalCriteria nodes { nodeId score maxScore } }
  previous { id year } } }`;

/** The answer with full marks for a criterion. */
function top(c: Crit): string {
  if (c.answerType === 'SCALE') return String(Number(c.scaleMax));
  if (c.answerType === 'PERCENTAGE') return '100';
  return [...c.options].sort((a, b) => b.value - a.value)[0]!.code;
}
/** The answer with zero marks. */
function bottom(c: Crit): string {
  if (c.answerType === 'SCALE') return String(Number(c.scaleMin));
  if (c.answerType === 'PERCENTAGE') return '0';
  return [...c.options].sort((a, b) => a.value - b.value)[0]!.code;
}

describeApi('PMPRB assessment workflow', () => {
  let api: TestApi;
  let koordinator: TestClient;
  let asesor: TestClient;
  let asesor2: TestClient;
  let inspektorat: TestClient;
  let admin: TestClient;
  let pimpinan: TestClient;
  let fw: { id: string; nodes: Node[]; criteria: Crit[] };
  let users: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    const clients = await Promise.all(
      ['koordinator', 'asesor', 'asesor2', 'inspektorat', 'admin', 'pimpinan'].map((u) => api.as(`${u}@probolinggo.demo`, 'probolinggo')),
    );
    [koordinator, asesor, asesor2, inspektorat, admin, pimpinan] = clients as [
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
      TestClient,
    ];
    const { frameworks } = await koordinator.ok(`{ frameworks { id code revision } }`);
    const id = frameworks.find((f: { code: string }) => f.code === 'PERMENPANRB-14-2014').id;
    fw = (await koordinator.ok(FRAMEWORK, { id })).framework;
    const { assessmentCandidates } = await koordinator.ok(`{ assessmentCandidates { userId email roles } }`);
    users = Object.fromEntries(assessmentCandidates.map((c: { email: string; userId: string }) => [c.email.split('@')[0], c.userId]));
  }, 120_000);
  afterAll(() => api?.close());

  async function create(title: string, year = 2024) {
    const r = await koordinator.ok(CREATE, {
      input: {
        title,
        year,
        frameworkId: fw.id,
        deadline: '2099-11-30T00:00:00.000Z',
        coordinatorId: users.koordinator,
        assessorIds: [users.asesor, users.asesor2],
        reviewerId: users.inspektorat,
      },
    });
    return r.createAssessment as { id: string; version: number; status: string };
  }

  async function step(client: TestClient, id: string, t: string) {
    const { assessment } = await client.ok(VIEW, { id });
    return client.gql(TRANSITION, { id, version: assessment.version, t });
  }

  it('creates an assessment with its team in draft; only the team coordinator role may create', async () => {
    const a = await create('PMPRB Uji Alur 2024');
    expect(a.status).toBe('DRAFT');
    const { assessment } = await koordinator.ok(
      `query ($id: ID!) { assessment(id: $id) { members { name role } myRoles framework { inUse } } }`,
      { id: a.id },
    );
    expect(assessment.members.map((m: { role: string }) => m.role)).toEqual(['COORDINATOR', 'ASSESSOR', 'ASSESSOR', 'REVIEWER']);
    expect(assessment.myRoles).toEqual(['COORDINATOR']);
    expect(assessment.framework.inUse).toBe(true);

    const denied = await asesor.gql(CREATE, {
      input: {
        title: 'x',
        year: 2024,
        frameworkId: fw.id,
        coordinatorId: users.koordinator,
        assessorIds: [users.asesor],
        reviewerId: users.inspektorat,
      },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await koordinator.gql(CREATE, {
      input: {
        title: ' ',
        year: 2024,
        frameworkId: fw.id,
        coordinatorId: users.koordinator,
        assessorIds: [users.asesor],
        reviewerId: users.inspektorat,
      },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const noAssessor = await koordinator.gql(CREATE, {
      input: {
        title: 'x',
        year: 2024,
        frameworkId: fw.id,
        coordinatorId: users.koordinator,
        assessorIds: [],
        reviewerId: users.inspektorat,
      },
    });
    expect(noAssessor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessorIds' });
    // Someone of another government cannot be put on the team.
    const outsider = await api.as('admin@gresik.demo', 'gresik');
    const gresikId = (await outsider.ok(`{ viewer { user { id } } }`)).viewer.user.id;
    const foreign = await koordinator.gql(CREATE, {
      input: {
        title: 'x',
        year: 2024,
        frameworkId: fw.id,
        coordinatorId: users.koordinator,
        assessorIds: [gresikId],
        reviewerId: users.inspektorat,
      },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs draft → in assessment → consensus → in review → needs revision → in review → final with the right people', async () => {
    const a = await create('PMPRB Uji Lengkap 2024');
    const [c1, c2, c3] = fw.criteria as [Crit, Crit, Crit];

    // Nobody answers a draft.
    const early = await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c1.id, value: top(c1) } });
    expect(early.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Only the coordinator starts it.
    expect((await step(asesor, a.id, 'START')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(koordinator, a.id, 'START')).data).toMatchObject({ transitionAssessment: { status: 'IN_ASSESSMENT' } });

    // Each assessor answers every criterion; they disagree on c1 and c2.
    for (const c of fw.criteria) {
      await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c), note: c === c1 ? 'SK Tim RB ada' : null } });
      await asesor2.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: c === c1 || c === c2 ? bottom(c) : top(c) } });
    }
    // An assessor sees only their own answers before consensus opens.
    const mine = (await asesor.ok(VIEW, { id: a.id })).assessment;
    expect(mine.canSeeAllAnswers).toBe(false);
    expect(new Set(mine.answers.map((x: { assessorName: string }) => x.assessorName))).toEqual(new Set(['Asesor Probolinggo']));
    expect(mine.answers).toHaveLength(fw.criteria.length);
    expect(mine.assessorScores.map((s: { assessorName: string }) => s.assessorName)).toEqual(['Asesor Probolinggo']);
    expect(mine.assessorScores[0]).toMatchObject({ total: 100, grade: 'AA', answered: fw.criteria.length });
    const theirs = (await asesor2.ok(VIEW, { id: a.id })).assessment;
    expect(theirs.answers.every((x: { assessorName: string }) => x.assessorName === 'Asesor Kedua Probolinggo')).toBe(true);
    // Someone outside the team sees none of them.
    expect((await pimpinan.ok(VIEW, { id: a.id })).assessment.answers).toEqual([]);
    // The coordinator sees both sheets side by side.
    const coord = (await koordinator.ok(VIEW, { id: a.id })).assessment;
    expect(coord.answers).toHaveLength(2 * fw.criteria.length);
    expect(coord.assessorScores.map((s: { assessorName: string }) => s.assessorName).sort()).toEqual([
      'Asesor Kedua Probolinggo',
      'Asesor Probolinggo',
    ]);
    // Coordinator and reviewer do not write assessor answers.
    expect(
      (await koordinator.gql(SAVE, { input: { assessmentId: a.id, criterionId: c1.id, value: top(c1) } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    // Versioned: a stale version is a conflict carrying the current answer; bad values are refused.
    const v1 = mine.myAnswers.find((x: { criterionId: string }) => x.criterionId === c3.id);
    await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c3.id, value: top(c3), note: 'diperbarui', version: v1.version } });
    const stale = await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c3.id, value: bottom(c3), version: v1.version } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ note: 'diperbarui', version: v1.version + 1 });
    const invalid = await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c3.id, value: 'Z', version: v1.version + 1 } });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });

    // Consensus opens: agreed criteria are decided at once, the two disagreements are open.
    expect((await step(koordinator, a.id, 'OPEN_CONSENSUS')).data).toMatchObject({ transitionAssessment: { status: 'CONSENSUS' } });
    const open = (await asesor.ok(VIEW, { id: a.id })).assessment;
    expect(open.canSeeAllAnswers).toBe(true);
    expect(open.answers).toHaveLength(2 * fw.criteria.length);
    // Outside the team (a planner, the leadership before it is final) the answers stay the assessors'.
    for (const outside of [await api.as('perencana@probolinggo.demo', 'probolinggo'), pimpinan]) {
      const seen = (await outside.ok(VIEW, { id: a.id })).assessment;
      expect(seen).toMatchObject({ canSeeAllAnswers: false, answers: [] });
    }
    expect(open.consensus).toHaveLength(fw.criteria.length - 2);
    expect(open.consensus.every((x: { decidedByName: string | null }) => x.decidedByName === null)).toBe(true);
    // Answers are frozen once consensus opens.
    expect(
      (await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c3.id, value: top(c3), version: v1.version + 1 } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    // Closing needs a decision on every criterion.
    const notYet = await step(koordinator, a.id, 'CLOSE_CONSENSUS');
    expect(notYet.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'consensus',
      messageKey: 'assessment.consensusOpen',
      params: { count: 2 },
    });
    expect(
      (await asesor.gql(DECIDE, { input: { assessmentId: a.id, criterionId: c1.id, value: top(c1), reason: 'x' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const d1 = (
      await koordinator.ok(DECIDE, { input: { assessmentId: a.id, criterionId: c1.id, value: top(c1), reason: 'SK Tim RB diperlihatkan' } })
    ).decideConsensus;
    expect(d1).toMatchObject({
      value: top(c1),
      reason: 'SK Tim RB diperlihatkan',
      decidedByName: 'Koordinator Asesor Probolinggo',
      reviewStatus: 'PENDING',
    });
    await koordinator.ok(DECIDE, { input: { assessmentId: a.id, criterionId: c2.id, value: bottom(c2), reason: 'Bukti tidak ada' } });
    expect((await step(koordinator, a.id, 'CLOSE_CONSENSUS')).data).toMatchObject({ transitionAssessment: { status: 'IN_REVIEW' } });

    // Consensus score: everything at full marks but c2 (zero): 100 − w(sub-item of c2) / n(criteria there).
    const sub = fw.nodes.find((n) => n.id === c2.nodeId)!;
    const n = fw.criteria.filter((c) => c.nodeId === sub.id).length;
    const expected = Math.round((100 - Number(sub.weight) / n) * 100) / 100;
    const inReview = (await inspektorat.ok(VIEW, { id: a.id })).assessment;
    expect(inReview.consensusScore).toMatchObject({ total: expected, maxTotal: 100, answered: fw.criteria.length });
    expect(inReview.consensusScore.nodes.find((x: { nodeId: string }) => x.nodeId === sub.id).score).toBeCloseTo(
      Number(sub.weight) * (1 - 1 / n),
      2,
    );

    // The reviewer sends c2 back with a comment; the coordinator revises it and resubmits.
    const c2row = inReview.consensus.find((x: { criterionId: string }) => x.criterionId === c2.id);
    const noComment = await inspektorat.gql(REVIEW, {
      input: { assessmentId: a.id, criterionId: c2.id, accept: false, version: c2row.version },
    });
    expect(noComment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(
      (await koordinator.gql(REVIEW, { input: { assessmentId: a.id, criterionId: c2.id, accept: true, version: c2row.version } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const sentBack = (
      await inspektorat.ok(REVIEW, {
        input: { assessmentId: a.id, criterionId: c2.id, accept: false, comment: 'Periksa lagi notulen rapat', version: c2row.version },
      })
    ).reviewCriterion;
    expect(sentBack).toMatchObject({ reviewStatus: 'REVISION_REQUIRED', reviewComment: 'Periksa lagi notulen rapat' });
    expect((await step(inspektorat, a.id, 'FINALISE')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step(inspektorat, a.id, 'SEND_BACK')).data).toMatchObject({ transitionAssessment: { status: 'NEEDS_REVISION' } });
    // Only criteria sent back may change now.
    const c1row = (await koordinator.ok(VIEW, { id: a.id })).assessment.consensus.find(
      (x: { criterionId: string }) => x.criterionId === c1.id,
    );
    expect(
      (await koordinator.gql(DECIDE, { input: { assessmentId: a.id, criterionId: c1.id, value: bottom(c1), version: c1row.version } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await step(koordinator, a.id, 'RESUBMIT')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const revised = (
      await koordinator.ok(DECIDE, {
        input: { assessmentId: a.id, criterionId: c2.id, value: top(c2), reason: 'Notulen ditemukan', version: sentBack.version },
      })
    ).decideConsensus;
    expect(revised.reviewStatus).toBe('REVISED');
    expect((await step(koordinator, a.id, 'RESUBMIT')).data).toMatchObject({ transitionAssessment: { status: 'IN_REVIEW' } });
    // Only the reviewer reviews and finalises: not the coordinator, not an administrator.
    expect((await step(koordinator, a.id, 'FINALISE')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(admin, a.id, 'FINALISE')).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'assessment.onlyReviewer',
    });
    const c1review = (await koordinator.ok(VIEW, { id: a.id })).assessment.consensus.find(
      (x: { criterionId: string }) => x.criterionId === c1.id,
    );
    expect(
      (await admin.gql(REVIEW, { input: { assessmentId: a.id, criterionId: c1.id, accept: true, version: c1review.version } })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN', messageKey: 'assessment.onlyReviewer' });
    const final = await step(inspektorat, a.id, 'FINALISE');
    expect(final.data).toMatchObject({ transitionAssessment: { status: 'FINAL' } });
    expect((final.data as { transitionAssessment: { lockedAt: string } }).transitionAssessment.lockedAt).toBeTruthy();

    const done = (await pimpinan.ok(VIEW, { id: a.id })).assessment;
    expect(done.consensusScore).toMatchObject({ total: 100, grade: 'AA' });
    // Once final, the leadership reads the answers behind the score.
    expect(done.canSeeAllAnswers).toBe(true);
    expect(done.answers).toHaveLength(2 * fw.criteria.length);
    expect(done.consensus.every((x: { reviewStatus: string }) => x.reviewStatus === 'ACCEPTED')).toBe(true);

    // Final locks everything, for everyone.
    const row = done.consensus.find((x: { criterionId: string }) => x.criterionId === c1.id);
    const attempts = [
      await asesor.gql(SAVE, { input: { assessmentId: a.id, criterionId: c1.id, value: bottom(c1), version: 2 } }),
      await koordinator.gql(DECIDE, { input: { assessmentId: a.id, criterionId: c1.id, value: bottom(c1), version: row.version } }),
      await admin.gql(DECIDE, { input: { assessmentId: a.id, criterionId: c1.id, value: bottom(c1), version: row.version } }),
      await inspektorat.gql(REVIEW, {
        input: { assessmentId: a.id, criterionId: c1.id, accept: false, comment: 'x', version: row.version },
      }),
      await koordinator.gql(`mutation ($input: UpdateAssessmentInput!) { updateAssessment(input: $input) { id } }`, {
        input: { id: a.id, version: done.version, title: 'x' },
      }),
      await step(koordinator, a.id, 'OPEN_CONSENSUS'),
    ];
    for (const r of attempts) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'assessment.final' });
    }
    const after = (await koordinator.ok(VIEW, { id: a.id })).assessment;
    expect(after.consensus).toEqual(done.consensus);

    // Only an administrator reopens, with a reason, and it is audited.
    const reopen = `mutation ($id: ID!, $version: Int!, $reason: String!) { reopenAssessment(id: $id, version: $version, reason: $reason) { status version lockedAt } }`;
    expect(
      (await koordinator.gql(reopen, { id: a.id, version: after.version, reason: 'Salah input nilai' })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await admin.gql(reopen, { id: a.id, version: after.version, reason: '' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const reopened = (await admin.ok(reopen, { id: a.id, version: after.version, reason: 'Salah input nilai kriteria 1' }))
      .reopenAssessment;
    expect(reopened).toMatchObject({ status: 'CONSENSUS', lockedAt: null });
    const log = (
      await admin.ok(`query ($id: ID!) { auditLog(entity: "Assessment", entityId: $id) { action after userName } }`, { id: a.id })
    ).auditLog;
    expect(log[0].action).toBe('STATUS');
    expect(JSON.parse(log[0].after)).toMatchObject({ transition: 'REOPEN', reason: 'Salah input nilai kriteria 1' });
    expect(log[0].userName).toBe('Administrator Probolinggo');
  }, 120_000);

  it('saves several answers in one request, each answered back with its own row', async () => {
    const a = await create('PMPRB Uji Batch 2024');
    await step(koordinator, a.id, 'START');
    const [c1, c2] = fw.criteria as [Crit, Crit];
    const r = await asesor.ok(
      `mutation ($id: ID!, $c1: ID!, $c2: ID!, $v1: String, $v2: String) {
        a: saveAnswer(input: { assessmentId: $id, criterionId: $c1, value: $v1 }) { criterionId value version }
        b: saveAnswer(input: { assessmentId: $id, criterionId: $c2, value: $v2 }) { criterionId value version }
      }`,
      { id: a.id, c1: c1.id, c2: c2.id, v1: top(c1), v2: bottom(c2) },
    );
    expect(r).toEqual({ a: { criterionId: c1.id, value: top(c1), version: 1 }, b: { criterionId: c2.id, value: bottom(c2), version: 1 } });
  });

  it('turns weak consensus criteria into a follow-up plan (RATL) in the work plans, linked back to each criterion', async () => {
    const a = await create('PMPRB Uji RATL 2024');
    await step(koordinator, a.id, 'START');
    const [w1, w2] = fw.criteria as [Crit, Crit];
    for (const client of [asesor, asesor2]) {
      for (const c of fw.criteria) {
        await client.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: c === w1 || c === w2 ? bottom(c) : top(c) } });
      }
    }
    const PROPOSAL = `query ($id: ID!, $t: Float!) { assessment(id: $id) { followUpProposal(threshold: $t) { criterionId value suggestedAction suggestedOutput subItemName } } }`;
    // Nothing to propose before consensus is closed.
    expect((await koordinator.ok(PROPOSAL, { id: a.id, t: 1 })).assessment.followUpProposal).toEqual([]);
    await step(koordinator, a.id, 'OPEN_CONSENSUS');
    await step(koordinator, a.id, 'CLOSE_CONSENSUS');
    const proposal = (await koordinator.ok(PROPOSAL, { id: a.id, t: 0.5 })).assessment.followUpProposal;
    expect(proposal.map((p: { criterionId: string }) => p.criterionId).sort()).toEqual([w1.id, w2.id].sort());
    expect(proposal[0]).toMatchObject({ value: 0 });
    expect(proposal[0].suggestedAction).toContain(proposal[0].subItemName);
    expect(proposal[0].suggestedOutput.length).toBeGreaterThan(0);
    expect((await koordinator.gql(PROPOSAL, { id: a.id, t: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const CREATE_PLAN = `mutation ($input: CreateFollowUpPlanInput!) { createFollowUpPlan(input: $input) { id kind year title } }`;
    const input = {
      assessmentId: a.id,
      title: 'RATL PMPRB 2024',
      year: 2025,
      items: [
        { criterionId: w1.id, name: 'Menetapkan SK Tim RB', output: 'SK Tim RB' },
        {
          criterionId: w2.id,
          name: proposal.find((p: { criterionId: string }) => p.criterionId === w2.id).suggestedAction,
          output: 'Laporan monev',
        },
      ],
    };
    expect((await asesor.gql(CREATE_PLAN, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await koordinator.gql(CREATE_PLAN, { input: { ...input, items: [] } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const plan = (await koordinator.ok(CREATE_PLAN, { input })).createFollowUpPlan;
    expect(plan).toMatchObject({ kind: 'FOLLOW_UP', year: 2025, title: 'RATL PMPRB 2024' });
    const row = await api.db.prisma.workPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ sourceAssessmentId: a.id, agencyId: null, kind: 'FOLLOW_UP' });
    const actions = await api.db.prisma.action.findMany({ where: { activity: { workPlanId: plan.id } }, orderBy: { sortOrder: 'asc' } });
    expect(actions.map((x) => [x.criterionId, x.name, x.output])).toEqual([
      [w1.id, 'Menetapkan SK Tim RB', 'SK Tim RB'],
      [w2.id, proposal.find((p: { criterionId: string }) => p.criterionId === w2.id).suggestedAction, 'Laporan monev'],
    ]);
    const links = (
      await pimpinan.ok(`query ($id: ID!) { assessment(id: $id) { followUpLinks { criterionId planId actionId } } }`, { id: a.id })
    ).assessment.followUpLinks;
    expect(links).toEqual(actions.map((x) => ({ criterionId: x.criterionId, planId: plan.id, actionId: x.id })));
  }, 60_000);

  it("shows the previous year's assessment of the same government side by side", async () => {
    const older = await create('PMPRB Tahun Lalu', 2030);
    const newer = await create('PMPRB Tahun Ini', 2031);
    const { assessment } = await koordinator.ok(VIEW, { id: newer.id });
    expect(assessment.previous).toEqual({ id: older.id, year: 2030 });
  });

  it('another government cannot read or write the assessment', async () => {
    const a = await create('PMPRB Rahasia');
    const gresik = await api.as('admin@gresik.demo', 'gresik');
    expect((await gresik.ok(VIEW, { id: a.id })).assessment).toBeNull();
    const r = await gresik.gql(TRANSITION, { id: a.id, version: 1, t: 'START' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('evidence files: multipart upload with limits, stored in the database, downloads only for those who may see them', async () => {
    const a = await create('PMPRB Bukti 2024');
    await step(koordinator, a.id, 'START');
    const c = fw.criteria[0]!;
    const upload = (client: TestClient, body: Blob, name: string, type: string, criterionId = c.id) => {
      const form = new FormData();
      form.set('criterionId', criterionId);
      form.set('title', 'SK Tim RB');
      form.set('file', new File([body], name, { type }));
      return fetch(`${api.url}/api/assessments/${a.id}/evidence`, {
        method: 'POST',
        body: form,
        headers: client.cookie ? { cookie: client.cookie } : {},
      });
    };
    const pdf = new Blob(['%PDF-1.4 bukti dukung']);
    const ok = await upload(asesor, pdf, 'sk-tim.pdf', 'application/pdf');
    expect(ok.status).toBe(201);
    const { evidence } = (await ok.json()) as { evidence: { id: string; downloadUrl: string } };

    expect((await upload(asesor, pdf, 'x.exe', 'application/x-msdownload')).status).toBe(400);
    expect((await upload(asesor, pdf, 'x.png', 'application/pdf')).status).toBe(400);
    expect((await upload(asesor, new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), 'big.pdf', 'application/pdf')).status).toBe(413);
    expect((await upload(api.client(), pdf, 'sk.pdf', 'application/pdf')).status).toBe(401);
    expect((await upload(inspektorat, pdf, 'sk.pdf', 'application/pdf')).status).toBe(403);
    const gresik = await api.as('admin@gresik.demo', 'gresik');
    expect((await upload(gresik, pdf, 'sk.pdf', 'application/pdf')).status).toBe(404);

    const download = (client: TestClient) =>
      fetch(`${api.url}${evidence.downloadUrl}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    const mine = await download(asesor);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(await mine.text()).toBe('%PDF-1.4 bukti dukung');
    expect((await download(asesor2)).status).toBe(404); // not before consensus
    expect((await download(koordinator)).status).toBe(200);
    expect((await download(gresik)).status).toBe(404);
    expect((await download(api.client())).status).toBe(401);
    const row = await api.db.prisma.evidenceFile.findFirstOrThrow({ where: { evidence: { id: evidence.id } } });
    expect(row).toMatchObject({ fileName: 'sk-tim.pdf', sizeBytes: 21, mimeType: 'application/pdf' });

    // Links; the answer lists both for its assessor.
    const link = await asesor.gql(`mutation ($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id kind title url } }`, {
      input: { assessmentId: a.id, criterionId: c.id, title: 'Notulen', url: 'https://drive.example.go.id/notulen' },
    });
    expect(link.data).toMatchObject({ addEvidenceLink: { kind: 'LINK', title: 'Notulen' } });
    const badLink = await asesor.gql(`mutation ($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`, {
      input: { assessmentId: a.id, criterionId: c.id, title: 'Notulen', url: 'javascript:alert(1)' },
    });
    expect(badLink.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    // Evidence came before any answer: answering afterwards (without a version) is not a conflict.
    const answered = (await asesor.ok(SAVE, { input: { assessmentId: a.id, criterionId: c.id, value: top(c) } })).saveAnswer;
    expect(answered).toMatchObject({ value: top(c), version: 2 });
    const view = (await asesor.ok(VIEW, { id: a.id })).assessment;
    expect(view.answers[0].evidence.map((e: { title: string }) => e.title)).toEqual(['SK Tim RB', 'Notulen']);
    expect((await asesor2.ok(VIEW, { id: a.id })).assessment.answers).toEqual([]);
    await step(koordinator, a.id, 'OPEN_CONSENSUS');
    expect((await download(asesor2)).status).toBe(200);
  }, 60_000);
});

describeApi('assessment frameworks as data', () => {
  let api: TestApi;
  let admin: TestClient;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.as('admin@depok.demo', 'depok');
  }, 60_000);
  afterAll(() => api?.close());

  const national = async (code: string) => {
    const { frameworks } = await admin.ok(`{ frameworks { id code national status } }`);
    return frameworks.find((f: { code: string; national: boolean }) => f.code === code && f.national);
  };

  it('shows unknown weights as unknown (null), never as zero', async () => {
    const f = await national('PERMENPANRB-26-2020-UNIT');
    const { framework } = await admin.ok(FRAMEWORK, { id: f.id });
    const unknown = framework.nodes.filter((n: Node) => n.weight === null);
    expect(unknown.length).toBeGreaterThan(0);
    expect(framework.nodes.find((n: Node) => n.name === 'Komponen Pengungkit').weight).toBe('60');
    const issues = framework.weightIssues.filter((i: { code: string }) => i.code === 'UNKNOWN_WEIGHT');
    expect(issues.map((i: { nodeId: string }) => i.nodeId).sort()).toEqual(unknown.map((n: Node) => n.id).sort());
  });

  it('copies a national framework into an editable draft, edits wording, options and weights, publishes, then freezes it', async () => {
    const f = await national('PERMENPANRB-14-2014');
    const nat = (await admin.ok(FRAMEWORK, { id: f.id })).framework;
    expect(nat.editable).toBe(false);
    // National frameworks are never edited in place.
    const direct = await admin.gql(`mutation ($input: UpdateFrameworkNodeInput!) { updateFrameworkNode(input: $input) { id } }`, {
      input: { id: nat.nodes[0].id, version: nat.nodes[0].version, weight: '50' },
    });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const copy = (
      await admin.ok(`mutation ($id: ID!) { copyFramework(id: $id, name: "LKE Depok 2025") { id name revision status national } }`, {
        id: f.id,
      })
    ).copyFramework;
    expect(copy).toMatchObject({ name: 'LKE Depok 2025', revision: 2, status: 'DRAFT', national: false });
    // Revisions count per government: Gresik's first copy is its r2 too, and the national one's use
    // by another government's assessments is not Gresik's to see.
    const gresik = await api.as('admin@gresik.demo', 'gresik');
    const theirs = (await gresik.ok(`mutation ($id: ID!) { copyFramework(id: $id) { revision name } }`, { id: f.id })).copyFramework;
    expect(theirs.revision).toBe(2);
    expect(theirs.name).toMatch(/\(revisi 2\)$/);
    const usedElsewhere = await api.db.prisma.framework.findFirstOrThrow({
      where: { governmentId: null, assessments: { some: {}, none: { government: { code: 'gresik' } } } },
    });
    expect((await gresik.ok(FRAMEWORK, { id: usedElsewhere.id })).framework.inUse).toBe(false);
    expect((await admin.ok(FRAMEWORK, { id: usedElsewhere.id })).framework.inUse).toBe(
      (await api.db.prisma.assessment.count({ where: { frameworkId: usedElsewhere.id, government: { code: 'depok' } } })) > 0,
    );
    let draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    expect(draft.editable).toBe(true);
    expect(draft.criteria).toHaveLength(nat.criteria.length);
    expect(draft.nodes.map((n: Node) => [n.name, n.weight])).toEqual(nat.nodes.map((n: Node) => [n.name, n.weight]));

    // Weights: set one unknown, which the weight issues then list.
    const leaf = draft.nodes.find((n: Node) => n.kind === 'SUB_ITEM');
    const node = await admin.ok(
      `mutation ($input: UpdateFrameworkNodeInput!) { updateFrameworkNode(input: $input) { id weight version } }`,
      {
        input: { id: leaf.id, version: leaf.version, weightUnknown: true },
      },
    );
    expect(node.updateFrameworkNode.weight).toBeNull();
    const badWeight = await admin.gql(`mutation ($input: UpdateFrameworkNodeInput!) { updateFrameworkNode(input: $input) { id } }`, {
      input: { id: leaf.id, version: node.updateFrameworkNode.version, weight: '-1' },
    });
    expect(badWeight.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Wording and options of a criterion.
    const crit = draft.criteria.find((c: Crit) => c.answerType === 'ABC');
    const edited = await admin.ok(
      `mutation ($input: UpdateCriterionInput!) { updateCriterion(input: $input) { text answerType options { code label value } version } }`,
      {
        input: {
          id: crit.id,
          version: crit.version,
          criterion: {
            text: 'Rencana kerja RB disusun dan ditetapkan',
            answerType: 'ABC',
            options: [
              { code: 'A', label: 'Ditetapkan dan dilaksanakan', value: 1 },
              { code: 'B', label: 'Ditetapkan', value: 0.5 },
              { code: 'C', label: 'Belum ada', value: 0 },
            ],
          },
        },
      },
    );
    expect(edited.updateCriterion.options[0]).toEqual({ code: 'A', label: 'Ditetapkan dan dilaksanakan', value: 1 });
    const twoOptions = await admin.gql(`mutation ($input: UpdateCriterionInput!) { updateCriterion(input: $input) { id } }`, {
      input: {
        id: crit.id,
        version: edited.updateCriterion.version,
        criterion: { text: 'x', answerType: 'ABC', options: [{ code: 'A', label: 'a', value: 1 }] },
      },
    });
    expect(twoOptions.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterion.options' });
    draft = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    expect(draft.weightIssues.some((i: { code: string; nodeId: string }) => i.code === 'UNKNOWN_WEIGHT' && i.nodeId === leaf.id)).toBe(
      true,
    );
    // The national original is unchanged.
    expect(
      (await admin.ok(FRAMEWORK, { id: f.id })).framework.criteria.find((c: Crit) => c.code === crit.code && c.nodeId === crit.nodeId),
    ).toBeUndefined();
    expect((await admin.ok(FRAMEWORK, { id: f.id })).framework.nodes).toEqual(nat.nodes);

    // An assessment cannot use a draft; after publishing it can, and then nothing changes.
    const candidates = (await admin.ok(`{ assessmentCandidates { userId email } }`)).assessmentCandidates;
    const uid = (e: string) => candidates.find((c: { email: string }) => c.email === `${e}@depok.demo`).userId;
    const input = {
      title: 'PMPRB Depok 2025',
      year: 2025,
      frameworkId: copy.id,
      coordinatorId: uid('koordinator'),
      assessorIds: [uid('asesor')],
      reviewerId: uid('inspektorat'),
    };
    expect((await admin.gql(CREATE, { input })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const published = await admin.ok(`mutation ($id: ID!, $v: Int!) { publishFramework(id: $id, version: $v) { status } }`, {
      id: copy.id,
      v: draft.version,
    });
    expect(published.publishFramework.status).toBe('PUBLISHED');
    await admin.ok(CREATE, { input });
    const frozen = (await admin.ok(FRAMEWORK, { id: copy.id })).framework;
    expect(frozen).toMatchObject({ inUse: true, editable: false });
    const later = await admin.gql(`mutation ($input: UpdateFrameworkNodeInput!) { updateFrameworkNode(input: $input) { id } }`, {
      input: { id: leaf.id, version: node.updateFrameworkNode.version, weight: '1' },
    });
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'assessment.frameworkInUse' });
  });

  it('only an administrator edits frameworks', async () => {
    const koordinator = await api.as('koordinator@depok.demo', 'depok');
    const f = await national('PERMENPANRB-14-2014');
    const r = await koordinator.gql(`mutation ($id: ID!) { copyFramework(id: $id) { id } }`, { id: f.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describeApi('national frameworks in every database', () => {
  it('are seeded idempotently', async () => {
    const { seedNationalFrameworks } = await import('../services/assessment/frameworks.ts');
    const { DEMO_FRAMEWORKS } = await import('@rb/demo');
    const api = await startTestApi();
    try {
      const prisma = api.db.prisma;
      expect(await seedNationalFrameworks(prisma, DEMO_FRAMEWORKS)).toEqual([]);
      const before = await prisma.criterion.count();
      await prisma.framework.deleteMany({ where: { code: 'PERMENPANRB-26-2020-UNIT', governmentId: null } });
      expect(await seedNationalFrameworks(prisma, DEMO_FRAMEWORKS)).toEqual(['PERMENPANRB-26-2020-UNIT r1']);
      expect(await prisma.criterion.count()).toBe(before);
      expect(await seedNationalFrameworks(prisma, DEMO_FRAMEWORKS)).toEqual([]);
    } finally {
      await api.close();
    }
  }, 60_000);
});
