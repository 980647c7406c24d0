// Creates the first administrator of a government (and the government itself
// if it does not exist yet), on the database the server would use.
//   pnpm admin:create --government-code kota-x --government-name "Pemerintah Kota X" \
//     --kind CITY --email admin@example.go.id --name "Nama Admin" --password '...'
import { parseArgs } from 'node:util';
import { DataDirInUseError, databaseConfigFromEnv, migrateDeploy, openDatabase } from '@rb/db';
import { hashPassword } from '../auth/password.ts';
import { createGovernmentWithAdmin } from '../services/government-setup.ts';

const { values } = parseArgs({
  options: {
    'government-code': { type: 'string' },
    'government-name': { type: 'string' },
    kind: { type: 'string', default: 'CITY' },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
});

const code = values['government-code'];
const email = values.email?.trim().toLowerCase();
const password = values.password ?? process.env.RB_ADMIN_PASSWORD;
const kinds = ['CITY', 'REGENCY', 'PROVINCE', 'MINISTRY'] as const;
const kind = values.kind as (typeof kinds)[number];
if (!code || !email || !values.name || !password) {
  console.error(
    'usage: pnpm admin:create --government-code <code> [--government-name <name> --kind CITY|REGENCY|PROVINCE|MINISTRY] --email <email> --name <name> --password <password> (or RB_ADMIN_PASSWORD)',
  );
  process.exit(2);
}
if (!kinds.includes(kind)) {
  console.error(`--kind must be one of ${kinds.join(', ')}`);
  process.exit(2);
}
if (password.length < 10) {
  console.error('The password must have at least 10 characters.');
  process.exit(2);
}

const cfg = databaseConfigFromEnv();
const db = await openDatabase({ url: cfg.url, dataDir: cfg.dataDir }).catch((e: unknown) => {
  if (!(e instanceof DataDirInUseError)) throw e;
  // The embedded database is open in the running server: stop it, create the administrator, start it again.
  console.error(`\n✗ ${e.message}\n`);
  process.exit(1);
});
try {
  await migrateDeploy(db.adapterFactory);
  const { government } = await createGovernmentWithAdmin(db.prisma, {
    code,
    name: values['government-name'],
    kind,
    email,
    adminName: values.name,
    passwordHash: await hashPassword(password),
  });
  console.log(`Administrator ${email} of ${government.name} (${government.code}) is ready.`);
} finally {
  await db.close();
}
