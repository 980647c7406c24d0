// The coordinator's consensus view: per criterion every assessor's answer side
// by side, disagreements highlighted, and the consensus answer with a reason.
// Team members see it read-only once consensus opens.
import { useMutation } from '@apollo/client/react';
import { interpretAnswer } from '@rb/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { DecideConsensusMutation } from '../graphql/assessment.ts';
import { answerLabel, type FwCriterion, formatScore, indexFramework, liveScore, type SheetScore } from '../utils/framework.ts';
import { AnswerHistory } from './AnswerHistory.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { EvidenceEditor, EvidenceList } from './EvidencePanel.tsx';
import type { AssessmentData, ConsensusItem, TeamAnswer } from './types.ts';
import { GradeBadge } from './ScoreSummary.tsx';
import { SectionNav, sectionsOf } from './Worksheet.tsx';

/**
 * How the assessors' answers to a criterion compare. `differs`: two or more
 * assessors answered and their values are not all the same. `missing`: at
 * least one assessor gave no (valid) answer. A criterion nobody answered is
 * missing, never differing.
 */
export function compareAnswers(c: FwCriterion, answers: readonly (TeamAnswer | undefined)[]) {
  const sc = {
    id: c.id,
    answerType: c.answerType,
    options: c.answerType === 'PERCENTAGE' || c.answerType === 'SCALE' ? null : c.options,
    scaleMin: c.scaleMin,
    scaleMax: c.scaleMax,
  };
  const values: number[] = [];
  for (const x of answers) {
    const r = interpretAnswer(sc, x?.value);
    if (r.kind === 'VALUE') values.push(r.value);
  }
  return { differs: values.length >= 2 && new Set(values).size > 1, missing: values.length < answers.length };
}

/** The consensus counts of a worksheet, each counted on its own. */
export function consensusCounts(
  criteria: readonly FwCriterion[],
  compare: (c: FwCriterion) => { differs: boolean; missing: boolean },
  decided: (c: FwCriterion) => boolean,
) {
  let differing = 0;
  let unanswered = 0;
  let undecided = 0;
  for (const c of criteria) {
    const x = compare(c);
    if (x.differs) differing++;
    if (x.missing) unanswered++;
    if (!decided(c)) undecided++;
  }
  return { differing, unanswered, undecided };
}

