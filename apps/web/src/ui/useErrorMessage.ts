import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from './errors.ts';

/**
 * Translates an API error into a sentence for the user. For bad input and
 * conflicts the server's own message is added, since it names what is wrong.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      const info = apiErrorInfo(error);
      const general = t(`errors.${info.code}`);
      if ((info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && info.serverMessage) {
        return `${general} ${info.serverMessage}`;
      }
      return general;
    },
    [t],
  );
}
