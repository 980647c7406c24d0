import { expect, type Page, test } from '@playwright/test';

const PASSWORD = 'rbdemo2026';

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
}

test('manager browses the road map dashboard', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.goto('/probolinggo/indicators?year=2021');
  await page.getByRole('link', { name: 'Dasbor Road Map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Road Map' })).toBeVisible();

  // Status counts and the three goals of Tabel 4.1 with their indicators as small multiples.
  await expect(page.getByRole('list', { name: /Jumlah indikator per status, 2021/ })).toBeVisible();
  const goal = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Birokrasi yang bersih dan akuntabel/ }) });
  await expect(goal.getByRole('link', { name: 'Persentase Perangkat Daerah dengan Predikat SAKIP minimal BB' })).toBeVisible();
  const spbe = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Indeks SPBE', exact: true }) })
    .first();
  await expect(spbe).toContainText('Baseline 2018: 2,53');
  await expect(spbe).toContainText('Target 2021: 3,4');
  await expect(spbe).toContainText('Belum ada data');
  await expect(page.getByRole('heading', { name: 'Area perubahan' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicators-01-dashboard.png', fullPage: true });

  // One indicator: the trend with the same numbers as a table.
  await spbe.getByRole('link', { name: 'Indeks SPBE', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indeks SPBE' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Grafik tren Indeks SPBE/ })).toBeVisible();
  await page.getByRole('button', { name: 'Tabel' }).click();
  const table = page.getByRole('table', { name: /Baseline, target, realisasi dan capaian Indeks SPBE/ });
  await expect(table.getByRole('row', { name: /Baseline 2018/ })).toContainText('2,53');
  const targets: [string, string][] = [
    ['2020', '3,2'],
    ['2021', '3,4'],
    ['2022', '3,6'],
    ['2023', '3,8'],
    ['2024', '4'],
  ];
  for (const [year, target] of targets) {
    await expect(table.getByRole('row', { name: new RegExp(`^${year}`) })).toContainText(target);
  }
  await page.screenshot({ path: 'e2e/screenshots/indicators-02-trend.png', fullPage: true });

  // Data export as CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Indeks-SPBE-tahunan\.csv$/);

  // Opini BPK: WTP every year.
  await page.goBack();
  const opini = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Opini BPK minimal WTP' }) });
  await expect(opini).toContainText('Target 2021: WTP');
});

test('manager drills from a goal down to the work plan', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.goto('/probolinggo/indicators/dashboard?year=2021');
  await page.getByRole('link', { name: /Telusuri: Birokrasi yang bersih dan akuntabel/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Birokrasi yang bersih dan akuntabel' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Indikator sasaran' })).toBeVisible();

  // Areas of change → their indicators → the actions of the 2021 work plan that drive them.
  const area = page.locator('details').filter({ hasText: 'Manajemen Perubahan' }).first();
  await area.locator('summary').click();
  await expect(area.getByRole('heading', { name: 'Rencana aksi yang mendorong' }).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicators-03-drill.png', fullPage: true });
  const action = area
    .getByRole('link')
    .filter({ hasNotText: /^Indeks|^Indikator/ })
    .nth(1);
  const name = (await action.textContent()) ?? '';
  await action.click();
  await expect(page).toHaveURL(/\/probolinggo\/work-plans\/[0-9a-f-]+\?(.*&)?focus=[0-9a-f-]+/);
  await expect(page.getByText(name.trim()).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicators-04-work-plan-focus.png', fullPage: true });
});

test('owner enters a quarterly realization', async ({ page }) => {
  await signIn(page, 'bkd@gresik.demo');
  await page.goto('/gresik/indicators/entry?year=2020&scope=PERFORMANCE_AGREEMENT');
  await expect(page.getByRole('heading', { level: 1, name: 'Isi nilai indikator' })).toBeVisible();
  const grid = page.getByRole('grid', { name: /Isian nilai indikator/ });
  const name = 'Prosentase ASN yang memiliki sertifikat diklat kompetensi';
  const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
  await expect(row.getByRole('gridcell', { name: `${name}, Target TW IV 2020: 73%` })).toBeVisible();

  // An invalid value is refused with a clear message and nothing is stored.
  const cell = row.getByRole('gridcell', { name: new RegExp(`^${name}, Realisasi TW IV 2020`) });
  await cell.click();
  await page.keyboard.type('tujuh');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Isi dengan angka' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicators-05-entry-invalid.png', fullPage: true });
  await page.keyboard.press('Escape');

  // The realization of TW IV, typed the Indonesian way.
  await cell.click();
  await page.keyboard.type('75,5%');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Tersimpan: ${name}.` })).toBeVisible();
  await expect(row.getByRole('gridcell', { name: `${name}, Realisasi TW IV 2020: 75,5%` })).toBeVisible();

  // Note and source of the value.
  await row.getByRole('gridcell', { name: `${name}, Realisasi TW IV 2020: 75,5%` }).click();
  await page.getByLabel('Catatan').fill('Data SIMPEG per 31 Desember 2020');
  await page.getByLabel('Sumber data').fill('Bidang PKAP BKD');
  await page.getByRole('button', { name: 'Simpan catatan dan sumber' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/indicators-06-entry-saved.png', fullPage: true });

  // The indicator's quarter status follows: 75,5% against 73% is on track.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(/TW IV:\s*● Sesuai target/)).toBeVisible();
  await page.getByRole('button', { name: 'Triwulan 2020' }).click();
  await page.getByRole('button', { name: 'Tabel' }).click();
  await expect(page.getByRole('row', { name: /^TW IV/ })).toContainText('75,5%');
  await page.screenshot({ path: 'e2e/screenshots/indicators-07-quarter-trend.png', fullPage: true });
});
