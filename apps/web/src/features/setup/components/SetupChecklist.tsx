// The home page's set-up checklist of a government that is not fully set up:
// agencies → users → road map → indicators → work plan → assessment, each
// with what exists and the link that does the next step. Hidden once done.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SetupStepKey } from '../../../gql/graphql.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { ErrorState } from '../../../ui/QueryState.tsx';
import { SetupProgressQuery } from '../graphql/setupProgress.ts';

const ADMIN_STEPS: readonly SetupStepKey[] = ['AGENCIES', 'USERS'];

export function SetupChecklist() {
  const { t } = useTranslation();
  const { year, isAdmin } = useSession();
  const govPath = useGovPath();
  const result = useQuery(SetupProgressQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const progress = result.data?.setupProgress;
  if (!progress || progress.complete) return null;

  const target: Record<SetupStepKey, string> = {
    AGENCIES: govPath('admin/agencies'),
    USERS: govPath('admin/users'),
    ROADMAP: govPath('roadmap'),
    INDICATORS: govPath('roadmap'),
    WORK_PLAN: govPath('work-plans', { year: String(year) }),
    ASSESSMENT: govPath('assessments'),
  };
  const doneCount = progress.steps.filter((s) => s.done).length;
  const next = progress.steps.find((s) => !s.done)?.key;

  return (
    <section className="card setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title" className="card-title">
        {t('setup.title')}
      </h2>
      <p>{t('setup.intro', { year })}</p>
      <p className="muted" aria-live="polite">
        {t('setup.progress', { done: doneCount, total: progress.steps.length })}
      </p>
      <ol className="setup-steps">
        {progress.steps.map((step) => {
          const adminOnly = ADMIN_STEPS.includes(step.key) && !isAdmin;
          return (
            <li
              key={step.key}
              className={step.done ? 'setup-step done' : 'setup-step'}
              aria-current={step.key === next ? 'step' : undefined}
            >
              <span className="setup-mark" aria-hidden="true">
                {step.done ? '✓' : '○'}
              </span>
              <div className="setup-body">
                <h3 className="setup-step-title">
                  {t(`setup.steps.${step.key}.title`, { year })}{' '}
                  <span className={step.done ? 'badge badge-approved' : 'badge'}>{step.done ? t('setup.done') : t('setup.open')}</span>
                </h3>
                <p className="muted">
                  {t(`setup.steps.${step.key}.hint`, { year })}{' '}
                  {step.count > 0 ? t(`setup.steps.${step.key}.count`, { count: step.count }) : null}
                </p>
                {adminOnly ? (
                  <p className="muted">{t('setup.adminOnly')}</p>
                ) : (
                  <Link to={target[step.key]} className={step.key === next ? 'button button-primary' : undefined}>
                    {t(`setup.steps.${step.key}.action`)}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
