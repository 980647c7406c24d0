// One assessment: header (status, team, deadline), the workflow step the
// viewer may take now, and the views: worksheet, consensus, review, scores,
// minutes and follow-up (?tab=).
import { useMutation } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AssessmentTransition } from '../../../gql/graphql.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { ReopenAssessmentMutation, TransitionAssessmentMutation } from '../graphql/assessment.ts';
import { applicableFramework } from '../utils/framework.ts';
import { ConsensusView } from './ConsensusView.tsx';
import { DeadlineExtension } from './DeadlineExtension.tsx';
import { EvaluationView } from './EvaluationView.tsx';
import { FollowUpPanel } from './FollowUpPanel.tsx';
import { Minutes } from './Minutes.tsx';
import { ReviewView } from './ReviewView.tsx';
import { GradeBadge, ScoreSummary } from './ScoreSummary.tsx';
import type { AssessmentData } from './types.ts';
import { Worksheet } from './Worksheet.tsx';
import '../assessment.css';

type Tab = 'worksheet' | 'consensus' | 'review' | 'scores' | 'evaluation' | 'minutes' | 'followup';
const AFTER_CONSENSUS = ['CONSENSUS', 'IN_REVIEW', 'NEEDS_REVISION', 'FINAL'];
const AFTER_REVIEW = ['IN_REVIEW', 'NEEDS_REVISION', 'FINAL'];

/** The evaluator's column applies: items scored by an evaluator, values entered, or a viewer who may enter them. */
function hasEvaluation(a: AssessmentData, canEvaluate: boolean) {
  if (a.status === 'DRAFT') return false;
  return canEvaluate || a.evaluatorScores.length > 0 || a.framework.criteria.some((c) => c.scoredBy !== 'SELF');
}

export function availableTabs(a: AssessmentData, canEvaluate = false): Tab[] {
  const tabs: Tab[] = [];
  if (a.myRoles.includes('ASSESSOR')) tabs.push('worksheet');
  if (a.canSeeAllAnswers && (AFTER_CONSENSUS.includes(a.status) || a.myRoles.includes('COORDINATOR'))) tabs.push('consensus');
  if (AFTER_REVIEW.includes(a.status)) tabs.push('review');
  tabs.push('scores');
  if (hasEvaluation(a, canEvaluate)) tabs.push('evaluation');
  if (AFTER_CONSENSUS.includes(a.status)) tabs.push('minutes');
  if (AFTER_REVIEW.includes(a.status)) tabs.push('followup');
  return tabs;
}

function defaultTab(a: AssessmentData, tabs: Tab[], canEvaluate = false): Tab {
  if (canEvaluate && a.myRoles.length === 0 && tabs.includes('evaluation')) return 'evaluation';
  if (a.status === 'IN_ASSESSMENT' && tabs.includes('worksheet')) return 'worksheet';
  if ((a.status === 'CONSENSUS' || a.status === 'NEEDS_REVISION') && a.myRoles.includes('COORDINATOR')) return 'consensus';
  if (a.status === 'IN_REVIEW' && a.myRoles.includes('REVIEWER')) return 'review';
  return 'scores';
}

interface Step {
  transition: AssessmentTransition;
  primary?: boolean;
}

function stepsFor(a: AssessmentData): Step[] {
  const coord = a.myRoles.includes('COORDINATOR');
  const reviewer = a.myRoles.includes('REVIEWER');
  switch (a.status) {
    case 'DRAFT':
      return coord ? [{ transition: 'START', primary: true }] : [];
    case 'IN_ASSESSMENT':
      return coord ? [{ transition: 'OPEN_CONSENSUS', primary: true }] : [];
    case 'CONSENSUS':
      return coord ? [{ transition: 'CLOSE_CONSENSUS', primary: true }] : [];
    case 'IN_REVIEW':
      return reviewer ? [{ transition: 'FINALISE', primary: true }, { transition: 'SEND_BACK' }] : [];
    case 'NEEDS_REVISION':
      return coord ? [{ transition: 'RESUBMIT', primary: true }] : [];
    default:
      return [];
  }
}

