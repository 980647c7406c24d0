import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, startTestApi, type TestApi } from '../testing/harness.ts';

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
});
