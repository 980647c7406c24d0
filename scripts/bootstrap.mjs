#!/usr/bin/env node
// The two README commands, on a machine with only Node and npm:
//   npm start  → installs what is missing, builds the web app, starts the product
//   npm test   → installs what is missing (Chromium included), runs the whole suite
// Uses only Node's standard library until pnpm and the dependencies are there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.21.0';
const root = fileURLToPath(new URL('..', import.meta.url));
const tools = join(root, '.tools');
const bin = join(tools, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}${delimiter}${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function _has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { env }).status === 0;
}

function ensurePnpm() {
  if (existsSync(join(bin, 'pnpm'))) return;
  console.log(`Installing pnpm ${PNPM_VERSION} into .tools/ (once)…`);
  run('npm', ['install', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`]);
}

function ensureDependencies() {
  // Fast when nothing changed; --frozen-lockfile: the lockfile is the truth.
  run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only']);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Installing Debian Chromium for the browser tests (once)…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
}

const command = process.argv[2];
ensurePnpm();
ensureDependencies();
if (command === 'start') {
  run('pnpm', ['--filter', '@rb/web', 'build']);
  run('pnpm', ['exec', 'tsx', 'apps/api/src/main.ts']);
} else if (command === 'test') {
  ensureChromium();
  run('pnpm', ['run', 'test:all']);
} else {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}
