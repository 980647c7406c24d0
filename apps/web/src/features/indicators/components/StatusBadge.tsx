import { useTranslation } from 'react-i18next';
import type { CategoryAchievement, IndicatorStatus } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import './indicators.css';

/** Status as colour, symbol and words (never colour alone). */
export const STATUS_SYMBOL: Record<IndicatorStatus, string> = { ON_TRACK: '●', AT_RISK: '▲', OFF_TRACK: '■', NO_DATA: '○' };

/**
 * The achievement rule of an ordered-category indicator, to name beside its
 * figure; null for other value types (their achievement is a plain ratio).
 */
export function categoryRuleOf(indicator: { valueType: string; categoryAchievement?: CategoryAchievement | null }) {
  return indicator.valueType === 'CATEGORY' ? (indicator.categoryAchievement ?? 'MET_OR_NOT') : null;
}

export function StatusBadge({
  status,
  achievement,
  categoryRule,
}: {
  status: IndicatorStatus;
  achievement?: number | null;
  /** CATEGORY indicators: the rule the figure follows, named beside it. */
  categoryRule?: CategoryAchievement | null;
}) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {t(`indicatorData.status.${status}`)}
      {achievement !== null && achievement !== undefined ? (
        <span className="status-pct">
          {' '}
          · {formatNumber(achievement, { maxFractionDigits: 2 })}%
          {categoryRule ? (
            <span className="status-rule" title={t(`indicatorData.categoryRuleHint.${categoryRule}`)}>
              {' '}
              ({t(`indicatorData.categoryRule.${categoryRule}`)})
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
