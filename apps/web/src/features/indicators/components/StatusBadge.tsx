import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import './indicators.css';

/** Status as colour, symbol and words (never colour alone). */
export const STATUS_SYMBOL: Record<IndicatorStatus, string> = { ON_TRACK: '●', AT_RISK: '▲', OFF_TRACK: '■', NO_DATA: '○' };

export function StatusBadge({ status, achievement }: { status: IndicatorStatus; achievement?: number | null }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {t(`indicatorData.status.${status}`)}
      {achievement !== null && achievement !== undefined ? (
        <span className="status-pct"> · {formatNumber(achievement, { maxFractionDigits: 2 })}%</span>
      ) : null}
    </span>
  );
}
