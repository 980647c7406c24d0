// PMPRB self-assessment journeys. Each journey sets up its own assessment
// through the API (as the coordinator and assessors would) with a unique
// title, so the journeys depend neither on each other nor on other specs.
import { expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './fixtures.ts';

interface Crit {
  id: string;
  nodeId: string;
  text: string;
  answerType: string;
  options: { code: string; value: number }[];
  scaleMin: string | null;
  scaleMax: string | null;
}

/** A signed-in API client for one demo user (what the web app does, without the browser). */
async function apiAs(baseURL: string, email: string, gov: string) {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { 'x-government': gov } });
  const gql = async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    // An idle keep-alive connection may have been closed by the server meanwhile: retry once on a new one.
    const res = await ctx.post('/graphql', { data: { query, variables } }).catch((e: Error) => {
      if (!/ECONNRESET|socket hang up/.test(e.message)) throw e;
      return ctx.post('/graphql', { data: { query, variables } });
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`${email}: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  await gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`, {
    e: email,
    p: DEMO_PASSWORD,
  });
  return { ctx, gql };
}
type Api = Awaited<ReturnType<typeof apiAs>>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Criteria in worksheet order (the framework tree, depth first). */
function inOrder(nodes: { id: string; parentId: string | null; sortOrder: number }[], criteria: (Crit & { sortOrder: number })[]) {
  const out: Crit[] = [];
  const walk = (parentId: string | null) => {
    for (const n of nodes.filter((x) => x.parentId === parentId).sort((a, b) => a.sortOrder - b.sortOrder)) {
      out.push(...criteria.filter((c) => c.nodeId === n.id).sort((a, b) => a.sortOrder - b.sortOrder));
      walk(n.id);
    }
  };
  walk(null);
  return out;
}

/** Creates the assessment through the API, or (with `existingId`) works on one created in the browser. */
async function setUp(baseURL: string, gov: string, frameworkCode: string, title: string, year: number, existingId?: string) {
  const coord = await apiAs(baseURL, `koordinator@${gov}.demo`, gov);
  const { frameworks, assessmentCandidates } = await coord.gql(`{ frameworks { id code national } assessmentCandidates { userId email } }`);
  const fwId = frameworks.find((f: { code: string; national: boolean }) => f.code === frameworkCode && f.national).id;
  const { framework } = await coord.gql(
    `query ($id: ID!) { framework(id: $id) { nodes { id parentId sortOrder } criteria { id nodeId text answerType sortOrder scaleMin scaleMax options { code value } } } }`,
    { id: fwId },
  );
  const uid = (local: string) => assessmentCandidates.find((c: { email: string }) => c.email === `${local}@${gov}.demo`).userId;
  const create = () =>
    coord.gql(`mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id version } }`, {
      input: {
        title,
        year,
        frameworkId: fwId,
        // Open for another year: assessors' saving stops at the deadline.
        deadline: `${new Date().getFullYear() + 1}-11-30T16:59:59.000Z`,
        coordinatorId: uid('koordinator'),
        assessorIds: [uid('asesor'), uid('asesor2')],
        reviewerId: uid('inspektorat'),
      },
    });
  const id = existingId ?? ((await create()).createAssessment.id as string);
  const step = async (who: Api, transition: string) => {
    const { assessment } = await who.gql(`query ($id: ID!) { assessment(id: $id) { version } }`, { id });
    await who.gql(
      `mutation ($id: ID!, $v: Int!, $t: AssessmentTransition!) { transitionAssessment(id: $id, version: $v, transition: $t) { status } }`,
      {
        id,
        v: assessment.version,
        t: transition,
      },
    );
  };
  /** Answers every criterion, except those `value` gives null for (left unanswered). */
  const answerAll = async (who: Api, value: (c: Crit) => string | null, note: (c: Crit) => string | null = () => null) => {
    const criteria = inOrder(framework.nodes, framework.criteria).filter((c) => value(c) !== null);
    // Ten aliases per request: the server refuses more (graphql-armor, apps/api/src/protection.ts).
    for (let i = 0; i < criteria.length; i += 10) {
      const chunk = criteria.slice(i, i + 10);
      const body = chunk
        .map(
          (c, j) =>
            `a${j}: saveAnswer(input: { assessmentId: "${id}", criterionId: "${c.id}", value: ${JSON.stringify(value(c))}, note: ${JSON.stringify(note(c))} }) { id }`,
        )
        .join('\n');
      await who.gql(`mutation { ${body} }`);
    }
  };
  return { id, coord, step, answerAll, criteria: inOrder(framework.nodes, framework.criteria) };
}

