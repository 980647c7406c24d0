// The journeys' second server: a new, empty embedded database on which only
// `pnpm admin:create` has run (once per government of EMPTY_GOVERNMENTS), the
// way a real government starts; then the product starts on it without demo data.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EMPTY_ADMIN_PASSWORD, EMPTY_GOVERNMENTS } from './fixtures.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const g of EMPTY_GOVERNMENTS) {
  const args = ['exec', 'tsx', 'apps/api/src/cli/create-admin.ts', '--government-code', g.code, '--government-name', g.name];
  args.push('--kind', g.kind, '--email', g.email, '--name', g.adminName, '--password', EMPTY_ADMIN_PASSWORD);
  const r = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('../apps/api/src/main.ts');
