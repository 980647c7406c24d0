import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('manager browses the road map dashboard', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.goto('/probolinggo/indicators?year=2021');
  // The indicator list has the status of the selected year.
  await expect(page.getByRole('columnheader', { name: /Status 2021/ })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Opini WTP atas Laporan Keuangan' })).toContainText('Belum ada data');
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

  // The same in English, numbers still written the Indonesian way.
  await page.getByRole('button', { name: /English|Inggris/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Road map dashboard' })).toBeVisible();
  await expect(spbe).toContainText('Baseline 2018: 2,53');
  await expect(spbe).toContainText('No data');
  await page.getByRole('button', { name: /Indonesia/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Road Map' })).toBeVisible();

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

  // Exports: the data as CSV and XLSX, the chart as PNG.
  for (const kind of ['CSV', 'XLSX', 'PNG']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Unduh ${kind}` }).click();
    expect((await download).suggestedFilename()).toBe(`Indeks-SPBE-tahunan.${kind.toLowerCase()}`);
  }

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
  // The connection drops during the first save: the note shows at once, then the refusal is
  // announced and what was typed stays in the form, to save again.
  let dropNext = true;
  await page.route('**/graphql', async (route) => {
    if (dropNext && (route.request().postData() ?? '').includes('SetIndicatorValues')) {
      dropNext = false;
      await route.abort('failed');
      return;
    }
    await route.fallback();
  });
  await page.getByRole('button', { name: 'Simpan catatan dan sumber' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tidak dapat terhubung ke server' })).toBeVisible();
  await expect(page.getByLabel('Catatan')).toHaveValue('Data SIMPEG per 31 Desember 2020');
  await expect(page.getByLabel('Sumber data')).toHaveValue('Bidang PKAP BKD');
  await page.unroute('**/graphql');
  await page.getByRole('button', { name: 'Simpan catatan dan sumber' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan catatan dan sumber' })).toBeDisabled();
  await page.screenshot({ path: 'e2e/screenshots/indicators-06-entry-saved.png', fullPage: true });

  // A block pasted from a spreadsheet: all of it is checked first, then saved in one go.
  const first = grid.getByRole('row').nth(2);
  const firstName = ((await first.getByRole('rowheader').getByRole('link').textContent()) ?? '').trim();
  const paste = async (text: string) =>
    page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  await first.getByRole('gridcell', { name: new RegExp(`^${firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, Realisasi 2020:`) }).click();
  await paste('96%\ntidak tahu');
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada yang disimpan' })).toBeVisible();
  await expect(first.getByRole('gridcell', { name: `${firstName}, Realisasi 2020: kosong` })).toBeVisible();
  await paste('96%\n70,5%');
  await expect(page.getByRole('status').filter({ hasText: '2 nilai tersimpan.' })).toBeVisible();
  await expect(first.getByRole('gridcell', { name: `${firstName}, Realisasi 2020: 96%` })).toBeVisible();

  // The indicator's quarter status follows: 75,5% against 73% is on track.
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(/TW IV:\s*● Sesuai target/)).toBeVisible();
  await page.getByRole('button', { name: 'Triwulan 2020' }).click();
  await page.getByRole('button', { name: 'Tabel' }).click();
  await expect(page.getByRole('row', { name: /^TW IV/ })).toContainText('75,5%');
  await page.screenshot({ path: 'e2e/screenshots/indicators-07-quarter-trend.png', fullPage: true });

  // Without a road map, the dashboard shows the performance agreement, here for TW IV.
  await page.goto('/gresik/indicators/dashboard?year=2020&quarter=4');
  await expect(page.getByRole('heading', { name: 'Sasaran Perjanjian Kinerja' })).toBeVisible();
  const tile = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(tile).toContainText('Sesuai target · 103,42%');
  await page.screenshot({ path: 'e2e/screenshots/indicators-09-agreement-dashboard.png', fullPage: true });
});

test('administrator sets the status thresholds and closes a period', async ({ page }) => {
  await signIn(page, 'admin@lumajang.demo');
  // A year no other journey uses; everything is put back at the end.
  await page.goto('/lumajang/indicators/entry?year=2031');
  const thresholds = page.getByRole('region', { name: 'Batas status capaian' });
  await expect(thresholds).toContainText('Bawaan: sesuai target bila capaian ≥ 100%, berisiko bila ≥ 80%');
  await thresholds.getByLabel('Sesuai target bila capaian ≥').fill('90');
  await thresholds.getByLabel('Berisiko bila capaian ≥').fill('95');
  await thresholds.getByRole('button', { name: 'Simpan batas' }).click();
  await expect(thresholds.getByRole('status')).toHaveText('Batas "berisiko" tidak boleh di atas batas "sesuai target".');
  await thresholds.getByLabel('Berisiko bila capaian ≥').fill('70');
  await thresholds.getByRole('button', { name: 'Simpan batas' }).click();
  await expect(thresholds.getByRole('status')).toHaveText('Batas status tersimpan.');

  const locks = page.getByRole('region', { name: 'Penutupan periode' });
  await locks.getByLabel('Periode').selectOption({ label: 'TW II 2031' });
  await locks.getByLabel('Alasan (opsional)').fill('Uji penutupan');
  await locks.getByRole('button', { name: 'Tutup periode' }).click();
  await expect(locks).toContainText('TW II 2031');
  await expect(page.getByRole('columnheader', { name: /ditutup/ })).toHaveCount(2); // target and realization of TW II
  await page.screenshot({ path: 'e2e/screenshots/indicators-08-admin.png', fullPage: true });

  await locks.getByRole('button', { name: 'Buka kembali TW II 2031' }).click();
  await expect(locks.getByRole('status')).toHaveText('TW II 2031 dibuka kembali.');
  await thresholds.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
  await thresholds.getByRole('button', { name: 'Simpan batas' }).click();
  await expect(thresholds.getByRole('status')).toHaveText('Batas status tersimpan.');
});
