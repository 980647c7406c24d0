import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { GoalDrillView } from '../features/indicators/components/GoalDrillView.tsx';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';

export default function IndicatorGoalPage() {
  const { t } = useTranslation();
  const { goalId = '' } = useParams();
  usePageTitle(t('indicatorData.drill.title'));
  return (
    <div className="page page-wide">
      <GoalDrillView goalId={goalId} />
    </div>
  );
}
