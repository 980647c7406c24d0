// Debian's Chromium, headless, launched the way the browser journeys launch
// it (e2e/playwright.config.ts), and helpers to read the product's
// performance marks (CONTRACTS.md, "Benchmark hooks in the UI").
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

/** A browser context signed in as a demo user (the session cookie is set by the real sign-in mutation). */
export async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
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
      `performance mark "${name}" was not set within ${timeout} ms on ${url} — the ${feature} hook (CONTRACTS.md) is not there yet or the page failed (marks seen: ${marks || 'none'})`,
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