export function AssessmentView({ a: raw, userId, refetch }: { a: AssessmentData; userId: string; refetch: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const { isAdmin, roles, government } = useSession();
  // The framework as it applies to this government (its kind's weights, the items it excludes): every view scores this.
  const a = useMemo(
    () => ({ ...raw, framework: applicableFramework(raw.framework, government.kind, raw.exclusions) }),
    [raw, government.kind],
  );
  const canEvaluate = isAdmin || roles.includes('EVALUATOR');
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  // The query string as of the latest render: a transition that finishes
  // after the user picked another tab must not take them back.
  const latestParams = useRef(params);
  latestParams.current = params;
  const tabs = availableTabs(a, canEvaluate);
  const requested = params.get('tab') as Tab | null;
  const tab = requested && tabs.includes(requested) ? requested : defaultTab(a, tabs, canEvaluate);
  const [transition, transitionState] = useMutation(TransitionAssessmentMutation);
  const [reopen, reopenState] = useMutation(ReopenAssessmentMutation);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reopenOpen, setReopenOpen] = useState(false);

  const selectTab = (next: Tab) => {
    const p = new URLSearchParams(params);
    p.set('tab', next);
    p.delete('area');
    setParams(p);
  };

  async function run(step: AssessmentTransition) {
    setError(null);
    try {
      const before = params.toString();
      await transition({ variables: { id: a.id, version: a.version, transition: step } });
      await refetch();
      // The tab follows the new status, unless the user has moved on meanwhile.
      if (latestParams.current.toString() !== before) return;
      const p = new URLSearchParams(params);
      p.delete('tab');
      p.delete('area');
      setParams(p, { replace: true });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function doReopen(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await reopen({ variables: { id: a.id, version: a.version, reason: reason.trim() } });
      setReopenOpen(false);
      setReason('');
      await refetch();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="assessment">
      <div className="assessment-head">
        <p className="breadcrumbs no-print">
          <Link to={govPath('assessments')}>{t('assessments.title')}</Link>
        </p>
        <h1>{a.title}</h1>
        <dl className="assessment-meta">
          <div>
            <dt>{t('assessments.columns.status')}</dt>
            <dd>
              <span className={`badge badge-${a.status.toLowerCase()}`} data-testid="assessment-status">
                {t(`enums.assessmentStatus.${a.status}`)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('assessments.columns.agency')}</dt>
            <dd>{a.agency?.name ?? t('assessments.wholeGovernment')}</dd>
          </div>
          <div>
            <dt>{t('assessments.columns.framework')}</dt>
            <dd>{a.framework.name}</dd>
          </div>
          <div>
            <dt>{t('assessments.columns.deadline')}</dt>
            <dd>
              {a.deadline ? formatDate(a.deadline, i18n.language) : '–'}
              {a.deadline && a.pastDeadline && ['DRAFT', 'IN_ASSESSMENT', 'CONSENSUS'].includes(a.status) ? (
                <span className="badge badge-needs_revision overdue">{t('assessments.overdue')}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('assessments.team')}</dt>
            <dd>
              {a.members.map((m) => (
                <span key={`${m.userId}-${m.role}`} className="team-member">
                  {m.name} <span className="lke-hint">({t(`assessments.roles.${m.role}`)})</span>
                </span>
              ))}
            </dd>
          </div>
          {AFTER_REVIEW.includes(a.status) ? (
            <div>
              <dt>{t('assessments.grade')}</dt>
              <dd data-testid="assessment-grade">
                <GradeBadge grade={a.consensusScore.grade} />
              </dd>
            </div>
          ) : null}
        </dl>
        {a.status === 'FINAL' && a.lockedAt ? (
          <p className="notice" role="note">
            {t('assessments.lockedSince', { date: formatDateTime(a.lockedAt, i18n.language) })}
          </p>
        ) : null}
        <div className="button-row no-print">
          {stepsFor(a).map((s) => (
            <button
              key={s.transition}
              type="button"
              className={`button${s.primary ? ' button-primary' : ''}`}
              disabled={transitionState.loading}
              onClick={() => void run(s.transition)}
            >
              {t(`assessments.transitions.${s.transition}`)}
            </button>
          ))}
          {a.status === 'FINAL' && isAdmin ? (
            <button type="button" className="button" aria-expanded={reopenOpen} onClick={() => setReopenOpen((v) => !v)}>
              {t('assessments.reopen.button')}
            </button>
          ) : null}
        </div>
        <DeadlineExtension a={a} />
        {reopenOpen ? (
          <form className="form reopen-form" onSubmit={doReopen}>
            <div className="field">
              <label htmlFor="reopen-reason">{t('assessments.reopen.reason')}</label>
              <textarea id="reopen-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} />
            </div>
            <button type="submit" className="button button-primary" disabled={reopenState.loading}>
              {t('assessments.reopen.confirm')}
            </button>
          </form>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>

      <div
        className="tabs no-print"
        role="tablist"
        aria-label={t('assessments.views')}
        onKeyDown={(e) => {
          // Arrow keys move between tabs (roving focus), Home/End to the ends.
          const i = tabs.indexOf(tab);
          const keys: Record<string, Tab | undefined> = {
            ArrowRight: tabs[(i + 1) % tabs.length],
            ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
            Home: tabs[0],
            End: tabs[tabs.length - 1],
          };
          const next = keys[e.key];
          if (!next) return;
          e.preventDefault();
          selectTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        {tabs.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls="assessment-panel"
            tabIndex={tab === x ? 0 : -1}
            className="tab"
            onClick={() => selectTab(x)}
          >
            {t(`assessments.tabs.${x}`)}
          </button>
        ))}
      </div>
      <div id="assessment-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="assessment-panel">
        {tab === 'worksheet' ? <Worksheet key={`${a.id}-${a.status}`} a={a} userId={userId} refetch={refetch} /> : null}
        {tab === 'consensus' ? <ConsensusView a={a} refetch={refetch} /> : null}
        {tab === 'review' ? <ReviewView a={a} refetch={refetch} /> : null}
        {tab === 'scores' ? <ScoreSummary a={a} /> : null}
        {tab === 'evaluation' ? <EvaluationView a={a} canEdit={canEvaluate} refetch={refetch} /> : null}
        {tab === 'minutes' ? <Minutes a={a} /> : null}
        {tab === 'followup' ? <FollowUpPanel a={a} refetch={refetch} /> : null}
      </div>
    </div>
  );
}
