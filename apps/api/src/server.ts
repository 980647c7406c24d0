// Starts the product: opens the database (embedded PGlite by default,
// PostgreSQL when DATABASE_URL is set), applies pending migrations, loads the
// demo governments into a new database in demo mode, and serves the app.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Database, databaseConfigFromEnv, migrateDeploy, openDatabase } from '@rb/db';
import { isDatabaseEmpty, loadDemo } from '@rb/demo';
import { NATIONAL_FRAMEWORKS } from '@rb/reference';
import { createApp, trustProxyFromEnv } from './app.ts';
import { hashPassword } from './auth/password.ts';
import { seedNationalFrameworks } from './services/assessment/frameworks.ts';
import { assertDemoAllowed } from './services/setup/demo-accounts.ts';

// RB_WEB_DIST lets a checkout build and serve several copies side by side.
export const WEB_DIST = process.env.RB_WEB_DIST || fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface StartOptions {
  port?: number;
  host?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export async function startServer(opts: StartOptions = {}): Promise<{ server: Server; db: Database; url: string; close(): Promise<void> }> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? ((l: string) => console.log(l));
  const cfg = databaseConfigFromEnv(env);
  const db = await openDatabase({ url: cfg.url, dataDir: cfg.dataDir });
  log(`database: ${db.describe}`);
  const applied = await migrateDeploy(db.adapterFactory);
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
  if (cfg.demo && (await isDatabaseEmpty(db.prisma))) {
    const t0 = Date.now();
    const summary = await loadDemo(db.prisma, { hashPassword });
    log(`demo governments loaded in ${Date.now() - t0} ms: ${summary}`);
  }
  // The national assessment frameworks exist in every database, demo or not.
  const seeded = await seedNationalFrameworks(db.prisma, NATIONAL_FRAMEWORKS);
  if (seeded.length) log(`national frameworks added: ${seeded.join(', ')}`);
  const port = opts.port ?? Number(env.PORT ?? 4000);
  const host = opts.host ?? env.HOST ?? '127.0.0.1';
  await assertDemoAllowed(db.prisma, host, env).catch(async (e: unknown) => {
    await db.close();
    throw e;
  });
  const { app, stop } = await createApp({
    db,
    webDist: WEB_DIST,
    secureCookies: env.RB_COOKIE_SECURE === '1',
    trustProxy: trustProxyFromEnv(env.RB_TRUST_PROXY),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(port, host, () => resolve(s));
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    server,
    db,
    url,
    async close() {
      await new Promise((r) => server.close(r));
      await stop();
      await db.close();
    },
  };
}
