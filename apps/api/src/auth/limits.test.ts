// Sign-in abuse limits against a real database: lockout per account and per
// address, counters shared by two API processes, success resets, and a locked
// answer that is the same for every email.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PrismaClient } from '@rb/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { describeApi, NEW_GOVERNMENT_PASSWORD, startTestApi, type TestApi } from '../testing/harness.ts';
import { addressKey, SIGN_IN_LIMITS } from './limits.ts';

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { email } } } }`;
const ACTIVATE = `mutation ($t: String!, $p: String!) { activateAccount(token: $t, password: $p) { viewer { user { email } } } }`;

interface Answer {
  status: number;
  cookie: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cookie: res.headers.get('set-cookie'), body: (await res.json()) as Answer['body'] };
}

const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

describe('addressKey', () => {
  it('counts IPv4 as is and IPv6 by its /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describeApi('sign-in limits', () => {
  let api: TestApi;
  // A second API process on the same database: its own Prisma client and connection pool.
  let second: { url: string; server: Server; prisma: PrismaClient; stop(): Promise<void> };
  // A third that believes X-Forwarded-For from loopback, as behind a load balancer.
  let proxied: { url: string; server: Server; stop(): Promise<void> };
  const { accountFailures, addressFailures, lockMinutes } = SIGN_IN_LIMITS;

  const listen = async (app: import('express').Express) => {
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };

  beforeAll(async () => {
    api = await startTestApi();
    const prisma = new PrismaClient({ adapter: api.db.adapterFactory });
    const two = await createApp({ db: { ...api.db, prisma } });
    second = { ...(await listen(two.app)), prisma, stop: two.stop };
    const three = await createApp({ db: api.db, trustProxy: 'loopback' });
    proxied = { ...(await listen(three.app)), stop: three.stop };
  });
  afterAll(async () => {
    for (const s of [second, proxied]) {
      if (!s) continue;
      await new Promise((r) => s.server.close(r));
      await s.stop();
    }
    await second?.prisma.$disconnect();
    await api?.close();
  });

  it('locks an account after its failures, across two API processes; even the right password is refused', async () => {
    const { adminEmail } = await api.newGovernment('Pemerintah Kota Kunci');
    for (let i = 0; i < accountFailures; i++) {
      // Alternating processes: the count lives in the database, not in either process.
      const r = await post(i % 2 ? second.url : api.url, SIGN_IN, { e: adminEmail, p: `salah-${i}` });
      expect(codeOf(r), `failure ${i + 1}`).toBe('UNAUTHENTICATED');
    }
    for (const url of [api.url, second.url]) {
      const locked = await post(url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD });
      expect(locked.body.errors?.[0]?.extensions).toEqual({
        code: 'TOO_MANY_ATTEMPTS',
        messageKey: 'account.tooManyAttempts',
        params: { minutes: lockMinutes },
        retryAfterMinutes: lockMinutes,
      });
      expect(locked.body.errors?.[0]?.message).toContain(`try again in ${lockMinutes} min`);
      expect(locked.body.data).toBeNull();
      expect(locked.cookie).toBeNull();
    }
    // When the lock has run out (moved into the past here), the right password works again.
    const rows = await api.db.prisma.rateLimit.updateMany({
      where: { key: { startsWith: 'account:' }, expire: { gt: new Date() } },
      data: { expire: new Date(Date.now() - 1000) },
    });
    expect(rows.count).toBeGreaterThanOrEqual(1);
    const after = await post(api.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD });
    expect(after.body.errors).toBeUndefined();
    expect(after.cookie).toMatch(/^rb_session=/);
  });

  it('answers an unknown email exactly like a known one, failing and locked', async () => {
    const { adminEmail } = await api.newGovernment('Pemerintah Kota Sama');
    const unknown = `tidak-ada-${Date.now()}@uji.go.id`;
    const answers: Record<string, Answer[]> = { known: [], unknown: [] };
    for (let i = 0; i <= accountFailures; i++) {
      answers.known!.push(await post(api.url, SIGN_IN, { e: adminEmail, p: 'bukan-sandinya' }));
      answers.unknown!.push(await post(second.url, SIGN_IN, { e: unknown, p: 'bukan-sandinya' }));
    }
    const shape = (a: Answer) => ({ status: a.status, cookie: a.cookie, body: a.body });
    expect(answers.known!.map(shape)).toEqual(answers.unknown!.map(shape));
    expect(codeOf(answers.known![accountFailures - 1]!)).toBe('UNAUTHENTICATED');
    expect(codeOf(answers.known![accountFailures]!)).toBe('TOO_MANY_ATTEMPTS');
    // The table holds digests, never the emails.
    const keys = (await api.db.prisma.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.includes('@') || k.includes('127.0.0.1'))).toBe(false);
  });

  it('a successful sign-in resets the account counter', async () => {
    const { adminEmail } = await api.newGovernment('Pemerintah Kota Ulang');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < accountFailures - 1; i++) {
        expect(codeOf(await post(api.url, SIGN_IN, { e: adminEmail, p: 'salah-lagi' }))).toBe('UNAUTHENTICATED');
      }
      const ok = await post(second.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD });
      expect(ok.body.errors, `round ${round}`).toBeUndefined();
    }
  });

  it('a burst of parallel guesses gets no more than the allowed number checked', async () => {
    const { adminEmail } = await api.newGovernment('Pemerintah Kota Serbu');
    const answers = await Promise.all(
      Array.from({ length: accountFailures * 2 }, (_, i) =>
        post(i % 2 ? second.url : api.url, SIGN_IN, { e: adminEmail, p: `tebak-${i}` }),
      ),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(accountFailures);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBe(accountFailures);
  });

  it('locks an address after its failures over many emails (behind a trusted proxy), not other addresses', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    const neighbour = { 'x-forwarded-for': '198.51.100.9' };
    const { adminEmail } = await api.newGovernment('Pemerintah Kota Alamat');
    const stamp = Date.now();
    const spray = async (from: number, count: number) => {
      const batch = await Promise.all(
        Array.from({ length: count }, (_, j) =>
          post(proxied.url, SIGN_IN, { e: `semprot-${stamp}-${from + j}@uji.go.id`, p: 'x' }, attacker),
        ),
      );
      expect(batch.map(codeOf)).toEqual(Array(count).fill('UNAUTHENTICATED'));
    };
    for (let i = 0; i < addressFailures - 10; i += 10) await spray(i, 10);
    await spray(addressFailures - 10, 9);
    // Successes from the address neither count nor give failures back.
    const between = await Promise.all(
      Array.from({ length: 5 }, () => post(proxied.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD }, attacker)),
    );
    expect(between.map((a) => a.body.errors)).toEqual(Array(5).fill(undefined));
    await spray(addressFailures - 1, 1);
    const locked = await post(proxied.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD }, attacker);
    expect(codeOf(locked)).toBe('TOO_MANY_ATTEMPTS');
    // Activation links from that address too.
    expect(codeOf(await post(proxied.url, ACTIVATE, { t: 'x'.repeat(43), p: 'Sandi-Aktivasi-2026' }, attacker))).toBe('TOO_MANY_ATTEMPTS');
    // Another address (and the account itself) is not affected.
    const other = await post(proxied.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD }, neighbour);
    expect(other.body.errors).toBeUndefined();
    // Without a trusted proxy the header is ignored: it cannot be used to dodge or to frame an address.
    const direct = await post(api.url, SIGN_IN, { e: adminEmail, p: NEW_GOVERNMENT_PASSWORD }, attacker);
    expect(direct.body.errors).toBeUndefined();
  });

  it('failed activation-link attempts count against the address', async () => {
    const from = { 'x-forwarded-for': '192.0.2.44' };
    for (let i = 0; i < addressFailures; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          post(proxied.url, ACTIVATE, { t: `${i + j}`.padEnd(43, 'y'), p: 'Sandi-Aktivasi-2026' }, from),
        ),
      );
      expect(batch.map((a) => a.body.errors?.[0]?.extensions?.messageKey)).toEqual(Array(10).fill('account.activationInvalid'));
    }
    expect(codeOf(await post(proxied.url, ACTIVATE, { t: 'z'.repeat(43), p: 'Sandi-Aktivasi-2026' }, from))).toBe('TOO_MANY_ATTEMPTS');
  });
});
