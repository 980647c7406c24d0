// The product's work-plan grid in Chromium, measured through the hooks of
// Hooks (ARCHITECTURE.md): marks rb:grid-data / rb:grid-rendered, the scroller
// [data-testid=work-plan-grid-scroller], month cells [data-step-id][data-month]
// with aria-pressed or aria-checked.
import type { BrowserContext, Page } from '@playwright/test';
import { forwardPageErrors, largestGraphqlTiming, trackRequests, waitForMark } from '../lib/browser.ts';
import { log } from '../lib/report.ts';

const FEATURE = 'work-plan grid (issue 3)';
export const SCROLLER = '[data-testid="work-plan-grid-scroller"]';

export interface CapturedOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface GridRender {
  render: number;
  fromNavigation: number;
  /** The plan query's response end (Resource Timing) → rb:grid-rendered. */
  afterResponse?: number;
  /** The plan query's request start → response end, in the browser. */
  queryInBrowser?: number;
}

/** Opens the plan's grid in a new page; returns the page (left open) and its first-render figures. */
export async function openGrid(
  context: BrowserContext,
  url: string,
  planId: string,
  captured: CapturedOperation[],
): Promise<{ page: Page; figures: GridRender }> {
  const page = await context.newPage();
  forwardPageErrors(page, 'grid');
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as CapturedOperation | null;
    if (body?.query && JSON.stringify(body.variables ?? {}).includes(planId) && !/^\s*mutation/.test(body.query)) captured.push(body);
  });
  await page.goto(url);
  const rendered = await waitForMark(page, 'rb:grid-rendered', 90_000, FEATURE);
  const data = await waitForMark(page, 'rb:grid-data', 1000, FEATURE);
  const response = await largestGraphqlTiming(page);
  return {
    page,
    figures: {
      render: rendered - data,
      fromNavigation: rendered,
      ...(response ? { afterResponse: rendered - response.end, queryInBrowser: response.end - response.start } : {}),
    },
  };
}

interface ArmedToggle {
  x?: number;
  y?: number;
  error?: string;
}

interface ToggleResult {
  latency?: number;
  error?: string;
}

declare global {
  interface Window {
    rbToggle?: Promise<ToggleResult>;
  }
}

/**
 * Clicks `count` month cells one after another (real mouse input through
 * Chromium), each time measuring from the input event (pointerdown's
 * timeStamp) to the frame painted after the cell's aria-pressed/aria-checked
 * changed (MutationObserver → requestAnimationFrame → a task posted from it).
 * Waits for the page's requests (the save) to finish between toggles.
 */
export async function measureToggles(page: Page, count: number): Promise<{ latencies: number[]; saveErrors: number }> {
  const requests = trackRequests(page);
  let saveErrors = 0;
  page.on('response', async (response) => {
    const request = response.request();
    if (!request.url().endsWith('/graphql') || !/mutation/.test(request.postData() ?? '')) return;
    try {
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) {
        saveErrors++;
        log(`toggle save error: ${body.errors[0]?.message}`);
      }
    } catch {
      saveErrors++;
    }
  });
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const armed = await page.evaluate(
      ({ index, scrollerSelector }): ArmedToggle => {
        const scroller = document.querySelector(scrollerSelector);
        if (!scroller) return { error: `no ${scrollerSelector} in the page` };
        const all = [...scroller.querySelectorAll<HTMLElement>('[data-step-id][data-month]')];
        if (all.length === 0) return { error: 'no month cell ([data-step-id][data-month]) in the grid' };
        const visible = all.filter((cell) => {
          const r = cell.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === cell || cell.contains(hit));
        });
        if (visible.length === 0) return { error: 'no month cell is visible and clickable' };
        const cell = visible[(index * 7) % visible.length]!;
        const attr = cell.hasAttribute('aria-pressed') ? 'aria-pressed' : cell.hasAttribute('aria-checked') ? 'aria-checked' : null;
        if (!attr) return { error: 'the month cell has neither aria-pressed nor aria-checked' };
        const selector = `[data-step-id="${CSS.escape(cell.dataset.stepId ?? '')}"][data-month="${cell.dataset.month}"]`;
        const before = cell.getAttribute(attr);
        let inputAt: number | undefined;
        const onInput = (event: Event) => {
          inputAt ??= event.timeStamp;
        };
        window.addEventListener('pointerdown', onInput, { capture: true, once: true });
        window.rbToggle = new Promise<ToggleResult>((resolve) => {
          let done = false;
          let timer: ReturnType<typeof setTimeout> | undefined;
          const observer = new MutationObserver(() => {
            const now = document.querySelector(selector);
            if (done || !now || now.getAttribute(attr) === before) return;
            done = true;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () =>
                resolve(inputAt === undefined ? { error: 'no pointerdown seen' } : { latency: performance.now() - inputAt });
              channel.port2.postMessage(0);
            });
          });
          timer = setTimeout(() => {
            observer.disconnect();
            resolve({ error: `${attr} of ${selector} did not change within 3 s of the click` });
          }, 3000);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
        const r = cell.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      { index: i, scrollerSelector: SCROLLER },
    );
    if (armed.error || armed.x === undefined || armed.y === undefined) throw new Error(`month-cell toggle: ${armed.error}`);
    await page.mouse.click(armed.x, armed.y);
    const result = await page.evaluate(() => window.rbToggle!);
    if (result.error || result.latency === undefined) throw new Error(`month-cell toggle ${i + 1}: ${result.error}`);
    latencies.push(result.latency);
    await requests.idle();
  }
  return { latencies, saveErrors };
}

/** Scrolls the grid continuously for `duration` ms (40 px per frame) and returns the frame rate. */
export async function measureScroll(page: Page, duration: number): Promise<{ fps: number; worstFrame: number; scrolled: number }> {
  const result = await page.evaluate(
    async ({ scrollerSelector, ms }) => {
      const scroller = document.querySelector<HTMLElement>(scrollerSelector);
      if (!scroller) return { error: `no ${scrollerSelector} in the page` };
      const max = scroller.scrollHeight - scroller.clientHeight;
      if (max < 2000) return { error: `the scroller is not scrollable enough (${max} px): are the rows rendered inside it?` };
      scroller.scrollTop = 0;
      await new Promise((r) => requestAnimationFrame(r));
      const times: number[] = [];
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const frame = (t: number) => {
          times.push(t);
          if (t - start >= ms) return resolve();
          scroller.scrollTop = Math.min(max, scroller.scrollTop + 40);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const intervals = times.slice(1).map((t, i) => t - times[i]!);
      const span = times[times.length - 1]! - times[0]!;
      const cells = scroller.querySelectorAll('[data-step-id][data-month]').length;
      return { fps: ((times.length - 1) / span) * 1000, worstFrame: Math.max(...intervals), scrolled: scroller.scrollTop, cells };
    },
    { scrollerSelector: SCROLLER, ms: duration },
  );
  if ('error' in result) throw new Error(`scroll: ${result.error}`);
  if (result.cells === 0) throw new Error('scroll: no month cells rendered after scrolling');
  return result;
}
