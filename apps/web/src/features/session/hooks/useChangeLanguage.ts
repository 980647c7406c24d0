import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { changeLanguage, type Language } from '../../../app/i18n/index.ts';
import { SetLocaleMutation } from '../graphql/setLocale.ts';

/** Switches the UI language; when signed in, also remembers it on the user. */
export function useChangeLanguage({ signedIn }: { signedIn: boolean }) {
  const [setLocale] = useMutation(SetLocaleMutation);
  return useCallback(
    async (language: Language) => {
      await changeLanguage(language);
      if (signedIn) {
        // The language already changed locally; a failure to save it is not worth an error message.
        await setLocale({ variables: { locale: language } }).catch(() => undefined);
      }
    },
    [setLocale, signedIn],
  );
}
