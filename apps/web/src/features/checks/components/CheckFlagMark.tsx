// The mark of a flagged cell (entry grid, PK table, plan rows): a warning
// sign for the eye and the findings' messages for screen readers. The cell
// itself takes the `check-flag` class and the messages as its title.
import { useTranslation } from 'react-i18next';
import { type Finding, findingText } from '../utils/findings.ts';

/** The findings' messages as one text (the cell's title and the screen reader's text). */
export function useFlagText() {
  const { i18n } = useTranslation();
  return (findings: readonly Finding[] | undefined) => (findings?.length ? findings.map((f) => findingText(i18n, f)).join(' ') : undefined);
}

export function CheckFlagMark({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <>
      <span className="check-flag-mark" aria-hidden="true">
        ⚠
      </span>
      <span className="sr-only">{t('checks.flagged', { messages: text })}</span>
    </>
  );
}
