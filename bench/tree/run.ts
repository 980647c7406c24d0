// pnpm bench:tree — the performance-tree map with 1,000 nodes on 5 levels:
// first render, pan and zoom (drag and wheel on the map → next frame painted),
// and collapse/expand of a subtree (toggle → aria-expanded changed → next
// frame painted), as p95 over repeated real inputs in Chromium.
// Figures on stdout as `<name> <value> <unit>`; progress on stderr.
import type { Browser, Page } from '@playwright/test';
import {
  captureGraphql,
  cookieHeader,
  forwardPageErrors,
  launchChromium,
  pickOperation,
  signedInContext,
  timeGraphql,
  waitForMark,
} from '../lib/browser.ts';
import { type BenchDatabase, createBenchDatabase, governmentByCode } from '../lib/db.ts';
import { checkTarget, describeError, Failures, figure, log, machineLoad, median, percentile } from '../lib/report.ts';
import { buildWeb, type RunningApi, startApi } from '../lib/server.ts';
import { generateTree } from './generate.ts';
import { MAP, measurePan, measureToggles, measureZoom } from './interactions.ts';

const GOVERNMENT = 'lumajang';
const USER = 'perencana@lumajang.demo';
const YEAR = 2026;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SAMPLES = 20;
const FEATURE = 'performance-tree map (issue 6)';

const failures = new Failures();
let database: BenchDatabase | undefined;
let api: RunningApi | undefined;
let browser: Browser | undefined;

try {
  // Build first: a web app that does not build ends the run before the data is generated.
  const webDist = buildWeb();
  database = await createBenchDatabase('tree');
  const { db } = database;
  const government = await governmentByCode(db, GOVERNMENT);
  const t0 = performance.now();
  const tree = await generateTree(db, government.id, YEAR, 9);
  log(`tree generated in ${Math.round(performance.now() - t0)} ms: ${tree.nodes} nodes`);

  api = await startApi(db, webDist);
  browser = await launchChromium();
  machineLoad('tree', 'before pages');
  const context = await signedInContext(browser, api.url, USER);
  const url = `${api.url}/${GOVERNMENT}/tree/${tree.treeId}`;

  let page: Page | undefined;
  let captured: ReturnType<typeof captureGraphql> = [];
  const firstRender = await failures.attempt('tree first render', async () => {
    const renders: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page?.close();
      page = await context.newPage();
      forwardPageErrors(page, 'tree');
      captured = captureGraphql(page);
      await page.goto(url);
      const rendered = await waitForMark(page, 'rb:tree-rendered', 60_000, FEATURE);
      log(`tree run ${i + 1}: navigation → rendered ${rendered.toFixed(1)} ms`);
      renders.push(rendered);
    }
    figure('tree.first_render_from_navigation', median(renders), 'ms');
    return median(renders);
  });
  if (firstRender !== undefined && page) {
    const map = page;
    log(`map shows ${await map.locator(`${MAP} [data-node-id]`).count()} node groups`);
    await map.screenshot({ path: '/tmp/rb-bench-tree.png' });
    await failures.attempt('expand/collapse', async () => report('tree.expand_collapse', await measureToggles(map, SAMPLES)));
    await failures.attempt('pan', async () => report('tree.pan', await measurePan(map, SAMPLES)));
    await failures.attempt('zoom', async () => report('tree.zoom', await measureZoom(map, SAMPLES)));
  }

  const cookie = await cookieHeader(context);
  await browser.close();
  browser = undefined;
  await failures.attempt('tree GraphQL query', async () => {
    const op = pickOperation(captured, /tree/i);
    if (!op) throw new Error('the tree page sent no GraphQL query named like "tree"');
    log(`API: replaying ${op.operationName ?? '(anonymous)'}`);
    const r = await timeGraphql(api!.url, { cookie, government: GOVERNMENT }, op, 9, db);
    figure('tree.query', r.ms, 'ms');
    figure('tree.sql_queries', r.queries, 'queries', 0);
  });
} catch (error) {
  failures.add(describeError(error));
} finally {
  machineLoad('tree', 'at end');
  await browser?.close().catch(() => {});
  await api?.close().catch(() => {});
  await database?.dispose();
  failures.finish('bench:tree');
}

function report(name: string, latencies: number[]) {
  log(`${name}: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length}`);
  figure(`${name}_p95`, percentile(latencies, 95), 'ms');
  checkTarget(`${name}_p95`, percentile(latencies, 95), '<=', 100, 'ms');
}
