// Turns API errors and validation message keys into sentences of the UI language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../ui/errors.ts';
import { translateApiMessage, useErrorMessage } from '../../../ui/useErrorMessage.ts';

/** A validation message key of the catalog ('validation.required', 'account.passwordTooShort') as a sentence. */
export function useMessageKey() {
  const { i18n } = useTranslation();
  return useCallback((key: string | undefined) => (key ? (translateApiMessage(i18n, { messageKey: key }) ?? key) : undefined), [i18n]);
}

/** The error's field (BAD_USER_INPUT with extensions.field) and its sentence. */
export function useApiError() {
  const message = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const info = apiErrorInfo(error);
      return { field: info.field ?? null, message: message(error), code: info.code, messageKey: info.messageKey };
    },
    [message],
  );
}
