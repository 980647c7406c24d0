import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../app/i18n/index.ts';
import { useChangeLanguage } from '../hooks/useChangeLanguage.ts';

/** ID / EN toggle buttons. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage({ signedIn });
  return (
    <fieldset className="lang-switch">
      <legend className="sr-only">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="lang-button"
          aria-pressed={i18n.language === language}
          onClick={() => void changeLanguage(language)}
        >
          <span aria-hidden="true">{t(`language.${language}Short`)}</span>
          <span className="sr-only" lang={language}>
            {t(`language.${language}`)}
          </span>
        </button>
      ))}
    </fieldset>
  );
}
