// What the journeys share: signing in as a user would, the second server that
// runs an empty database (only `admin:create`, no demo), and a GraphQL helper
// for journeys that need rows created before their screen (never to assert UI).
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'rbdemo2026';

/** The server on an empty database: nothing but the governments below, each with its first administrator. */
export const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 4175);
export const EMPTY_URL = `http://127.0.0.1:${EMPTY_PORT}`;

/**
 * Governments created with `pnpm admin:create` before the empty server starts
 * (one per journey file, so the journeys do not depend on each other).
 */
export const EMPTY_GOVERNMENTS = [
  { code: 'kota-baru', name: 'Pemerintah Kota Baru', kind: 'CITY', email: 'admin@kotabaru.go.id', adminName: 'Admin RB Kota Baru' },
  {
    code: 'kab-sejahtera',
    name: 'Pemerintah Kabupaten Sejahtera',
    kind: 'REGENCY',
    email: 'admin@sejahtera.go.id',
    adminName: 'Admin RB Sejahtera',
  },
  {
    code: 'kota-rencana',
    name: 'Pemerintah Kota Rencana',
    kind: 'CITY',
    email: 'admin@kotarencana.go.id',
    adminName: 'Admin RB Kota Rencana',
  },
  {
    code: 'kab-awal',
    name: 'Pemerintah Kabupaten Awal',
    kind: 'REGENCY',
    email: 'admin@kabawal.go.id',
    adminName: 'Admin RB Kabupaten Awal',
  },
  { code: 'kota-sesi', name: 'Pemerintah Kota Sesi', kind: 'CITY', email: 'admin@kotasesi.go.id', adminName: 'Admin RB Kota Sesi' },
] as const;
export const EMPTY_ADMIN_PASSWORD = 'Pertama-Admin-2026';

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  // The page signed in to has rendered (the app re-creates its client on sign-in: a click
  // before that lands on a page being replaced).
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/**
 * A signed-in GraphQL client on `baseURL` for setting up rows a journey needs
 * (the request context keeps the session cookie).
 */
export async function apiAs(request: APIRequestContext, baseURL: string, email: string, password: string, government: string) {
  const post = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await request.post(`${baseURL}/graphql`, {
      data: { query, variables },
      headers: { 'x-government': government, 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  };
  await post(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`, {
    e: email,
    p: password,
  });
  return post;
}

/** The password the journeys give users they create (after the forced change of the initial one). */
export const JOURNEY_USER_PASSWORD = 'Sandi-Pengguna-2026';

/**
 * Makes a user on the empty server the way an administrator does (createUser
 * with an initial password), then changes that password as the user would at
 * first sign-in, so the journey can sign in with JOURNEY_USER_PASSWORD.
 * Returns the email and password to sign in with.
 */
export async function createJourneyUser(
  request: APIRequestContext,
  government: (typeof EMPTY_GOVERNMENTS)[number],
  user: { email: string; name: string; roles: string[]; agencyId?: string | null },
): Promise<{ email: string; password: string }> {
  const admin = await apiAs(request, EMPTY_URL, government.email, EMPTY_ADMIN_PASSWORD, government.code);
  const created = await admin<{ createUser: { initialPassword: string | null } }>(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { initialPassword } }`,
    { input: { ...user, agencyId: user.agencyId ?? null, credential: 'INITIAL_PASSWORD' } },
  );
  const initial = created.createUser.initialPassword;
  if (!initial) throw new Error(`createUser gave no initial password for ${user.email}`);
  const asUser = await apiAs(request, EMPTY_URL, user.email, initial, government.code);
  await asUser(`mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`, {
    c: initial,
    n: JOURNEY_USER_PASSWORD,
  });
  return { email: user.email, password: JOURNEY_USER_PASSWORD };
}
