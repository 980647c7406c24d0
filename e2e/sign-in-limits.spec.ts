// Sign-in abuse limits as a user meets them: after 10 failed attempts the form
// says to wait, in the user's language, and a right password does not get in
// either. A made-up email: locked exactly like a real account (and no demo
// account gets locked for the journeys after this one).
import { expect, test } from '@playwright/test';

test('after too many failed attempts the sign-in form says how long to wait', async ({ page }) => {
  const email = `terkunci-${Date.now()}@uji.go.id`;
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  const submit = async (password: string) => {
    await page.getByLabel('Kata sandi', { exact: true }).fill(password);
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('SignIn') === true);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await answered;
  };
  for (let i = 1; i <= 10; i++) {
    await submit(`salah-sandi-${i}`);
    await expect(page.getByRole('alert')).toHaveText('Email atau kata sandi salah.');
  }
  await submit('apa-pun-juga');
  await expect(page.getByRole('alert')).toHaveText(
    'Terlalu banyak percobaan yang gagal. Demi keamanan, coba lagi dalam 15 menit. Jika lupa kata sandi, hubungi administrator.',
  );
  await expect(page).toHaveURL(/sign-in/);
  await page.screenshot({ path: 'e2e/screenshots/sign-in-limits-01-locked.png' });

  // In English the same message, read again from the error.
  await page.getByRole('button', { name: /English|Inggris/ }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Too many failed attempts. For your security, try again in 15 min. If you forgot your password, ask your administrator.',
  );
  await page.screenshot({ path: 'e2e/screenshots/sign-in-limits-02-locked-en.png' });
  await page.getByRole('button', { name: /Indonesia/ }).click();
});
