import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const api = process.env.RB_API_URL ?? 'http://127.0.0.1:4000';

// zod is used for form validation (the same schemas as @rb/domain). It is not
// (yet) a direct dependency of @rb/web, so resolve it through @rb/domain when
// apps/web cannot see it itself.
function resolveZod(): string | undefined {
  for (const from of [`${here}/package.json`, `${here}/../../packages/domain/package.json`]) {
    try {
      return dirname(createRequire(from).resolve('zod/package.json'));
    } catch {
      // try the next location
    }
  }
  return undefined;
}
const zodDir = resolveZod();

export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: zodDir ? [{ find: /^zod$/, replacement: zodDir }] : [],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: `${here}/dist`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
});
