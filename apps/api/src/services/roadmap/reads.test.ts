import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi, type TestClient } from '../../testing/harness.ts';

// The whole road map (goals → indicators → baseline and targets, areas →
// indicators, activities → actions → agency and efforts) in one request costs
// the same number of SQL queries however many rows it has.
const READ = `query ($id: ID!) { roadmap(id: $id) { id years
  goals { id indicators { id baseline { numericValue } targets { year numericValue } } }
  areas { area { id name } indicators { id targets { year } } activities { id roadmapActions { id years output
    responsibleAgency { id name } efforts { id description agency { id name } } } } } } }`;

describeApi('road map reads', () => {
  let api: TestApi;
  let admin: TestClient;
  let gid: string;
  beforeAll(async () => {
    api = await startTestApi({ countQueries: true });
    const made = await api.newGovernment('Kota Baca Road Map');
    admin = made.admin;
    gid = (await api.db.prisma.government.findUniqueOrThrow({ where: { code: made.code } })).id;
  });
  afterAll(() => api?.close());

  /** Adds `n` goals with an indicator and values, and `n` activities with an action and an effort, to every area. */
  async function grow(roadmapId: string, n: number, tag: string) {
    const agency = await api.db.prisma.agency.create({ data: { governmentId: gid, name: `PD ${tag}` } });
    const areas = await api.db.prisma.area.findMany({ where: { governmentId: gid } });
    for (let i = 0; i < n; i++) {
      const goal = await api.db.prisma.goal.create({ data: { governmentId: gid, roadmapId, statement: `Sasaran ${tag} ${i}` } });
      const ind = await api.db.prisma.indicator.create({
        data: { governmentId: gid, roadmapId, goalId: goal.id, scope: 'GOAL', name: `I ${tag} ${i}` },
      });
      await api.db.prisma.indicatorValue.createMany({
        data: [2025, 2026].map((year) => ({ governmentId: gid, indicatorId: ind.id, kind: 'TARGET' as const, year, numericValue: '1' })),
      });
      for (const area of areas) {
        await api.db.prisma.indicator.create({
          data: { governmentId: gid, roadmapId, areaId: area.id, scope: 'AREA', name: `A ${tag} ${i}` },
        });
        const activity = await api.db.prisma.activity.create({
          data: { governmentId: gid, roadmapId, areaId: area.id, name: `K ${tag} ${i}` },
        });
        const action = await api.db.prisma.action.create({
          data: { governmentId: gid, activityId: activity.id, name: `R ${tag} ${i}`, years: [2026], responsibleAgencyId: agency.id },
        });
        await api.db.prisma.actionEffort.create({ data: { actionId: action.id, agencyId: agency.id, description: `U ${tag} ${i}` } });
      }
    }
  }

  it('reads a whole road map with a constant number of queries', async () => {
    const { createRoadmap } = await admin.ok(`mutation { createRoadmap(input: { title: "RM", startYear: 2025, endYear: 2029 }) { id } }`);
    await grow(createRoadmap.id, 1, 'a');
    api.db.resetQueryCount();
    const small = await admin.ok(READ, { id: createRoadmap.id });
    const first = api.db.queryCount();
    expect(small.roadmap.goals).toHaveLength(1);
    await grow(createRoadmap.id, 4, 'b');
    api.db.resetQueryCount();
    const big = await admin.ok(READ, { id: createRoadmap.id });
    expect(big.roadmap.goals).toHaveLength(5);
    expect(big.roadmap.areas[0].activities).toHaveLength(5);
    expect(api.db.queryCount()).toBe(first);
  });
});
