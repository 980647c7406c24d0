// Builds the template database of this project's leg once per run: migrated
// and loaded with the demo governments, so every test file starts from the
// same real content and adds its own rows with unique values.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPgliteTemplate, buildPostgresTemplate, isServerReachable, testServerUrl } from '@rb/db/testing';
import { loadDemo } from '@rb/demo';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../auth/password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresAvailable: boolean;
  }
}

const fill = async (prisma: Parameters<typeof loadDemo>[0]) => {
  await loadDemo(prisma, { hashPassword });
};

export default async function setup(project: TestProject) {
  const leg = project.config.env?.RB_TEST_LEG;
  const t0 = Date.now();
  if (leg === 'pglite') {
    const tarPath = join(mkdtempSync(join(tmpdir(), 'rb-test-')), 'template.tar');
    await buildPgliteTemplate(tarPath, fill);
    project.provide('pgliteTemplate', tarPath);
    project.provide('postgresAvailable', false);
  } else {
    project.provide('pgliteTemplate', '');
    const available = await isServerReachable();
    project.provide('postgresAvailable', available);
    if (!available) {
      const line = '!'.repeat(78);
      console.warn(
        `\n${line}\n!! PostgreSQL leg NOT RUN: no server at ${testServerUrl()}\n!! (set RB_TEST_PG_URL). CI always has one; these tests are skipped here.\n${line}\n`,
      );
      return;
    }
    await buildPostgresTemplate(fill);
  }
  console.log(`[${project.name}] template database ready in ${Date.now() - t0} ms`);
}
