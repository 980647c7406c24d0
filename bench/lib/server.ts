// The real product for a benchmark run: the built web app served by the real
// HTTP app (apps/api/src/app.ts, the same one `startServer` uses) on the
// benchmark's database, in this process, on a port in 4400–4499.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Database, PROJECT_ROOT } from '@rb/db';
import { createApp } from '../../apps/api/src/app.ts';
import { createLogger } from '../../apps/api/src/logging.ts';
import { log } from './report.ts';

export const PORT_RANGE = { first: 4400, last: 4499 } as const;
export const WEB_DIST = process.env.RB_WEB_DIST || '/tmp/web-bench';

/**
 * Builds the web app into WEB_DIST (`RB_WEB_DIST=/tmp/web-bench pnpm --filter @rb/web build`).
 * BENCH_SKIP_BUILD=1 reuses an existing build (e.g. when running the three scripts in a row).
 */
export function buildWeb(): string {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(WEB_DIST, 'index.html'))) {
    log(`web app: reusing the build in ${WEB_DIST} (BENCH_SKIP_BUILD=1)`);
    return WEB_DIST;
  }
  const t0 = performance.now();
  log(`web app: building into ${WEB_DIST} …`);
  const result = spawnSync('pnpm', ['--filter', '@rb/web', 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, RB_WEB_DIST: WEB_DIST, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(
      `the web app does not build (pnpm --filter @rb/web build exited ${result.status ?? result.signal}); see the output above`,
    );
  }
  log(`web app: built in ${Math.round(performance.now() - t0)} ms`);
  return WEB_DIST;
}

/** Listens on the first free port of 4400–4499 (several benchmarks may run side by side). */
export async function listenInRange(server: Server): Promise<number> {
  const offset = Math.floor(Math.random() * 20);
  const span = PORT_RANGE.last - PORT_RANGE.first + 1;
  for (let i = 0; i < span; i++) {
    const port = PORT_RANGE.first + ((offset + i) % span);
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(true);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, '127.0.0.1');
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${PORT_RANGE.first}–${PORT_RANGE.last}`);
}

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/** The product's HTTP app (GraphQL + built web app) on the given database. */
export async function startApi(db: Database, webDist: string): Promise<RunningApi> {
  // Request logs go to stderr at warn: stdout carries only the figures.
  const logger = createLogger({ stderr: true, level: 'warn' });
  const { app, stop } = await createApp({ db, webDist, logger });
  const server = createServer(app);
  const port = await listenInRange(server);
  const url = `http://127.0.0.1:${port}`;
  log(`api + web app: ${url}`);
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await stop();
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A static file server (the peers' harness page). */
export async function serveStatic(root: string): Promise<RunningApi> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  const port = await listenInRange(server);
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