async function openAssessment(page: Page, gov: string, year: number, title: string) {
  await page.goto(`/${gov}/assessments?year=${year}`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('assessor fills in the worksheet with evidence', async ({ page, baseURL }) => {
  const title = `PMPRB Disperdagin ${Date.now()}`;
  const year = 2023;
  const s = await setUp(baseURL!, 'depok', 'PERMENPANRB-26-2020-UNIT', title, year);
  await s.step(s.coord, 'START');

  await signIn(page, 'asesor@depok.demo');
  await openAssessment(page, 'depok', year, title);
  await expect(page.getByRole('tab', { name: 'Lembar kerja saya' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('assessment-status')).toHaveText('Sedang dinilai');
  await expect(page.getByTestId('live-score')).toHaveText('0,00');
  const nav = page.getByRole('navigation', { name: 'Area penilaian' });
  await expect(nav.getByRole('button', { name: /Pemenuhan · Manajemen Perubahan/ })).toContainText('0/');

  // Tim Reformasi Birokrasi (weight 0,40, three criteria): "Ya" on the first → 0,40 × 1/3 = 0,13.
  const first = page.getByRole('region', { name: /Tim Reformasi unit kerja telah dibentuk/ });
  await first.getByRole('radio', { name: 'Ya' }).check();
  await expect(first.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('0,13');
  await expect(nav.getByRole('button', { name: /Pemenuhan · Manajemen Perubahan/ })).toContainText('1/');
  await first.getByLabel('Catatan').fill('SK Kepala Dinas tentang Tim RB unit kerja sudah ditetapkan');
  await expect(first.getByText('Tersimpan', { exact: true })).toBeVisible();

  // Evidence: a file (stored by the API) and a link.
  await first
    .getByLabel('Unggah berkas')
    .setInputFiles({ name: 'sk-tim-rb-2022.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% SK Tim RB\n') });
  await expect(first.getByRole('link', { name: 'sk-tim-rb-2022.pdf' })).toBeVisible();
  await first.getByRole('button', { name: 'Tambah tautan' }).click();
  await first.getByLabel('Judul tautan').fill('Notulen rapat Tim RB');
  await first.getByLabel('Alamat tautan').fill('https://drive.depok.go.id/notulen-tim-rb');
  await first.getByRole('button', { name: 'Simpan tautan' }).click();
  await expect(first.getByRole('link', { name: 'Notulen rapat Tim RB' })).toBeVisible();
  const download = await page.request.get((await first.getByRole('link', { name: 'sk-tim-rb-2022.pdf' }).getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('SK Tim RB');

  // The API goes away: the answer stays on this device, the failure is shown, and nothing is lost on reload.
  await expect(page.getByText('Semua jawaban tersimpan')).toBeVisible();
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('SaveAnswer') ? route.abort('connectionfailed') : route.continue(),
  );
  const second = page.getByRole('region', { name: /telah melaksanakan tugas sesuai rencana kerja/ });
  await second.getByRole('radio', { name: 'Ya' }).check();
  await second.getByLabel('Catatan').fill('Laporan pelaksanaan tugas triwulan I–IV');
  await expect(page.getByText(/1 jawaban gagal disimpan/)).toBeVisible();
  await expect(page.getByTestId('live-score')).toHaveText('0,27');
  await page.screenshot({ path: 'e2e/screenshots/assessment-01-save-failed.png', fullPage: true });
  await page.reload();
  const secondAgain = page.getByRole('region', { name: /telah melaksanakan tugas sesuai rencana kerja/ });
  await expect(secondAgain.getByLabel('Catatan')).toHaveValue('Laporan pelaksanaan tugas triwulan I–IV');
  await expect(secondAgain.getByRole('radio', { name: 'Ya' })).toBeChecked();
  await expect(page.getByText(/1 jawaban gagal disimpan/)).toBeVisible();
  await page.unroute('**/graphql');
  await page.getByRole('button', { name: 'Coba lagi' }).first().click();
  await expect(page.getByText('Semua jawaban tersimpan')).toBeVisible();

  // Saved on the server: a fresh load shows it all.
  await page.reload();
  const reloaded = page.getByRole('region', { name: /telah melaksanakan tugas sesuai rencana kerja/ });
  await expect(reloaded.getByRole('radio', { name: 'Ya' })).toBeChecked();
  await expect(reloaded.getByLabel('Catatan')).toHaveValue('Laporan pelaksanaan tugas triwulan I–IV');
  await expect(page.getByTestId('live-score')).toHaveText('0,27');
  await expect(nav.getByRole('button', { name: /Pemenuhan · Manajemen Perubahan/ })).toContainText('2/');
  await page.screenshot({ path: 'e2e/screenshots/assessment-02-worksheet.png', fullPage: true });
  // The assessor's own sheet on the scores tab; no consensus score yet.
  await page.getByRole('tab', { name: 'Nilai' }).click();
  await expect(page.getByTestId('consensus-total')).toContainText('Tersedia setelah konsensus dibuka');
  await expect(page.getByText('Lembar kerja Asesor Depok')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/assessment-02a-my-scores.png', fullPage: true });

  // Another assessor does not see these answers before consensus.
  const other = await apiAs(baseURL!, 'asesor2@depok.demo', 'depok');
  const { assessment } = await other.gql(`query ($id: ID!) { assessment(id: $id) { answers { id } } }`, { id: s.id });
  expect(assessment.answers).toEqual([]);
});

test('coordinator resolves a disagreement and closes consensus', async ({ page, baseURL }) => {
  const title = `PMPRB Konsensus ${Date.now()}`;
  const year = 2024;
  // The coordinator sets up the assessment and its team.
  await signIn(page, 'koordinator@probolinggo.demo');
  await page.goto(`/probolinggo/assessments?year=${year}`);
  await page.getByRole('button', { name: 'Buat penilaian' }).click();
  const form = page.getByRole('form', { name: 'Penilaian baru' });
  await form.getByLabel('Judul').fill(title);
  await form.getByLabel('Tahun').fill(String(year));
  await form.getByLabel('Kerangka').selectOption({ label: 'PMPRB (PermenPANRB 14/2014) (r1)' });
  await form.getByLabel('Batas waktu').fill(`${new Date().getFullYear() + 1}-11-30`);
  await form.getByLabel('Koordinator', { exact: true }).selectOption({ label: 'Koordinator Asesor Probolinggo' });
  await form.getByRole('checkbox', { name: /asesor@probolinggo\.demo/ }).check();
  await form.getByRole('checkbox', { name: /asesor2@probolinggo\.demo/ }).check();
  // Separation of duties: each part of the team is offered to those holding its role, so the
  // coordinator is neither the reviewer nor an assessor, and a planner is no assessor.
  const reviewer = form.getByLabel('Reviewer', { exact: true });
  await expect(reviewer.locator('option', { hasText: 'Koordinator Asesor Probolinggo' })).toHaveCount(0);
  await expect(form.getByRole('checkbox', { name: /koordinator@probolinggo\.demo/ })).toHaveCount(0);
  await expect(form.getByRole('checkbox', { name: /perencana@probolinggo\.demo/ })).toHaveCount(0);
  await reviewer.selectOption({ label: 'Reviu Inspektorat Probolinggo' });
  await page.screenshot({ path: 'e2e/screenshots/assessment-00-create.png', fullPage: true });
  await form.getByRole('button', { name: 'Buat penilaian' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('assessment-status')).toHaveText('Draf');
  await page.getByRole('button', { name: 'Mulai penilaian' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Sedang dinilai');
  const id = page.url().match(/assessments\/([0-9a-f-]{36})/)![1]!;

  // Both assessors fill in their worksheets (through the API here); they differ on one criterion.
  const s = await setUp(baseURL!, 'probolinggo', 'PERMENPANRB-14-2014', title, year, id);
  const disputed = s.criteria[0]!;
  const a1 = await apiAs(baseURL!, 'asesor@probolinggo.demo', 'probolinggo');
  const a2 = await apiAs(baseURL!, 'asesor2@probolinggo.demo', 'probolinggo');
  await s.answerAll(a1, top, (c) => (c === disputed ? 'SK ada dan ditandatangani' : null));
  await s.answerAll(
    a2,
    (c) => (c === disputed ? bottom(c) : top(c)),
    (c) => (c === disputed ? 'SK belum ditemukan' : null),
  );

  await page.reload();
  await page.getByRole('button', { name: 'Buka konsensus' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Konsensus');
  await expect(page.getByRole('tab', { name: 'Konsensus' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('consensus-summary')).toHaveText(
    '1 kriteria berbeda antar asesor · 0 kriteria belum dijawab semua asesor · 1 kriteria belum memiliki jawaban konsensus',
  );
  const row = page.getByRole('region', { name: new RegExp(escapeRegExp(disputed.text.slice(0, 40))) });
  await expect(row.getByText('Berbeda')).toBeVisible();
  await expect(row.getByRole('row', { name: /Asesor Probolinggo/ })).toContainText('SK ada dan ditandatangani');
  await expect(row.getByRole('row', { name: /Asesor Kedua Probolinggo/ })).toContainText('SK belum ditemukan');
  await page.screenshot({ path: 'e2e/screenshots/assessment-03-consensus.png', fullPage: true });

  // Closing before deciding is refused with the reason.
  await page.getByRole('button', { name: 'Tutup konsensus' }).click();
  await expect(page.getByRole('alert')).toContainText('1 kriteria belum memiliki jawaban konsensus');

  await row.getByRole('radio', { name: /^A/ }).first().check();
  await row.getByLabel('Alasan').fill('SK Tim RB diperlihatkan dalam rapat konsensus');
  await row.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(row.getByText('Keputusan tersimpan')).toBeVisible();
  await expect(page.getByTestId('consensus-summary')).toHaveText(
    '1 kriteria berbeda antar asesor · 0 kriteria belum dijawab semua asesor · 0 kriteria belum memiliki jawaban konsensus',
  );
  // The criterion's history: each assessor's answer and the consensus decision, who and when.
  await row.getByRole('button', { name: /Riwayat jawaban/ }).click();
  const history = row.getByRole('list', { name: /Riwayat jawaban/ });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').filter({ hasText: 'Asesor Kedua Probolinggo' })).toContainText('(kosong) →');
  await expect(history.getByRole('listitem').nth(2)).toContainText('Konsensus · Koordinator Asesor Probolinggo');
  await expect(history.getByRole('listitem').nth(2)).toContainText('SK Tim RB diperlihatkan dalam rapat konsensus');

  // The page refreshes slowly after closing; the coordinator moves on to the
  // minutes meanwhile and must stay there when the refresh lands.
  let slowed = false;
  await page.route('**/graphql', async (route) => {
    if (!slowed && route.request().postDataJSON()?.operationName === 'AssessmentDetail') {
      slowed = true;
      await new Promise((r) => setTimeout(r, 1500));
    }
    await route.fallback();
  });
  await page.getByRole('button', { name: 'Tutup konsensus' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Direviu');
  await expect(page.getByTestId('assessment-grade')).toContainText('AA');

  // The minutes list the decision and the team, with the same score as the API.
  const { assessment } = await s.coord.gql(`query ($id: ID!) { assessment(id: $id) { consensusScore { total grade } } }`, { id: s.id });
  await page.getByRole('tab', { name: 'Berita acara' }).click();
  await expect.poll(() => slowed).toBe(true);
  await page.waitForLoadState('networkidle');
  await page.unroute('**/graphql');
  await expect(page.getByRole('tab', { name: 'Berita acara' })).toHaveAttribute('aria-selected', 'true');
  const minutes = page.getByRole('article', { name: /Berita Acara Kesepakatan/ });
  await expect(minutes.getByRole('row').filter({ hasText: 'SK Tim RB diperlihatkan dalam rapat konsensus' })).toBeVisible();
  for (const name of [
    'Koordinator Asesor Probolinggo',
    'Asesor Probolinggo',
    'Asesor Kedua Probolinggo',
    'Reviu Inspektorat Probolinggo',
  ]) {
    await expect(minutes.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await expect(minutes.getByTestId('minutes-total')).toHaveText(assessment.consensusScore.total.toFixed(2).replace('.', ','));
  await page.screenshot({ path: 'e2e/screenshots/assessment-04-minutes.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Cetak berita acara' })).toBeHidden();
  await page.screenshot({ path: 'e2e/screenshots/assessment-05-minutes-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('coordinator sees only real disagreements in consensus', async ({ page, baseURL }) => {
  const title = `PMPRB Perbedaan ${Date.now()}`;
  const year = 2026;
  const s = await setUp(baseURL!, 'probolinggo', 'PERMENPANRB-14-2014', title, year);
  const total = s.criteria.length;
  const disputed = s.criteria[0]!;
  // The last three criteria nobody answered; two more only the first assessor answered.
  const nobody = new Set(s.criteria.slice(-3).map((c) => c.id));
  const onlyFirst = new Set(s.criteria.slice(-5, -3).map((c) => c.id));
  await s.step(s.coord, 'START');
  const a1 = await apiAs(baseURL!, 'asesor@probolinggo.demo', 'probolinggo');
  const a2 = await apiAs(baseURL!, 'asesor2@probolinggo.demo', 'probolinggo');
  await s.answerAll(a1, (c) => (nobody.has(c.id) ? null : top(c)));
  await s.answerAll(a2, (c) => (nobody.has(c.id) || onlyFirst.has(c.id) ? null : c === disputed ? bottom(c) : top(c)));
  await s.step(s.coord, 'OPEN_CONSENSUS');

  await signIn(page, 'koordinator@probolinggo.demo');
  // Opened from a page of another year: the header year switches to the assessment's year.
  await page.goto(`/probolinggo/assessments/${s.id}?year=2022`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('select.select-year')).toHaveValue(String(year));
  await expect(page.getByRole('tab', { name: 'Konsensus' })).toHaveAttribute('aria-selected', 'true');
  // One criterion really differs; five are unanswered by some assessor (three by both), never counted as differing.
  await expect(page.getByTestId('consensus-summary')).toHaveText(
    '1 kriteria berbeda antar asesor · 5 kriteria belum dijawab semua asesor · 6 kriteria belum memiliki jawaban konsensus',
  );
  const row = page.getByRole('region', { name: new RegExp(escapeRegExp(disputed.text.slice(0, 40))) });
  await expect(row.getByText('Berbeda', { exact: true })).toBeVisible();
  // While criteria are undecided the consensus score and grade say they are provisional.
  const live = page.getByTestId('consensus-live');
  await expect(live).toContainText('Sementara');
  await expect(live).toContainText(`6 dari ${total} kriteria belum diputuskan dan dihitung 0`);
  await expect(live.locator('.grade')).toContainText('(sementara)');
  await page.screenshot({ path: 'e2e/screenshots/assessment-03a-consensus-counts.png', fullPage: true });

  // The minutes list nothing the meeting has not decided yet.
  await page.getByRole('tab', { name: 'Berita acara' }).click();
  const minutes = page.getByRole('article', { name: /Berita Acara Kesepakatan/ });
  await expect(minutes.getByText('Belum ada kriteria yang diputuskan dalam rapat konsensus.')).toBeVisible();
  await expect(minutes.getByTestId('minutes-undecided')).toHaveText(
    '6 kriteria belum diputuskan; nilai dan predikat di atas masih sementara.',
  );
  await expect(minutes.getByText(`${total - 6} dari ${total} kriteria dijawab sama oleh semua asesor.`, { exact: false })).toBeVisible();

  // The coordinator decides the real disagreement: it alone becomes a decision in the minutes.
  await page.getByRole('tab', { name: 'Konsensus' }).click();
  await row.getByRole('radio', { name: /^A/ }).first().check();
  await row.getByLabel('Alasan').fill('Dokumen diperiksa bersama dalam rapat');
  await row.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByTestId('consensus-summary')).toHaveText(
    '1 kriteria berbeda antar asesor · 5 kriteria belum dijawab semua asesor · 5 kriteria belum memiliki jawaban konsensus',
  );
  await page.getByRole('tab', { name: 'Nilai' }).click();
  await expect(page.getByTestId('consensus-total')).toContainText(
    `Nilai dan predikat konsensus sementara: 5 dari ${total} kriteria belum diputuskan`,
  );
  await expect(page.getByTestId('consensus-total').locator('.grade')).toContainText('(sementara)');
  await page.screenshot({ path: 'e2e/screenshots/assessment-03b-provisional-scores.png', fullPage: true });
  await page.getByRole('tab', { name: 'Berita acara' }).click();
  const decisions = minutes.getByRole('table').nth(1);
  await expect(decisions.getByRole('row')).toHaveCount(2);
  await expect(decisions.getByRole('row').nth(1)).toContainText('Dokumen diperiksa bersama dalam rapat');
  await expect(minutes.getByTestId('minutes-undecided')).toContainText('5 kriteria belum diputuskan');
  await page.screenshot({ path: 'e2e/screenshots/assessment-03c-minutes-provisional.png', fullPage: true });
});

test('reviewer finalises and the grade is shown', async ({ page, baseURL }) => {
  const title = `PMPRB Reviu ${Date.now()}`;
  const year = 2025;
  const s = await setUp(baseURL!, 'probolinggo', 'PERMENPANRB-14-2014', title, year);
  // Everything at full marks except the criteria of one large sub-item, answered at zero by both.
  const weak = new Set(s.criteria.filter((c) => c.nodeId === s.criteria[s.criteria.length - 1]!.nodeId).map((c) => c.id));
  await s.step(s.coord, 'START');
  for (const who of ['asesor', 'asesor2']) {
    const a = await apiAs(baseURL!, `${who}@probolinggo.demo`, 'probolinggo');
    await s.answerAll(a, (c) => (weak.has(c.id) ? bottom(c) : top(c)));
  }
  await s.step(s.coord, 'OPEN_CONSENSUS');
  await s.step(s.coord, 'CLOSE_CONSENSUS');
  const { assessment } = await s.coord.gql(`query ($id: ID!) { assessment(id: $id) { consensusScore { total grade } } }`, { id: s.id });
  const shown = assessment.consensusScore.total.toFixed(2).replace('.', ',');

  await signIn(page, 'inspektorat@probolinggo.demo');
  await openAssessment(page, 'probolinggo', year, title);
  await expect(page.getByRole('tab', { name: 'Reviu' })).toHaveAttribute('aria-selected', 'true');
  const firstRow = page.getByRole('region', { name: new RegExp(escapeRegExp(s.criteria[0]!.text.slice(0, 40))) });
  await expect(firstRow.getByText('Belum direviu')).toBeVisible();
  await firstRow.getByRole('button', { name: 'Terima' }).click();
  await expect(firstRow.getByText('Diterima', { exact: true })).toBeVisible();
  await expect(page.getByText(/Diterima: 1/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/assessment-06a-review.png', fullPage: true });
  await page.getByRole('button', { name: 'Finalkan penilaian' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Final');
  await expect(page.getByText(/Penilaian final dan terkunci sejak/)).toBeVisible();
  await expect(page.getByTestId('assessment-grade')).toContainText(assessment.consensusScore.grade);

  await page.getByRole('tab', { name: 'Nilai' }).click();
  await expect(page.getByTestId('consensus-total')).toContainText(shown);
  await expect(page.getByTestId('consensus-total')).toContainText(assessment.consensusScore.grade);
  await page.screenshot({ path: 'e2e/screenshots/assessment-06-final-grade.png', fullPage: true });
  // The worksheet downloads as an Excel workbook.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh LKE (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^LKE-2025-PMPRB-Reviu-\d+\.xlsx$/);
  const file = await download.createReadStream();
  const head: Buffer = await new Promise((resolve) => file.once('data', (chunk) => resolve(chunk as Buffer)));
  expect(head.subarray(0, 2).toString()).toBe('PK');
  await download.saveAs(test.info().outputPath('lke.xlsx'));
  // Nothing can be changed any more: no review buttons, no workflow step.
  await page.getByRole('tab', { name: 'Reviu' }).click();
  await expect(page.getByRole('button', { name: 'Terima' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Finalkan penilaian' })).toHaveCount(0);
});

test('coordinator sends the weak criteria to the work plans as a follow-up plan', async ({ page, baseURL }) => {
  const title = `PMPRB RATL ${Date.now()}`;
  const year = 2022;
  const s = await setUp(baseURL!, 'depok', 'PERMENPANRB-14-2014', title, year);
  const weak = s.criteria[1]!;
  await s.step(s.coord, 'START');
  for (const who of ['asesor', 'asesor2']) {
    const a = await apiAs(baseURL!, `${who}@depok.demo`, 'depok');
    await s.answerAll(a, (c) => (c === weak ? bottom(c) : top(c)));
  }
  await s.step(s.coord, 'OPEN_CONSENSUS');
  await s.step(s.coord, 'CLOSE_CONSENSUS');

  await signIn(page, 'koordinator@depok.demo');
  await openAssessment(page, 'depok', year, title);
  await page.getByRole('tab', { name: 'Tindak lanjut (RATL)' }).click();
  await expect(page.getByRole('table', { name: '1 kriteria lemah' })).toBeVisible();
  await page.getByLabel('Rencana aksi 1').fill(`Menyusun dan menetapkan dokumen (${title})`);
  await page.getByLabel('Output 1').fill('SK Kepala Dinas');
  await page.getByLabel('Judul rencana tindak lanjut').fill(`RATL ${title}`);
  await page.getByRole('button', { name: 'Kirim 1 aksi ke rencana kerja' }).click();
  await expect(page.getByText('Rencana tindak lanjut dibuat.')).toBeVisible();
  const link = page.getByRole('link', { name: `Menyusun dan menetapkan dokumen (${title})` });
  await expect(link).toHaveAttribute('href', /\/depok\/work-plans\/[0-9a-f-]{36}\?.*focus=[0-9a-f-]{36}/);
  // A criterion already sent is not proposed again.
  await expect(page.getByText('Semua kriteria di bawah ambang ini sudah dikirim ke rencana kerja.')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/assessment-07-follow-up.png', fullPage: true });
  await link.click();
  await expect(page).toHaveURL(/\/depok\/work-plans\//);
  await expect(page.getByText(`RATL ${title}`).first()).toBeVisible();
});

test('administrator copies a framework into a new version and marks a weight as unknown', async ({ page }) => {
  await signIn(page, 'admin@probolinggo.demo');
  await page.goto('/probolinggo/assessments');
  await page.getByRole('link', { name: 'PMPRB (PermenPANRB 14/2014)', exact: true }).first().click();
  await expect(page.getByText(/Kerangka ini tidak dapat diubah/)).toBeVisible();
  await page.getByRole('button', { name: 'Salin menjadi versi baru' }).click();
  await expect(page.getByText(/Draf milik pemerintah daerah ini/)).toBeVisible();
  const weight = page.getByLabel('Bobot Manajemen Perubahan', { exact: true }).first();
  await expect(weight).toHaveValue('5');
  const row = page.locator('form').filter({ has: weight });
  await row.getByLabel('bobot belum diketahui').check();
  await row.getByRole('button', { name: 'Simpan' }).click();
  await page.reload();
  await expect(page.getByText('1 bagian belum memiliki bobot (tidak diketahui, bukan nol).')).toBeVisible();
  await expect(page.getByText(/Proses: bobot 60,00, jumlah bobot di bawahnya/)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/assessment-08-framework-admin.png' });

  // A new indicator (weight not known yet) with a criterion of its own; then removed again with it.
  const count = page.locator('.assessment-meta div').filter({ hasText: 'Jumlah kriteria' }).locator('dd');
  const before = Number(await count.textContent());
  await page.getByRole('button', { name: 'Tambah indikator pada Manajemen Perubahan' }).first().click();
  const addSub = page.getByRole('form', { name: 'Tambah indikator pada Manajemen Perubahan' });
  await addSub.getByLabel('Nama indikator').fill('Inovasi budaya kerja');
  await addSub.getByRole('button', { name: 'Tambahkan' }).click();
  await expect(page.getByText('2 bagian belum memiliki bobot (tidak diketahui, bukan nol).')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah kriteria pada Inovasi budaya kerja' }).click();
  const addCrit = page.getByRole('form', { name: 'Tambah kriteria pada Inovasi budaya kerja' });
  await addCrit.getByLabel('Teks kriteria').fill('Unit kerja memiliki inovasi budaya kerja yang diterapkan');
  await addCrit.getByLabel('Jenis jawaban').selectOption({ label: 'A/B/C' });
  await addCrit.getByRole('button', { name: 'Tambahkan' }).click();
  await expect(count).toHaveText(String(before + 1));
  // The new criterion in the framework (not the form's text box, which may still hold the text for a moment).
  await expect(page.getByText('Unit kerja memiliki inovasi budaya kerja yang diterapkan').and(page.locator('div'))).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/assessment-08a-framework-parts.png', fullPage: false });
  await page.getByRole('button', { name: 'Hapus Inovasi budaya kerja' }).click();
  await expect(page.getByText('Hapus Inovasi budaya kerja beserta 1 kriteria di bawahnya?')).toBeVisible();
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Unit kerja memiliki inovasi budaya kerja yang diterapkan')).toHaveCount(0);
  await expect(count).toHaveText(String(before));
  await expect(page.getByText('1 bagian belum memiliki bobot (tidak diketahui, bukan nol).')).toBeVisible();

  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page.getByText(/Kerangka ini tidak dapat diubah/)).toBeVisible();
});

test('assessor cannot save after the deadline until the coordinator extends it, and sees the answer history', async ({
  browser,
  page,
  baseURL,
}) => {
  const title = `PMPRB Batas Waktu ${Date.now()}`;
  const year = 2025;
  const s = await setUp(baseURL!, 'depok', 'PERMENPANRB-26-2020-UNIT', title, year);
  await s.step(s.coord, 'START');
  // The deadline passes (yesterday).
  const { assessment } = await s.coord.gql(`query ($id: ID!) { assessment(id: $id) { version } }`, { id: s.id });
  await s.coord.gql(`mutation ($input: UpdateAssessmentInput!) { updateAssessment(input: $input) { id } }`, {
    input: { id: s.id, version: assessment.version, deadline: new Date(Date.now() - 86_400_000).toISOString() },
  });

  await signIn(page, 'asesor@depok.demo');
  await openAssessment(page, 'depok', year, title);
  await expect(page.getByText('lewat batas waktu')).toBeVisible();
  await expect(page.getByText(/Batas waktu pengisian \(.+\) telah lewat: lembar kerja dikunci/)).toBeVisible();
  const first = page.getByRole('region', { name: /Tim Reformasi unit kerja telah dibentuk/ });
  await expect(first.getByRole('radio', { name: 'Ya' })).toBeDisabled();
  await expect(first.getByLabel('Catatan')).toBeDisabled();
  await page.screenshot({ path: 'e2e/screenshots/assessment-09-deadline-passed.png', fullPage: false });

  // The coordinator extends the deadline, with a reason.
  const coordinator = await browser.newPage();
  await signIn(coordinator, 'koordinator@depok.demo');
  await openAssessment(coordinator, 'depok', year, title);
  await expect(coordinator.getByText('lewat batas waktu')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Perpanjang batas waktu' }).click();
  const next = new Date(Date.now() + 7 * 86_400_000);
  const day = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`;
  await coordinator.getByLabel('Batas waktu baru').fill(day);
  await coordinator.getByLabel('Alasan perpanjangan').fill('Data dukung dari bidang belum lengkap');
  await coordinator.getByRole('button', { name: 'Simpan batas waktu baru' }).click();
  await expect(coordinator.getByText('lewat batas waktu')).toHaveCount(0);
  await coordinator.close();

  // The assessor can answer again; the criterion's history shows each change.
  await page.reload();
  await expect(page.getByText(/telah lewat: lembar kerja dikunci/)).toHaveCount(0);
  await first.getByRole('radio', { name: 'Ya' }).check();
  await expect(first.getByText('Tersimpan', { exact: true })).toBeVisible();
  await first.getByRole('radio', { name: 'Tidak' }).check();
  await expect(first.getByText('Tersimpan', { exact: true })).toBeVisible();
  await first.getByRole('button', { name: /Riwayat jawaban/ }).click();
  const history = first.getByRole('list', { name: /Riwayat jawaban/ });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('(kosong) → Ya');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Ya → Tidak');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Asesor Depok');
  await page.screenshot({ path: 'e2e/screenshots/assessment-10-answer-history.png', fullPage: false });
});
