// Debian's Chromium, headless, launched the way the browser journeys launch
// it (e2e/playwright.config.ts), and helpers to read the product's
// performance marks (ARCHITECTURE.md, "Benchmark hooks in the UI").
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@rb/demo';
import { log } from './report.ts';

export const VIEWPORT = { width: 1366, height: 860 };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context for measuring. tsx compiles the functions this process
 * sends to page.evaluate with esbuild's keepNames, which wraps inner
 * functions in `__name(…)`: the page gets a no-op of it.
 */
export async function benchContext(browser: Browser, baseURL?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/** A browser context signed in as a demo user (the session cookie is set by the real sign-in mutation). */
export async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<BrowserContext> {
  const context = await benchContext(browser, baseURL);
  const response = await context.request.post('/graphql', {
    data: {
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { email } } } }',
      variables: { e: email, p: DEMO_PASSWORD },
    },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok() || body.errors?.length)
    throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors ?? response.status())}`);
  return context;
}

/** The cookie header of a signed-in context, for replaying its GraphQL requests from Node. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

export class MissingMarkError extends Error {}

/** Waits for a performance mark; its startTime is milliseconds since navigation start. */
export async function waitForMark(page: Page, name: string, timeout: number, feature: string): Promise<number> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'mark').length > 0, name, { timeout, polling: 50 });
  } catch {
    const url = page.url();
    const marks = await page
      .evaluate(() =>
        performance
          .getEntriesByType('mark')
          .map((m) => m.name)
          .join(', '),
      )
      .catch(() => '?');
    throw new MissingMarkError(
      `performance mark "${name}" was not set within ${timeout} ms on ${url} — the ${feature} hook (ARCHITECTURE.md) is not there yet or the page failed (marks seen: ${marks || 'none'})`,
    );
  }
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime, name);
}

/** Logs the page's console errors to stderr (a failing page explains itself). */
export function forwardPageErrors(page: Page, label: string) {
  page.on('pageerror', (error) => log(`[${label}] page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|net::ERR/.test(message.text()))
      log(`[${label}] console: ${message.text()}`);
  });
}

/**
 * Counts requests in flight, to let the page settle (e.g. a save finishing)
 * before the next measured interaction.
 */
export function trackRequests(page: Page) {
  let inFlight = 0;
  page.on('request', () => {
    inFlight++;
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async idle(timeout = 10_000) {
      const start = Date.now();
      while (inFlight > 0 && Date.now() - start < timeout) await new Promise((r) => setTimeout(r, 10));
      return inFlight === 0;
    },
  };
}

/**
 * In-page helper source: resolves after the frame following now has been
 * produced (requestAnimationFrame, then a task posted from it runs after that
 * frame's style, layout and paint).
 */
export const NEXT_PAINT_SOURCE = `() => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); }))`;

export interface GraphqlOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface CapturedGraphql {
  op: GraphqlOperation;
  bytes: number;
}

/** Records the page's GraphQL queries (not mutations) with the size of their responses. */
export function captureGraphql(page: Page): CapturedGraphql[] {
  const captured: CapturedGraphql[] = [];
  page.on('response', async (response) => {
    const request = response.request();
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const op = request.postDataJSON() as GraphqlOperation | null;
    if (!op?.query || /^\s*mutation/.test(op.query)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    captured.push({ op, bytes: body.length });
  });
  return captured;
}

/** The captured operation whose name (or opening text) matches. */
export function pickOperation(captured: CapturedGraphql[], name: RegExp): GraphqlOperation | undefined {
  const matching = captured.filter((c) => name.test(c.op.operationName ?? '') || name.test(c.op.query.slice(0, 200)));
  return matching.sort((a, b) => b.bytes - a.bytes)[0]?.op;
}

/**
 * The page's largest GraphQL response from Resource Timing (the view's main
 * query): when its request started and its response ended, ms since navigation.
 */
export async function largestGraphqlTiming(page: Page): Promise<{ start: number; end: number; bytes: number } | null> {
  return page.evaluate(() => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.endsWith('/graphql'))
      .sort((a, b) => b.encodedBodySize - a.encodedBodySize);
    const e = entries[0];
    return e ? { start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize } : null;
  });
}

/** Median server time (HTTP round trip on 127.0.0.1) of a GraphQL operation, after 2 warm-ups, and its SQL statements. */
export async function timeGraphql(
  url: string,
  headers: { cookie: string; government: string },
  op: GraphqlOperation,
  runs: number,
  counter?: { resetQueryCount(): void; queryCount(): number },
) {
  const once = async () => {
    const t0 = performance.now();
    const response = await fetchRetrying(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: headers.cookie, 'x-government': headers.government },
      body: JSON.stringify(op),
    });
    const text = await response.text();
    const ms = performance.now() - t0;
    const body = JSON.parse(text) as { errors?: { message: string }[] };
    if (!response.ok || body.errors?.length)
      throw new Error(`GraphQL ${op.operationName ?? ''} failed: ${JSON.stringify(body.errors ?? response.status)}`);
    return { ms, bytes: text.length };
  };
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  let bytes = 0;
  let queries = 0;
  for (let i = 0; i < runs; i++) {
    counter?.resetQueryCount();
    const r = await once();
    queries = counter?.queryCount() ?? 0;
    bytes = r.bytes;
    times.push(r.ms);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return { ms: times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2, bytes, queries };
}

/**
 * fetch, retried once on a network error (a kept-alive socket the server
 * closed at the same moment); GraphQL and HTTP errors are not retried.
 */
export async function fetchRetrying(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
