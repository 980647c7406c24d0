// A planner of a government that starts empty builds its road map through
// the UI: the period, a goal with an indicator (unit, baseline "43,84" of
// 2024 with its source, a target per year), an area success indicator, an
// activity and an action running 2026–2027 with output and agency; then
// edits a target in place.
import { expect, test } from '@playwright/test';
import { apiAs, createJourneyUser, EMPTY_ADMIN_PASSWORD, EMPTY_GOVERNMENTS, EMPTY_URL, signIn } from './fixtures.ts';

test.use({ baseURL: EMPTY_URL });

const GOV = EMPTY_GOVERNMENTS[1];

test('planner builds a road map with goals and indicators', async ({ page, request }) => {
  const admin = await apiAs(request, EMPTY_URL, GOV.email, EMPTY_ADMIN_PASSWORD, GOV.code);
  await admin(`mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
    input: { name: 'Bagian Organisasi Sekretariat Daerah', shortName: 'Bag. Organisasi', kind: 'SECTION' },
  });
  const planner = await createJourneyUser(request, GOV, {
    email: 'perencana.roadmap@sejahtera.go.id',
    name: 'Perencana Road Map',
    roles: ['PLANNER'],
  });
  await signIn(page, planner.email, planner.password);

  // An empty government: the list says what to do.
  await page.goto(`/${GOV.code}/roadmap`);
  await expect(page.getByRole('heading', { name: 'Road Map', level: 1 })).toBeVisible();
  await expect(page.getByText('Belum ada Road Map')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/roadmap-empty.png', fullPage: true });

  await page.getByRole('button', { name: 'Buat Road Map' }).click();
  const create = page.getByRole('dialog', { name: 'Road Map baru' });
  await create.getByLabel('Judul').fill('Road Map Reformasi Birokrasi 2025–2029');
  await create.getByLabel('Tahun awal').fill('2025');
  await create.getByLabel('Tahun akhir').fill('2029');
  await create.getByLabel('Dasar hukum (opsional)').fill('Peraturan Bupati Sejahtera Nomor 12 Tahun 2025');
  await create.getByRole('button', { name: 'Buat Road Map' }).click();
  await expect(page.getByRole('heading', { name: 'Road Map Reformasi Birokrasi 2025–2029', level: 1 })).toBeVisible();
  await expect(page.getByText('2025–2029 · Peraturan Bupati Sejahtera Nomor 12 Tahun 2025')).toBeVisible();

  // A goal and its indicator with baseline and yearly targets.
  const goals = page.getByRole('region', { name: 'Tabel Sasaran' });
  await expect(goals.getByText('Belum ada sasaran')).toBeVisible();
  await goals.getByRole('button', { name: 'Tambah sasaran' }).click();
  const goalDialog = page.getByRole('dialog', { name: 'Sasaran baru' });
  await goalDialog.getByLabel('Kode (opsional)').fill('S1');
  await goalDialog.getByLabel('Sasaran', { exact: true }).fill('Birokrasi yang bersih dan akuntabel');
  await goalDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(goalDialog).toBeHidden();
  await goals.getByRole('button', { name: 'Tambah indikator' }).click();
  const ind = page.getByRole('dialog', { name: 'Indikator baru' });
  await expect(ind.getByText('Untuk: S1. Birokrasi yang bersih dan akuntabel')).toBeVisible();
  await ind.getByLabel('Nama indikator').fill('Indeks Persepsi Anti Korupsi');
  await ind.getByLabel('Satuan').fill('Indeks');
  await ind.getByLabel('Baseline', { exact: true }).fill('43,84');
  await ind.getByLabel('Tahun baseline').fill('2024');
  await ind.getByLabel('Sumber baseline').fill('Survei Penilaian Integritas 2024');
  const targets = ['45', '46,5', '48', '49,25', '50'];
  for (const [i, year] of [2025, 2026, 2027, 2028, 2029].entries()) await ind.getByLabel(`Target ${year}`).fill(targets[i]!);
  await page.screenshot({ path: 'e2e/screenshots/roadmap-indicator-dialog.png' });
  await ind.getByRole('button', { name: 'Simpan' }).click();
  await expect(ind).toBeHidden();
  const name = 'Indeks Persepsi Anti Korupsi';
  await expect(goals.getByRole('textbox', { name: `Baseline ${name}`, exact: true })).toHaveValue('43,84');
  await expect(goals.getByRole('textbox', { name: `Tahun baseline ${name}`, exact: true })).toHaveValue('2024');
  await expect(goals.getByRole('textbox', { name: `Target 2026 ${name}`, exact: true })).toHaveValue('46,5');
  await expect(goals.getByRole('textbox', { name: `Target 2028 ${name}`, exact: true })).toHaveValue('49,25');
  await expect(goals.getByRole('columnheader', { name: 'Target 2029' })).toBeVisible();

  // In place: a target typed the Indonesian way, Enter saves; a wrong number is refused and stays visible.
  const t2027 = goals.getByRole('textbox', { name: `Target 2027 ${name}`, exact: true });
  await t2027.fill('47,75');
  await t2027.press('Enter');
  await expect(goals.getByText('Menyimpan…')).toBeHidden();
  const t2029 = goals.getByRole('textbox', { name: `Target 2029 ${name}`, exact: true });
  await t2029.fill('lima puluh');
  await t2029.press('Enter');
  await expect(goals.getByRole('alert')).toContainText('Gagal menyimpan');
  await expect(t2029).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'e2e/screenshots/roadmap-cell-error.png', fullPage: true });
  await t2029.press('Escape');
  await expect(t2029).toHaveValue('50');

  // An area of change: a success indicator, an activity and an action with its years, output and agency.
  const area = page.getByRole('region', { name: '6. Penguatan Akuntabilitas Kinerja' });
  await area.getByRole('button', { name: 'Tambah indikator' }).click();
  const areaInd = page.getByRole('dialog', { name: 'Indikator baru' });
  await areaInd.getByLabel('Nama indikator').fill('Nilai SAKIP');
  await areaInd.getByLabel('Satuan').fill('Predikat');
  await areaInd.getByLabel('Jenis nilai').selectOption({ label: 'Kategori berurutan' });
  await areaInd.getByLabel('Kategori, dari yang terbaik').fill('AA, A, BB, B, CC, C, D');
  await areaInd.getByLabel('Baseline', { exact: true }).fill('CC');
  await areaInd.getByLabel('Target 2025').fill('B');
  await areaInd.getByLabel('Target 2029').fill('bb');
  await areaInd.getByRole('button', { name: 'Simpan' }).click();
  await expect(areaInd).toBeHidden();
  await expect(area.getByRole('textbox', { name: 'Target 2029 Nilai SAKIP', exact: true })).toHaveValue('BB');

  await area.getByRole('button', { name: 'Tambah kegiatan' }).click();
  const activity = page.getByRole('dialog', { name: /Kegiatan baru/ });
  await activity.getByLabel('Kode (opsional)').fill('6.1');
  await activity.getByLabel('Nama kegiatan').fill('Penguatan implementasi SAKIP');
  await activity.getByRole('button', { name: 'Simpan' }).click();
  await expect(activity).toBeHidden();
  await area.getByRole('button', { name: 'Tambah rencana aksi' }).click();
  const action = page.getByRole('dialog', { name: /Rencana aksi baru/ });
  await action.getByLabel('Rencana aksi', { exact: true }).fill('Reviu Rencana Strategis Perangkat Daerah');
  await action.getByLabel('2026').check();
  await action.getByLabel('2027').check();
  await action.getByLabel('Output').fill('Laporan Reviu Renstra');
  await action.getByLabel('Perangkat daerah pengampu').selectOption({ label: 'Bagian Organisasi Sekretariat Daerah' });
  await action.getByRole('button', { name: 'Simpan' }).click();
  await expect(action).toBeHidden();

  const actionName = 'Reviu Rencana Strategis Perangkat Daerah';
  await expect(area.getByRole('checkbox', { name: `${actionName}: berjalan pada 2026`, exact: true })).toBeChecked();
  await expect(area.getByRole('checkbox', { name: `${actionName}: berjalan pada 2027`, exact: true })).toBeChecked();
  await expect(area.getByRole('checkbox', { name: `${actionName}: berjalan pada 2025`, exact: true })).not.toBeChecked();
  await expect(area.getByRole('textbox', { name: `Output ${actionName}`, exact: true })).toHaveValue('Laporan Reviu Renstra');
  await expect(area.getByRole('combobox', { name: `PD pengampu ${actionName}`, exact: true })).toHaveValue(/.+/);
  await expect(area.getByRole('combobox', { name: `PD pengampu ${actionName}`, exact: true }).locator('option:checked')).toHaveText(
    'Bag. Organisasi',
  );

  // Everything is saved: a reload shows the same tables.
  await page.reload();
  await expect(goals.getByRole('textbox', { name: `Target 2027 ${name}`, exact: true })).toHaveValue('47,75');
  await expect(goals.getByRole('textbox', { name: `Baseline ${name}`, exact: true })).toHaveValue('43,84');
  await expect(area.getByRole('checkbox', { name: `${actionName}: berjalan pada 2027`, exact: true })).toBeChecked();
  await page.screenshot({ path: 'e2e/screenshots/roadmap-built.png', fullPage: true });

  await page.goto(`/${GOV.code}/roadmap`);
  await expect(page.getByRole('link', { name: 'Road Map Reformasi Birokrasi 2025–2029' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/roadmap-list.png', fullPage: true });
});

test('planner adds a performance-agreement indicator outside the road map', async ({ page, request }) => {
  const admin = await apiAs(request, EMPTY_URL, GOV.email, EMPTY_ADMIN_PASSWORD, GOV.code);
  await admin(`mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
    input: { name: 'Badan Kepegawaian dan Pengembangan SDM', shortName: 'BKPSDM', kind: 'BOARD' },
  });
  const planner = await createJourneyUser(request, GOV, {
    email: 'perencana.pk@sejahtera.go.id',
    name: 'Perencana PK',
    roles: ['PLANNER'],
  });
  await signIn(page, planner.email, planner.password);
  await page.goto(`/${GOV.code}/indicators`);
  await page.getByRole('button', { name: 'Tambah indikator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Indikator baru di luar Road Map' });
  await dialog.getByLabel('Nama indikator').fill('Persentase ASN yang mengikuti pengembangan kompetensi');
  await dialog.getByLabel('Satuan').fill('%');
  await dialog.getByLabel('Jenis nilai').selectOption({ label: 'Persentase' });
  await dialog.getByLabel('Jenis indikator').selectOption({ label: 'Indikator Perjanjian Kinerja' });
  await dialog.getByLabel('Perangkat daerah pemilik').selectOption({ label: 'Badan Kepegawaian dan Pengembangan SDM' });
  await dialog.getByLabel('Frekuensi pengukuran').selectOption({ label: 'Triwulanan' });
  await dialog.getByLabel('Sesuai target mulai (%)').fill('95');
  await dialog.getByLabel('Berisiko mulai (%)').fill('75');
  await page.screenshot({ path: 'e2e/screenshots/indicator-outside-dialog.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Persentase ASN yang mengikuti pengembangan kompetensi')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicator-outside-list.png', fullPage: true });
});
