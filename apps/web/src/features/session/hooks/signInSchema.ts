import { z } from 'zod';

// Messages are translation keys, translated when shown (so they follow a
// language switch while the form is open).
export const ZSignInInput = z.object({
  email: z.string().trim().min(1, 'signIn.emailRequired').pipe(z.email('signIn.emailInvalid')),
  password: z.string().min(1, 'signIn.passwordRequired'),
});

export type TSignInInput = z.input<typeof ZSignInInput>;

export type SignInMessageKey = 'signIn.emailRequired' | 'signIn.emailInvalid' | 'signIn.passwordRequired';

export function isSignInMessageKey(value: unknown): value is SignInMessageKey {
  return value === 'signIn.emailRequired' || value === 'signIn.emailInvalid' || value === 'signIn.passwordRequired';
}

/** A safe in-app path to return to after sign-in ("/gresik/work-plans?year=2020"), else null. */
export function safeNextPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/sign-in')) return null;
  return value;
}
