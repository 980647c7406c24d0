// Test helpers of the organization tests: users made the way an administrator makes them.
import type { TestApi, TestClient } from '../../testing/harness.ts';

export const USER_PASSWORD = 'Sandi-Sendiri-2026';

const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { user { id email version status roles } initialPassword activationToken existingAccount }
}`;

export const JOURNEY = {
  CREATE_USER,
  /** Creates a user with an initial password, signs them in and changes it to USER_PASSWORD. */
  async user(
    api: TestApi,
    admin: TestClient,
    government: string,
    u: { email: string; name?: string; roles: string[]; agencyId?: string | null },
  ): Promise<TestClient & { userId: string }> {
    const r = await admin.ok(CREATE_USER, {
      input: { email: u.email, name: u.name ?? u.email, roles: u.roles, agencyId: u.agencyId ?? null, credential: 'INITIAL_PASSWORD' },
    });
    const c = await api.client(government).signIn(u.email, r.createUser.initialPassword);
    await c.ok(`mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`, {
      c: r.createUser.initialPassword,
      n: USER_PASSWORD,
    });
    return Object.assign(c, { userId: r.createUser.user.id as string });
  },
};
