// The evaluation of the 2023 model beside the self-assessment: the index this
// assessment is part of (Indeks RB = RB General + RB Tematik), per component
// and per item the self-assessed (consensus) score, the evaluator's, and the
// difference; an evaluator (or administrator) enters the evaluator's values
// here, checked as they are typed and saved all at once with their versions.
import { useMutation } from '@apollo/client/react';
import { interpretAnswer } from '@rb/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import { translateApiMessage, useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { SetEvaluatorScoresMutation } from '../graphql/assessment.ts';
import { answerLabel, type FwCriterion, formatScore, formatWeight, indexFramework, liveScore } from '../utils/framework.ts';
import { GradeBadge } from './ScoreSummary.tsx';
import type { AssessmentData } from './types.ts';
import '../evaluation.css';

interface Draft {
  value: string;
  note: string;
}

const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : Math.round((a - b) * 100) / 100;

function Difference({ value }: { value: number | null }) {
  if (value === null) return <span>–</span>;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return (
    <span className={value < 0 ? 'diff-down' : value > 0 ? 'diff-up' : undefined}>
      {sign}
      {formatScore(Math.abs(value))}
    </span>
  );
}

export function EvaluationView({ a, canEdit, refetch }: { a: AssessmentData; canEdit: boolean; refetch: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const saved = useMemo(() => new Map(a.evaluatorScores.map((e) => [e.criterionId, e])), [a.evaluatorScores]);
  const consensus = useMemo(() => new Map(a.consensus.map((c) => [c.criterionId, c.value ?? null])), [a.consensus]);
  const [drafts, setDrafts] = useState<Map<string, Draft>>(new Map());
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [save, saveState] = useMutation(SetEvaluatorScoresMutation);

  // Numbers are shown and typed the Indonesian way (66,02); the API stores plain decimals and reads both.
  const shown = (c: FwCriterion, v: string | null | undefined) =>
    v && (c.answerType === 'SCALE' || c.answerType === 'PERCENTAGE') && /^-?\d+(\.\d+)?$/.test(v) ? v.replace('.', ',') : (v ?? '');
  const typedValue = (c: FwCriterion) => drafts.get(c.id)?.value ?? shown(c, saved.get(c.id)?.value);
  const noteOf = (c: FwCriterion) => drafts.get(c.id)?.note ?? saved.get(c.id)?.note ?? '';
  const problemOf = (c: FwCriterion) => {
    const r = interpretAnswer(
      {
        id: c.id,
        answerType: c.answerType,
        options: c.answerType === 'PERCENTAGE' || c.answerType === 'SCALE' ? null : c.options,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        scoreRule: c.scoreRule,
      },
      typedValue(c),
    );
    return r.kind === 'INVALID' ? r.reason : null;
  };
  const changed = [...drafts.entries()].filter(([id, d]) => {
    const s = saved.get(id);
    const c = index.criteria.find((x) => x.id === id);
    return d.value !== (c ? shown(c, s?.value) : (s?.value ?? '')) || d.note !== (s?.note ?? '');
  });
  const invalid = index.criteria.filter((c) => drafts.has(c.id) && problemOf(c));

  // Live: the evaluator's sheet with what is typed (the API's once saved); the self sheet is the consensus.
  const evaluatorLive = useMemo(
    () => liveScore(index, new Map(index.criteria.map((c) => [c.id, drafts.get(c.id)?.value ?? saved.get(c.id)?.value ?? null]))),
    [index, drafts, saved],
  );
  const self = useMemo(() => liveScore(index, consensus), [index, consensus]);
  const hasEvaluator = a.evaluatorScores.some((e) => e.value !== null) || changed.length > 0;

  const setDraft = (c: FwCriterion, patch: Partial<Draft>) =>
    setDrafts((prev) => {
      const next = new Map(prev);
      next.set(c.id, { value: typedValue(c), note: noteOf(c), ...prev.get(c.id), ...patch });
      return next;
    });

  async function onSave(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setStatus('');
    if (!changed.length) {
      setStatus(t('evaluation.nothingChanged'));
      return;
    }
    try {
      const scores = changed.map(([criterionId, d]) => ({
        criterionId,
        value: d.value.trim() || null,
        note: d.note.trim() || null,
        version: saved.get(criterionId)?.version ?? null,
      }));
      await save({ variables: { input: { assessmentId: a.id, scores } } });
      await refetch();
      setDrafts(new Map());
      setStatus(t('evaluation.saved', { count: scores.length }));
    } catch (err) {
      const code = (err as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      setError(code === 'CONFLICT' ? t('evaluation.conflict') : errorMessage(err));
    }
  }

  const topParts = index.ordered.filter((n) => n.depth <= 1 && n.kind !== 'SUB_ITEM');
  const items = index.ordered.filter((n) => (index.criteriaByNode.get(n.id) ?? []).length > 0);
  const rescaledWeight = evaluatorLive.maxTotal;

  return (
    <section className="evaluation" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title" className="sr-only">
        {t('evaluation.tab')}
      </h2>
      <p className="lke-hint">{t('evaluation.intro')}</p>

      {a.index ? (
        <article className="index-card" aria-labelledby="index-title">
          <h3 id="index-title">
            {t('evaluation.index')} · {t('evaluation.indexOf', { code: a.index.code, year: a.year })}
          </h3>
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.part')}</th>
                <th scope="col" className="num">
                  {t('evaluation.self')}
                </th>
                <th scope="col" className="num">
                  {t('evaluation.evaluator')}
                </th>
                <th scope="col" className="num">
                  {t('evaluation.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {a.index.parts.map((p) => (
                <tr key={p.model}>
                  <th scope="row">
                    {p.model}
                    {p.assessmentTitle ? <span className="lke-hint"> · {p.assessmentTitle}</span> : null}
                  </th>
                  <td className="num">
                    {p.total === null || p.total === undefined ? '–' : `${formatScore(p.total)} / ${formatScore(p.maxTotal ?? 0)}`}
                  </td>
                  <td className="num">
                    {p.evaluatorTotal === null || p.evaluatorTotal === undefined ? '–' : formatScore(p.evaluatorTotal)}
                  </td>
                  <td className="num">
                    <Difference value={diff(p.evaluatorTotal, p.total)} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('evaluation.total')}</th>
                <td className="num" data-testid="index-total">
                  {formatScore(a.index.total)} / {formatScore(a.index.maxTotal)}
                </td>
                <td className="num" data-testid="index-evaluator-total">
                  {a.index.evaluatorTotal === null || a.index.evaluatorTotal === undefined ? '–' : formatScore(a.index.evaluatorTotal)}
                </td>
                <td className="num">
                  <Difference value={diff(a.index.evaluatorTotal, a.index.total)} />
                </td>
              </tr>
            </tfoot>
          </table>
          <p>
            {t('evaluation.grade')}: <GradeBadge grade={a.index.grade} provisional={!a.index.complete} />{' '}
            <span className="lke-hint">{t('evaluation.indexBands')}</span>
          </p>
          {!a.index.complete ? (
            <p className="notice" role="note">
              {t('evaluation.indexMissing', {
                parts: a.index.parts
                  .filter((p) => !p.assessmentId)
                  .map((p) => p.model)
                  .join(', '),
              })}
            </p>
          ) : null}
        </article>
      ) : null}

      <h3>{t('evaluation.components')}</h3>
      <table className="score-table" aria-label={t('evaluation.components')}>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.part')}</th>
            <th scope="col" className="num">
              {t('evaluation.weight')}
            </th>
            <th scope="col" className="num">
              {t('evaluation.self')}
            </th>
            <th scope="col" className="num">
              {t('evaluation.evaluator')}
            </th>
            <th scope="col" className="num">
              {t('evaluation.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {topParts.map((n) => {
            const s = self.nodes.get(n.id);
            const ev = hasEvaluator ? evaluatorLive.nodes.get(n.id) : undefined;
            return (
              <tr key={n.id}>
                <th scope="row" style={{ paddingLeft: `${0.4 + n.depth}rem` }}>
                  {n.code ? `${n.code}. ` : ''}
                  {n.name}
                </th>
                <td className="num">{formatWeight(n.weight, t('assessments.weightUnknown'))}</td>
                <td className="num">{formatScore(s?.score ?? 0)}</td>
                <td className="num">{ev ? formatScore(ev.score) : '–'}</td>
                <td className="num">
                  <Difference value={ev ? diff(ev.score, s?.score ?? 0) : null} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('evaluation.total')}</th>
            <td className="num">{formatScore(self.maxTotal)}</td>
            <td className="num" data-testid="self-total">
              {formatScore(self.total)} <GradeBadge grade={self.grade} provisional={self.answered < self.totalCriteria} />
            </td>
            <td className="num" data-testid="evaluator-total">
              {hasEvaluator ? (
                <>
                  {formatScore(evaluatorLive.total)} <GradeBadge grade={evaluatorLive.grade} />
                </>
              ) : (
                t('evaluation.noEvaluator')
              )}
            </td>
            <td className="num">
              <Difference value={hasEvaluator ? diff(evaluatorLive.total, self.total) : null} />
            </td>
          </tr>
        </tfoot>
      </table>
      {index.rules.rescale && a.exclusions.length ? (
        <p className="lke-hint">{t('evaluation.rescaled', { weight: formatNumber(rescaledWeight), full: formatNumber(self.maxTotal) })}</p>
      ) : null}

      <form onSubmit={onSave} aria-labelledby="evaluation-items">
        <h3 id="evaluation-items">{t('evaluation.items')}</h3>
        <div className="table-scroll">
          <table className="score-table evaluation-items">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.item')}</th>
                <th scope="col" className="num">
                  {t('evaluation.weight')}
                </th>
                <th scope="col">{t('evaluation.scoredBy')}</th>
                <th scope="col">{t('evaluation.selfValue')}</th>
                <th scope="col">{t('evaluation.evaluatorValue')}</th>
                <th scope="col">{t('evaluation.evaluatorNote')}</th>
                <th scope="col" className="num">
                  {t('evaluation.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.flatMap((n) =>
                (index.criteriaByNode.get(n.id) ?? []).map((c, i) => {
                  const label = `${c.code ? `${c.code}. ` : ''}${c.text}`;
                  const na = n.notApplicable || index.byId.get(n.id)?.notApplicable;
                  const exclusion = a.exclusions.find((x) => x.nodeId === n.id);
                  const problem = drafts.has(c.id) ? problemOf(c) : null;
                  const s = self.nodes.get(n.id);
                  const ev = evaluatorLive.nodes.get(n.id);
                  const multiplier = c.multiplierId ? index.criteria.find((x) => x.id === c.multiplierId) : null;
                  return (
                    <tr key={c.id} className={na ? 'row-muted' : undefined}>
                      <th scope="row">
                        {label}
                        {c.answerType === 'SCALE' && c.scaleMin !== null && c.scaleMax !== null ? (
                          <span className="lke-hint">
                            {' '}
                            · {t('evaluation.range', { min: formatNumber(c.scaleMin ?? '0'), max: formatNumber(c.scaleMax ?? '0') })}
                          </span>
                        ) : null}
                        {multiplier ? (
                          <span className="lke-hint"> · {t('evaluation.multiplied', { code: multiplier.code ?? multiplier.text })}</span>
                        ) : null}
                        {na ? (
                          <span className="badge badge-draft">
                            {t('evaluation.notApplicable')}
                            {exclusion ? ` · ${t('evaluation.notApplicableReason', { reason: exclusion.reason })}` : ''}
                          </span>
                        ) : null}
                      </th>
                      <td className="num">{i === 0 && !na ? formatWeight(n.weight, t('assessments.weightUnknown')) : ''}</td>
                      <td>
                        {t(`evaluation.scorers.${c.scoredBy}`)}
                        {c.scorerName ? ` (${c.scorerName})` : ''}
                      </td>
                      <td>{answerLabel(c, consensus.get(c.id))}</td>
                      <td>
                        {canEdit && !na ? (
                          <>
                            {c.answerType === 'SCALE' || c.answerType === 'PERCENTAGE' ? (
                              <input
                                className="input input-narrow"
                                inputMode="decimal"
                                aria-label={t('evaluation.evaluatorValueOf', { item: label })}
                                aria-invalid={problem ? true : undefined}
                                aria-describedby={problem ? `ev-problem-${c.id}` : undefined}
                                value={typedValue(c)}
                                onChange={(e) => setDraft(c, { value: e.target.value })}
                              />
                            ) : (
                              <select
                                className="input"
                                aria-label={t('evaluation.evaluatorValueOf', { item: label })}
                                value={typedValue(c)}
                                onChange={(e) => setDraft(c, { value: e.target.value })}
                              >
                                <option value="">–</option>
                                {c.options.map((o) => (
                                  <option key={o.code} value={o.code}>
                                    {o.label}
                                  </option>
                                ))}
                              </select>
                            )}
                            {problem ? (
                              <span id={`ev-problem-${c.id}`} className="field-error">
                                {translateApiMessage(i18n, {
                                  messageKey: `assessment.${PROBLEM_KEYS[problem]}`,
                                  params: { value: typedValue(c) },
                                })}
                              </span>
                            ) : null}
                          </>
                        ) : (
                          answerLabel(c, saved.get(c.id)?.value)
                        )}
                      </td>
                      <td>
                        {canEdit && !na ? (
                          <input
                            className="input"
                            aria-label={t('evaluation.evaluatorNoteOf', { item: label })}
                            value={noteOf(c)}
                            onChange={(e) => setDraft(c, { note: e.target.value })}
                          />
                        ) : (
                          (saved.get(c.id)?.note ?? '')
                        )}
                      </td>
                      <td className="num">
                        {i === 0 ? <Difference value={hasEvaluator && ev && !na ? diff(ev.score, s?.score ?? 0) : null} /> : null}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
        {canEdit ? (
          <div className="button-row sticky-actions">
            <button type="submit" className="button button-primary" disabled={saveState.loading || invalid.length > 0}>
              {saveState.loading ? t('evaluation.saving') : t('evaluation.save')}
            </button>
            {changed.length ? <span className="lke-hint">{t('evaluation.unsaved', { count: changed.length })}</span> : null}
          </div>
        ) : null}
        <p role="status" aria-live="polite" className="save-status">
          {status}
        </p>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** The API's message for each reason an answer cannot be read (the same check runs there). */
const PROBLEM_KEYS = {
  'unknown-option': 'answerUnknownOption',
  'not-a-number': 'answerNotNumber',
  'out-of-range': 'answerOutOfRange',
  'no-options': 'answerNoOptions',
  'no-scale': 'answerNoScale',
} as const;
