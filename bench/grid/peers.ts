// The two Gantt components from npm, rendering the same tasks in a page built
// with Vite (peers/index.html), measured the way the product's grid is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { benchContext, forwardPageErrors, waitForMark } from '../lib/browser.ts';
import { log } from '../lib/report.ts';
import { type RunningApi, serveStatic } from '../lib/server.ts';
import type { PeerTask } from './peers/tasks.ts';

const HARNESS_ROOT = fileURLToPath(new URL('./peers/', import.meta.url));
const HARNESS_DIST = '/tmp/rb-bench-peers';

export type Peer = 'svar' | 'frappe';

export const PEER_NAMES: Record<Peer, string> = { svar: '@svar-ui/react-gantt 2.7.3', frappe: 'frappe-gantt 1.2.2' };

/** Builds the harness page and serves it with the tasks. */
export async function startPeerHarness(tasks: PeerTask[]): Promise<RunningApi> {
  const t0 = performance.now();
  await build({
    root: HARNESS_ROOT,
    logLevel: 'warn',
    configFile: false,
    build: { outDir: HARNESS_DIST, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  writeFileSync(join(HARNESS_DIST, 'tasks.json'), JSON.stringify(tasks));
  log(`peer harness built in ${Math.round(performance.now() - t0)} ms`);
  return serveStatic(HARNESS_DIST);
}

export interface PeerRender {
  /** rb:peer-data → rb:peer-rendered, ms */
  render: number;
  /** navigation start → rb:peer-rendered, ms */
  fromNavigation: number;
  elements: number;
}

export async function measurePeer(browser: Browser, harnessUrl: string, peer: Peer): Promise<PeerRender> {
  const context = await benchContext(browser);
  const page = await context.newPage();
  forwardPageErrors(page, peer);
  try {
    await page.goto(`${harnessUrl}/?peer=${peer}`);
    const rendered = await waitForMark(page, 'rb:peer-rendered', 120_000, `${PEER_NAMES[peer]} harness`);
    const data = await waitForMark(page, 'rb:peer-data', 1000, `${PEER_NAMES[peer]} harness`);
    await page.waitForFunction(() => window.rbPeer !== undefined, undefined, { timeout: 10_000 });
    const elements = await page.evaluate(() => window.rbPeer?.elements ?? 0);
    return { render: rendered - data, fromNavigation: rendered, elements };
  } finally {
    await context.close();
  }
}
