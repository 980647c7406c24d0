// How the built web app and the API's answers travel: compressed. Static files
// are precompressed at build time (.br/.gz next to each, vite.config.ts) and
// served as such; hashed assets are cached for a year (their name changes with
// their content), index.html is never cached so a new release is picked up at
// once. API answers (JSON) are compressed on the fly.
import { join } from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** On-the-fly compression of API answers: brotli at a fast level, else gzip. */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/** The built web app's files, precompressed, with cache headers by kind. */
export function staticWebApp(webDist: string): RequestHandler {
  return expressStaticGzip(webDist, {
    index: false,
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    serveStatic: {
      setHeaders(res, path) {
        if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else res.setHeader('Cache-Control', 'no-cache');
      },
    },
  });
}
