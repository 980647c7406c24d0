// Unit tests of the web app's pure functions (row building, years, formats).
// Run: pnpm exec vitest run --config apps/web/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'web', include: ['src/**/*.test.ts'], environment: 'node' },
});
