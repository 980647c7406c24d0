// Browser journeys in Debian's Chromium against the real product: the API
// serving the built web app, on a fresh embedded database with the demo
// governments (a new temporary data directory per run).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'rb-e2e-'));
// The second server: an empty database with only `admin:create` run on it (e2e/serve-empty.ts).
const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 4175);
const emptyDataDir = mkdtempSync(join(tmpdir(), 'rb-e2e-empty-'));

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // E2E_OUTPUT_DIR: several runs side by side must not wipe each other's artifacts.
  outputDir: process.env.E2E_OUTPUT_DIR ?? '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'pnpm exec tsx apps/api/src/main.ts',
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { PORT: String(PORT), RB_DATA_DIR: dataDir, RB_DEMO: '1', DATABASE_URL: '', RB_LOG_LEVEL: 'warn' },
    },
    {
      command: 'pnpm exec tsx e2e/serve-empty.ts',
      cwd: '..',
      url: `http://127.0.0.1:${EMPTY_PORT}/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { PORT: String(EMPTY_PORT), RB_DATA_DIR: emptyDataDir, RB_DEMO: '0', DATABASE_URL: '', RB_LOG_LEVEL: 'warn' },
    },
  ],
});
