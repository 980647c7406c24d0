// A planner of a government that started from an empty database
// (kota-rencana: only `admin:create` ran) starts the year's plans: from the
// road map, as a copy of last year's plan, and a performance-agreement
// action plan with quarterly targets and budgets. Rows a journey needs
// before its screen (a road map, last year's plan) are made through the API
// as the planner; each journey has its own planner and years.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { apiAs, createJourneyUser, EMPTY_GOVERNMENTS, EMPTY_URL, signIn } from './fixtures.ts';

const GOV = EMPTY_GOVERNMENTS[2];
test.use({ baseURL: EMPTY_URL });

async function planner(request: APIRequestContext, name: string) {
  const email = `perencana-${name}-${Date.now()}@kotarencana.go.id`;
  const user = await createJourneyUser(request, GOV, { email, name: `Perencana ${name}`, roles: ['PLANNER'] });
  const api = await apiAs(request, EMPTY_URL, user.email, user.password, GOV.code);
  return { ...user, api };
}

const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const gridRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(name)}( Diubah| Gagal|$)`) }) });

test("planner starts next year's work plan from the road map", async ({ page, request }) => {
  const user = await planner(request, 'roadmap');
  const { api } = user;
  const { areas } = await api<{ areas: { id: string; kind: string }[] }>(`{ areas { id kind } }`);
  const area = (kind: string) => areas.find((a) => a.kind === kind)?.id;
  const { createRoadmap } = await api<{ createRoadmap: { id: string } }>(
    `mutation ($i: CreateRoadmapInput!) { createRoadmap(input: $i) { id } }`,
    { i: { title: 'Road Map Reformasi Birokrasi Kota Rencana 2025–2029', startYear: 2025, endYear: 2029 } },
  );
  const activity = async (areaId: string | undefined, name: string) =>
    (
      await api<{ createRoadmapActivity: { id: string } }>(
        `mutation ($i: CreateRoadmapActivityInput!) { createRoadmapActivity(input: $i) { id } }`,
        { i: { roadmapId: createRoadmap.id, areaId, name } },
      )
    ).createRoadmapActivity.id;
  const action = (activityId: string, name: string, years: number[], output: string, responsibleText: string) =>
    api(`mutation ($i: CreateRoadmapActionInput!) { createRoadmapAction(input: $i) { id } }`, {
      i: { activityId, name, years, output, responsibleText },
    });
  const team = await activity(area('CHANGE_MANAGEMENT'), 'Penguatan Tim Reformasi Birokrasi');
  await action(team, 'Pembentukan Tim RB Kota Rencana', [2025, 2026, 2027], 'SK Tim RB', 'Bag. Organisasi Setda');
  await action(team, 'Sosialisasi road map RB', [2025], 'Laporan sosialisasi', 'Bag. Organisasi Setda');
  const sop = await activity(area('BUSINESS_PROCESS'), 'Penyusunan SOP');
  await action(sop, 'Penyusunan SOP pelayanan perizinan', [2027, 2028], 'SOP perizinan', 'DPMPTSP');

  await signIn(page, user.email, user.password);
  await page.goto(`/${GOV.code}/work-plans?year=2027`);
  await expect(page.getByRole('heading', { name: 'Belum ada Rencana Kerja 2027' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buat Rencana Aksi PK' })).toBeEnabled();
  await shot(page, 'plan-setup-empty-year');
  await page.getByRole('button', { name: 'Buat dari Road Map' }).click();

  const dialog = page.getByRole('dialog', { name: 'Rencana Kerja 2027 dari Road Map' });
  await expect(dialog.getByText('Akan dibuat 2 kegiatan, 2 rencana aksi dan 0 langkah kerja.')).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Pembentukan Tim RB Kota Rencana' })).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Penyusunan SOP pelayanan perizinan' })).toBeVisible();
  await expect(dialog.getByText('1 baris tidak diikutkan')).toBeVisible();
  await expect(dialog.getByText(/Sosialisasi road map RB\s*— tidak berjalan pada 2027 \(berjalan: 2025\)/)).toBeVisible();
  await expect(dialog.getByLabel('Judul rencana')).toHaveValue('Rencana Kerja Reformasi Birokrasi Tahun 2027');
  await shot(page, 'plan-setup-roadmap-preview');
  await dialog.getByRole('button', { name: 'Buat rencana (2 rencana aksi)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rencana Kerja Reformasi Birokrasi Tahun 2027' })).toBeVisible();
  const actionRow = page.getByRole('row').filter({ hasText: 'Pembentukan Tim RB Kota Rencana' });
  await expect(actionRow).toBeVisible();
  await expect(actionRow).toContainText('SK Tim RB');
  await expect(actionRow).toContainText('Bag. Organisasi Setda');
  await expect(actionRow).toContainText('Belum ada langkah kerja');
  await expect(page.getByRole('row').filter({ hasText: 'Penyusunan SOP pelayanan perizinan' })).toContainText('DPMPTSP');
  await expect(page.getByText('Sosialisasi road map RB')).toHaveCount(0);

  // The planner adds a step under the pre-filled action and schedules it.
  await actionRow.getByRole('button', { name: 'Menu baris Pembentukan Tim RB Kota Rencana' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tambah langkah di bawah' }).click();
  await page.getByRole('dialog').getByLabel('Nama langkah kerja').fill('Menyusun SK Tim RB 2027');
  await page.getByRole('dialog').getByRole('button', { name: 'Tambah' }).click();
  const step = gridRow(page, 'Menyusun SK Tim RB 2027');
  await expect(step).toBeVisible();
  await step.getByRole('button', { name: /^Jan: / }).click();
  await step.getByRole('button', { name: /^Feb: / }).click();
  await expect(step.getByRole('button', { name: /^Jan: / })).toHaveAttribute('aria-pressed', 'true');
  await expect(step.getByRole('button', { name: /^Feb: / })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'plan-setup-roadmap-plan');
});

test("planner copies last year's work plan", async ({ page, request }) => {
  const user = await planner(request, 'salin');
  const { api } = user;
  const { createWorkPlan: last } = await api<{ createWorkPlan: { id: string } }>(
    `mutation ($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`,
    { i: { kind: 'WORK_PLAN', year: 2025, title: 'Rencana Kerja Reformasi Birokrasi Tahun 2025' } },
  );
  const { areas } = await api<{ areas: { id: string; kind: string }[] }>(`{ areas { id kind } }`);
  await api(`mutation ($i: CreatePlanActivityInput!) { createPlanActivity(input: $i) { id } }`, {
    i: {
      workPlanId: last.id,
      areaId: areas.find((a) => a.kind === 'ACCOUNTABILITY')?.id,
      name: 'Penguatan akuntabilitas kinerja',
      actionName: 'Penyusunan LKjIP',
    },
  });
  const plan = await api<{ workPlan: { activities: { actions: { id: string }[] }[] } }>(
    `query ($id: ID!) { workPlan(id: $id) { activities { actions { id } } } }`,
    { id: last.id },
  );
  const actionId = plan.workPlan.activities[0]?.actions[0]?.id;
  const step = async (name: string, months: number[]) =>
    (
      await api<{ createStep: { id: string } }>(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id } }`, {
        i: { actionId, name, months },
      })
    ).createStep.id;
  const collect = await step('Pengumpulan data kinerja', [1, 2]);
  await step('Penyusunan dan penyampaian LKjIP', [3]);
  await api(`mutation ($i: SetRealizationInput!) { setStepRealization(input: $i) { id } }`, {
    i: { stepId: collect, month: 1, status: 'DONE', note: 'Data terkumpul' },
  });

  await signIn(page, user.email, user.password);
  await page.goto(`/${GOV.code}/work-plans?year=2026`);
  await expect(page.getByRole('heading', { name: 'Belum ada Rencana Kerja 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Salin dari 2025' }).click();

  const dialog = page.getByRole('dialog', { name: 'Salin rencana kerja ke 2026' });
  await expect(dialog.getByText('Akan dibuat 1 kegiatan, 1 rencana aksi dan 2 langkah kerja.')).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Penyusunan LKjIP' })).toBeVisible();
  await expect(dialog.getByText('Tidak disalin: 1 realisasi bulanan dan 0 baseline jadwal.')).toBeVisible();
  await expect(dialog.getByLabel('Judul rencana')).toHaveValue('Rencana Kerja Reformasi Birokrasi Tahun 2026');
  await shot(page, 'plan-setup-copy-preview');
  await dialog.getByRole('button', { name: 'Buat rencana (1 rencana aksi)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Rencana Kerja Reformasi Birokrasi Tahun 2026' })).toBeVisible();
  const copied = gridRow(page, 'Pengumpulan data kinerja');
  await expect(copied).toBeVisible();
  await expect(copied.getByRole('button', { name: /^Jan: / })).toHaveAttribute('aria-pressed', 'true');
  await expect(copied.getByRole('button', { name: /^Feb: / })).toHaveAttribute('aria-pressed', 'true');
  await expect(copied.getByRole('button', { name: /^Mar: / })).toHaveAttribute('aria-pressed', 'false');
  await expect(gridRow(page, 'Penyusunan dan penyampaian LKjIP').getByRole('button', { name: /^Mar: / })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Realizations stay with last year's plan.
  await page.getByRole('button', { name: 'Realisasi', exact: true }).click();
  await expect(copied.getByRole('button', { name: /^Jan: / })).not.toHaveAccessibleName(/Selesai/);
  await expect(page.getByText('Draf', { exact: true }).first()).toBeVisible();
  await shot(page, 'plan-setup-copied-plan');
});

