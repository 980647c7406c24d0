// A new government sets itself up: its first administrator creates agencies
// and users (initial password / activation link), the users get in; and a
// deactivated user loses their session at once. On the empty server.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { createJourneyUser, EMPTY_ADMIN_PASSWORD, EMPTY_GOVERNMENTS, EMPTY_URL, signIn } from './fixtures.ts';

const GOV = EMPTY_GOVERNMENTS.find((g) => g.code === 'kota-baru')!;

test.use({ baseURL: EMPTY_URL });

const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/organization-${name}.png`, fullPage: true });

async function openAdmin(page: Page, tab: 'Perangkat Daerah' | 'Pengguna' | 'Tim RB') {
  await page.getByRole('link', { name: 'Administrasi', exact: true }).click();
  await page.getByRole('navigation', { name: 'Bagian administrasi' }).getByRole('link', { name: tab }).click();
  await expect(page.getByRole('heading', { level: 2, name: tab })).toBeVisible();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({
    baseURL: EMPTY_URL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 850 },
  });
  return context.newPage();
}

test('administrator sets up a new government from an empty database', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const plannerEmail = `perencana.${stamp}@kotabaru.go.id`;
  const managerEmail = `kepala.bkd.${stamp}@kotabaru.go.id`;
  await page.setViewportSize({ width: 1366, height: 850 });
  await signIn(page, GOV.email, EMPTY_ADMIN_PASSWORD);
  await openAdmin(page, 'Perangkat Daerah');

  // Agencies: an OPD, then a sub-unit under it.
  const addTop = page.getByRole('button', { name: 'Tambah perangkat daerah' });
  await addTop.first().click();
  let dialog = page.getByRole('dialog', { name: 'Perangkat daerah baru' });
  await dialog.getByLabel('Nama', { exact: true }).fill('Badan Kepegawaian dan Pengembangan SDM');
  await dialog.getByLabel('Nama singkat').fill('BKPSDM');
  await dialog.getByLabel('Jenis').selectOption({ label: 'Badan' });
  await shot(page, '01-new-agency');
  await dialog.getByRole('button', { name: 'Tambah' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Tambah sub-unit di bawah Badan Kepegawaian dan Pengembangan SDM' }).click();
  dialog = page.getByRole('dialog', { name: 'Sub-unit baru di bawah Badan Kepegawaian dan Pengembangan SDM' });
  await dialog.getByLabel('Nama', { exact: true }).fill('Bidang Pengembangan Kompetensi');
  await expect(dialog.getByLabel('Jenis')).toHaveValue('UNIT');
  await dialog.getByRole('button', { name: 'Tambah' }).click();
  await expect(dialog).toBeHidden();
  const outline = page.locator('.org-outline');
  await expect(outline.getByText('Bidang Pengembangan Kompetensi')).toBeVisible();
  await expect(outline.locator('li ul').getByText('Bidang Pengembangan Kompetensi')).toBeVisible();
  await shot(page, '02-agencies');

  // The RB team: Tim Pengarah with its chair.
  await openAdmin(page, 'Tim RB');
  await page.getByRole('button', { name: 'Bentuk Tim Pengarah' }).click();
  dialog = page.getByRole('dialog', { name: 'Tim baru' });
  await expect(dialog.getByLabel('Nama tim')).toHaveValue('Tim Pengarah');
  await dialog.getByLabel('Nama tim').fill('Tim Pengarah Reformasi Birokrasi');
  await dialog.getByRole('button', { name: 'Bentuk tim' }).click();
  await expect(dialog).toBeHidden();
  const team = page.getByRole('region', { name: 'Tim Pengarah Reformasi Birokrasi' });
  await team.getByRole('button', { name: 'Tambah anggota' }).click();
  dialog = page.getByRole('dialog', { name: 'Anggota baru Tim Pengarah Reformasi Birokrasi' });
  await dialog.getByLabel('Jabatan').fill('Wali Kota');
  await dialog.getByLabel('Kedudukan dalam tim').fill('Ketua');
  await dialog.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(dialog).toBeHidden();
  await expect(team.getByRole('row').filter({ hasText: 'Wali Kota' })).toContainText('Ketua');
  await shot(page, '02b-team');

  // A planner with an initial password, shown once.
  await openAdmin(page, 'Pengguna');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  dialog = page.getByRole('dialog', { name: 'Pengguna baru' });
  await dialog.getByLabel('Email').fill(plannerEmail);
  await dialog.getByLabel('Nama', { exact: true }).fill('Rina Perencana');
  await dialog.getByRole('checkbox', { name: /^Perencana/ }).check();
  await expect(dialog.getByRole('radio', { name: /^Kata sandi awal/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  dialog = page.getByRole('dialog', { name: 'Pengguna Rina Perencana dibuat' });
  await expect(dialog).toContainText('Hanya ditampilkan sekali');
  const initialPassword = (await dialog.getByTestId('credential-secret').textContent())!.trim();
  expect(initialPassword).toMatch(/^\S{19}$/);
  await shot(page, '03-initial-password');
  await dialog.getByRole('button', { name: 'Selesai' }).click();

  // An agency-scoped manager with an activation link.
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  dialog = page.getByRole('dialog', { name: 'Pengguna baru' });
  await dialog.getByLabel('Email').fill(managerEmail);
  await dialog.getByLabel('Nama', { exact: true }).fill('Kepala BKPSDM');
  await dialog.getByRole('checkbox', { name: /^Pimpinan/ }).check();
  await dialog.getByLabel('Cakupan').selectOption({ label: 'Badan Kepegawaian dan Pengembangan SDM' });
  await dialog.getByRole('radio', { name: /^Tautan aktivasi/ }).check();
  await shot(page, '04-new-manager');
  await dialog.getByRole('button', { name: 'Buat pengguna' }).click();
  dialog = page.getByRole('dialog', { name: 'Pengguna Kepala BKPSDM dibuat' });
  const link = (await dialog.getByTestId('credential-secret').textContent())!.trim();
  expect(link).toMatch(/\/activate\?token=[\w-]{40,}$/);
  await shot(page, '05-activation-link');
  await dialog.getByRole('button', { name: 'Selesai' }).click();

  const plannerRow = page.getByRole('row').filter({ hasText: plannerEmail });
  await expect(plannerRow).toContainText('Perencana');
  await expect(plannerRow).toContainText('Seluruh pemerintah');
  await expect(plannerRow).toContainText('Belum mengganti kata sandi awal');
  await expect(plannerRow).toContainText('Belum pernah');
  const managerRow = page.getByRole('row').filter({ hasText: managerEmail });
  await expect(managerRow).toContainText('BKPSDM');
  await expect(managerRow).toContainText('Menunggu aktivasi');
  await shot(page, '06-users');

  // The planner signs in with the initial password and must change it first.
  const planner = await newPage(browser);
  await signIn(planner, plannerEmail, initialPassword);
  await expect(planner.getByRole('heading', { level: 1, name: 'Ganti kata sandi' })).toBeVisible();
  await expect(planner.getByRole('navigation', { name: 'Navigasi utama' })).toHaveCount(0);
  await shot(planner, '07-must-change-password');
  await planner.getByLabel('Kata sandi awal (dari administrator)').fill(initialPassword);
  await planner.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
  await planner.getByLabel('Ulangi kata sandi baru').fill('pendek');
  await planner.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await expect(planner.getByText('Kata sandi paling sedikit 10 karakter.')).toBeVisible();
  await planner.getByLabel('Kata sandi baru', { exact: true }).fill('Rencana-Kota-Baru-2026');
  await planner.getByLabel('Ulangi kata sandi baru').fill('Rencana-Kota-Baru-2026');
  await planner.getByRole('button', { name: 'Simpan dan lanjutkan' }).click();
  await expect(planner.getByTestId('user-name')).toHaveText('Rina Perencana');
  await expect(planner.getByRole('link', { name: 'Rencana Kerja', exact: true })).toBeVisible();
  await expect(planner).toHaveURL(/\/kota-baru/);
  await shot(planner, '08-planner-in');
  await planner.context().close();

  // The manager opens the activation link and sets a password.
  const manager = await newPage(browser);
  await manager.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(manager.getByRole('heading', { level: 1, name: 'Aktifkan akun' })).toBeVisible();
  await manager.getByLabel('Kata sandi baru', { exact: true }).fill('Kepala-BKPSDM-2026');
  await manager.getByLabel('Ulangi kata sandi baru').fill('Kepala-BKPSDM-2026');
  await shot(manager, '09-activate');
  await manager.getByRole('button', { name: 'Aktifkan dan masuk' }).click();
  await expect(manager.getByTestId('user-name')).toHaveText('Kepala BKPSDM');
  await expect(manager).toHaveURL(/\/kota-baru/);
  // The link works once.
  await manager.context().clearCookies();
  await manager.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await manager.getByLabel('Kata sandi baru', { exact: true }).fill('Sandi-Lain-Sekali-2026');
  await manager.getByLabel('Ulangi kata sandi baru').fill('Sandi-Lain-Sekali-2026');
  await manager.getByRole('button', { name: 'Aktifkan dan masuk' }).click();
  await expect(manager.getByRole('alert')).toContainText('Tautan aktivasi tidak berlaku');
  await manager.context().close();

  // Back with the administrator: both are active now, with their last sign-in.
  await page.reload();
  await expect(plannerRow).toContainText('Aktif');
  await expect(plannerRow).not.toContainText('Belum pernah');
  await expect(managerRow).toContainText('Aktif');
  await shot(page, '10-users-active');
});

test('administrator deactivates a user and their session ends', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const email = `staf.${Date.now()}@kotabaru.go.id`;
  const user = await createJourneyUser(request, GOV, { email, name: 'Staf Dinonaktifkan', roles: ['PLANNER'] });

  // The user works in a second browser.
  const other = await newPage(browser);
  await signIn(other, user.email, user.password);
  await expect(other.getByTestId('user-name')).toHaveText('Staf Dinonaktifkan');
  // Their own account page (change own password), then back to work.
  await other.getByRole('link', { name: 'Akun', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Akun saya' })).toBeVisible();
  await expect(other.getByText(email)).toBeVisible();
  await shot(other, '10b-account');
  await other.getByRole('link', { name: '← Kembali ke aplikasi' }).click();
  await expect(other.getByRole('link', { name: 'Rencana Kerja', exact: true })).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 850 });
  await signIn(page, GOV.email, EMPTY_ADMIN_PASSWORD);
  await openAdmin(page, 'Pengguna');
  await page.getByLabel('Cari pengguna').fill('Dinonaktifkan');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Aktif');
  await row.getByRole('button', { name: 'Nonaktifkan Staf Dinonaktifkan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nonaktifkan Staf Dinonaktifkan?' });
  await expect(dialog).toContainText('langsung kehilangan akses ke Pemerintah Kota Baru');
  await expect(dialog).toContainText('tetap tersimpan');
  await shot(page, '11-deactivate-confirm');
  await dialog.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Nonaktif');
  await shot(page, '12-deactivated');

  // The user's next step: signed out, and signing in again gives no government.
  await other.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await expect(other.getByText('Sesi Anda telah berakhir')).toBeVisible();
  await shot(other, '13-user-signed-out');
  await other.getByLabel('Email').fill(user.email);
  await other.getByLabel('Kata sandi', { exact: true }).fill(user.password);
  await other.getByRole('button', { name: 'Masuk' }).click();
  await expect(other.getByText('Akun Anda belum terdaftar di pemerintah mana pun')).toBeVisible();
  await other.context().close();

  // Reactivation gives access back.
  await row.getByRole('button', { name: 'Aktifkan kembali Staf Dinonaktifkan' }).click();
  await page
    .getByRole('dialog', { name: 'Aktifkan kembali Staf Dinonaktifkan?' })
    .getByRole('button', { name: 'Aktifkan kembali' })
    .click();
  await expect(row).toContainText('Aktif');
});
