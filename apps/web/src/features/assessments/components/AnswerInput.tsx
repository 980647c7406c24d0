// The answer control of one criterion, by answer type: options as radio
// buttons (with each option's wording), a percentage or a number on a scale.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FwCriterion } from '../utils/framework.ts';

export function AnswerInput({
  criterion,
  value,
  disabled,
  onChange,
  label,
}: {
  criterion: FwCriterion;
  value: string | null;
  disabled: boolean;
  onChange: (value: string | null, immediate: boolean) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (criterion.answerType === 'PERCENTAGE' || criterion.answerType === 'SCALE') {
    const hint =
      criterion.answerType === 'PERCENTAGE'
        ? t('assessments.answer.percentHint')
        : t('assessments.answer.scaleHint', {
            min: (criterion.scaleMin ?? '?').replace('.', ','),
            max: (criterion.scaleMax ?? '?').replace('.', ','),
          });
    return (
      <div className="lke-number">
        <label htmlFor={`${id}-n`}>{label}</label>
        <input
          id={`${id}-n`}
          type="text"
          inputMode="decimal"
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={`${id}-h`}
          onChange={(e) => onChange(e.target.value.trim() === '' ? null : e.target.value.trim().replace(',', '.'), false)}
        />
        {criterion.answerType === 'PERCENTAGE' ? <span aria-hidden="true">%</span> : null}
        <span id={`${id}-h`} className="lke-hint">
          {hint}
        </span>
      </div>
    );
  }
  return (
    <fieldset className="lke-options" disabled={disabled}>
      <legend className="sr-only">{label}</legend>
      {criterion.options.map((o) => {
        const checked = (value ?? '').toUpperCase() === o.code.toUpperCase();
        const text = criterion.answerType === 'YES_NO' || o.label === o.code ? o.label : `${o.code}. ${o.label}`;
        return (
          <label key={o.code} className={`lke-option${checked ? ' is-checked' : ''}`}>
            <input type="radio" name={`${id}-o`} value={o.code} checked={checked} onChange={() => onChange(o.code, true)} />
            <span>{text}</span>
          </label>
        );
      })}
      {value && !disabled ? (
        <button type="button" className="link-button" onClick={() => onChange(null, true)}>
          {t('assessments.answer.clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
