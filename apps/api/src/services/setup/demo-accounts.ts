// The demo accounts share a published password: they are the zero-setup
// default on this machine only. A server reachable from a network refuses to
// start while they exist, unless its operator asks for it explicitly.
import type { PrismaClient } from '@rb/db';
import { DEMO_EMAIL_SUFFIX } from '@rb/demo';

export async function hasDemoAccounts(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: { endsWith: DEMO_EMAIL_SUFFIX }, disabled: false } })) > 0;
}

/** True for an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export class PublicDemoError extends Error {
  constructor(host: string) {
    super(
      `Refusing to serve the demo accounts (published password) on ${host}, an address other machines can reach. ` +
        'Serve on 127.0.0.1, start on a database without the demo (RB_DEMO=0 with a new RB_DATA_DIR or DATABASE_URL), ' +
        'or set RB_ALLOW_PUBLIC_DEMO=1 if this is really meant to be a public demo.',
    );
    this.name = 'PublicDemoError';
  }
}

/** Refuses to serve the demo accounts on a non-loopback address unless RB_ALLOW_PUBLIC_DEMO=1. */
export async function assertDemoAllowed(prisma: PrismaClient, host: string, env: NodeJS.ProcessEnv) {
  if (isLoopback(host) || env.RB_ALLOW_PUBLIC_DEMO === '1') return;
  if (await hasDemoAccounts(prisma)) throw new PublicDemoError(host);
}
