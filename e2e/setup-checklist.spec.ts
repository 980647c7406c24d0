// The home page of a government that has just been created with admin:create
// shows what to set up next, and marks each step done as its rows appear.
import { expect, test } from '@playwright/test';
import { apiAs, EMPTY_ADMIN_PASSWORD, EMPTY_GOVERNMENTS, EMPTY_URL, signIn } from './fixtures.ts';

const gov = EMPTY_GOVERNMENTS[3];
test.use({ baseURL: EMPTY_URL });

test('administrator of a new government sees the set-up checklist and what is done', async ({ page, request }) => {
  await signIn(page, gov.email, EMPTY_ADMIN_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/${gov.code}`));
  const checklist = page.getByRole('region', { name: 'Persiapan pemerintah Anda' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByText('0 dari 6 langkah selesai')).toBeVisible();
  const steps = checklist.getByRole('listitem');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0)).toContainText('Perangkat daerah');
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(4)).toContainText(/Rencana Kerja \d{4}/);
  await page.screenshot({ path: 'e2e/screenshots/setup-01-checklist-new-government.png', fullPage: true });

  // The first step's action opens the agencies of the administration.
  await checklist.getByRole('link', { name: 'Atur perangkat daerah' }).click();
  await expect(page).toHaveURL(new RegExp(`/${gov.code}/admin/agencies`));

  // An agency appears (made the way the admin screen does): the step is done, the next one is current.
  const admin = await apiAs(request, EMPTY_URL, gov.email, EMPTY_ADMIN_PASSWORD, gov.code);
  await admin(`mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
    input: { name: 'Badan Perencanaan Pembangunan Daerah', shortName: 'Bappeda', kind: 'BOARD' },
  });
  await page.goto(`/${gov.code}`);
  await expect(checklist.getByText('1 dari 6 langkah selesai')).toBeVisible();
  await expect(steps.nth(0)).toContainText('Selesai');
  await expect(steps.nth(0)).toContainText('1 perangkat daerah');
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');

  // Keyboard: the current step's action is reachable with Tab.
  await checklist.getByRole('link', { name: 'Atur pengguna' }).focus();
  await expect(checklist.getByRole('link', { name: 'Atur pengguna' })).toBeFocused();
  await page.screenshot({ path: 'e2e/screenshots/setup-02-checklist-one-done.png', fullPage: true });
});
