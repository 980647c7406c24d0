// The planner's work-plan editor on the demo Probolinggo 2021 plan. Each
// journey works on steps it creates itself (unique names), so it neither
// depends on nor changes what other specs read.
import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

const PLAN = /Rencana Kerja Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021/;
const FIRST_STEP = 'Menyusun SK Tim Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021';

async function openPlan(page: Page) {
  await page.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
  // The list opens on this year (other journeys add plans for it): the planner picks 2021.
  await page.getByRole('banner').getByLabel('Tahun', { exact: true }).selectOption('2021');
  await page.getByRole('link', { name: PLAN }).click();
  // A plan of over a thousand steps: allow for a slow, shared test machine.
  await expect(page.getByTestId('work-plan-grid')).toBeVisible({ timeout: 30_000 });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The row of a step, by the start of its name cell (a save problem may follow the name). */
const stepRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(name)}( Diubah| Gagal|$)`) }) });
const month = (row: Locator, name: string) => row.getByRole('button', { name: new RegExp(`^${name}: `) });

/** Adds a step below the demo plan's first step through the row menu. */
async function addStep(page: Page, name: string) {
  await stepRow(page, FIRST_STEP)
    .getByRole('button', { name: `Menu baris ${FIRST_STEP}` })
    .click();
  const menu = page.getByRole('dialog');
  await menu.getByRole('button', { name: 'Tambah langkah di bawah' }).click();
  await page.getByRole('dialog').getByLabel('Nama langkah kerja').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Tambah' }).click();
  await expect(stepRow(page, name)).toBeVisible();
  return stepRow(page, name);
}

async function saved(page: Page) {
  await expect(page.getByRole('status')).toContainText(/Tersimpan|ditambahkan|Realisasi tersimpan/);
}

test('planner schedules a new step', async ({ page }) => {
  const name = `Rapat koordinasi Tim RB ${Date.now()}`;
  await signIn(page, 'perencana@probolinggo.demo');
  await openPlan(page);

  // The grid shows the official columns and the months.
  await expect(page.getByRole('button', { name: '1. Manajemen Perubahan' })).toHaveAttribute('aria-expanded', 'true');
  for (const header of ['Indikator', 'Kegiatan', 'Rencana Aksi', 'Output', 'Penanggung Jawab', 'Rencana Kerja', 'Jan', 'Des']) {
    await expect(page.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }

  const row = await addStep(page, name);
  await expect(row).toContainText('Membentuk Tim Reformasi Birokrasi'); // carried action
  await month(row, 'Mei').click();
  await month(row, 'Jun').click();
  await expect(month(row, 'Mei')).toHaveAttribute('aria-pressed', 'true');
  await expect(month(row, 'Jun')).toHaveAttribute('aria-pressed', 'true');
  await expect(month(row, 'Jul')).toHaveAttribute('aria-pressed', 'false');

  // Drag across Agu–Okt schedules the three months at once.
  await month(row, 'Okt').scrollIntoViewIfNeeded();
  const from = await month(row, 'Ags').boundingBox();
  const to = await month(row, 'Okt').boundingBox();
  if (!from || !to) throw new Error('month cells not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width * 1.5, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
  await page.mouse.up();
  for (const m of ['Ags', 'Sep', 'Okt']) await expect(month(row, m)).toHaveAttribute('aria-pressed', 'true');

  // A block pasted from a spreadsheet: √/V/x marks fill the months from the focused cell on.
  await month(row, 'Jan').focus();
  await month(row, 'Jan').evaluate((cell) => {
    const data = new DataTransfer();
    data.setData('text/plain', '√\tV\t\tx\r\n');
    cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('status')).toContainText('1 baris ditempel.');
  for (const m of ['Jan', 'Feb', 'Apr']) await expect(month(row, m)).toHaveAttribute('aria-pressed', 'true');
  await expect(month(row, 'Mar')).toHaveAttribute('aria-pressed', 'false');

  // The responsible agency comes from the government's agencies.
  await row.locator('td.cell-responsible').dblclick();
  await page.getByTestId('work-plan-grid').getByRole('combobox', { name: 'Penanggung Jawab' }).selectOption({ index: 1 });
  await saved(page);
  await page.screenshot({ path: 'e2e/screenshots/work-plan-01-new-step.png', fullPage: true });

  // Saved: after a reload the step and its months are still there.
  await page.reload();
  const again = stepRow(page, name);
  await expect(again).toBeVisible();
  for (const m of ['Jan', 'Feb', 'Apr', 'Mei', 'Jun', 'Ags', 'Sep', 'Okt'])
    await expect(month(again, m)).toHaveAttribute('aria-pressed', 'true');
  await expect(month(again, 'Mar')).toHaveAttribute('aria-pressed', 'false');

  // A save that does not reach the server is shown on the row and can be retried.
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('mutation UpdateStep(') ? route.abort() : route.continue(),
  );
  await month(again, 'Nov').click();
  await expect(again).toContainText('Gagal menyimpan.');
  await expect(month(again, 'Nov')).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: 'e2e/screenshots/work-plan-01b-save-failed.png', fullPage: true });
  await page.unroute('**/graphql');
  await again.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(month(again, 'Nov')).toHaveAttribute('aria-pressed', 'true');
  await expect(again).not.toContainText('Gagal menyimpan.');

  // The filters narrow the grid and stay in the URL.
  await page.getByLabel('Cari').fill(name);
  await expect(page).toHaveURL(/q=Rapat/);
  await expect(page.getByRole('row').filter({ hasText: FIRST_STEP })).toHaveCount(0);
  await expect(stepRow(page, name)).toBeVisible();
  await page.getByLabel('Bulan', { exact: true }).selectOption({ label: 'Mar' });
  await expect(page.getByText('Tidak ada langkah yang cocok dengan saringan.')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/work-plan-02-filtered.png', fullPage: true });
});

test('planner edits the grid with the keyboard only', async ({ page }) => {
  const name = `Langkah papan ketik ${Date.now()}`;
  await signIn(page, 'perencana@probolinggo.demo');
  await openPlan(page);
  // Follow a link to the first step (?focus=): the row is focused.
  const stepId = await stepRow(page, FIRST_STEP)
    .getByRole('button', { name: /^Jan: / })
    .getAttribute('data-step-id');
  await page.goto(`${page.url().split('?')[0]}?focus=${stepId}`);
  await expect(page.getByRole('gridcell', { name: FIRST_STEP, exact: true })).toBeFocused();

  // Ctrl+Enter: a new step below, named in the dialog.
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  const cell = page.getByRole('gridcell', { name, exact: true });
  await expect(cell).toBeFocused();
  const row = stepRow(page, name);

  // Arrows and Tab move; Space schedules the month.
  await page.keyboard.press('Tab'); // success criteria
  await page.keyboard.press('Tab'); // Jan
  await page.keyboard.press('ArrowRight'); // Feb
  await page.keyboard.press('ArrowRight'); // Mar
  await expect(month(row, 'Mar')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(month(row, 'Mar')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(month(row, 'Apr')).toHaveAttribute('aria-pressed', 'true');

  // Undo and redo the session's edits.
  await page.keyboard.press('Control+z');
  await expect(month(row, 'Apr')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+Z');
  await expect(month(row, 'Apr')).toHaveAttribute('aria-pressed', 'true');

  // Back to the name: typing starts editing, Escape cancels.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(cell).toBeFocused();
  await page.keyboard.type('Salah ketik');
  await expect(page.getByRole('textbox', { name: 'Rencana Kerja' })).toHaveValue('Salah ketik');
  await page.keyboard.press('Escape');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText(name);

  // Enter edits in place; Enter saves.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (revisi)');
  await page.keyboard.press('Enter');
  const renamed = `${name} (revisi)`;
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toBeVisible();
  await saved(page);
  await page.screenshot({ path: 'e2e/screenshots/work-plan-03-keyboard.png', fullPage: true });

  // Alt+↑ moves the step above the first step; the order is saved.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status')).toContainText('Dipindahkan');
  // Focus follows the moved step, now above the first step.
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('gridcell', { name: FIRST_STEP, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');

  await page.reload();
  await expect(stepRow(page, renamed)).toBeVisible();
  const rows = page.getByRole('row');
  const names = await rows.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  const mine = names.findIndex((t) => t.includes(renamed));
  const first = names.findIndex((t) => t.includes(FIRST_STEP));
  expect(mine).toBeGreaterThan(-1);
  expect(mine).toBeLessThan(first);
  const saved2 = stepRow(page, renamed);
  await expect(month(saved2, 'Mar')).toHaveAttribute('aria-pressed', 'true');
  await expect(month(saved2, 'Apr')).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+Delete asks first; the deletion can be undone.
  await page.goto(`${page.url().split('?')[0]}?focus=${await month(saved2, 'Mar').getAttribute('data-step-id')}`);
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toBeFocused();
  await page.keyboard.press('Control+Delete');
  await expect(page.getByRole('dialog')).toContainText(renamed);
  await page.keyboard.press('Enter'); // the focused "Hapus" button
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toHaveCount(0);
  await expect(page.getByRole('gridcell', { name: FIRST_STEP, exact: true })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toBeVisible();

  // Leave the plan's first step first for other journeys: delete the step again.
  await page.getByRole('gridcell', { name: renamed, exact: true }).click();
  await page.keyboard.press('Control+Delete');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('gridcell', { name: renamed, exact: true })).toHaveCount(0);
});

test('planner records realization and sees overdue steps', async ({ page }) => {
  const name = `Sosialisasi tahapan ${Date.now()}`;
  await signIn(page, 'perencana@probolinggo.demo');
  await openPlan(page);
  const row = await addStep(page, name);
  for (const m of ['Jan', 'Feb', 'Mar']) await month(row, m).click();
  await expect(month(row, 'Mar')).toHaveAttribute('aria-pressed', 'true');

  // Reporting month April 2021: Jan–Mar are past and not realized → overdue.
  await page.getByLabel('Bulan pelaporan').selectOption({ label: 'Apr 2021' });
  await page.getByRole('button', { name: 'Realisasi', exact: true }).click();
  await expect(page).toHaveURL(/mode=realization/);
  await expect(month(row, 'Jan')).toHaveAccessibleName(/Terlambat/);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Terlambat' });
  await expect(stepRow(page, name)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/work-plan-04-overdue.png', fullPage: true });
  await expect(page.getByText(/\d+ langkah terlambat/)).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua' });

  // Jan done with a note and an evidence link; Feb partly done; Mar done.
  await month(row, 'Jan').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Selesai').check();
  await dialog.getByLabel('Catatan').fill('Undangan dan daftar hadir lengkap');
  await dialog.getByLabel('Tautan bukti (satu per baris)').fill('bukan-tautan');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tautan tidak valid');
  await dialog.getByLabel('Tautan bukti (satu per baris)').fill('https://probolinggokota.go.id/rb/undangan.pdf');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(month(row, 'Jan')).toHaveAccessibleName(/Selesai/);

  await month(row, 'Feb').click();
  await page.getByRole('dialog').getByLabel('Sebagian').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(month(row, 'Feb')).toHaveAccessibleName(/Sebagian/);
  await expect(month(row, 'Mar')).toHaveAccessibleName(/Terlambat/);

  await month(row, 'Mar').click();
  await page.getByRole('dialog').getByLabel('Selesai').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(month(row, 'Mar')).toHaveAccessibleName(/Selesai/);
  await expect(month(row, 'Mar')).not.toHaveAccessibleName(/Terlambat/);
  // No longer overdue: the status filter no longer lists it.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Terlambat' });
  await expect(stepRow(page, name)).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua' });

  // The rule for the % is written in the help.
  await page.getByText('Cara menghitung progres dan pintasan papan ketik').click();
  await expect(page.getByText(/Progres = \(selesai \+ ½ × sebagian\)/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/work-plan-05-realization.png', fullPage: true });

  // Saved: the realization is there after a reload, with its evidence link.
  await page.reload();
  const again = stepRow(page, name);
  await expect(month(again, 'Jan')).toHaveAccessibleName(/Selesai/);
  await month(again, 'Jan').click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'https://probolinggokota.go.id/rb/undangan.pdf' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Back in the schedule, a realized month is not unscheduled by a click: the grid says why.
  await page.getByRole('button', { name: 'Jadwal', exact: true }).click();
  await month(again, 'Jan').click();
  await expect(page.getByText(/Bulan Jan sudah memiliki realisasi, jadi jadwalnya tidak dihapus/).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/work-plan-06-realized-month-kept.png', fullPage: true });
  await page.reload();
  await expect(month(stepRow(page, name), 'Jan')).toHaveAttribute('aria-pressed', 'true');
});

async function plannerPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await openPlan(page);
  return { context, page };
}

test('two planners edit the same step', async ({ browser }) => {
  const name = `Langkah bersama ${Date.now()}`;
  const a = await plannerPage(browser, 'perencana@probolinggo.demo');
  await addStep(a.page, name);
  await month(stepRow(a.page, name), 'Feb').click();
  await expect(month(stepRow(a.page, name), 'Feb')).toHaveAttribute('aria-pressed', 'true');
  await saved(a.page);

  // The second planner opens the plan and sees Feb.
  const b = await plannerPage(browser, 'admin@probolinggo.demo');
  const rowB = stepRow(b.page, name);
  await expect(month(rowB, 'Feb')).toHaveAttribute('aria-pressed', 'true');

  // The first planner renames the step and adds Jul.
  const rowA = stepRow(a.page, name);
  await month(rowA, 'Jul').click();
  await expect(month(rowA, 'Jul')).toHaveAttribute('aria-pressed', 'true');
  await saved(a.page);

  // The second planner, still on the old version, unschedules Feb: refused.
  await month(rowB, 'Feb').click();
  const alert = b.page.getByRole('alert');
  await expect(alert).toContainText(`"${name}" telah diubah oleh pengguna lain`);
  await expect(alert).toContainText('Jadwal');
  await expect(alert).toContainText('Feb, Jul');
  // The grid shows the current value, not the refused edit.
  await expect(month(rowB, 'Feb')).toHaveAttribute('aria-pressed', 'true');
  await expect(month(rowB, 'Jul')).toHaveAttribute('aria-pressed', 'true');
  await expect(rowB).toContainText('Diubah pengguna lain');
  await b.page.screenshot({ path: 'e2e/screenshots/work-plan-06-conflict.png', fullPage: true });

  // Having seen it, the second planner can edit the current version.
  await alert.getByRole('button', { name: 'Mengerti' }).click();
  await month(rowB, 'Des').click();
  await expect(month(rowB, 'Des')).toHaveAttribute('aria-pressed', 'true');
  await saved(b.page);
  await a.page.reload();
  for (const m of ['Feb', 'Jul', 'Des']) await expect(month(stepRow(a.page, name), m)).toHaveAttribute('aria-pressed', 'true');
  await a.context.close();
  await b.context.close();
});
