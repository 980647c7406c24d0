// A road map of 10 years with 500 goal indicators (25 goals × 20), each with a
// baseline, yearly and quarterly targets and yearly and quarterly
// realizations for every year: 101 values per indicator, 50,500 in all.
import { randomUUID } from 'node:crypto';
import type { Database, Prisma } from '@rb/db';
import { createManyChunked } from '../lib/db.ts';
import { seededRandom } from '../lib/report.ts';

export const GOALS = 25;
export const INDICATORS_PER_GOAL = 20;
export const FIRST_YEAR = 2020;
export const YEARS = 10;

export async function generateRoadmap(db: Database, governmentId: string, seed: number) {
  const random = seededRandom(seed);
  const areas = await db.prisma.area.findMany({ where: { governmentId }, orderBy: { sortOrder: 'asc' } });
  const agencies = await db.prisma.agency.findMany({ where: { governmentId }, select: { id: true } });
  const roadmapId = randomUUID();
  await db.prisma.roadmap.create({
    data: {
      id: roadmapId,
      governmentId,
      title: `Road Map Reformasi Birokrasi ${FIRST_YEAR}–${FIRST_YEAR + YEARS - 1} (benchmark)`,
      startYear: FIRST_YEAR,
      endYear: FIRST_YEAR + YEARS - 1,
    },
  });
  const goals: Prisma.GoalCreateManyInput[] = [];
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const values: Prisma.IndicatorValueCreateManyInput[] = [];
  for (let g = 0; g < GOALS; g++) {
    const goalId = randomUUID();
    goals.push({
      id: goalId,
      governmentId,
      roadmapId,
      code: `S${g + 1}`,
      statement: `Sasaran reformasi ${g + 1}: birokrasi yang bersih, akuntabel dan berkinerja tinggi`,
      sortOrder: g,
    });
    for (let i = 0; i < INDICATORS_PER_GOAL; i++) {
      const indicatorId = randomUUID();
      const percentage = i % 2 === 0;
      const lowerIsBetter = i % 7 === 3;
      indicators.push({
        id: indicatorId,
        governmentId,
        roadmapId,
        goalId,
        areaId: areas.length ? areas[(g * INDICATORS_PER_GOAL + i) % areas.length]!.id : null,
        ownerAgencyId: agencies.length ? agencies[i % agencies.length]!.id : null,
        scope: 'GOAL',
        code: `S${g + 1}.${i + 1}`,
        name: percentage ? `Persentase layanan ${g + 1}.${i + 1} yang memenuhi standar` : `Indeks kinerja ${g + 1}.${i + 1}`,
        unit: percentage ? '%' : 'Skor 0-100',
        valueType: percentage ? 'PERCENTAGE' : 'SCORE',
        scaleMin: percentage ? null : 0,
        scaleMax: percentage ? null : 100,
        direction: lowerIsBetter ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER',
        sortOrder: i,
      });
      const base = 40 + random() * 30;
      const value = (kind: 'BASELINE' | 'TARGET' | 'REALIZATION', year: number, quarter: number, n: number) =>
        values.push({ governmentId, indicatorId, kind, year, quarter, numericValue: Math.round(n * 100) / 100 });
      value('BASELINE', FIRST_YEAR - 1, 0, base);
      for (let y = 0; y < YEARS; y++) {
        const year = FIRST_YEAR + y;
        const target = lowerIsBetter ? base - y * 2 : Math.min(100, base + y * 3);
        const realized = target * (0.75 + random() * 0.35);
        value('TARGET', year, 0, target);
        value('REALIZATION', year, 0, realized);
        for (let q = 1; q <= 4; q++) {
          value('TARGET', year, q, (target * q) / 4);
          value('REALIZATION', year, q, (realized * q) / 4);
        }
      }
    }
  }
  await createManyChunked(goals, (data) => db.prisma.goal.createMany({ data }));
  await createManyChunked(indicators, (data) => db.prisma.indicator.createMany({ data }));
  await createManyChunked(values, (data) => db.prisma.indicatorValue.createMany({ data }), 2000);
  return { roadmapId, indicators: indicators.length, values: values.length };
}
