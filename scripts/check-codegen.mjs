#!/usr/bin/env node
// Fails when the committed generated GraphQL types differ from what the
// current .graphql files and web documents produce.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = ['apps/api/src/generated/graphql.ts', 'apps/web/src/gql/graphql.ts', 'apps/web/src/gql/gql.ts'];
const before = files.map((f) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'));
const r = spawnSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const changed = files.filter((f, i) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8') !== before[i]);
if (changed.length) {
  console.error(`Generated GraphQL types were stale (now regenerated, commit them): ${changed.join(', ')}`);
  process.exit(1);
}
console.log('generated GraphQL types are current');
