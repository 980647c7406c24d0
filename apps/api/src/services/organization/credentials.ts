// What an administrator hands a new user: a random initial password (shown
// once, to be changed at first sign-in) or a one-time activation link whose
// token the database keeps only as SHA-256, valid for 7 days.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hashPassword } from '../../auth/password.ts';

export const ACTIVATION_DAYS = 7;

/** Letters and digits that cannot be confused when read aloud or copied by hand. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** "Xk7q-Pm3w-Rt9z-Hb4n": 16 random characters (~92 bits) in groups of four. */
export function randomPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

export type Credential = 'INITIAL_PASSWORD' | 'ACTIVATION_LINK';

/** The user columns to write and what to show the administrator once. */
export async function issueCredential(credential: Credential) {
  if (credential === 'INITIAL_PASSWORD') {
    const initialPassword = randomPassword();
    return {
      data: {
        passwordHash: await hashPassword(initialPassword),
        mustChangePassword: true,
        activationTokenHash: null,
        activationExpiresAt: null,
      },
      initialPassword,
      activationToken: null,
    };
  }
  const activationToken = randomBytes(32).toString('base64url');
  return {
    data: {
      // Nobody knows this password: the account is usable only through the link.
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      mustChangePassword: false,
      activationTokenHash: tokenDigest(activationToken),
      activationExpiresAt: new Date(Date.now() + ACTIVATION_DAYS * 86_400_000),
    },
    initialPassword: null,
    activationToken,
  };
}
