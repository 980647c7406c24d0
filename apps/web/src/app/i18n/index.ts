// i18next set-up: Bahasa Indonesia by default, English on request. The choice
// is kept in localStorage (and on the user through `setLocale` when signed
// in, see features/session); <html lang> follows the language.
import { messageResources } from '@rb/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { id } from './id.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

const STORAGE_KEY = 'rb.locale';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user picked explicitly on this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

/** The current UI language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it on this browser. */
export async function changeLanguage(language: Language, options: { remember?: boolean } = {}) {
  if (options.remember !== false) storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

function applyHtmlLang(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', applyHtmlLang);

void i18n.use(initReactI18next).init({
  // `api`: the API's message catalog (@rb/domain MESSAGES), keyed like the errors' messageKey.
  resources: { id: { translation: id, api: messageResources('id') }, en: { translation: en, api: messageResources('en') } },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyHtmlLang(i18n.language);

export { i18n };
