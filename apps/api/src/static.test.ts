// The web app and the API answers travel compressed, with cache headers a
// release can rely on: hashed assets for a year, index.html never.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { describeApi, startTestApi, type TestApi } from './testing/harness.ts';

describeApi('serving the web app', () => {
  let api: TestApi;
  let url = '';
  let close = async () => {};
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

  beforeAll(async () => {
    api = await startTestApi();
    const dist = mkdtempSync(join(tmpdir(), 'rb-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>RB Workbench</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    const { app, stop } = await createApp({ db: api.db, webDist: dist });
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

  it('serves hashed assets precompressed and cached for a year', async () => {
    const br = await fetch(`${url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await br.text()).toBe(script);
    const gz = await fetch(`${url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
  });

  it('never caches index.html, on any route of the app', async () => {
    for (const path of ['/', '/probolinggo/work-plans']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('RB Workbench');
    }
  });

  it('compresses large API answers', async () => {
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "admin@probolinggo.demo", password: "rbdemo2026") { viewer { user { id } } } }',
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-government': 'probolinggo', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({
        query: '{ auditLog(limit: 500) { id entity entityId action before after createdAt } agencies { id name shortName } }',
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect((await res.json()).data.agencies.length).toBeGreaterThan(0);
  });
});
