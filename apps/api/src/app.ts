// The HTTP application: /graphql (Apollo Server), /health, /api/evidence (later)
// and the built web app, on one port. Stateless: sessions and files live in
// the database, so any number of processes can run behind a load balancer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Database } from '@rb/db';
import { buildContext, type Context, GOVERNMENT_HEADER } from './context.ts';
import { formatError } from './errors.ts';
import { createLogger, type Logger, loggingPlugin, requestLogger, trackContext } from './logging.ts';
import { graphqlArmor, jsonBodyErrors, refuseNulCharacters, securityHeaders } from './protection.ts';
import { compressAnswers, staticWebApp } from './static.ts';
import { buildSchema } from './schema/index.ts';
import { evidenceRouter } from './services/assessment/evidence-http.ts';

export interface AppOptions {
  db: Database;
  /** Directory of the built web app to serve, if any. */
  webDist?: string;
  secureCookies?: boolean;
  /** Where the request log goes (default: stdout at RB_LOG_LEVEL). */
  logger?: Logger;
  /**
   * Express's `trust proxy` (RB_TRUST_PROXY): which proxies' X-Forwarded-For
   * to believe for the client's address (sign-in limits, the list of sessions).
   * Default: none, the address is the connecting socket's.
   */
  trustProxy?: boolean | number | string;
}

export async function createApp({
  db,
  webDist,
  secureCookies = false,
  logger = createLogger(),
  trustProxy = trustProxyFromEnv(process.env.RB_TRUST_PROXY),
}: AppOptions) {
  const armor = graphqlArmor();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    introspection: process.env.NODE_ENV !== 'production',
    // Depth, alias, cost, token and directive limits per request.
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // No HTTP cache hints are used; the default cache-control plugin would still run a hook on
    // every resolved field (tens of thousands on the indicator dashboard).
    plugins: [...armor.plugins, loggingPlugin(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(requestLogger(logger));
  app.use(securityHeaders(secureCookies));
  app.get('/health', async (_req, res) => {
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      res.json({ ok: true, database: db.kind });
    } catch {
      res.status(503).json({ ok: false, database: db.kind });
    }
  });
  app.use(
    '/graphql',
    compressAnswers(),
    express.json({ limit: '5mb' }),
    refuseNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = await buildContext(
          db.prisma,
          db.kind,
          {
            cookie: req.headers.cookie,
            government: headerValue(req.headers[GOVERNMENT_HEADER]),
            setCookie: (value) => res.append('Set-Cookie', value),
            clientAddress: req.ip,
            userAgent: req.headers['user-agent'],
          },
          secureCookies,
        );
        trackContext(ctx, res);
        return ctx;
      },
    }),
  );
  // Evidence files of assessments (multipart upload, download); bytes in the database.
  app.use('/api', evidenceRouter(db));
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(staticWebApp(webDist));
    // The single-page app handles every other path (never cached: a release is picked up at once).
    app.get(/^(?!\/graphql|\/health|\/api\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  app.use(jsonBodyErrors);
  return { app, stop: () => apollo.stop() };
}

/** RB_TRUST_PROXY: unset/0/false → none; a number → that many proxies; 'true'; else Express's list ('loopback, 10.0.0.0/8'). */
export function trustProxyFromEnv(value: string | undefined): boolean | number | string {
  const v = value?.trim();
  if (!v || v === '0' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

function headerValue(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v;
}
