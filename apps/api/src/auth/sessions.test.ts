// Sessions against a real database: idle and absolute expiry (timestamps moved
// in the database), purging, and the user's own list with its rules.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeApi, NEW_GOVERNMENT_PASSWORD, startTestApi, type TestApi, type TestClient } from '../testing/harness.ts';
import { purgeExpired } from './housekeeping.ts';
import { SESSION_POLICY, TOUCH_EVERY_MS } from './session.ts';

const VIEWER = `{ viewer { user { email } } }`;
const SESSIONS = `{ mySessions { id userAgent address createdAt lastSeenAt expiresAt current } }`;
const END = `mutation ($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;

interface SessionRow {
  id: string;
  userAgent: string | null;
  address: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const tokenOf = (c: TestClient) => c.cookie.replace(/^rb_session=/, '');
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

describeApi('sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** A new government's administrator signed in `n` times (n browsers). */
  async function browsers(n: number, name = 'Pemerintah Kota Sesi') {
    const { admin, code, adminEmail } = await api.newGovernment(name);
    const more = [];
    for (let i = 1; i < n; i++) more.push(await api.client(code).signIn(adminEmail, NEW_GOVERNMENT_PASSWORD));
    return { code, email: adminEmail, clients: [admin, ...more] };
  }
  const row = (c: TestClient) => api.db.prisma.session.findUniqueOrThrow({ where: { id: digest(tokenOf(c)) } });
  const move = (c: TestClient, data: { createdAt?: Date; lastSeenAt?: Date; expiresAt?: Date }) =>
    api.db.prisma.session.update({ where: { id: digest(tokenOf(c)) }, data });
  const exists = async (c: TestClient) => (await api.db.prisma.session.count({ where: { id: digest(tokenOf(c)) } })) === 1;

  it('a session unused for the idle time is refused and deleted; one used a little earlier goes on and is touched', async () => {
    const { email, clients } = await browsers(2);
    const [idle, used] = clients as [TestClient, TestClient];
    await move(idle, { lastSeenAt: new Date(Date.now() - SESSION_POLICY.idleMs - 60_000) });
    const nearly = new Date(Date.now() - SESSION_POLICY.idleMs + 10 * 60_000);
    await move(used, { lastSeenAt: nearly });
    expect((await idle.ok(VIEWER)).viewer).toBeNull();
    expect((await idle.gql(SESSIONS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await exists(idle)).toBe(false);
    expect((await used.ok(VIEWER)).viewer.user.email).toBe(email);
    expect((await row(used)).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lastSeenAt is written at most once a minute, not on every request', async () => {
    const { clients } = await browsers(1, 'Pemerintah Kota Sentuh');
    const [c] = clients as [TestClient];
    const recent = new Date(Date.now() - TOUCH_EVERY_MS / 2);
    await move(c, { lastSeenAt: recent });
    await c.ok(VIEWER);
    expect((await row(c)).lastSeenAt).toEqual(recent);
  });

  it('a session past its absolute lifetime is refused even while in use; the cookie expires with it', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "perencana@depok.demo", password: "rbdemo2026") { viewer { user { id } } } }`,
      }),
    });
    const expires = /Expires=([^;]+)/i.exec(res.headers.get('set-cookie') ?? '')?.[1];
    expect(Math.abs(new Date(expires!).getTime() - (Date.now() + SESSION_POLICY.maxMs))).toBeLessThan(5 * 60_000);
    expect(SESSION_POLICY).toEqual({ idleMs: 12 * HOUR, maxMs: 30 * DAY });

    const { clients } = await browsers(1, 'Pemerintah Kota Lama');
    const [old] = clients as [TestClient];
    await move(old, { createdAt: new Date(Date.now() - 31 * DAY), expiresAt: new Date(Date.now() - DAY), lastSeenAt: new Date() });
    expect((await old.ok(VIEWER)).viewer).toBeNull();
    expect(await exists(old)).toBe(false);
  });

  it('ended sessions are purged: the user’s own at sign-in, everyone’s by the periodic purge', async () => {
    const { code, email, clients } = await browsers(3, 'Pemerintah Kota Bersih');
    const [a, b, live] = clients as [TestClient, TestClient, TestClient];
    await move(a, { lastSeenAt: new Date(Date.now() - 2 * SESSION_POLICY.idleMs) });
    await move(b, { expiresAt: new Date(Date.now() - 1000) });
    await api.client(code).signIn(email, NEW_GOVERNMENT_PASSWORD);
    expect([await exists(a), await exists(b), await exists(live)]).toEqual([false, false, true]);

    const other = await browsers(2, 'Pemerintah Kota Sapu');
    const [gone, stays] = other.clients as [TestClient, TestClient];
    await move(gone, { lastSeenAt: new Date(Date.now() - 2 * SESSION_POLICY.idleMs) });
    await api.db.prisma.rateLimit.createMany({
      data: [
        { key: 'account:purge-test-old', points: 3, expire: new Date(Date.now() - 1000) },
        { key: 'account:purge-test-live', points: 3, expire: new Date(Date.now() + HOUR) },
      ],
    });
    const purged = await purgeExpired(api.db.prisma);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.limits).toBeGreaterThanOrEqual(1);
    expect([await exists(gone), await exists(stays)]).toEqual([false, true]);
    const keys = (await api.db.prisma.rateLimit.findMany({ where: { key: { startsWith: 'account:purge-test' } } })).map((r) => r.key);
    expect(keys).toEqual(['account:purge-test-live']);
  });

  it('lists the user’s own sessions with browser, address and times, this one marked and first', async () => {
    const { clients } = await browsers(2, 'Pemerintah Kota Daftar');
    const [first, second] = clients as [TestClient, TestClient];
    const seen = (await second.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions;
    expect(seen).toHaveLength(2);
    expect(seen.map((s) => s.current)).toEqual([true, false]);
    for (const s of seen) {
      expect(s.address).toBe('127.0.0.1');
      expect(s.userAgent).toBeTruthy();
      expect(new Date(s.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    }
    const fromFirst = (await first.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions;
    expect(fromFirst[0]!.id).toBe(seen[1]!.id);
    expect(fromFirst[0]!.current).toBe(true);
    // The public id is not the token's digest.
    expect(seen.some((s) => s.id === digest(tokenOf(first)) || s.id === digest(tokenOf(second)))).toBe(false);
  });

  it('ends another session of one’s own: that browser is signed out on its next request, this one stays', async () => {
    const { email, clients } = await browsers(2, 'Pemerintah Kota Akhir');
    const [here, there] = clients as [TestClient, TestClient];
    const other = (await here.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions.find((s) => !s.current)!;
    expect(await here.ok(END, { id: other.id })).toEqual({ endSession: true });
    expect((await there.ok(VIEWER)).viewer).toBeNull();
    expect((await here.ok(VIEWER)).viewer.user.email).toBe(email);
    expect((await here.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions).toHaveLength(1);
    // Twice: it is gone.
    expect((await here.gql(END, { id: other.id })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'error.notFound',
    });
    const audit = await api.db.prisma.auditLog.findFirst({ where: { entity: 'Session', entityId: other.id } });
    expect(audit?.action).toBe('DELETE');
  });

  it('another user’s session id is NOT_FOUND, also across governments, and that session goes on', async () => {
    const victim = await browsers(1, 'Pemerintah Kota Korban');
    const [v] = victim.clients as [TestClient];
    const vid = (await v.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions[0]!.id;
    const sameGov = await api.client(victim.code).signIn(victim.email, NEW_GOVERNMENT_PASSWORD);
    await sameGov.ok(`mutation { signOut }`);
    const attacker = await api.as('admin@depok.demo', 'depok');
    for (const id of [vid, digest(tokenOf(v)), 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const r = await attacker.gql(END, { id });
      expect(r.errors?.[0]?.extensions, id).toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.notFound', params: { what: 'Session' } });
      expect(r.data).toBeNull();
    }
    expect((await attacker.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions.some((s) => s.id === vid)).toBe(false);
    expect(await attacker.ok(END_OTHERS)).toEqual({ endOtherSessions: expect.any(Number) });
    expect((await v.ok(VIEWER)).viewer.user.email).toBe(victim.email);
    expect(await exists(v)).toBe(true);
    // Without a session: nothing at all.
    const anonymous = api.client();
    for (const [q, vars] of [
      [SESSIONS, {}],
      [END, { id: vid }],
      [END_OTHERS, {}],
    ] as const) {
      expect((await anonymous.gql(q, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await exists(v)).toBe(true);
  });

  it('ends all other sessions at once and counts them; ending this one signs this browser out', async () => {
    const { email, clients } = await browsers(4, 'Pemerintah Kota Semua');
    const [here, ...others] = clients as [TestClient, ...TestClient[]];
    expect(await here.ok(END_OTHERS)).toEqual({ endOtherSessions: 3 });
    for (const o of others) expect((await o.ok(VIEWER)).viewer).toBeNull();
    expect((await here.ok(VIEWER)).viewer.user.email).toBe(email);
    expect(await here.ok(END_OTHERS)).toEqual({ endOtherSessions: 0 });
    const mine = (await here.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions;
    expect(mine).toHaveLength(1);
    const token = here.cookie;
    expect(await here.ok(END, { id: mine[0]!.id })).toEqual({ endSession: true });
    expect(here.cookie).toBe('rb_session=');
    here.cookie = token;
    expect((await here.ok(VIEWER)).viewer).toBeNull();
  });
});