export function ConsensusView({ a, refetch }: { a: AssessmentData; refetch: () => unknown }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const sections = useMemo(() => sectionsOf(index), [index]);
  const assessors = a.members.filter((m) => m.role === 'ASSESSOR');
  const answerOf = useMemo(() => {
    const map = new Map<string, TeamAnswer>();
    for (const x of a.answers) map.set(`${x.criterionId}:${x.assessorId}`, x);
    return map;
  }, [a.answers]);
  const consensus = useMemo(() => new Map(a.consensus.map((x) => [x.criterionId, x])), [a.consensus]);
  const teamEvidence = useMemo(() => {
    const map = new Map<string, AssessmentData['teamEvidence']>();
    for (const e of a.teamEvidence) map.set(e.criterionId, [...(map.get(e.criterionId) ?? []), e]);
    return map;
  }, [a.teamEvidence]);
  const isCoordinator = a.myRoles.includes('COORDINATOR');
  const canDecide = (c: string) =>
    isCoordinator &&
    (a.status === 'CONSENSUS' ||
      (a.status === 'NEEDS_REVISION' && ['REVISION_REQUIRED', 'REVISED'].includes(consensus.get(c)?.reviewStatus ?? '')));
  const onlyOpen = params.get('filter') !== 'all';
  const comparison = useMemo(() => {
    const map = new Map<string, { differs: boolean; missing: boolean }>();
    for (const c of index.criteria)
      map.set(
        c.id,
        compareAnswers(
          c,
          assessors.map((m) => answerOf.get(`${c.id}:${m.userId}`)),
        ),
      );
    return map;
  }, [index, assessors, answerOf]);
  const compare = (c: FwCriterion) => comparison.get(c.id) ?? { differs: false, missing: false };
  const disagreement = (c: FwCriterion) => compare(c).differs;
  const counts = consensusCounts(index.criteria, compare, (c) => !!consensus.get(c.id)?.value);
  const score = useMemo(() => liveScore(index, new Map(a.consensus.map((x) => [x.criterionId, x.value ?? null]))), [index, a.consensus]);
  const current = sections.find((s) => s.id === params.get('area')) ?? sections[0];
  const show = (c: FwCriterion) =>
    !onlyOpen || disagreement(c) || !consensus.get(c.id)?.value || consensus.get(c.id)?.reviewStatus === 'REVISION_REQUIRED';

  const setParam = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };

  if (!a.canSeeAllAnswers) return <p className="note">{t('assessments.consensus.hidden')}</p>;
  return (
    <div className="lke">
      <div className="lke-savebar" role="status">
        <span data-testid="consensus-summary">{t('assessments.consensus.summary', counts)}</span>
        <label className="field-inline">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setParam('filter', e.target.checked ? 'open' : 'all')} />
          {t('assessments.consensus.onlyOpen')}
        </label>
      </div>
      <ConsensusScore score={score} undecided={counts.undecided} />
      <div className="lke-layout">
        <SectionNav
          sections={sections}
          index={index}
          current={current?.id ?? ''}
          onSelect={(id) => setParam('area', id)}
          label={t('assessments.worksheet.areas')}
          progress={(leaves) => {
            let done = 0;
            let total = 0;
            let flagged = 0;
            for (const l of leaves)
              for (const c of index.criteriaByNode.get(l) ?? []) {
                total++;
                if (consensus.get(c.id)?.value) done++;
                else if (disagreement(c)) flagged++;
              }
            return { done, total, flagged };
          }}
        />
        {current ? (
          <section className="lke-section" aria-labelledby="cons-section-title">
            <h2 id="cons-section-title">{current.label}</h2>
            {current.leaves.map((leafId) => {
              const leaf = index.byId.get(leafId)!;
              const criteria = (index.criteriaByNode.get(leafId) ?? []).filter(show);
              if (criteria.length === 0) return null;
              return (
                <div key={leafId} className="lke-subitem">
                  <h3>{leaf.name}</h3>
                  {criteria.map((c) => (
                    <ConsensusRow
                      key={c.id}
                      a={a}
                      c={c}
                      assessors={assessors}
                      answerOf={answerOf}
                      row={consensus.get(c.id)}
                      disagreement={disagreement(c)}
                      missing={compare(c).missing}
                      editable={canDecide(c.id)}
                      evidence={teamEvidence.get(c.id) ?? []}
                      refetch={refetch}
                    />
                  ))}
                </div>
              );
            })}
            {current.leaves.every((l) => (index.criteriaByNode.get(l) ?? []).filter(show).length === 0) ? (
              <p className="lke-hint">{t('assessments.consensus.nothingOpen')}</p>
            ) : null}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function ConsensusRow({
  a,
  c,
  assessors,
  answerOf,
  row,
  disagreement,
  missing,
  editable,
  evidence,
  refetch,
}: {
  a: AssessmentData;
  c: FwCriterion;
  assessors: AssessmentData['members'];
  answerOf: Map<string, TeamAnswer>;
  row: ConsensusItem | undefined;
  disagreement: boolean;
  missing: boolean;
  editable: boolean;
  evidence: AssessmentData['teamEvidence'];
  refetch: () => unknown;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState<string | null>(row?.value ?? null);
  const [reason, setReason] = useState(row?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [decide, state] = useMutation(DecideConsensusMutation);
  const headingId = `cons-${c.id}`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await decide({
        variables: {
          input: { assessmentId: a.id, criterionId: c.id, value, reason: reason.trim() || null, version: row?.version ?? null },
        },
      });
      setSaved(true);
      await refetch();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className={`lke-criterion cons-row${disagreement ? ' is-disagreement' : ''}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {c.code ? <span className="lke-code">{c.code}.</span> : null} {c.text}
        {disagreement ? <span className="badge badge-needs_revision">{t('assessments.consensus.differs')}</span> : null}
        {missing ? <span className="badge">{t('assessments.consensus.notAnswered')}</span> : null}
        {row?.reviewStatus === 'REVISION_REQUIRED' ? (
          <span className="badge badge-needs_revision">{t('assessments.reviewStatus.REVISION_REQUIRED')}</span>
        ) : null}
      </h4>
      {row?.reviewComment ? (
        <p className="note">
          {t('assessments.review.comment')}: {row.reviewComment}
        </p>
      ) : null}
      <table className="data-table cons-answers">
        <caption className="sr-only">{t('assessments.consensus.answersOf', { criterion: c.text })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.consensus.assessor')}</th>
            <th scope="col">{t('assessments.answer.label')}</th>
            <th scope="col">{t('assessments.answer.note')}</th>
            <th scope="col">{t('assessments.evidence.title')}</th>
          </tr>
        </thead>
        <tbody>
          {assessors.map((m) => {
            const x = answerOf.get(`${c.id}:${m.userId}`);
            return (
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                <td>{answerLabel(c, x?.value)}</td>
                <td>{x?.note ?? ''}</td>
                <td>
                  <EvidenceList items={x?.evidence ?? []} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <AnswerHistory assessmentId={a.id} criterion={c} label={c.code ?? c.text.slice(0, 60)} />
      {editable ? (
        <form className="cons-form" onSubmit={submit}>
          <AnswerInput
            criterion={c}
            value={value}
            disabled={false}
            label={t('assessments.consensus.answer')}
            onChange={(v) => setValue(v)}
          />
          <div className="field">
            <label htmlFor={`reason-${c.id}`}>{t('assessments.consensus.reason')}</label>
            <textarea id={`reason-${c.id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={state.loading || !value}>
              {t('assessments.consensus.save')}
            </button>
            <span role="status">{saved ? t('assessments.consensus.saved') : ''}</span>
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <p className="cons-decided">
          <strong>{t('assessments.consensus.answer')}:</strong> {answerLabel(c, row?.value)}
          {row?.value && !row.decidedByName ? ` (${t('assessments.consensus.agreed')})` : ''}
          {row?.reason ? ` — ${row.reason}` : ''}
        </p>
      )}
      {editable ? (
        <EvidenceEditor assessmentId={a.id} criterionId={c.id} items={evidence} team onChanged={refetch} />
      ) : (
        <EvidenceList items={evidence} />
      )}
    </section>
  );
}

/**
 * The consensus score as decided so far. Undecided criteria count as 0 (the
 * score engine's rule for unanswered criteria), so while any is undecided the
 * score and the grade are labelled provisional and the screen says why.
 */
function ConsensusScore({ score, undecided }: { score: SheetScore; undecided: number }) {
  const { t } = useTranslation();
  const provisional = undecided > 0;
  return (
    <div className="lke-live" data-testid="consensus-live">
      <span className="lke-live-label">
        {t('assessments.consensus.liveScore')}
        {provisional ? (
          <>
            {' '}
            <span className="badge">{t('assessments.consensus.provisional')}</span>
          </>
        ) : null}
      </span>
      <span className="lke-live-total" data-testid="live-score">
        {formatScore(score.total)}
      </span>
      <span className="lke-hint">{t('assessments.ofMax', { max: formatScore(score.maxTotal) })}</span>
      <GradeBadge grade={score.grade} provisional={provisional} />
      <span className="lke-hint">
        {provisional
          ? t('assessments.consensus.provisionalNote', { undecided, total: score.totalCriteria })
          : t('assessments.answeredOf', { done: score.answered, total: score.totalCriteria })}
      </span>
    </div>
  );
}
