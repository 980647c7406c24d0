// Starts the real HTTP app on a private copy of the test database and talks
// to it the way the web app does: POST /graphql with the session cookie and
// the X-Government header.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Database } from '@rb/db';
import { openTestDatabase, type TestLeg } from '@rb/db/testing';
import { DEMO_PASSWORD } from '@rb/demo';
import { describe, inject } from 'vitest';
import { createApp } from '../app.ts';
import { hashPassword } from '../auth/password.ts';
import { createGovernmentWithAdmin } from '../services/government-setup.ts';

/** The password of the first administrator of a government made by newGovernment(). */
export const NEW_GOVERNMENT_PASSWORD = 'Admin-Pertama-2026';

export const leg = (process.env.RB_TEST_LEG ?? 'pglite') as TestLeg;

/** describe() that runs when this leg's database is available (the PostgreSQL leg says loudly when it is not). */
export const describeApi: typeof describe = ((name: string, fn: () => void) =>
  describe.runIf(leg === 'pglite' || inject('postgresAvailable'))(`[${leg}] ${name}`, fn)) as typeof describe;

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; current?: unknown } }[];
}

export class TestClient {
  cookie = '';
  government: string | undefined;
  constructor(readonly url: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.government ? { 'x-government': this.government } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return (await res.json()) as GqlResult<T>;
  }

  /** gql() that fails the test on any error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    const r = await this.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { email } } } }`, {
      e: email,
      p: password,
    });
    if (r.errors?.length) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
    return this;
  }
}

export interface TestApi {
  url: string;
  db: Database;
  client(government?: string): TestClient;
  /** Signed-in client for a demo user, with the government selected. */
  as(email: string, government?: string): Promise<TestClient>;
  /**
   * A new government with nothing in it but its first administrator, as
   * `pnpm admin:create` leaves it; returns its code and the signed-in admin.
   */
  newGovernment(name?: string): Promise<{ code: string; admin: TestClient; adminEmail: string }>;
  close(): Promise<void>;
}

export async function startTestApi(opts: { countQueries?: boolean } = {}): Promise<TestApi> {
  const db = await openTestDatabase(leg, { tarPath: inject('pgliteTemplate'), countQueries: opts.countQueries });
  const { app, stop } = await createApp({ db });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    client: (government) => Object.assign(new TestClient(url), { government }),
    newGovernment: async (name = 'Pemerintah Kota Uji') => {
      const code = `uji-${randomUUID().slice(0, 8)}`;
      const adminEmail = `admin@${code}.go.id`;
      await createGovernmentWithAdmin(db.prisma, {
        code,
        name,
        kind: 'CITY',
        email: adminEmail,
        adminName: `Admin ${name}`,
        passwordHash: await hashPassword(NEW_GOVERNMENT_PASSWORD),
      });
      const admin = await Object.assign(new TestClient(url), { government: code }).signIn(adminEmail, NEW_GOVERNMENT_PASSWORD);
      return { code, admin, adminEmail };
    },
    as: async (email, government) => {
      const c = Object.assign(new TestClient(url), { government });
      return c.signIn(email);
    },
    async close() {
      await new Promise((r) => server.close(r));
      await stop();
      await db.close();
    },
  };
}
