import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('new user signs in and browses a demo government', async ({ page }) => {
  // A wrong password is refused with a clear message, and the user stays on the sign-in page.
  await page.goto('/');
  await page.getByLabel('Email').fill('pimpinan@probolinggo.demo');
  await page.getByLabel('Kata sandi').fill('salah-sandi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Email atau kata sandi salah')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/foundation-01-sign-in-refused.png' });

  await signIn(page, 'pimpinan@probolinggo.demo');
  await expect(page).toHaveURL(/\/probolinggo/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Probolinggo' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/foundation-02-overview.png' });

  // Indicators of the road map, with values written the Indonesian way.
  await page.getByRole('link', { name: 'Indikator', exact: true }).click();
  const spbe = page.getByRole('row').filter({ hasText: 'Indeks SPBE' }).filter({ hasText: 'Sasaran' });
  await expect(spbe).toContainText('2,53');
  await expect(spbe).toContainText('3,2');
  await expect(page.getByRole('row').filter({ hasText: 'Opini BPK minimal WTP' })).toContainText('WTP');
  await page.screenshot({ path: 'e2e/screenshots/foundation-03-indicators.png' });

  // The 2021 work plan: actions and steps with their √ months.
  await page.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
  await page.getByRole('banner').getByLabel('Tahun', { exact: true }).selectOption('2021');
  await page.getByRole('link', { name: /Rencana Kerja Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021/ }).click();
  const firstStep = page.getByRole('row').filter({ hasText: 'Menyusun SK Tim Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021' });
  await expect(firstStep).toContainText('Membentuk Tim Reformasi Birokrasi');
  await expect(firstStep.getByLabel(/^Jan: dijadwalkan/)).toBeVisible();
  await expect(firstStep.getByLabel(/^Apr: tidak dijadwalkan/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/foundation-04-work-plan.png' });

  // English is one click away, and back.
  await page.getByRole('button', { name: /English|Inggris/ }).click();
  await expect(page.getByRole('link', { name: 'Work plans', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Indonesia/ }).click();
  await expect(page.getByRole('link', { name: 'Rencana Kerja', exact: true })).toBeVisible();

  // Signing out returns to the sign-in page; protected pages need a new sign-in.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.goto('/probolinggo/indicators');
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
});

test('each demo user sees only their own government', async ({ page }) => {
  await signIn(page, 'pimpinan@depok.demo');
  await expect(page).toHaveURL(/\/depok/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Depok' })).toBeVisible();
  // Typing another government's address does not show its data.
  await page.goto('/probolinggo/indicators');
  await expect(page.getByText('Indeks SPBE')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/foundation-05-other-government-refused.png' });
});

test('a manager of several governments switches between them', async ({ page }) => {
  await signIn(page, 'pembina@jatim.demo');
  await page.getByRole('button', { name: /^Pemerintah/ }).click();
  await page.getByRole('link', { name: 'Pemerintah Kabupaten Lumajang' }).click();
  await expect(page).toHaveURL(/\/lumajang/);
  await page.getByRole('link', { name: 'Pohon Kinerja', exact: true }).click();
  await page.getByRole('link', { name: /Pohon Kinerja Badan Kepegawaian Daerah Kabupaten Lumajang/ }).click();
  await expect(page.getByTestId('tree-map')).toBeVisible();
  // The same tree as an indented list: the level-0 result and its baseline.
  await page.getByRole('link', { name: 'Daftar bertingkat' }).click();
  const tree = page.getByRole('tree', { name: 'Struktur pohon kinerja' });
  await expect(
    tree.getByRole('treeitem', { name: /Meningkatnya Reformasi Birokrasi dalam Penyelenggaraan Pemerintah/ }).first(),
  ).toBeVisible();
  await expect(tree.getByText(/55,96/).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/foundation-06-lumajang-tree.png' });
});

test('a manager narrows the views to one agency with the agency switcher', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
  await expect(page).toHaveURL(/\/work-plans/);
  await page.getByRole('banner').getByLabel('Tahun', { exact: true }).selectOption('2021');
  const cityPlan = page.getByRole('link', { name: /Rencana Kerja Reformasi Birokrasi Pemerintah Kota Probolinggo Tahun 2021/ });
  await expect(cityPlan).toBeVisible();
  // The city's own plan belongs to no single agency: choosing BKPSDM hides it, and the choice is in the link.
  await page.getByLabel('Perangkat Daerah').selectOption({ label: 'BKPSDM' });
  await expect(page).toHaveURL(/agency=/);
  await expect(cityPlan).toHaveCount(0);
  await expect(page.getByText('Belum ada rencana kerja untuk tahun 2021.')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/foundation-07-agency-filter.png' });
  await page.getByLabel('Perangkat Daerah').selectOption({ label: 'Semua perangkat daerah' });
  await expect(cityPlan).toBeVisible();
});
