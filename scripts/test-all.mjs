#!/usr/bin/env node
// The whole suite, in order: static checks, migrations match the schema,
// domain + API tests (PGlite and PostgreSQL), web build, browser journeys.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const steps = [
  ['lint', ['pnpm', 'exec', 'biome', 'check', '.']],
  ['typecheck', ['pnpm', 'exec', 'tsc', '--noEmit', '-p', '.']],
  ['generated GraphQL types are current', ['node', 'scripts/check-codegen.mjs']],
  ['migrations match the schema', ['pnpm', 'exec', 'tsx', 'packages/db/src/cli.ts', 'check']],
  ['domain and API tests', ['pnpm', 'exec', 'vitest', 'run']],
  ['web build', ['pnpm', '--filter', '@rb/web', 'build']],
  ['browser journeys', ['pnpm', 'exec', 'playwright', 'test', '--config', 'e2e/playwright.config.ts']],
];
const results = [];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n━━ ${name}: ${[cmd, ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  results.push([name, r.status === 0, Date.now() - t0]);
  if (r.status !== 0) break;
}
console.log('\n━━ summary');
for (const [name, ok, ms] of results) console.log(`${ok ? '✓' : '✗'} ${name} (${(ms / 1000).toFixed(1)} s)`);
process.exit(results.every(([, ok]) => ok) && results.length === steps.length ? 0 : 1);
