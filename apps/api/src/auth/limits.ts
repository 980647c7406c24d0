// Sign-in abuse limits: failed password (and activation-link) attempts are
// counted per account (email) and per client address, in the database
// (rate-limiter-flexible's Prisma store on the RateLimit table), so every API
// process behind a load balancer counts the same attempts.
//
// An attempt takes the account's point BEFORE the password is checked, so a
// burst of parallel guesses at one account cannot slip past the count; a
// successful sign-in clears the account's counter. The address counts failed
// attempts only, so a crowd signing in at once behind one office address is
// never refused. The key is a SHA-256 of the email or address: the table never
// holds either. Unknown and known emails are counted and locked alike, so the
// answer reveals nothing.
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { PrismaClient } from '@rb/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

export interface SignInLimits {
  /** Failed attempts per account within the window; the next attempt is locked. */
  accountFailures: number;
  /** Failed attempts per client address within the window (higher: offices share one address). */
  addressFailures: number;
  /** The window in which failures add up, in minutes. */
  windowMinutes: number;
  /** How long an account or address stays locked, in minutes. */
  lockMinutes: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function signInLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SignInLimits {
  return {
    accountFailures: positive(env.RB_SIGNIN_ACCOUNT_FAILURES, 10),
    addressFailures: positive(env.RB_SIGNIN_ADDRESS_FAILURES, 100),
    windowMinutes: positive(env.RB_SIGNIN_WINDOW_MINUTES, 15),
    lockMinutes: positive(env.RB_SIGNIN_LOCK_MINUTES, 15),
  };
}

export const SIGN_IN_LIMITS = signInLimitsFromEnv();

interface Limiters {
  account: RateLimiterPrisma;
  address: RateLimiterPrisma;
}

const limiters = new WeakMap<PrismaClient, Limiters>();

function limitersOf(prisma: PrismaClient): Limiters {
  let l = limiters.get(prisma);
  if (!l) {
    const common = {
      storeClient: prisma,
      tableName: 'rateLimit',
      duration: SIGN_IN_LIMITS.windowMinutes * 60,
      // Expired rows are purged with ended sessions (housekeeping.ts), not by a timer per limiter.
      clearExpiredByTimeout: false,
    };
    l = {
      // The library's own lock: the attempt after the last allowed failure locks for blockDuration.
      account: new RateLimiterPrisma({
        ...common,
        keyPrefix: 'account',
        points: SIGN_IN_LIMITS.accountFailures,
        blockDuration: SIGN_IN_LIMITS.lockMinutes * 60,
      }),
      // Counts failures only; locked explicitly when they reach the limit (countAddressFailure).
      address: new RateLimiterPrisma({ ...common, keyPrefix: 'address', points: SIGN_IN_LIMITS.addressFailures }),
    };
    limiters.set(prisma, l);
  }
  return l;
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The address a limit counts: IPv4 as is (also when IPv4-mapped), IPv6 by its
 * /64 network, since one subscriber is given a whole /64.
 */
export function addressKey(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export interface AttemptKeys {
  /** The email tried (lower case), if the attempt names an account. */
  email?: string;
  /** The client's address, if known. */
  address?: string;
}

/** The refusal of a locked account or address: the same for every email, existing or not. */
export function tooManyAttempts(msBeforeNext: number) {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new AppError('TOO_MANY_ATTEMPTS', 'account.tooManyAttempts', { minutes }, { retryAfterMinutes: minutes });
}

const asRes = (e: unknown) => {
  if (e instanceof RateLimiterRes) return e;
  throw e;
};

/** One more failure from an address; the one that reaches the limit locks it. */
async function countAddressFailure(limiter: RateLimiterPrisma, key: string) {
  const res = await limiter.consume(key).catch(asRes);
  // Counting is atomic, so exactly one failure sees the limit reached.
  if (res.consumedPoints === limiter.points) await limiter.block(key, SIGN_IN_LIMITS.lockMinutes * 60);
}

export interface Attempt {
  /** The password (or link) was right: the account's counter starts again. */
  succeeded(): Promise<void>;
  /** It was wrong: the address counts one more failure. */
  failed(): Promise<void>;
}

/**
 * Admits one attempt, or throws TOO_MANY_ATTEMPTS (before any password is
 * checked) when the address or the account is locked. The account's point is
 * taken now, so parallel guesses at one account are bounded by its limit; the
 * address counts failures only (failed()), so many people signing in at once
 * behind one office address are never refused for it.
 */
export async function takeAttempt(prisma: PrismaClient, keys: AttemptKeys): Promise<Attempt> {
  const l = limitersOf(prisma);
  const address = keys.address ? digest(addressKey(keys.address)) : undefined;
  const account = keys.email ? digest(keys.email) : undefined;
  const failed = async () => {
    if (address) await countAddressFailure(l.address, address);
  };
  if (address) {
    const seen = await l.address.get(address);
    if (seen && seen.consumedPoints >= l.address.points) throw tooManyAttempts(seen.msBeforeNext);
  }
  if (account) {
    const taken = await l.account.consume(account).catch(asRes);
    if (taken.consumedPoints > l.account.points) {
      // A refused try at a locked account is one more failure from its address.
      await failed();
      throw tooManyAttempts(taken.msBeforeNext);
    }
  }
  return {
    async succeeded() {
      if (account) await l.account.delete(account);
    },
    failed,
  };
}
