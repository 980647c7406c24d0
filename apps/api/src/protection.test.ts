// The request limits stop abusive operations and let every operation of the
// web app through; the HTTP layer answers malformed bodies with JSON and sends
// the security headers.
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as webDocuments from '../../web/src/gql/graphql.ts';
import { GRAPHQL_LIMITS } from './protection.ts';
import { describeApi, startTestApi, type TestApi } from './testing/harness.ts';

const LIMIT_MESSAGE = /limit|exceeded|too many|aliases|depth|cost|token/i;

const operations = Object.entries(webDocuments)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === 'Document')
  .map(([name, value]) => ({ name, text: print(value as DocumentNode) }))
  .filter((op) => !/^\s*fragment\b/.test(op.text));

describeApi('request limits and HTTP hardening', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('lets every operation of the web app through the limits', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const refused: string[] = [];
    for (const op of operations) {
      // Without variables most operations fail on a missing variable — after the limits have passed.
      const r = await admin.gql(op.text, {});
      const limit = r.errors?.find((e) => LIMIT_MESSAGE.test(e.message) && e.extensions?.code !== 'BAD_USER_INPUT');
      if (limit) refused.push(`${op.name}: ${limit.message}`);
    }
    expect(refused).toEqual([]);
  });

  it('refuses an operation with many aliases before running it', async () => {
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 10 }, (_, i) => `a${i}: workPlans { id title }`).join(' ');
    const r = await admin.gql(`{ ${aliases} }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a deeply nested operation and an oversized document', async () => {
    const admin = await api.as('admin@probolinggo.demo', 'probolinggo');
    let deep = 'name';
    for (let i = 0; i < GRAPHQL_LIMITS.maxDepth + 5; i++) deep = `ofType { ${deep} }`;
    const r = await admin.gql(`{ __schema { types { ${deep} } } }`);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'id').join(' ');
    const big = await admin.gql(`{ workPlans { ${fields} } }`);
    expect(big.data ?? null).toBeNull();
    expect(big.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
  });

  it('answers a malformed JSON body with a JSON error and no stack trace or file path', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ viewer',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/node_modules|\/work\/|at .*\.js|SyntaxError/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
