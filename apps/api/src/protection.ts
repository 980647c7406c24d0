// Limits on what one GraphQL request may ask (graphql-armor: depth, aliases,
// cost, tokens, directives) and the HTTP hardening around it (helmet's
// security headers, JSON errors for malformed bodies). The limits sit well
// above every operation the web app sends (protection.test.ts checks each
// one) and well below what could occupy a server.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { badInput } from './errors.ts';
import helmet from 'helmet';

export const GRAPHQL_LIMITS = {
  /** Nesting of fields: the deepest operation of the web app (the road map) has 7 (measured 2026-12). */
  maxDepth: 12,
  /** Aliases per operation: the web app uses none; 20 aliases of the plan list was an 8 MB answer. */
  maxAliases: 10,
  /** graphql-armor's static cost (objects 2, scalars 1, × 1.5 per level); the costliest web operation is ~730. */
  maxCost: 5_000,
  /** Lexical tokens of one document. */
  maxTokens: 3_000,
  maxDirectives: 30,
} as const;

export function graphqlArmor() {
  const production = process.env.NODE_ENV === 'production';
  return new ApolloArmor({
    // Introspection counts too: a deep __schema … ofType chain is the classic way to busy a server.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // "Did you mean …?" only helps developers: hidden in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Security headers. The web app is served from this origin only: scripts and
 * styles from 'self' (React and the charts set inline style attributes, hence
 * 'unsafe-inline' for styles), images also as data:/blob: (chart exports).
 */
export function securityHeaders(secure: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // Chart exports (html-to-image) read data: and blob: URLs with fetch.
        connectSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only when served over HTTPS (RB_COOKIE_SECURE=1); on plain HTTP it would lock browsers out.
    strictTransportSecurity: secure ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/** A body that is not JSON (or too large) gets a JSON error, never an HTML page with a stack trace. */
export const jsonBodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) console.error('[api] request failed', err);
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  const message = status === 413 ? 'Request too large.' : status === 500 ? 'Internal server error.' : 'Malformed request body.';
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** Whether any string in a parsed JSON value holds a NUL character. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => holdsNul(v, depth + 1));
}

/**
 * A NUL character cannot be stored in PostgreSQL text (and is never typed by a
 * person): a request carrying one anywhere (query or variables) is refused
 * whole, as bad input, before it reaches a resolver.
 */
export const refuseNulCharacters: RequestHandler = (req, res, next) => {
  if (!holdsNul(req.body)) return next();
  const error = badInput('error.nulCharacter');
  res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
};
