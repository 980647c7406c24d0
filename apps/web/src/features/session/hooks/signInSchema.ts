// The sign-in form validates with the schema the API uses (@rb/domain
// ZSignIn). Its messages are keys ('validation.required', …); the form turns
// them into field-specific sentences.
import type { ValidationMessageKey } from '@rb/domain';

export { ZSignIn, type TSignIn } from '@rb/domain';

export type SignInField = 'email' | 'password';

export type SignInMessage = 'signIn.emailRequired' | 'signIn.emailInvalid' | 'signIn.passwordRequired' | 'signIn.tooLong';

/** The translation key of a validation message on a sign-in field. */
export function signInMessage(field: SignInField, key: string | undefined): SignInMessage | undefined {
  if (!key) return undefined;
  const k = key as ValidationMessageKey;
  if (k === 'validation.tooLong') return 'signIn.tooLong';
  if (field === 'email') return k === 'validation.required' ? 'signIn.emailRequired' : 'signIn.emailInvalid';
  return 'signIn.passwordRequired';
}

/** A safe in-app path to return to after sign-in ("/gresik/work-plans?year=2020"), else null. */
export function safeNextPath(value: string | null): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/sign-in')) return null;
  return value;
}
