import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY, USER_PASSWORD } from '../services/organization/testing.ts';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

const CHANGE = `mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`;
const ACTIVATE = `mutation ($t: String!, $p: String!) { activateAccount(token: $t, password: $p) { viewer { user { email } government { code } mustChangePassword } } }`;

const VIEWER = `{ viewer { user { email } government { code } roles memberships { role government { code } } } }`;

describeApi('accounts and tenancy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('refuses a wrong password with UNAUTHENTICATED and sets no cookie', async () => {
    const c = api.client();
    const r = await c.gql(
      `mutation { signIn(email: "perencana@probolinggo.demo", password: "wrong-password") { viewer { user { email } } } }`,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toBe('Email atau kata sandi salah');
    expect(c.cookie).toBe('');
  });

  it('refuses an unknown email the same way', async () => {
    const r = await api.client().gql(`mutation { signIn(email: "nobody@nowhere.demo", password: "x") { viewer { user { email } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects malformed input with BAD_USER_INPUT', async () => {
    const r = await api.client().gql(`mutation { signIn(email: "not-an-email", password: "x") { viewer { user { email } } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('signs in with an httpOnly session cookie and shows the viewer', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "PERENCANA@probolinggo.demo", password: "rbdemo2026") { viewer { user { email } roles } } }`,
      }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rb_session=[\w-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { data: { signIn: { viewer: { user: { email: string }; roles: string[] } } } };
    expect(body.data.signIn.viewer.user.email).toBe('perencana@probolinggo.demo');
    expect(body.data.signIn.viewer.roles).toEqual(['PLANNER']);
  });

  it('answers UNAUTHENTICATED to protected fields without a session, and null viewer', async () => {
    const c = api.client();
    expect((await c.ok(VIEWER)).viewer).toBeNull();
    const r = await c.gql(`{ indicators { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const c = await api.as('pimpinan@depok.demo');
    const token = c.cookie;
    expect((await c.ok(VIEWER)).viewer.user.email).toBe('pimpinan@depok.demo');
    await c.ok(`mutation { signOut }`);
    expect(c.cookie).toBe('rb_session=');
    c.cookie = token; // replaying the old cookie
    expect((await c.ok(VIEWER)).viewer).toBeNull();
  });

  it('a user never sees another government: the header is ignored unless they belong to it', async () => {
    const depok = await api.as('pimpinan@depok.demo', 'probolinggo');
    const viewer = (await depok.ok(VIEWER)).viewer;
    expect(viewer.government).toBeNull();
    const r = await depok.gql(`{ indicators { id name } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
  });

  it('ids of another government resolve to nothing', async () => {
    const prob = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const plans = (await prob.ok<{ workPlans: { id: string }[] }>(`{ workPlans { id } }`)).workPlans;
    expect(plans.length).toBeGreaterThan(0);
    const depok = await api.as('perencana@depok.demo', 'depok');
    const r = await depok.ok(`query ($id: ID!) { workPlan(id: $id) { id title } }`, { id: plans[0]!.id });
    expect(r.workPlan).toBeNull();
  });

  it('a user of several governments switches with the X-Government header', async () => {
    const c = await api.as('pembina@jatim.demo', 'gresik');
    const v = (await c.ok(VIEWER)).viewer;
    expect(v.government.code).toBe('gresik');
    expect(v.memberships.map((m: { government: { code: string } }) => m.government.code).sort()).toEqual([
      'gresik',
      'lumajang',
      'probolinggo',
    ]);
    c.government = 'lumajang';
    const trees = (await c.ok(`{ performanceTrees { title } }`)).performanceTrees;
    expect(trees[0].title).toContain('Lumajang');
  });

  it('role rules: a planner may not read the member list; an administrator may', async () => {
    const planner = await api.as('perencana@probolinggo.demo', 'probolinggo');
    const r = await planner.gql(`{ members { email } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const members = (await admin.ok(`{ members { email roles } }`)).members as { email: string; roles: string[] }[];
    expect(members.find((m) => m.email === 'koordinator@probolinggo.demo')?.roles).toEqual(['ASSESSMENT_COORDINATOR']);
    expect(members.some((m) => m.email.endsWith('@depok.demo'))).toBe(false);
  });

  describe('own password, first sign-in and activation links', () => {
    it('changeOwnPassword checks the current password and the policy, then ends the other sessions only', async () => {
      const { admin, code } = await api.newGovernment('Pemerintah Kota Sandi');
      const e = `sandi-${Date.now()}@uji.go.id`;
      const here = await JOURNEY.user(api, admin, code, { email: e, roles: ['PLANNER'] });
      const there = await api.client(code).signIn(e, USER_PASSWORD);
      const wrong = await here.gql(CHANGE, { c: 'salah-sekali-123', n: 'Sandi-Baru-Sekali-2026' });
      expect(wrong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
        messageKey: 'account.wrongPassword',
      });
      const short = await here.gql(CHANGE, { c: USER_PASSWORD, n: 'pendek' });
      expect(short.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
        messageKey: 'account.passwordTooShort',
      });
      const same = await here.gql(CHANGE, { c: USER_PASSWORD, n: USER_PASSWORD });
      expect(same.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword', messageKey: 'account.passwordUnchanged' });
      expect((await there.ok(VIEWER)).viewer.user.email).toBe(e);
      expect(await here.ok(CHANGE, { c: USER_PASSWORD, n: 'Sandi-Baru-Sekali-2026' })).toEqual({ changeOwnPassword: true });
      expect((await here.ok(VIEWER)).viewer.user.email).toBe(e);
      expect((await there.ok(VIEWER)).viewer).toBeNull();
      await api.client(code).signIn(e, 'Sandi-Baru-Sekali-2026');
    });

    it('while the initial password is unchanged only viewer, changeOwnPassword and signOut work', async () => {
      const { admin, code } = await api.newGovernment('Pemerintah Kota Gerbang');
      const e = `gerbang-${Date.now()}@uji.go.id`;
      const r = await admin.ok(JOURNEY.CREATE_USER, {
        input: { email: e, name: 'Baru', roles: ['ADMIN'], credential: 'INITIAL_PASSWORD' },
      });
      const c = await api.client(code).signIn(e, r.createUser.initialPassword);
      expect((await c.ok(`{ viewer { mustChangePassword roles } }`)).viewer).toEqual({ mustChangePassword: true, roles: ['ADMIN'] });
      for (const q of [`{ users { id } }`, `{ agencies { id } }`, `mutation { setLocale(locale: "en") { id } }`]) {
        const g = await c.gql(q);
        expect(g.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'account.passwordChangeRequired' });
        expect(g.data).toBeNull();
      }
      await c.ok(CHANGE, { c: r.createUser.initialPassword, n: 'Sandi-Pilihan-Sendiri' });
      expect((await c.ok(`{ viewer { mustChangePassword } }`)).viewer.mustChangePassword).toBe(false);
      expect((await c.ok(`{ users { email } }`)).users.length).toBe(2);
      expect((await c.ok(`mutation { signOut }`)).signOut).toBe(true);
    });

    it('an activation link sets the password and signs in, once; an expired or unknown link is refused', async () => {
      const { admin, code } = await api.newGovernment('Pemerintah Kota Aktivasi');
      const e = `aktivasi-${Date.now()}@uji.go.id`;
      const r = (
        await admin.ok(JOURNEY.CREATE_USER, { input: { email: e, name: 'Aktif', roles: ['MANAGER'], credential: 'ACTIVATION_LINK' } })
      ).createUser;
      // Nobody can sign in before the link is used.
      const before = await api.client().gql(`mutation { signIn(email: "${e}", password: "apa-saja-12345") { viewer { user { id } } } }`);
      expect(before.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const weak = await api.client().gql(ACTIVATE, { t: r.activationToken, p: 'pendek' });
      expect(weak.errors?.[0]?.extensions).toMatchObject({ field: 'password', messageKey: 'account.passwordTooShort' });
      const c = api.client();
      const ok = (await c.ok(ACTIVATE, { t: r.activationToken, p: 'Sandi-Aktivasi-2026' })).activateAccount;
      expect(ok.viewer).toEqual({ user: { email: e }, government: { code }, mustChangePassword: false });
      expect(c.cookie).toMatch(/^rb_session=/);
      const twice = await api.client().gql(ACTIVATE, { t: r.activationToken, p: 'Sandi-Lain-Lagi-2026' });
      expect(twice.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
        messageKey: 'account.activationInvalid',
      });
      await api.client(code).signIn(e, 'Sandi-Aktivasi-2026');
      // Expired: a second user whose link is past its 7 days.
      const e2 = `kedaluwarsa-${Date.now()}@uji.go.id`;
      const r2 = (
        await admin.ok(JOURNEY.CREATE_USER, { input: { email: e2, name: 'Lama', roles: ['VIEWER'], credential: 'ACTIVATION_LINK' } })
      ).createUser;
      await api.db.prisma.user.update({ where: { id: r2.user.id }, data: { activationExpiresAt: new Date(Date.now() - 1000) } });
      const expired = await api.client().gql(ACTIVATE, { t: r2.activationToken, p: 'Sandi-Aktivasi-2026' });
      expect(expired.errors?.[0]?.extensions).toMatchObject({ messageKey: 'account.activationInvalid' });
      const unknown = await api.client().gql(ACTIVATE, { t: 'x'.repeat(43), p: 'Sandi-Aktivasi-2026' });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ messageKey: 'account.activationInvalid' });
    });

    it('signIn records lastSignInAt', async () => {
      const before = Date.now();
      const c = await api.as('admin@gresik.demo', 'gresik');
      const list = (await c.ok(`{ users(search: "admin@gresik.demo") { lastSignInAt } }`)).users;
      expect(new Date(list[0].lastSignInAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    });
  });
});
