// The 2023 national model in the browser: the national evaluator's scores
// beside the self-assessment, and the Indeks RB of RB General + RB Tematik.
import { expect, test } from '@playwright/test';
import { apiAs, DEMO_PASSWORD, signIn } from './fixtures.ts';

test('evaluator’s scores appear beside the self-assessment', async ({ page }) => {
  await signIn(page, 'evaluator@probolinggo.demo');
  await page.goto('/probolinggo/assessments?year=2025');
  await page.getByRole('link', { name: 'Evaluasi RB General 2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluasi RB General 2025' })).toBeVisible();
  // An evaluator who is not in the team lands on the evaluation.
  await expect(page.getByRole('tab', { name: 'Evaluasi' })).toHaveAttribute('aria-selected', 'true');

  // The Indeks RB adds up RB General and RB Tematik of 2025, self-assessed and evaluated.
  const index = page.getByRole('article', { name: /Indeks/ });
  await expect(index.getByRole('row', { name: /RB General 2023/ })).toBeVisible();
  await expect(index.getByRole('row', { name: /RB Tematik 2023/ })).toBeVisible();
  await expect(index.getByTestId('index-total')).toHaveText(/\/ 120,00$/);

  // Per item: the self-assessed value, the evaluator's, the difference.
  const a1 = page.getByRole('row', { name: /^A1\. Rencana Aksi RB General/ });
  await expect(a1.getByRole('cell').nth(2)).toHaveText('72');
  const value = page.getByLabel('Nilai evaluator untuk A1. Rencana Aksi RB General');
  await expect(value).toHaveValue('65');
  // Items that do not apply to a city are marked, and cannot be scored.
  await expect(page.getByRole('row', { name: /B9\. Indikator Kinerja Pelaksanaan Anggaran/ })).toContainText('Tidak berlaku');
  await page.screenshot({ path: 'e2e/screenshots/evaluation-01-beside.png', fullPage: false });

  // A value outside the item's range is refused before it is sent, with the reason.
  const before = await page.getByTestId('evaluator-total').textContent();
  await value.fill('150');
  await expect(page.getByText('Jawaban "150" di luar rentang yang diperbolehkan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan nilai evaluator' })).toBeDisabled();
  await value.fill('75');
  await page.getByLabel('Catatan evaluator untuk A1. Rencana Aksi RB General').fill('Target triwulan sudah dilengkapi saat klarifikasi');
  // The evaluator's total follows what is typed, before saving.
  await expect(page.getByTestId('evaluator-total')).not.toHaveText(before ?? '');
  await expect(page.getByText('1 perubahan belum disimpan.')).toBeVisible();
  await page.getByRole('button', { name: 'Simpan nilai evaluator' }).click();
  await expect(page.getByRole('status')).toHaveText('1 nilai evaluator tersimpan.');
  await page.reload();
  await expect(page.getByLabel('Nilai evaluator untuk A1. Rencana Aksi RB General')).toHaveValue('75');
  await page.screenshot({ path: 'e2e/screenshots/evaluation-02-saved.png', fullPage: true });
  // Put the demo back as it was for the next run.
  await page.getByLabel('Nilai evaluator untuk A1. Rencana Aksi RB General').fill('65');
  await page.getByLabel('Catatan evaluator untuk A1. Rencana Aksi RB General').fill('');
  await page.getByRole('button', { name: 'Simpan nilai evaluator' }).click();
  await expect(page.getByRole('status')).toHaveText('1 nilai evaluator tersimpan.');
});

test('a team member sees the evaluator’s values read-only, and the index it adds up to', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.goto('/probolinggo/assessments?year=2025');
  await page.getByRole('link', { name: 'Evaluasi RB Tematik 2025' }).click();
  await page.getByRole('tab', { name: 'Evaluasi' }).click();
  await expect(page.getByRole('article', { name: /Indeks/ }).getByRole('row', { name: /RB General 2023/ })).toBeVisible();
  await expect(page.getByLabel(/Nilai evaluator untuk/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simpan nilai evaluator' })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/evaluation-03-tematik.png', fullPage: false });
});

