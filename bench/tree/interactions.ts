// Interactions with the performance-tree map (hooks in ARCHITECTURE.md): the map
// SVG [data-testid=tree-map] panned and zoomed with d3-zoom, node groups
// [data-node-id], subtree toggles [data-testid=tree-toggle] with aria-expanded.
import type { Page } from '@playwright/test';
import { armLatency, readLatency, settle } from '../lib/latency.ts';
import { log } from '../lib/report.ts';

export const MAP = '[data-testid="tree-map"]';
export const TOGGLE = '[data-testid="tree-toggle"]';

/** A point of the map's background (not on a node: dragging a node moves it), in page coordinates. */
export async function mapBackground(page: Page) {
  const point = await page.evaluate((map) => {
    const root = document.querySelector(map);
    if (!root) return null;
    const r = root.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.07) {
      for (let fx = 0.5; fx < 1; fx += 0.07) {
        for (const [x, y] of [
          [r.left + r.width * fx, r.top + r.height * fy],
          [r.left + r.width * (1 - fx), r.top + r.height * (1 - fy)],
        ] as const) {
          const hit = document.elementFromPoint(x, y);
          if (hit && root.contains(hit) && !hit.closest('[data-node-id], [data-testid="tree-toggle"], button, a')) return { x, y };
        }
      }
    }
    return null;
  }, MAP);
  if (!point) throw new Error(`no background point on ${MAP} to drag or wheel on (is the map visible?)`);
  return point;
}

/** Collapses and expands subtrees: each toggle clicked twice, `SAMPLES` clicks in all. */
export async function measureToggles(page: Page, samples: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    // A toggle on screen, large enough to click; its selector survives React re-rendering it.
    const target = await page.evaluate(
      ({ index, toggle, map }) => {
        const all = [...document.querySelectorAll<HTMLElement | SVGElement>(toggle)];
        if (all.length === 0) return { error: `no ${toggle} in the page` };
        const root = document.querySelector(map);
        const view = root?.getBoundingClientRect();
        const clickable = all.filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width < 4 || r.height < 4 || !view) return false;
          if (r.left < view.left || r.right > view.right || r.top < view.top || r.bottom > view.bottom) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === el || el.contains(hit));
        });
        const pool = clickable.length ? clickable : all;
        const el = pool[Math.floor(index / 2) % pool.length]!;
        const nodeId = el.closest('[data-node-id]')?.getAttribute('data-node-id') ?? el.getAttribute('data-node-id');
        let selector: string;
        if (nodeId && el.closest('[data-node-id]')) selector = `[data-node-id="${CSS.escape(nodeId)}"] ${toggle}`;
        else if (nodeId) selector = `${toggle}[data-node-id="${CSS.escape(nodeId)}"]`;
        else if (el.getAttribute('aria-controls')) selector = `${toggle}[aria-controls="${CSS.escape(el.getAttribute('aria-controls')!)}"]`;
        else {
          el.setAttribute('data-bench-toggle', String(index));
          selector = `[data-bench-toggle="${index}"]`;
        }
        const r = el.getBoundingClientRect();
        return { selector, clickable: clickable.length > 0, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      { index: i, toggle: TOGGLE, map: MAP },
    );
    if ('error' in target) throw new Error(target.error);
    if (i === 0 && !target.clickable) log('no toggle is on screen at a clickable size: using the keyboard (focus + Enter)');
    await armLatency(page, {
      input: target.clickable ? 'pointerdown' : 'keydown',
      root: 'body',
      attributes: ['aria-expanded'],
      until: { selector: target.selector, attribute: 'aria-expanded' },
    });
    if (target.clickable) await page.mouse.click(target.x, target.y);
    else {
      await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.focus(), target.selector);
      await page.keyboard.press('Enter');
    }
    latencies.push(await readLatency(page, `toggle ${i + 1} (${target.selector})`));
    await settle(page);
  }
  return latencies;
}

/** Drags the map: one mouse button held, `SAMPLES` moves, each measured to the repainted map. */
export async function measurePan(page: Page, samples: number): Promise<number[]> {
  const c = await mapBackground(page);
  const latencies: number[] = [];
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  try {
    for (let i = 0; i < samples; i++) {
      // pointermove: d3-zoom stops the mousemove it listens to on window (capture) during a drag.
      await armLatency(page, { input: 'pointermove', root: MAP, attributes: ['transform', 'style', 'viewBox'] });
      const dx = (i % 2 === 0 ? 1 : -1) * 30;
      await page.mouse.move(c.x + dx, c.y + (i % 3) * 10);
      latencies.push(await readLatency(page, `pan ${i + 1}`));
      await settle(page);
    }
  } finally {
    await page.mouse.up();
  }
  return latencies;
}

/** Wheel over the map, alternately in and out, each measured to the repainted map. */
export async function measureZoom(page: Page, samples: number): Promise<number[]> {
  const c = await mapBackground(page);
  await page.mouse.move(c.x, c.y);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    await armLatency(page, { input: 'wheel', root: MAP, attributes: ['transform', 'style', 'viewBox'] });
    await page.mouse.wheel(0, i % 2 === 0 ? -200 : 200);
    latencies.push(await readLatency(page, `zoom ${i + 1}`));
    await settle(page);
  }
  return latencies;
}
