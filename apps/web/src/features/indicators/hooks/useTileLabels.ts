import { type MouseEvent, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TileLabels } from '../components/IndicatorTile.tsx';

export function useTileLabels(): TileLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      baseline: t('indicatorData.kind.BASELINE'),
      target: t('indicatorData.kind.TARGET'),
      realization: t('indicatorData.kind.REALIZATION'),
      status: {
        ON_TRACK: t('indicatorData.status.ON_TRACK'),
        AT_RISK: t('indicatorData.status.AT_RISK'),
        OFF_TRACK: t('indicatorData.status.OFF_TRACK'),
        NO_DATA: t('indicatorData.status.NO_DATA'),
      },
      categoryRule: { MET_OR_NOT: t('indicatorData.categoryRule.MET_OR_NOT'), RANK_SHARE: t('indicatorData.categoryRule.RANK_SHARE') },
      categoryRuleHint: {
        MET_OR_NOT: t('indicatorData.categoryRuleHint.MET_OR_NOT'),
        RANK_SHARE: t('indicatorData.categoryRuleHint.RANK_SHARE'),
      },
      miniAlt: (name: string, summary: string) => t('indicatorData.dashboard.miniAlt', { name, summary }),
    }),
    [t],
  );
}

/**
 * One click handler for many plain links (`<a data-internal href>`): a plain
 * left click navigates inside the app; modified clicks open tabs as usual.
 */
export function useDelegatedNavigation() {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as HTMLElement).closest('a[data-internal]');
      if (!link) return;
      const href = link.getAttribute('href');
      if (!href) return;
      event.preventDefault();
      navigate(href);
    },
    [navigate],
  );
}