test('assessor fills in the RB General worksheet and sees the index', async ({ page, baseURL, request }) => {
  const title = `RB General ${Date.now()}`;
  // The coordinator has set up this year's RB General assessment (as in the assessment journeys).
  const coord = await apiAs(request, baseURL!, 'koordinator@probolinggo.demo', DEMO_PASSWORD, 'probolinggo');
  const { frameworks, assessmentCandidates } = await coord<{
    frameworks: { id: string; code: string }[];
    assessmentCandidates: { userId: string; email: string }[];
  }>(`{ frameworks { id code } assessmentCandidates { userId email } }`);
  const uid = (local: string) => assessmentCandidates.find((c) => c.email === `${local}@probolinggo.demo`)!.userId;
  const { createAssessment } = await coord<{ createAssessment: { id: string; version: number } }>(
    `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`,
    {
      input: {
        title,
        year: 2026,
        frameworkId: frameworks.find((f) => f.code === 'RB-GENERAL-2023')!.id,
        deadline: `${new Date().getFullYear() + 1}-11-30T16:59:59.000Z`,
        coordinatorId: uid('koordinator'),
        assessorIds: [uid('asesor')],
        reviewerId: uid('inspektorat'),
      },
    },
  );
  await coord(`mutation ($id: ID!, $v: Int!) { transitionAssessment(id: $id, version: $v, transition: START) { id } }`, {
    id: createAssessment.id,
    v: createAssessment.version,
  });

  await signIn(page, 'asesor@probolinggo.demo');
  await page.goto('/probolinggo/assessments?year=2026');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('tab', { name: 'Lembar kerja saya' })).toHaveAttribute('aria-selected', 'true');
  // A1 (weight 3, 0–100): 80 → 2,40.
  const a1 = page.getByRole('region', { name: /Rencana Aksi RB General/ }).first();
  await a1.getByRole('textbox').first().fill('80');
  await expect(a1.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('2,40');
  // A2 (weight 7) is multiplied by A1's ratio: 70 → 0,7 × 7 × 0,8 = 3,92.
  const a2 = page.getByRole('region', { name: /Tingkat Implementasi Rencana Aksi/ }).first();
  await a2.getByRole('textbox').first().fill('70');
  await expect(a2.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('6,32');
  await page.screenshot({ path: 'e2e/screenshots/evaluation-04-general-worksheet.png', fullPage: false });

  // The index of the year: RB Tematik has no assessment yet, and the page says so.
  await page.getByRole('tab', { name: 'Evaluasi' }).click();
  await expect(page.getByText('Bagian RB Tematik 2023 belum memiliki penilaian tahun ini: indeks belum lengkap.')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/evaluation-05-index-incomplete.png', fullPage: false });
});

test('assessor runs the SAKIP evaluation', async ({ page, baseURL, request }) => {
  const title = `Evaluasi SAKIP ${Date.now()}`;
  const coord = await apiAs(request, baseURL!, 'koordinator@probolinggo.demo', DEMO_PASSWORD, 'probolinggo');
  const { frameworks, assessmentCandidates } = await coord<{
    frameworks: { id: string; code: string }[];
    assessmentCandidates: { userId: string; email: string }[];
  }>(`{ frameworks { id code } assessmentCandidates { userId email } }`);
  const uid = (local: string) => assessmentCandidates.find((c) => c.email === `${local}@probolinggo.demo`)!.userId;
  const { createAssessment } = await coord<{ createAssessment: { id: string; version: number } }>(
    `mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`,
    {
      input: {
        title,
        year: 2026,
        frameworkId: frameworks.find((f) => f.code === 'SAKIP-2021')!.id,
        deadline: `${new Date().getFullYear() + 1}-11-30T16:59:59.000Z`,
        coordinatorId: uid('koordinator'),
        assessorIds: [uid('asesor')],
        reviewerId: uid('inspektorat'),
      },
    },
  );
  await coord(`mutation ($id: ID!, $v: Int!) { transitionAssessment(id: $id, version: $v, transition: START) { id } }`, {
    id: createAssessment.id,
    v: createAssessment.version,
  });

  await signIn(page, 'asesor@probolinggo.demo');
  await page.goto('/probolinggo/assessments?year=2026');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('navigation', { name: 'Area penilaian' }).getByRole('button', { name: /Perencanaan Kinerja/ })).toBeVisible();
  // Perencanaan Kinerja (30) = Pemenuhan 6 + Kualitas 9 + Pemanfaatan 15; BB = 80 %, AA = 100 %.
  const pemenuhan = page.getByRole('region', { name: /Pemenuhan perencanaan kinerja/ });
  await pemenuhan.getByRole('radio', { name: /^BB\./ }).check();
  await expect(pemenuhan.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('4,80');
  const kualitas = page.getByRole('region', { name: /Kualitas perencanaan kinerja/ });
  await kualitas.getByRole('radio', { name: /^AA\./ }).check();
  await expect(kualitas.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('13,80');
  await page.screenshot({ path: 'e2e/screenshots/evaluation-06-sakip.png', fullPage: false });
});
