// Input-to-paint latency in the page: arm a watcher, send real input through
// Chromium (Playwright's mouse/keyboard), then read the result. The latency
// runs from the input event's timeStamp (the time Chromium received the
// input) to the frame painted after the expected DOM change: a
// MutationObserver sees the change, then requestAnimationFrame, then a task
// posted from that frame runs after its style, layout and paint.
import type { Page } from '@playwright/test';

export interface ArmOptions {
  /** DOM event that starts the clock (the first one after arming). */
  input: 'pointerdown' | 'pointermove' | 'wheel' | 'keydown';
  /** The subtree watched for the change. */
  root: string;
  /** Attributes whose change counts (childList changes are watched too). */
  attributes: string[];
  /**
   * When set, the change counts only once this element's attribute differs
   * from its value at arming time (the element is found again by `selector`
   * if React replaced it).
   */
  until?: { selector: string; attribute: string };
  timeout?: number;
}

interface LatencyResult {
  latency?: number;
  error?: string;
}

declare global {
  interface Window {
    rbLatency?: Promise<LatencyResult>;
  }
}

/** Arms the watcher; throws when the watched elements are not in the page. */
export async function armLatency(page: Page, options: ArmOptions): Promise<void> {
  const error = await page.evaluate((o: ArmOptions) => {
    const root = document.querySelector(o.root);
    if (!root) return `no ${o.root} in the page`;
    let target: Element | null = null;
    let before: string | null = null;
    if (o.until) {
      target = document.querySelector(o.until.selector);
      if (!target) return `no ${o.until.selector} in the page`;
      before = target.getAttribute(o.until.attribute);
    }
    let inputAt: number | undefined;
    const onInput = (event: Event) => {
      inputAt ??= event.timeStamp;
    };
    window.addEventListener(o.input, onInput, { capture: true, passive: true, once: true });
    window.rbLatency = new Promise<LatencyResult>((resolve) => {
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const changed = () => {
        if (!o.until) return true;
        const current = target?.isConnected ? target : document.querySelector(o.until.selector);
        return current !== null && current.getAttribute(o.until.attribute) !== before;
      };
      const observer = new MutationObserver(() => {
        if (done || inputAt === undefined || !changed()) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        const from = inputAt;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ latency: performance.now() - from });
          channel.port2.postMessage(0);
        });
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: o.attributes });
      timer = setTimeout(() => {
        observer.disconnect();
        window.removeEventListener(o.input, onInput, { capture: true });
        resolve({
          error:
            inputAt === undefined
              ? `no ${o.input} event reached the page`
              : `nothing changed in ${o.root} (${o.attributes.join(', ')}) within ${o.timeout ?? 3000} ms of the ${o.input}`,
        });
      }, o.timeout ?? 3000);
    });
    return null;
  }, options);
  if (error) throw new Error(error);
}

/**
 * Lets the page finish what the previous interaction started (deferred
 * renders, saves) so each sample measures one interaction: `ms` (150), then
 * two animation frames.
 */
export async function settle(page: Page, ms = 150) {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits for the armed watcher's result. */
export async function readLatency(page: Page, what: string): Promise<number> {
  const result = await page.evaluate(() => window.rbLatency!);
  if (result.error || result.latency === undefined) throw new Error(`${what}: ${result.error}`);
  return result.latency;
}
