// Structured logs: one JSON line per HTTP request (pino-http) with its request
// id (X-Request-Id, given by a load balancer or made here), the user, the
// GraphQL operation, duration and outcome. Only chosen fields are logged —
// never headers, bodies or variables — so no password, cookie or token can
// reach a log line (logging.test.ts).
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import { type DestinationStream, type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Context } from './context.ts';

export type { Logger } from 'pino';

/** Level: the one given, else RB_LOG_LEVEL, else info (silent under the test runner); to stdout unless told otherwise. */
export function createLogger(opts: { stream?: DestinationStream; stderr?: boolean; level?: string } = {}): Logger {
  const level = opts.level ?? process.env.RB_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  const stream = opts.stream ?? (opts.stderr ? pino.destination(2) : undefined);
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, stream);
}

/** What the GraphQL layer adds to the request's log line. */
interface RequestFacts {
  userId?: string | null;
  operation?: string | null;
  outcome?: string;
}

// On the context itself: Apollo may hand plugins a copy of the context object, which keeps its own properties.
const RESPONSE = Symbol('rb.response');
type Tracked = Context & { [RESPONSE]?: Response };

function facts(res: Response): RequestFacts {
  res.locals.rb ??= {};
  return res.locals.rb as RequestFacts;
}

/** Links a GraphQL context to its HTTP response, so the plugin can add its facts to the log line. */
export function trackContext(ctx: Context, res: Response) {
  (ctx as Tracked)[RESPONSE] = res;
  facts(res).userId = ctx.user?.id ?? null;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId(req, res) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Load-balancer health checks every few seconds would drown the rest.
    autoLogging: { ignore: (req) => req.url === '/health' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (_req, res, val) => ({ ...val, ...facts(res as Response) }),
    customErrorObject: (_req, res, _err, val) => ({ ...val, ...facts(res as Response) }),
  });
}

/** Adds the operation name and outcome (ok, or the error codes) of each GraphQL request. */
export function loggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const res = (contextValue as Tracked)[RESPONSE];
      return {
        async didResolveOperation({ operationName, operation }) {
          if (res) facts(res).operation = operationName ?? operation?.operation ?? null;
        },
        async willSendResponse({ response }) {
          if (!res) return;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'ERROR')))];
          facts(res).outcome = codes.length ? codes.join(',') : 'ok';
        },
      };
    },
  };
}