test('planner creates a performance agreement plan with quarterly targets and budgets', async ({ page, request }) => {
  const user = await planner(request, 'pk');
  await signIn(page, user.email, user.password);
  await page.goto(`/${GOV.code}/work-plans?year=2028`);
  await page.getByRole('button', { name: 'Buat Rencana Aksi PK' }).click();
  const create = page.getByRole('dialog', { name: 'Rencana Aksi Perjanjian Kinerja 2028' });
  await expect(create.getByLabel('Judul rencana')).toHaveValue('Rencana Aksi Perjanjian Kinerja Tahun 2028');
  await create.getByRole('button', { name: 'Buat rencana' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana Aksi Perjanjian Kinerja Tahun 2028' })).toBeVisible();

  await page.getByRole('button', { name: 'Tambah program' }).click();
  await page.getByRole('dialog').getByLabel('Nama program').fill('Program Pengembangan Sumber Daya Manusia');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  const program = page.getByRole('region', { name: 'Program Program Pengembangan Sumber Daya Manusia' });
  await expect(program).toBeVisible();

  await program.getByRole('button', { name: 'Tambah kegiatan' }).click();
  let form = page.getByRole('dialog', { name: 'Tambah kegiatan' });
  await form.getByLabel('Nama kegiatan').fill('Pendidikan dan Pelatihan Teknis');
  await form.getByLabel('Anggaran (Rp)').fill('1.018.175.000,00');
  await form.getByLabel('Indikator', { exact: true }).fill('Jumlah peserta diklat teknis');
  await form.getByLabel('Satuan').fill('Orang');
  await form.getByLabel('Target Tahunan').fill('30');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toHaveCount(0);
  await expect(program.getByText('Anggaran: Rp 1.018.175.000')).toBeVisible();

  await program.getByRole('button', { name: 'Tambah sub kegiatan Pendidikan dan Pelatihan Teknis' }).click();
  form = page.getByRole('dialog', { name: 'Tambah sub kegiatan' });
  await form.getByLabel('Nama sub kegiatan').fill('Persiapan pelaksanaan diklat');
  await form.getByLabel('Indikator', { exact: true }).fill('Persentase kesiapan pelaksanaan diklat');
  await form.getByLabel('Satuan').fill('%');
  // A typo is caught before anything is saved, with the field named.
  await form.getByLabel('Target TW II', { exact: true }).fill('lima puluh');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByLabel('Target TW II', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  for (const [quarter, value] of [
    ['I', '25'],
    ['II', '50'],
    ['III', '75'],
    ['IV', '100'],
  ] as const) {
    await form.getByLabel(`Target TW ${quarter}`, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toHaveCount(0);
  await expect(program.getByText(/TW I 25% · TW II 50% · TW III 75% · TW IV 100%/)).toBeVisible();
  await expect(program.getByText(/Target Tahunan 30 Orang/)).toBeVisible();
  await expect(program.getByText('Jumlah anggaran program: Rp 1.018.175.000')).toBeVisible();

  // The document view: TW I–IV, the annual target with its unit, budgets the Indonesian way, totals.
  const table = page.getByRole('table', { name: /Tabel rencana kerja Rencana Aksi Perjanjian Kinerja Tahun 2028/ });
  for (const header of ['TW I', 'TW II', 'TW III', 'TW IV', 'Target Tahunan', 'Anggaran (Rp)']) {
    await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('row', { name: /Persiapan pelaksanaan diklat/ })).toContainText('25%');
  await expect(table.getByRole('row', { name: /Persiapan pelaksanaan diklat/ })).toContainText('100%');
  await expect(table).toContainText('30 Orang');
  await expect(table.getByRole('row', { name: /Jumlah anggaran Program Pengembangan Sumber Daya Manusia/ })).toContainText(
    'Rp 1.018.175.000',
  );
  await expect(table.getByRole('row', { name: /Jumlah anggaran seluruh program/ })).toContainText('Rp 1.018.175.000');
  await expect(page.getByRole('definition').filter({ hasText: 'Rp 1.018.175.000' })).toBeVisible();
  await shot(page, 'plan-setup-performance-agreement');
});

test('the leadership approves the plan its planner drafted, told first what is still open', async ({ page, request }) => {
  const user = await planner(request, 'setuju');
  const { api } = user;
  const { createWorkPlan: drafted } = await api<{ createWorkPlan: { id: string } }>(
    `mutation ($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`,
    { i: { kind: 'WORK_PLAN', year: 2029, title: 'Rencana Kerja Reformasi Birokrasi Tahun 2029' } },
  );
  await api(`mutation ($i: CreatePlanActivityInput!) { createPlanActivity(input: $i) { id } }`, {
    i: { workPlanId: drafted.id, name: 'Penataan tata laksana', actionName: 'Penyusunan SOP' },
  });
  const plan = await api<{ workPlan: { activities: { actions: { id: string }[] }[] } }>(
    `query ($id: ID!) { workPlan(id: $id) { activities { actions { id } } } }`,
    { id: drafted.id },
  );
  const actionId = plan.workPlan.activities[0]?.actions[0]?.id;
  for (const [name, months, responsibleText] of [
    ['Inventarisasi SOP', [1, 2], 'Bag. Organisasi'],
    ['Reviu SOP', [], null],
  ] as const) {
    await api(`mutation ($i: CreateStepInput!) { createStep(input: $i) { id } }`, { i: { actionId, name, months, responsibleText } });
  }

  // The planner who drafted it is told who approves; there is no approve button for them.
  await signIn(page, user.email, user.password);
  await page.goto(`/${GOV.code}/work-plans/${drafted.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rencana Kerja Reformasi Birokrasi Tahun 2029' })).toBeVisible();
  await expect(page.getByText('Rencana disetujui oleh pimpinan atau administrator.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Setujui rencana' })).toHaveCount(0);

  const email = `pimpinan-${Date.now()}@kotarencana.go.id`;
  const leader = await createJourneyUser(request, GOV, { email, name: 'Sekretaris Daerah Kota Rencana', roles: ['MANAGER'] });
  await page.context().clearCookies();
  await signIn(page, leader.email, leader.password);
  await page.goto(`/${GOV.code}/work-plans/${drafted.id}`);
  await page.getByRole('button', { name: 'Setujui rencana' }).click();
  const dialog = page.getByRole('dialog', { name: 'Setujui rencana' });
  await expect(dialog).toContainText('Masih terbuka: 1 langkah belum dijadwalkan; 1 langkah tanpa penanggung jawab.');
  await shot(page, 'plan-approve-confirm');
  await dialog.getByRole('button', { name: 'Setujui rencana' }).click();
  await expect(page.getByText('Rencana disetujui; baseline jadwal disimpan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Setujui ulang (baseline baru)' })).toBeVisible();
  await expect(page.getByText('Disetujui', { exact: true }).first()).toBeVisible();
  await shot(page, 'plan-approved');
});
