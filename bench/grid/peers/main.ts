// Benchmark harness: renders the benchmark's tasks with one Gantt component
// from npm (?peer=svar | frappe), marking `rb:peer-data` when the tasks are
// available and `rb:peer-rendered` in the first animation frame in which the
// component's bars are in the document (the same rule as the product's
// `rb:grid-data` → `rb:grid-rendered`; see markWhenPresent).
import '@svar-ui/react-gantt/all.css';
// frappe-gantt's package exports do not expose its CSS: import it by path.
import '../../node_modules/frappe-gantt/dist/frappe-gantt.css';
import { Gantt as SvarGantt, Willow } from '@svar-ui/react-gantt';
// @ts-expect-error frappe-gantt ships no type declarations
import FrappeGantt from 'frappe-gantt';
// @ts-expect-error @rb/bench has no @types/react (no new packages); the harness uses createElement only
import { createElement } from 'react';
// @ts-expect-error see above
import { createRoot } from 'react-dom/client';
import type { PeerTask } from './tasks.ts';

declare global {
  interface Window {
    rbPeer?: { elements: number; error?: string };
  }
}

const app = document.getElementById('app')!;

/**
 * SVAR renders in several frames (first a few rows, then the rest of the
 * viewport): "rendered" is the first frame with a viewport's worth of bars
 * (15 at this window height; both components show 20 or more).
 */
const BARS_IN_VIEWPORT = 15;

function markWhenPresent(selector: string) {
  const check = () => {
    if (document.querySelectorAll(selector).length >= BARS_IN_VIEWPORT) {
      performance.mark('rb:peer-rendered');
      // The settled page, for the log.
      setTimeout(() => {
        window.rbPeer = { elements: document.getElementsByTagName('*').length };
      }, 500);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

function renderSvar(tasks: PeerTask[]) {
  const svarTasks = tasks.map((t) => ({
    id: t.id,
    text: t.name,
    start: new Date(t.start),
    end: new Date(t.end),
    progress: t.progress,
    type: 'task',
  }));
  const scales = [
    { unit: 'year' as const, step: 1, format: (d: Date) => String(d.getFullYear()) },
    { unit: 'month' as const, step: 1, format: (d: Date) => d.toLocaleString('id-ID', { month: 'short' }) },
  ];
  markWhenPresent('.wx-bar');
  createRoot(app).render(createElement(Willow, null, createElement(SvarGantt, { tasks: svarTasks, scales, cellWidth: 60 })));
}

function renderFrappe(tasks: PeerTask[]) {
  const frappeTasks = tasks.map((t) => ({ id: t.id, name: t.name, start: t.start, end: t.end, progress: t.progress }));
  const target = document.createElement('div');
  app.append(target);
  new FrappeGantt(target, frappeTasks, { view_mode: 'Month', scroll_to: 'start', readonly: true });
  markWhenPresent('.bar-wrapper');
}

async function main() {
  const peer = new URLSearchParams(location.search).get('peer');
  const tasks = (await (await fetch('./tasks.json')).json()) as PeerTask[];
  performance.mark('rb:peer-data');
  if (peer === 'svar') renderSvar(tasks);
  else if (peer === 'frappe') renderFrappe(tasks);
  else throw new Error(`unknown peer ${peer}`);
}

main().catch((error: unknown) => {
  window.rbPeer = { elements: 0, error: String(error) };
});
