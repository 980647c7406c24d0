// A generated work plan for the grid benchmark: area → indicator → activity →
// action → step, each step scheduled on 1–4 consecutive months, with some
// realizations, written with Prisma createMany (ids made here, so no reads).
import { randomUUID } from 'node:crypto';
import type { Database, Prisma } from '@rb/db';
import { createManyChunked } from '../lib/db.ts';
import { seededRandom } from '../lib/report.ts';

export interface PlanShape {
  areas: number;
  indicatorsPerArea: number;
  activitiesPerIndicator: number;
  actionsPerActivity: number;
  stepsPerAction: number;
}

/** 8 areas × 5 indicators × 5 activities × 5 actions × 5 steps = 5,000 steps. */
export const LARGE_PLAN: PlanShape = {
  areas: 8,
  indicatorsPerArea: 5,
  activitiesPerIndicator: 5,
  actionsPerActivity: 5,
  stepsPerAction: 5,
};
/** 2 areas × 1 × 2 × 2 × 3 = 24 steps: same shape, for the constant query count. */
export const SMALL_PLAN: PlanShape = {
  areas: 2,
  indicatorsPerArea: 1,
  activitiesPerIndicator: 2,
  actionsPerActivity: 2,
  stepsPerAction: 3,
};

export const stepCount = (s: PlanShape) =>
  s.areas * s.indicatorsPerArea * s.activitiesPerIndicator * s.actionsPerActivity * s.stepsPerAction;

const VERBS = ['Menyusun', 'Menetapkan', 'Melaksanakan', 'Mensosialisasikan', 'Mengevaluasi', 'Melaporkan', 'Memantau', 'Merevisi'];
const OBJECTS = [
  'SK Tim Reformasi Birokrasi',
  'peta proses bisnis',
  'standar operasional prosedur',
  'rencana aksi zona integritas',
  'laporan kinerja perangkat daerah',
  'survei kepuasan masyarakat',
  'analisis jabatan dan beban kerja',
  'inovasi pelayanan publik',
];

export interface GeneratedPlan {
  workPlanId: string;
  steps: { id: string; name: string; months: number[] }[];
}

export async function generateWorkPlan(
  db: Database,
  opts: { governmentId: string; year: number; title: string; shape: PlanShape; seed: number },
): Promise<GeneratedPlan> {
  const { governmentId, year, shape } = opts;
  const random = seededRandom(opts.seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const areas = await db.prisma.area.findMany({ where: { governmentId }, orderBy: { sortOrder: 'asc' } });
  if (areas.length < shape.areas) throw new Error(`the government has ${areas.length} areas of change, the plan needs ${shape.areas}`);
  const agencies = await db.prisma.agency.findMany({ where: { governmentId }, select: { id: true } });
  if (agencies.length === 0) throw new Error('the government has no agencies');

  const workPlanId = randomUUID();
  await db.prisma.workPlan.create({ data: { id: workPlanId, governmentId, kind: 'WORK_PLAN', year, title: opts.title } });

  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const actions: Prisma.ActionCreateManyInput[] = [];
  const steps: Prisma.StepCreateManyInput[] = [];
  const realizations: Prisma.StepRealizationCreateManyInput[] = [];
  const generatedSteps: GeneratedPlan['steps'] = [];

  for (let a = 0; a < shape.areas; a++) {
    const area = areas[a]!;
    for (let i = 0; i < shape.indicatorsPerArea; i++) {
      const indicatorId = randomUUID();
      indicators.push({
        id: indicatorId,
        governmentId,
        areaId: area.id,
        scope: 'AREA',
        code: `B${a + 1}.${i + 1}`,
        name: `Persentase ${pick(OBJECTS)} yang tuntas (${area.name}, indikator ${i + 1})`,
        unit: '%',
        valueType: 'PERCENTAGE',
        sortOrder: i,
      });
      for (let k = 0; k < shape.activitiesPerIndicator; k++) {
        const activityId = randomUUID();
        activities.push({
          id: activityId,
          governmentId,
          workPlanId,
          areaId: area.id,
          indicatorId,
          code: `${a + 1}.${i + 1}.${k + 1}`,
          name: `Penguatan ${pick(OBJECTS)} ${a + 1}.${i + 1}.${k + 1}`,
          sortOrder: (a * shape.indicatorsPerArea + i) * shape.activitiesPerIndicator + k,
        });
        for (let c = 0; c < shape.actionsPerActivity; c++) {
          const actionId = randomUUID();
          actions.push({
            id: actionId,
            governmentId,
            activityId,
            code: `${a + 1}.${i + 1}.${k + 1}.${c + 1}`,
            name: `${pick(VERBS)} ${pick(OBJECTS)} (aksi ${a + 1}.${i + 1}.${k + 1}.${c + 1})`,
            output: `Dokumen ${pick(OBJECTS)}`,
            responsibleAgencyId: pick(agencies).id,
            successCriteria: 'Tersedianya dokumen yang ditetapkan',
            sortOrder: c,
          });
          for (let s = 0; s < shape.stepsPerAction; s++) {
            const stepId = randomUUID();
            const first = 1 + Math.floor(random() * 10);
            const length = 1 + Math.floor(random() * 4);
            const months = Array.from({ length }, (_, m) => first + m).filter((m) => m <= 12);
            const name = `${pick(VERBS)} ${pick(OBJECTS)} tahap ${s + 1}`;
            steps.push({
              id: stepId,
              governmentId,
              actionId,
              name,
              output: `Laporan ${pick(OBJECTS)}`,
              responsibleAgencyId: pick(agencies).id,
              months,
              sortOrder: s,
            });
            generatedSteps.push({ id: stepId, name, months });
            for (const month of months) {
              if (month > 6) continue;
              const r = random();
              realizations.push({ stepId, month, status: r < 0.6 ? 'DONE' : r < 0.8 ? 'PARTIAL' : 'NOT_DONE', evidenceLinks: [] });
            }
          }
        }
      }
    }
  }
  await createManyChunked(indicators, (data) => db.prisma.indicator.createMany({ data }));
  await createManyChunked(activities, (data) => db.prisma.activity.createMany({ data }));
  await createManyChunked(actions, (data) => db.prisma.action.createMany({ data }));
  await createManyChunked(steps, (data) => db.prisma.step.createMany({ data }));
  await createManyChunked(realizations, (data) => db.prisma.stepRealization.createMany({ data }));
  return { workPlanId, steps: generatedSteps };
}
