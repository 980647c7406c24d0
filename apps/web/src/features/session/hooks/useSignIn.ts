import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { RbOperationContext } from '../../../app/apollo.ts';
import { changeLanguage, currentLanguage, isLanguage, storedLanguage } from '../../../app/i18n/index.ts';
import { SignInMutation } from '../graphql/signIn.ts';
import { SetLocaleMutation } from '../graphql/setLocale.ts';

export interface SignInValues {
  email: string;
  password: string;
}

/**
 * Signs in. The language: a choice made on this browser wins (and is saved
 * on the user); without one, the user's saved language is adopted.
 */
export function useSignIn() {
  const [signIn, state] = useMutation(SignInMutation);
  const [setLocale] = useMutation(SetLocaleMutation);

  const run = useCallback(
    async ({ email, password }: SignInValues) => {
      const context: RbOperationContext = { skipAuthRedirect: true };
      const result = await signIn({ variables: { email: email.trim(), password }, context });
      const viewer = result.data?.signIn.viewer;
      if (!viewer) return null;
      const chosen = storedLanguage();
      if (chosen) {
        if (chosen !== viewer.user.locale) void setLocale({ variables: { locale: chosen } }).catch(() => undefined);
      } else if (isLanguage(viewer.user.locale) && viewer.user.locale !== currentLanguage()) {
        await changeLanguage(viewer.user.locale, { remember: false });
      }
      return viewer;
    },
    [signIn, setLocale],
  );

  return [run, state] as const;
}
