// A user signed in on two browsers sees both under "Sesi aktif" on their
// account page, ends the other one, and that browser is signed out on its next
// step; "Akhiri sesi lainnya" ends all others at once. On the empty server, in
// a government of its own.
import { type Browser, expect, test } from '@playwright/test';
import { createJourneyUser, EMPTY_GOVERNMENTS, EMPTY_URL, signIn } from './fixtures.ts';

const GOV = EMPTY_GOVERNMENTS.find((g) => g.code === 'kota-sesi')!;
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

test.use({ baseURL: EMPTY_URL });

async function otherBrowser(browser: Browser, userAgent: string) {
  const context = await browser.newContext({
    baseURL: EMPTY_URL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 850 },
    userAgent,
  });
  return context.newPage();
}

test('a user ends the session of another browser, which is signed out on its next step', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const user = await createJourneyUser(request, GOV, {
    email: `sesi.${Date.now()}@kotasesi.go.id`,
    name: 'Pengguna Dua Peramban',
    roles: ['PLANNER'],
  });
  // The set-up call's own session ends, so the list shows the browsers only.
  await request.post(`${EMPTY_URL}/graphql`, {
    data: { query: 'mutation { signOut }' },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  });

  const office = await otherBrowser(browser, FIREFOX_WINDOWS);
  await signIn(office, user.email, user.password);
  await expect(office.getByRole('link', { name: 'Rencana Kerja', exact: true })).toBeVisible();

  await page.setViewportSize({ width: 1366, height: 850 });
  await signIn(page, user.email, user.password);
  await page.getByRole('link', { name: 'Akun', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sesi aktif' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Sesi aktif akun Anda' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // This browser first, marked; the other with its browser, address and times.
  const here = list.getByRole('listitem').first();
  await expect(here).toContainText('Sesi ini');
  await expect(here).toContainText('Chrome');
  await expect(here.getByRole('button')).toHaveCount(0);
  const there = list.getByRole('listitem').filter({ hasText: 'Firefox 133 · Windows' });
  await expect(there).toContainText('Alamat IP 127.0.0.1');
  await expect(there.getByText(/^Masuk \d+ \w+ 20\d\d, \d\d\.\d\d$/)).toBeVisible();
  await expect(there.getByText(/^Terakhir aktif \d+ \w+ 20\d\d, \d\d\.\d\d$/)).toBeVisible();
  await expect(there).not.toContainText('Sesi ini');
  await page.screenshot({ path: 'e2e/screenshots/sessions-01-two-browsers.png', fullPage: true });

  await there.getByRole('button', { name: /^Akhiri sesi Firefox 133 · Windows, terakhir aktif / }).click();
  await expect(page.getByRole('status')).toHaveText('Sesi Firefox 133 · Windows telah diakhiri.');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Hanya sesi ini yang aktif.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sesi aktif' })).toBeFocused();
  await page.screenshot({ path: 'e2e/screenshots/sessions-02-other-ended.png', fullPage: true });

  // The other browser's next step: signed out.
  await office.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
  await expect(office.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await expect(office.getByText('Sesi Anda telah berakhir')).toBeVisible();
  await office.screenshot({ path: 'e2e/screenshots/sessions-03-other-signed-out.png' });

  // Two more browsers, ended at once with "Akhiri sesi lainnya" (keyboard only).
  const phone = await otherBrowser(browser, SAFARI_IPHONE);
  await signIn(phone, user.email, user.password);
  await signIn(office, user.email, user.password);
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: 'Safari 17 · iOS' })).toBeVisible();
  await page.getByRole('button', { name: 'Akhiri sesi lainnya' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('2 sesi lain telah diakhiri.');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/sessions-04-others-ended.png', fullPage: true });
  for (const p of [phone, office]) {
    await p.getByRole('link', { name: 'Rencana Kerja', exact: true }).click();
    await expect(p.getByRole('heading', { name: 'Masuk' })).toBeVisible();
    await p.context().close();
  }
  // This browser still works.
  await page.getByRole('link', { name: '← Kembali ke aplikasi' }).click();
  await expect(page.getByRole('link', { name: 'Rencana Kerja', exact: true })).toBeVisible();
});
