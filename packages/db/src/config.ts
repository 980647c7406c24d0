// Where the database lives, from the environment. Documented in the README.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface DatabaseConfig {
  url?: string;
  dataDir: string;
  /** Load demo governments and users into a new (empty) database. */
  demo: boolean;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL || undefined;
  const dataDir = resolve(PROJECT_ROOT, env.RB_DATA_DIR || '.data/pglite');
  // Demo content is the default for the embedded database; a server database
  // starts empty unless RB_DEMO=1 asks for it.
  const demo = env.RB_DEMO ? env.RB_DEMO === '1' || env.RB_DEMO === 'true' : !url;
  return { url, dataDir, demo };
}
