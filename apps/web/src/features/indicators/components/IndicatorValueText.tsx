import { formatIndicatorValue, type FormattableIndicator, NOT_AVAILABLE } from '../../../ui/format.ts';
import type { IndicatorValue } from '../utils/indicatorValues.ts';

/** A value the Indonesian way ("2,53", "61%", "WTP", "n.a"), with its note as a tooltip. */
export function IndicatorValueText({ value, indicator }: { value: IndicatorValue | undefined; indicator: FormattableIndicator }) {
  if (!value) return <span className="muted">–</span>;
  const text = formatIndicatorValue(value, indicator);
  const title = [value.note, value.source].filter(Boolean).join(' · ') || undefined;
  return (
    <span className={text === NOT_AVAILABLE ? 'value value-na' : 'value'} title={title}>
      {text || '–'}
    </span>
  );
}
