// The reviewer's view (Inspektorat): the consensus answer of every criterion
// with its reason; accept it or send it back with a comment.
import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { ReviewCriterionMutation } from '../graphql/assessment.ts';
import { answerLabel, type FwCriterion, indexFramework } from '../utils/framework.ts';
import { AnswerHistory } from './AnswerHistory.tsx';
import { EvidenceList } from './EvidencePanel.tsx';
import type { AssessmentData, ConsensusItem } from './types.ts';
import { SectionNav, sectionsOf } from './Worksheet.tsx';

export function ReviewView({ a, refetch }: { a: AssessmentData; refetch: () => unknown }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const sections = useMemo(() => sectionsOf(index), [index]);
  const consensus = useMemo(() => new Map(a.consensus.map((x) => [x.criterionId, x])), [a.consensus]);
  const current = sections.find((s) => s.id === params.get('area')) ?? sections[0];
  const editable = a.myRoles.includes('REVIEWER') && a.status === 'IN_REVIEW';
  const counts: Record<string, number> = {};
  for (const x of a.consensus) counts[x.reviewStatus] = (counts[x.reviewStatus] ?? 0) + 1;
  const teamEvidence = useMemo(() => {
    const map = new Map<string, AssessmentData['teamEvidence']>();
    for (const e of a.teamEvidence) map.set(e.criterionId, [...(map.get(e.criterionId) ?? []), e]);
    for (const x of a.answers) for (const e of x.evidence) map.set(e.criterionId, [...(map.get(e.criterionId) ?? []), e]);
    return map;
  }, [a.teamEvidence, a.answers]);

  return (
    <div className="lke">
      <div className="lke-savebar" role="status">
        {(['PENDING', 'ACCEPTED', 'REVISION_REQUIRED', 'REVISED'] as const).map((s) => (
          <span key={s} className="review-count">
            {t(`assessments.reviewStatus.${s}`)}: <strong>{counts[s] ?? 0}</strong>
          </span>
        ))}
      </div>
      <div className="lke-layout">
        <SectionNav
          sections={sections}
          index={index}
          current={current?.id ?? ''}
          label={t('assessments.worksheet.areas')}
          onSelect={(id) => {
            const next = new URLSearchParams(params);
            next.set('area', id);
            setParams(next, { replace: true });
          }}
          progress={(leaves) => {
            let done = 0;
            let total = 0;
            let flagged = 0;
            for (const l of leaves)
              for (const c of index.criteriaByNode.get(l) ?? []) {
                total++;
                const st = consensus.get(c.id)?.reviewStatus;
                if (st === 'ACCEPTED') done++;
                if (st === 'REVISION_REQUIRED') flagged++;
              }
            return { done, total, flagged };
          }}
        />
        {current ? (
          <section className="lke-section" aria-labelledby="review-section-title">
            <h2 id="review-section-title">{current.label}</h2>
            {current.leaves.map((leafId) => (
              <div key={leafId} className="lke-subitem">
                <h3>{index.byId.get(leafId)?.name}</h3>
                {(index.criteriaByNode.get(leafId) ?? []).map((c) => (
                  <ReviewRow
                    key={c.id}
                    a={a}
                    c={c}
                    row={consensus.get(c.id)}
                    editable={editable}
                    evidence={teamEvidence.get(c.id) ?? []}
                    refetch={refetch}
                  />
                ))}
              </div>
            ))}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function ReviewRow({
  a,
  c,
  row,
  editable,
  evidence,
  refetch,
}: {
  a: AssessmentData;
  c: FwCriterion;
  row: ConsensusItem | undefined;
  editable: boolean;
  evidence: AssessmentData['teamEvidence'];
  refetch: () => unknown;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [comment, setComment] = useState(row?.reviewComment ?? '');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [review, state] = useMutation(ReviewCriterionMutation);
  const headingId = `rev-${c.id}`;

  async function send(accept: boolean) {
    if (!row) return;
    setError(null);
    try {
      await review({
        variables: {
          input: { assessmentId: a.id, criterionId: c.id, accept, comment: accept ? null : comment.trim(), version: row.version },
        },
      });
      setOpen(false);
      await refetch();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className={`lke-criterion review-${(row?.reviewStatus ?? 'PENDING').toLowerCase()}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {c.code ? <span className="lke-code">{c.code}.</span> : null} {c.text}{' '}
        <span className={`badge badge-review-${(row?.reviewStatus ?? 'PENDING').toLowerCase()}`}>
          {t(`assessments.reviewStatus.${row?.reviewStatus ?? 'PENDING'}`)}
        </span>
      </h4>
      <p>
        <strong>{t('assessments.consensus.answer')}:</strong> {answerLabel(c, row?.value)}
        {row?.reason ? ` — ${row.reason}` : ''}
      </p>
      {row?.reviewComment ? (
        <p className="note">
          {t('assessments.review.comment')}: {row.reviewComment}
        </p>
      ) : null}
      <EvidenceList items={evidence} />
      <AnswerHistory assessmentId={a.id} criterion={c} label={c.code ?? c.text.slice(0, 60)} />
      {editable && row ? (
        <div className="button-row">
          <button type="button" className="button button-small" disabled={state.loading} onClick={() => void send(true)}>
            {t('assessments.review.accept')}
          </button>
          <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            {t('assessments.review.sendBack')}
          </button>
        </div>
      ) : null}
      {open ? (
        <form
          className="cons-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send(false);
          }}
        >
          <div className="field">
            <label htmlFor={`rc-${c.id}`}>{t('assessments.review.comment')}</label>
            <textarea id={`rc-${c.id}`} rows={2} value={comment} required onChange={(e) => setComment(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary button-small" disabled={state.loading || !comment.trim()}>
            {t('assessments.review.confirmSendBack')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
