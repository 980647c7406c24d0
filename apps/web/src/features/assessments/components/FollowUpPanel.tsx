// Follow-up (RATL): weak criteria (consensus value below a threshold) become a
// proposed plan, one action per criterion with a suggested output; the
// coordinator edits it and sends it to the agency's work plans (the planner's
// grid), each action linked back to its criterion.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { CreateFollowUpPlanMutation, FollowUpProposalQuery } from '../graphql/assessment.ts';
import { indexFramework } from '../utils/framework.ts';
import type { AssessmentData } from './types.ts';

interface Item {
  criterionId: string;
  include: boolean;
  name: string;
  output: string;
}

export function FollowUpPanel({ a, refetch }: { a: AssessmentData; refetch: () => unknown }) {
  const { t } = useTranslation();
  const id = useId();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [percent, setPercent] = useState('100');
  const threshold = Math.min(100, Math.max(1, Number(percent.replace(',', '.')) || 100)) / 100;
  const ready = ['IN_REVIEW', 'NEEDS_REVISION', 'FINAL'].includes(a.status);
  const result = useQuery(FollowUpProposalQuery, { variables: { id: a.id, threshold }, skip: !ready });
  const [items, setItems] = useState<Item[]>([]);
  const [title, setTitle] = useState(`RATL ${a.title}`);
  const [year, setYear] = useState(String(a.year + 1));
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [create, state] = useMutation(CreateFollowUpPlanMutation);
  const isCoordinator = a.myRoles.includes('COORDINATOR');
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const proposal = result.data?.assessment?.followUpProposal;

  // Criteria already sent to a follow-up plan are not proposed again.
  const sentCriteria = useMemo(() => new Set(a.followUpLinks.map((l) => l.criterionId)), [a.followUpLinks]);
  useEffect(() => {
    if (proposal) {
      setItems(
        proposal
          .filter((p) => !sentCriteria.has(p.criterionId))
          .map((p) => ({ criterionId: p.criterionId, include: true, name: p.suggestedAction, output: p.suggestedOutput })),
      );
    }
  }, [proposal, sentCriteria]);

  const byCriterion = new Map((proposal ?? []).map((p) => [p.criterionId, p]));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSent(null);
    try {
      const r = await create({
        variables: {
          input: {
            assessmentId: a.id,
            title: title.trim(),
            year: Number(year),
            items: items
              .filter((i) => i.include)
              .map((i) => ({ criterionId: i.criterionId, name: i.name.trim(), output: i.output.trim() || null })),
          },
        },
      });
      setSent(r.data?.createFollowUpPlan.id ?? null);
      await refetch();
    } catch (err) {
      setError(errorMessage(err));
      // E.g. a criterion sent meanwhile from elsewhere (CONFLICT naming it): show what is already in a plan.
      void refetch();
    }
  }

  return (
    <div className="followup">
      {a.followUpLinks.length ? (
        <section aria-labelledby="fu-links">
          <h3 id="fu-links">{t('assessments.followUp.sentTitle')}</h3>
          <ul className="fu-links">
            {a.followUpLinks.map((l) => {
              const c = index.criteria.find((x) => x.id === l.criterionId);
              return (
                <li key={l.actionId}>
                  <Link to={govPath(`work-plans/${l.planId}`, { focus: l.actionId })}>{l.actionName}</Link>
                  <span className="lke-hint">
                    {' '}
                    · {l.planTitle} ·{' '}
                    {t('assessments.followUp.forCriterion', { criterion: c ? `${c.code ? `${c.code}. ` : ''}${c.text}` : '' })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {!ready ? (
        <p className="note">{t('assessments.followUp.notReady')}</p>
      ) : (
        <form className="form" onSubmit={submit} aria-labelledby="fu-title">
          <h3 id="fu-title">{t('assessments.followUp.proposal')}</h3>
          <div className="field-inline">
            <label htmlFor={`${id}-th`}>{t('assessments.followUp.threshold')}</label>
            <input
              id={`${id}-th`}
              type="text"
              inputMode="decimal"
              className="input-narrow"
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
            <span>%</span>
          </div>
          <QueryState result={result}>
            {() =>
              items.length === 0 ? (
                <p>{proposal?.length ? t('assessments.followUp.allSent') : t('assessments.followUp.none')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table fu-table">
                    <caption>{t('assessments.followUp.caption', { count: items.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('assessments.followUp.include')}</th>
                        <th scope="col">{t('assessments.minutes.criterion')}</th>
                        <th scope="col" className="num">
                          {t('assessments.followUp.value')}
                        </th>
                        <th scope="col">{t('assessments.followUp.action')}</th>
                        <th scope="col">{t('assessments.followUp.output')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((it, i) => {
                        const p = byCriterion.get(it.criterionId);
                        const update = (patch: Partial<Item>) => setItems((list) => list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
                        return (
                          <tr key={it.criterionId}>
                            <td>
                              <input
                                type="checkbox"
                                checked={it.include}
                                aria-label={t('assessments.followUp.includeNamed', { criterion: p?.criterionText ?? '' })}
                                onChange={(e) => update({ include: e.target.checked })}
                              />
                            </td>
                            <td>
                              <span className="lke-hint">
                                {p?.areaName} · {p?.subItemName}
                              </span>
                              <br />
                              {p?.criterionCode ? `${p.criterionCode}. ` : ''}
                              {p?.criterionText}
                            </td>
                            <td className="num">{formatNumber(Math.round((p?.value ?? 0) * 100), { maxFractionDigits: 0 })}%</td>
                            <td>
                              <textarea
                                aria-label={t('assessments.followUp.actionFor', { n: i + 1 })}
                                rows={3}
                                value={it.name}
                                disabled={!isCoordinator}
                                onChange={(e) => update({ name: e.target.value })}
                              />
                            </td>
                            <td>
                              <textarea
                                aria-label={t('assessments.followUp.outputFor', { n: i + 1 })}
                                rows={3}
                                value={it.output}
                                disabled={!isCoordinator}
                                onChange={(e) => update({ output: e.target.value })}
                              />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )
            }
          </QueryState>
          {isCoordinator && items.length ? (
            <>
              <div className="form-row">
                <div className="field">
                  <label htmlFor={`${id}-title`}>{t('assessments.followUp.planTitle')}</label>
                  <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-year`}>{t('assessments.year')}</label>
                  <input
                    id={`${id}-year`}
                    type="text"
                    inputMode="numeric"
                    value={year}
                    onChange={(e) => setYear(e.target.value)}
                    required
                  />
                </div>
              </div>
              <div className="button-row">
                <button type="submit" className="button button-primary" disabled={state.loading || !items.some((i) => i.include)}>
                  {t('assessments.followUp.send', { count: items.filter((i) => i.include).length })}
                </button>
              </div>
            </>
          ) : null}
          {sent ? (
            <p role="status" className="notice">
              {t('assessments.followUp.sent')} <Link to={govPath(`work-plans/${sent}`)}>{t('assessments.followUp.openPlan')}</Link>
            </p>
          ) : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      )}
    </div>
  );
}
