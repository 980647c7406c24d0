import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiErrorInfo, apiErrorInfo } from './errors.ts';

/** i18next's t for the `api` namespace, whose keys come from the server (not type-checked). */
type ApiT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The API's own message in the UI language, when the error carries a message
 * key of the catalog (`api` namespace); entity names in `what` are translated.
 */
export function translateApiMessage(
  i18n: ReturnType<typeof useTranslation>['i18n'],
  info: Pick<ApiErrorInfo, 'messageKey' | 'params'>,
): string | null {
  const key = info.messageKey;
  if (!key || !i18n.exists(key, { ns: 'api' })) return null;
  const t = i18n.getFixedT(null, 'api') as unknown as ApiT;
  const params: Record<string, unknown> = { ...(info.params ?? {}) };
  if (typeof params.what === 'string') params.what = t(`entity.${params.what}`, { defaultValue: params.what });
  return t(key, params);
}

/**
 * Translates an API error into a sentence for the user: the API's message key
 * in the UI language when it sends one, else a general sentence for its code
 * (for bad input and conflicts followed by the server's own words).
 */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      const info = apiErrorInfo(error);
      const own = translateApiMessage(i18n, info);
      if (own) return own;
      const general = t(`errors.${info.code}`);
      if ((info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && info.serverMessage) {
        return `${general} ${info.serverMessage}`;
      }
      return general;
    },
    [t, i18n],
  );
}
