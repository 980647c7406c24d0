import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { NewIndicatorButton } from './NewIndicatorButton.tsx';
import { RoadmapGoals } from './RoadmapGoals.tsx';

type View = 'list' | 'roadmap';

/** Indicator list or road map goals, chosen by the `view` URL parameter. */
export function IndicatorsView() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const govPath = useGovPath();
  const [searchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'roadmap' ? 'roadmap' : 'list';

  const linkTo = (target: View) => {
    const params = new URLSearchParams(searchParams);
    if (target === 'list') params.delete('view');
    else params.set('view', target);
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  return (
    <>
      <nav className="view-switch" aria-label={t('indicators.views')}>
        <Link to={linkTo('list')} className="view-link" aria-current={view === 'list' ? 'page' : undefined}>
          {t('indicators.viewList')}
        </Link>
        <Link to={linkTo('roadmap')} className="view-link" aria-current={view === 'roadmap' ? 'page' : undefined}>
          {t('indicators.viewRoadmap')}
        </Link>
        <Link to={govPath('indicators/dashboard')} className="view-link">
          {t('indicatorData.nav.dashboard')}
        </Link>
        <Link to={govPath('indicators/entry')} className="view-link">
          {t('indicatorData.nav.entry')}
        </Link>
      </nav>
      {view === 'list' ? (
        <div className="toolbar">
          <NewIndicatorButton />
        </div>
      ) : null}
      {view === 'roadmap' ? <RoadmapGoals /> : <IndicatorTable />}
    </>
  );
}
