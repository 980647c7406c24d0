// Reading a whole assessment (framework, every assessor's answers and
// evidence, consensus, score sheets) costs the same number of SQL queries
// whether nothing or everything has been answered.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../../testing/harness.ts';

const DETAIL = `query ($id: ID!) { assessment(id: $id) {
  id status myRoles canSeeAllAnswers members { userId name role }
  framework { id inUse editable nodes { id parentId weight } criteria { id nodeId answerType options { code value } } }
  myAnswers { id value evidence { id } }
  answers { id criterionId assessorId assessorName value note version evidence { id title downloadUrl uploadedByName } }
  consensus { id criterionId value reason decidedByName reviewStatus }
  teamEvidence { id }
  assessorScores { assessorId total grade nodes { nodeId score } }
  consensusScore { total grade nodes { nodeId score } }
  previous { id }
  followUpLinks { actionId }
} }`;

describeApi('assessment reads', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ countQueries: true });
  }, 120_000);
  afterAll(() => api?.close());

  it('read a whole assessment with a constant number of SQL queries, however much is answered', async () => {
    const coord = await api.as('koordinator@depok.demo', 'depok');
    const asesor = await api.as('asesor@depok.demo', 'depok');
    const asesor2 = await api.as('asesor2@depok.demo', 'depok');
    const { frameworks, assessmentCandidates } = await coord.ok(`{ frameworks { id code } assessmentCandidates { userId email } }`);
    const fwId = frameworks.find((f: { code: string }) => f.code === 'PERMENPANRB-14-2014').id;
    const { framework } = await coord.ok(
      `query ($id: ID!) { framework(id: $id) { criteria { id answerType options { code value } scaleMax } } }`,
      { id: fwId },
    );
    const uid = (e: string) => assessmentCandidates.find((c: { email: string }) => c.email === `${e}@depok.demo`).userId;
    const create = async (title: string, year: number) => {
      const { createAssessment } = await coord.ok(
        `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`,
        {
          input: {
            title,
            year,
            frameworkId: fwId,
            coordinatorId: uid('koordinator'),
            assessorIds: [uid('asesor'), uid('asesor2')],
            reviewerId: uid('inspektorat'),
          },
        },
      );
      await coord.ok(`mutation ($id: ID!) { transitionAssessment(id: $id, version: 1, transition: START) { status } }`, {
        id: createAssessment.id,
      });
      return createAssessment.id as string;
    };
    const empty = await create('Kosong', 2040);
    const full = await create('Penuh', 2042);
    const top = (c: { answerType: string; options: { code: string; value: number }[]; scaleMax: string | null }) =>
      c.answerType === 'SCALE' ? String(Number(c.scaleMax)) : [...c.options].sort((a, b) => b.value - a.value)[0]!.code;
    for (const client of [asesor, asesor2]) {
      const saves = framework.criteria.map(
        (c: never, i: number) =>
          `a${i}: saveAnswer(input: { assessmentId: "${full}", criterionId: "${(c as { id: string }).id}", value: "${top(c)}", note: "catatan" }) { id }`,
      );
      // Ten aliases per request at most (the API's request limits).
      for (let i = 0; i < saves.length; i += 10) await client.ok(`mutation { ${saves.slice(i, i + 10).join('\n')} }`);
      for (const c of framework.criteria.slice(0, 5)) {
        await client.ok(`mutation ($input: AddEvidenceLinkInput!) { addEvidenceLink(input: $input) { id } }`, {
          input: { assessmentId: full, criterionId: c.id, title: 'Bukti', url: 'https://contoh.go.id/bukti' },
        });
      }
    }
    await coord.ok(`mutation ($id: ID!) { transitionAssessment(id: $id, version: 2, transition: OPEN_CONSENSUS) { status } }`, {
      id: full,
    });

    const count = async (id: string) => {
      api.db.resetQueryCount();
      const data = await coord.ok(DETAIL, { id });
      return { queries: api.db.queryCount(), data };
    };
    const small = await count(empty);
    const large = await count(full);
    expect(large.data.assessment.answers).toHaveLength(2 * framework.criteria.length);
    expect(large.data.assessment.consensus).toHaveLength(framework.criteria.length);
    expect(large.data.assessment.consensusScore.total).toBe(100);
    expect(small.data.assessment.answers).toHaveLength(0);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
    // 18 when written (session, memberships, assessment, framework rows, answers, evidence, consensus, …).
    expect(large.queries).toBeLessThanOrEqual(25);
  }, 120_000);
});
