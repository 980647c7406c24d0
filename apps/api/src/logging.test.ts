// One JSON line per request, with what an operator needs and nothing secret.
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createLogger } from './logging.ts';
import { describeApi, startTestApi, type TestApi } from './testing/harness.ts';

describeApi('request logs', () => {
  let api: TestApi;
  let url = '';
  let close = async () => {};
  const lines: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const { app, stop } = await createApp({ db: api.db, logger: createLogger({ stream: sink, level: 'info' }) });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise((r) => server.close(r));
      await stop();
    };
  });
  afterAll(async () => {
    await close();
    await api?.close();
  });

  async function post(body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  it('writes one line per request with request id, user, operation, duration and outcome, and no secret', async () => {
    const password = 'rbdemo2026';
    const signIn = await post({
      operationName: 'SignIn',
      query: 'mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }',
      variables: { e: 'admin@probolinggo.demo', p: password },
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const token = cookie.split('=')[1]!;
    const userId = ((await signIn.json()) as { data: { signIn: { viewer: { user: { id: string } } } } }).data.signIn.viewer.user.id;
    const plans = await post(
      { operationName: 'Plans', query: 'query Plans { workPlans { id } }' },
      { cookie, 'x-government': 'probolinggo', 'x-request-id': 'lb-1234' },
    );
    expect(plans.headers.get('x-request-id')).toBe('lb-1234');
    const wrong = await post({
      query: 'mutation { signIn(email: "admin@probolinggo.demo", password: "salah-sandi-9") { viewer { user { id } } } }',
    });
    expect(wrong.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));

    const entries = lines.map((l) => JSON.parse(l) as Record<string, any>);
    const graphql = entries.filter((e) => e.req?.url === '/graphql');
    expect(graphql).toHaveLength(3);
    expect(graphql[0]).toMatchObject({ operation: 'SignIn', outcome: 'ok', userId: null, res: { statusCode: 200 } });
    expect(graphql[1]).toMatchObject({ operation: 'Plans', outcome: 'ok', userId, req: { id: 'lb-1234', method: 'POST' } });
    expect(typeof graphql[1]!.responseTime).toBe('number');
    expect(graphql[2]!.outcome).toMatch(/UNAUTHENTICATED|BAD_USER_INPUT/);
    const all = lines.join('\n');
    for (const secret of [password, 'salah-sandi-9', token, 'cookie', 'set-cookie']) expect(all).not.toContain(secret);
  });

  it('does not log health checks', async () => {
    const before = lines.length;
    await fetch(`${url}/health`);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.length).toBe(before);
  });
});
