// Berita acara (minutes) of the consensus: the team, every decision where the
// assessors differed or the coordinator decided, and the score and grade. The
// numbers are the API's consensus score, as everywhere else. Printable (print CSS).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRole } from '../../../gql/graphql.ts';
import { formatDate } from '../../../ui/format.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { answerLabel, formatScore, formatWeight, indexFramework } from '../utils/framework.ts';
import { compareAnswers } from './ConsensusView.tsx';
import { gradeLabel } from './ScoreSummary.tsx';
import type { AssessmentData } from './types.ts';

export function Minutes({ a }: { a: AssessmentData }) {
  const { t, i18n } = useTranslation();
  const { government } = useSession();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const assessors = a.members.filter((m) => m.role === 'ASSESSOR');
  const answerOf = new Map(a.answers.map((x) => [`${x.criterionId}:${x.assessorId}`, x]));
  const consensus = new Map(a.consensus.map((x) => [x.criterionId, x]));
  // Only what the meeting decided: a consensus answer the coordinator gave (with
  // a decider or a reason), or one where the assessors' answers differed.
  // Criteria still undecided are counted, never listed as decisions.
  const compare = (c: (typeof index.criteria)[number]) =>
    compareAnswers(
      c,
      assessors.map((m) => answerOf.get(`${c.id}:${m.userId}`)),
    );
  const decisions = index.criteria.filter((c) => {
    const row = consensus.get(c.id);
    return !!row?.value && (!!row.decidedByName || !!row.reason || compare(c).differs);
  });
  const undecided = index.criteria.filter((c) => !consensus.get(c.id)?.value).length;
  const agreed = index.criteria.length - decisions.length - undecided;
  const provisional = undecided > 0;
  const parts = index.ordered.filter((n) => n.depth <= 1 && n.kind !== 'SUB_ITEM');
  const scores = new Map(a.consensusScore.nodes.map((n) => [n.nodeId, n.score]));
  const lastDecision = a.consensus.reduce<string | null>((m, x) => (!m || x.updatedAt > m ? x.updatedAt : m), null);
  const roleLabel = (r: AssessmentRole) => t(`assessments.roles.${r}`);
  const unit = a.agency?.name ?? government.name;

  return (
    <div className="minutes-wrap">
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('assessments.minutes.print')}
        </button>
      </div>
      <article className="minutes" aria-labelledby="minutes-title">
        <header className="minutes-head">
          <p>{government.name.toUpperCase()}</p>
          <h2 id="minutes-title">{t('assessments.minutes.title')}</h2>
          <p>
            {a.title} · {t('assessments.year')} {a.year}
          </p>
        </header>
        <p>
          {t('assessments.minutes.opening', {
            date: formatDate(lastDecision ?? new Date(), i18n.language),
            unit,
            year: a.year,
            framework: a.framework.name,
          })}
        </p>

        <h3>{t('assessments.minutes.result')}</h3>
        <table className="minutes-table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.scores.part')}</th>
              <th scope="col" className="num">
                {t('assessments.weight')}
              </th>
              <th scope="col" className="num">
                {t('assessments.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((n) => (
              <tr key={n.id}>
                <th scope="row" style={{ paddingLeft: `${0.4 + n.depth}rem` }}>
                  {n.name}
                </th>
                <td className="num">{formatWeight(n.weight, t('assessments.weightUnknown'))}</td>
                <td className="num">{formatScore(scores.get(n.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('assessments.scores.total')}</th>
              <td className="num">{formatScore(a.consensusScore.maxTotal)}</td>
              <td className="num" data-testid="minutes-total">
                {formatScore(a.consensusScore.total)}
                {provisional ? ` (${t('assessments.scores.provisional')})` : ''}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('assessments.grade')}</th>
              <td />
              <td className="num">
                {a.consensusScore.grade} ({gradeLabel(a.consensusScore.grade, i18n.language)})
                {provisional ? ` (${t('assessments.scores.provisional')})` : ''}
              </td>
            </tr>
          </tfoot>
        </table>

        <h3>{t('assessments.minutes.decisions')}</h3>
        {provisional ? (
          <p className="note" data-testid="minutes-undecided">
            {t('assessments.minutes.undecidedCount', { count: undecided })}
          </p>
        ) : null}
        <p>{t('assessments.minutes.agreedCount', { count: agreed, total: index.criteria.length })}</p>
        {decisions.length === 0 ? <p>{t('assessments.minutes.noDecisions')}</p> : null}
        {decisions.length ? (
          <table className="minutes-table">
            <thead>
              <tr>
                <th scope="col">{t('assessments.minutes.no')}</th>
                <th scope="col">{t('assessments.minutes.criterion')}</th>
                {assessors.map((m) => (
                  <th scope="col" key={m.userId}>
                    {m.name}
                  </th>
                ))}
                <th scope="col">{t('assessments.consensus.answer')}</th>
                <th scope="col">{t('assessments.consensus.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((c, i) => {
                const row = consensus.get(c.id);
                const sub = index.byId.get(c.nodeId);
                return (
                  <tr key={c.id}>
                    <td>{i + 1}</td>
                    <td>
                      <span className="lke-hint">{sub?.name}</span>
                      <br />
                      {c.code ? `${c.code}. ` : ''}
                      {c.text}
                    </td>
                    {assessors.map((m) => (
                      <td key={m.userId}>{answerLabel(c, answerOf.get(`${c.id}:${m.userId}`)?.value)}</td>
                    ))}
                    <td>
                      <strong>{answerLabel(c, row?.value)}</strong>
                    </td>
                    <td>{row?.reason ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}

        <h3>{t('assessments.minutes.team')}</h3>
        <table className="minutes-table minutes-sign">
          <thead>
            <tr>
              <th scope="col">{t('assessments.minutes.no')}</th>
              <th scope="col">{t('assessments.minutes.name')}</th>
              <th scope="col">{t('assessments.minutes.role')}</th>
              <th scope="col">{t('assessments.minutes.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {a.members.map((m, i) => (
              <tr key={`${m.userId}-${m.role}`}>
                <td>{i + 1}</td>
                <td>{m.name}</td>
                <td>{roleLabel(m.role)}</td>
                <td className="sign-cell" />
              </tr>
            ))}
          </tbody>
        </table>
        <p className="minutes-foot">{t('assessments.minutes.closing', { unit })}</p>
      </article>
    </div>
  );
}
