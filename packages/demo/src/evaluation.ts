// Demo: Probolinggo's 2025 evaluation under the 2023 model — an RB General
// and an RB Tematik assessment (final, agreed by both assessors), the
// national evaluator's values beside them, and the evaluator's findings
// (catatan LHE) that start the 2026 renaksi. The seeds hold no 2025
// evaluation: these figures are illustrative demo values (the demo banner
// says so), chosen inside each item's range, never shown as real results.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@rb/db';

/** Self-assessed (consensus) and evaluator values per criterion code of RB-GENERAL-2023. */
const GENERAL: Record<string, [self: string, evaluator: string]> = {
  A1: ['72', '65'],
  A2: ['80', '70'],
  B1: ['85', '80'],
  B2: ['3.5', '3'],
  B3: ['3.2', '3'],
  B4: ['70', '62'],
  B5: ['68.41', '66.02'],
  B7: ['70', '65'],
  B8: ['60', '55'],
  B11: ['75', '72'],
  B12: ['65', '60'],
  B13: ['70', '70'],
  B14: ['55', '50'],
  B15: ['80', '75'],
  B16: ['250', '230'],
  B17: ['3.8', '3.6'],
  B18: ['78', '74'],
  C1: ['2.9', '2.6'],
  C2: ['70', '68'],
  C3: ['75', '70'],
  C4: ['WTP', 'WTP'],
  C5: ['85', '82'],
  C6: ['72', '70'],
  C7: ['74', '71.5'],
  C8: ['80', '79'],
  D1: ['0', '-1'],
};

/** RB-TEMATIK-2023 per theme: rencana aksi, capaian output, capaian dampak (self, evaluator). */
type Pair = [self: string, evaluator: string];
const TEMATIK: Record<string, [plan: Pair, output: Pair, impact: Pair]> = {
  '1': [
    ['75', '70'],
    ['70', '62'],
    ['65', '60'],
  ],
  '2': [
    ['70', '65'],
    ['68', '60'],
    ['72', '70'],
  ],
  '3': [
    ['65', '60'],
    ['60', '55'],
    ['58', '50'],
  ],
  '4': [
    ['80', '78'],
    ['75', '72'],
    ['70', '68'],
  ],
  '5': [
    ['60', '50'],
    ['55', '45'],
    ['50', '45'],
  ],
};

const FINDINGS: { framework: 'general' | 'tematik'; code: string; text: string }[] = [
  {
    framework: 'general',
    code: 'A1',
    text: 'Rencana aksi RB General belum memuat target triwulan yang terukur untuk seluruh kegiatan utama.',
  },
  { framework: 'general', code: 'B4', text: 'Pembangunan Zona Integritas belum diperluas ke unit pelayanan prioritas.' },
  { framework: 'general', code: 'B14', text: 'Data statistik sektoral belum dipublikasikan melalui portal Satu Data daerah.' },
  {
    framework: 'tematik',
    code: 'B.1',
    text: 'Intervensi pengentasan kemiskinan belum terhubung dengan data terpadu penerima manfaat, sehingga dampaknya belum dapat diukur.',
  },
];

export interface EvaluationRows {
  assessment: Prisma.AssessmentCreateManyInput[];
  assessmentMember: Prisma.AssessmentMemberCreateManyInput[];
  answer: Prisma.AnswerCreateManyInput[];
  consensusAnswer: Prisma.ConsensusAnswerCreateManyInput[];
  evaluatorScore: Prisma.EvaluatorScoreCreateManyInput[];
  finding: Prisma.FindingCreateManyInput[];
}

interface Criterion {
  id: string;
  frameworkId: string;
  code: string | null;
}

/**
 * The rows of the demo evaluation, or nothing when the 2023 frameworks or the
 * team are missing (a trimmed demo). `users` maps a local part (koordinator,
 * asesor, asesor2, inspektorat, evaluator) to the user id.
 */
export function demoEvaluationRows(
  rows: EvaluationRows,
  governmentId: string,
  frameworks: { id: string; code: string }[],
  criteria: Criterion[],
  users: Record<string, string | undefined>,
) {
  const general = frameworks.find((f) => f.code === 'RB-GENERAL-2023');
  const tematik = frameworks.find((f) => f.code === 'RB-TEMATIK-2023');
  const team = ['koordinator', 'asesor', 'asesor2', 'inspektorat', 'evaluator'] as const;
  if (!general || !tematik || team.some((u) => !users[u])) return;
  const lockedAt = new Date('2025-12-15T09:00:00+07:00');
  const ids = { general: randomUUID(), tematik: randomUUID() };
  const byCode = (frameworkId: string) => new Map(criteria.filter((c) => c.frameworkId === frameworkId).map((c) => [c.code, c.id]));

  const add = (key: 'general' | 'tematik', frameworkId: string, title: string, values: Map<string, [string, string]>) => {
    const id = ids[key];
    rows.assessment.push({
      id,
      governmentId,
      frameworkId,
      year: 2025,
      title,
      status: 'FINAL',
      deadline: new Date('2025-11-30T23:59:59+07:00'),
      lockedAt,
    });
    rows.assessmentMember.push(
      { assessmentId: id, userId: users.koordinator!, role: 'COORDINATOR' },
      { assessmentId: id, userId: users.asesor!, role: 'ASSESSOR' },
      { assessmentId: id, userId: users.asesor2!, role: 'ASSESSOR' },
      { assessmentId: id, userId: users.inspektorat!, role: 'REVIEWER' },
    );
    for (const [criterionId, [self, evaluator]] of values) {
      for (const assessor of [users.asesor!, users.asesor2!]) {
        rows.answer.push({ assessmentId: id, criterionId, assessorId: assessor, value: self });
      }
      rows.consensusAnswer.push({ assessmentId: id, criterionId, value: self, reviewStatus: 'ACCEPTED', reviewedById: users.inspektorat! });
      rows.evaluatorScore.push({
        assessmentId: id,
        criterionId,
        value: evaluator,
        evaluator: 'KemenPANRB',
        enteredById: users.evaluator!,
      });
    }
  };

  const g = byCode(general.id);
  add(
    'general',
    general.id,
    'Evaluasi RB General 2025',
    new Map(Object.entries(GENERAL).flatMap(([code, v]) => (g.has(code) ? [[g.get(code)!, v] as const] : []))),
  );
  const tm = byCode(tematik.id);
  const tValues = new Map<string, [string, string]>();
  for (const [theme, [plan, output, impact]] of Object.entries(TEMATIK)) {
    for (const [code, v] of [
      [`A.${theme}.1`, plan],
      [`A.${theme}.2`, output],
      [`B.${theme}`, impact],
    ] as const) {
      const cid = tm.get(code);
      if (cid) tValues.set(cid, v);
    }
  }
  add('tematik', tematik.id, 'Evaluasi RB Tematik 2025', tValues);

  for (const f of FINDINGS) {
    const map = f.framework === 'general' ? g : tm;
    rows.finding.push({
      governmentId,
      assessmentId: ids[f.framework],
      criterionId: map.get(f.code) ?? null,
      year: 2025,
      text: f.text,
      source: 'LHE RB 2025 (demo)',
      createdById: users.evaluator!,
    });
  }
}
