// An assessor's worksheet (LKE): one area at a time with progress per area,
// answers saved automatically (see useAnswerAutosave), evidence per criterion
// and the live score of the assessor's own sheet.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type ServerAnswer, useAnswerAutosave } from '../hooks/useAnswerAutosave.ts';
import { type FrameworkIndex, formatScore, formatWeight, indexFramework, liveScore, type SheetScore } from '../utils/framework.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { AnswerHistory } from './AnswerHistory.tsx';
import { AnswerInput } from './AnswerInput.tsx';
import { EvidenceEditor, EvidenceList } from './EvidencePanel.tsx';
import { GradeBadge } from './ScoreSummary.tsx';
import type { AssessmentData } from './types.ts';

export interface Section {
  id: string;
  label: string;
  /** Sub-items (leaf nodes with criteria) in order. */
  leaves: string[];
}

/** Groups the worksheet by area (or by the top node when criteria sit outside areas). */
export function sectionsOf(index: FrameworkIndex): Section[] {
  const sections = new Map<string, Section>();
  for (const n of index.ordered) {
    if (!(index.criteriaByNode.get(n.id)?.length ?? 0)) continue;
    const area = index.areaOf(n.id);
    let top = index.byId.get(n.id)!;
    while (top.parentId) top = index.byId.get(top.parentId)!;
    const key = area?.id ?? top.id;
    let s = sections.get(key);
    if (!s) {
      const path: string[] = [];
      let p = area ? index.byId.get(area.id) : top;
      while (p) {
        path.unshift(p.name);
        p = p.parentId ? index.byId.get(p.parentId) : undefined;
      }
      s = { id: key, label: path.slice(area ? 1 : 0).join(' · '), leaves: [] };
      sections.set(key, s);
    }
    s.leaves.push(n.id);
  }
  return [...sections.values()];
}

export function SectionNav({
  sections,
  index,
  current,
  onSelect,
  progress,
  label,
}: {
  sections: Section[];
  index: FrameworkIndex;
  current: string;
  onSelect: (id: string) => void;
  progress: (leafIds: string[]) => { done: number; total: number; flagged?: number };
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <nav className="lke-nav" aria-label={label}>
      <ul>
        {sections.map((s) => {
          const p = progress(s.leaves);
          return (
            <li key={s.id}>
              <button
                type="button"
                className="lke-nav-item"
                aria-current={s.id === current ? 'true' : undefined}
                onClick={() => onSelect(s.id)}
              >
                <span className="lke-nav-name">{s.label}</span>
                <span className="lke-nav-progress">
                  <progress max={p.total} value={p.done} aria-hidden="true" />
                  <span>{t('assessments.progress', { done: p.done, total: p.total })}</span>
                  {p.flagged ? <span className="badge badge-needs_revision">{p.flagged}</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <span className="sr-only">{index.criteria.length}</span>
    </nav>
  );
}

/** The server's verdict, turning true by itself when the deadline arrives while the worksheet is open. */
function useDeadlinePassed(deadline: string | null, serverPast: boolean): boolean {
  const [reached, setReached] = useState(false);
  useEffect(() => {
    setReached(false);
    if (!deadline || serverPast) return;
    const wait = new Date(deadline).getTime() - Date.now();
    if (!(wait > 0 && wait < 2_147_000_000)) return; // setTimeout's limit (about 24 days)
    const timer = window.setTimeout(() => setReached(true), wait + 1000);
    return () => window.clearTimeout(timer);
  }, [deadline, serverPast]);
  return serverPast || reached;
}

export function Worksheet({ a, userId, refetch }: { a: AssessmentData; userId: string; refetch: () => unknown }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const sections = useMemo(() => sectionsOf(index), [index]);
  // After the deadline the API refuses assessors' saves until the coordinator extends it: the worksheet says so and is read-only.
  const pastDeadline = useDeadlinePassed(a.deadline ?? null, a.pastDeadline);
  const closedByDeadline = a.myRoles.includes('ASSESSOR') && a.status === 'IN_ASSESSMENT' && pastDeadline;
  const editable = a.myRoles.includes('ASSESSOR') && a.status === 'IN_ASSESSMENT' && !pastDeadline;
  const serverAnswers = useMemo<ServerAnswer[]>(
    () => a.myAnswers.map((x) => ({ criterionId: x.criterionId, value: x.value ?? null, note: x.note ?? null, version: x.version })),
    [a.myAnswers],
  );
  const autosave = useAnswerAutosave({ assessmentId: a.id, userId, serverAnswers, enabled: editable });
  const score = useMemo(() => liveScore(index, autosave.values), [index, autosave.values]);
  const current = sections.find((s) => s.id === params.get('area')) ?? sections[0];
  const evidenceByCriterion = useMemo(() => new Map(a.myAnswers.map((x) => [x.criterionId, x.evidence])), [a.myAnswers]);

  const progress = (leaves: string[]) => {
    let done = 0;
    let total = 0;
    for (const l of leaves) {
      const n = score.nodes.get(l);
      done += n?.answered ?? 0;
      total += n?.total ?? 0;
    }
    return { done, total };
  };

  const { summary } = autosave;
  return (
    <div className="lke">
      <div className="lke-savebar" role="status" aria-live="polite">
        {closedByDeadline ? (
          <span className="lke-save-failed">
            {t('assessments.deadline.closed', { date: a.deadline ? formatDateTime(a.deadline, i18n.language) : '' })}
          </span>
        ) : !editable ? (
          <span>{a.myRoles.includes('ASSESSOR') ? t('assessments.worksheet.readOnly') : t('assessments.worksheet.notAssessor')}</span>
        ) : summary.failed > 0 ? (
          <span className="lke-save-failed">
            {t('assessments.save.failedCount', { count: summary.failed })}{' '}
            <button type="button" className="button button-small" onClick={autosave.retryAll}>
              {t('common.retry')}
            </button>
          </span>
        ) : summary.conflicts > 0 ? (
          <span className="lke-save-failed">{t('assessments.save.conflictCount', { count: summary.conflicts })}</span>
        ) : summary.invalid > 0 ? (
          <span className="lke-save-failed">{t('assessments.save.invalidCount', { count: summary.invalid })}</span>
        ) : summary.saving > 0 ? (
          <span>{t('assessments.save.saving')}</span>
        ) : (
          <span className="lke-save-ok">{t('assessments.save.allSaved')}</span>
        )}
      </div>
      <LiveScore score={score} label={t('assessments.worksheet.myScore')} />
      <div className="lke-layout">
        <SectionNav
          sections={sections}
          index={index}
          current={current?.id ?? ''}
          onSelect={(id) => {
            const next = new URLSearchParams(params);
            next.set('area', id);
            setParams(next, { replace: true });
          }}
          progress={progress}
          label={t('assessments.worksheet.areas')}
        />
        {current ? (
          <section className="lke-section" aria-labelledby="lke-section-title">
            <h2 id="lke-section-title">{current.label}</h2>
            {current.leaves.map((leafId) => {
              const leaf = index.byId.get(leafId)!;
              const leafScore = score.nodes.get(leafId);
              return (
                <div key={leafId} className="lke-subitem">
                  <h3>
                    {leaf.code ? <span className="lke-code">{leaf.code}</span> : null} {leaf.name}
                    <span className="lke-weight">
                      {t('assessments.weight')}: {formatWeight(leaf.weight, t('assessments.weightUnknown'))}
                      {leafScore && leaf.weight !== null ? ` · ${t('assessments.score')}: ${formatScore(leafScore.score)}` : ''}
                    </span>
                  </h3>
                  {(index.criteriaByNode.get(leafId) ?? []).map((c) => {
                    const eff = autosave.effective(c.id);
                    const state = autosave.states[c.id];
                    const headingId = `crit-${c.id}`;
                    return (
                      <section key={c.id} className="lke-criterion" aria-labelledby={headingId}>
                        <h4 id={headingId}>
                          {c.code ? <span className="lke-code">{c.code}.</span> : null} {c.text}
                        </h4>
                        {c.guidance ? <p className="lke-hint">{c.guidance}</p> : null}
                        <div className="lke-answer-row">
                          <AnswerInput
                            criterion={c}
                            value={eff.value}
                            disabled={!editable}
                            label={t('assessments.answer.label')}
                            onChange={(value, immediate) => autosave.change(c.id, { value }, immediate)}
                          />
                          <span className={`lke-row-status lke-row-${state?.status ?? 'none'}`} aria-live="polite">
                            {state ? t(`assessments.save.${state.status}`) : null}
                          </span>
                        </div>
                        {state?.status === 'conflict' ? (
                          <div className="form-error" role="alert">
                            {state.message}{' '}
                            <button type="button" className="button button-small" onClick={() => autosave.resolveConflict(c.id, 'mine')}>
                              {t('assessments.save.keepMine')}
                            </button>{' '}
                            <button type="button" className="button button-small" onClick={() => autosave.resolveConflict(c.id, 'theirs')}>
                              {t('assessments.save.takeTheirs')}
                            </button>
                          </div>
                        ) : null}
                        {state?.status === 'invalid' || state?.status === 'failed' ? (
                          <p className="field-error" role="alert">
                            {state.message ?? t('assessments.save.failed')}{' '}
                            {state.status === 'failed' ? (
                              <button type="button" className="button button-small" onClick={() => void autosave.flush(c.id)}>
                                {t('common.retry')}
                              </button>
                            ) : null}
                          </p>
                        ) : null}
                        <div className="field lke-note">
                          <label htmlFor={`note-${c.id}`}>{t('assessments.answer.note')}</label>
                          <textarea
                            id={`note-${c.id}`}
                            rows={2}
                            value={eff.note ?? ''}
                            disabled={!editable}
                            onChange={(e) => autosave.change(c.id, { note: e.target.value })}
                          />
                        </div>
                        <AnswerHistory assessmentId={a.id} criterion={c} label={c.code ?? c.text.slice(0, 60)} />
                        <div className="lke-evidence-block">
                          <span className="lke-label">{t('assessments.evidence.title')}</span>
                          {editable ? (
                            <EvidenceEditor
                              assessmentId={a.id}
                              criterionId={c.id}
                              items={evidenceByCriterion.get(c.id) ?? []}
                              onChanged={refetch}
                            />
                          ) : (
                            <EvidenceList items={evidenceByCriterion.get(c.id) ?? []} />
                          )}
                        </div>
                      </section>
                    );
                  })}
                </div>
              );
            })}
          </section>
        ) : null}
      </div>
    </div>
  );
}

export function LiveScore({ score, label }: { score: SheetScore; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="lke-live">
      <span className="lke-live-label">{label}</span>
      <span className="lke-live-total" data-testid="live-score">
        {formatScore(score.total)}
      </span>
      <span className="lke-hint">{t('assessments.ofMax', { max: formatScore(score.maxTotal) })}</span>
      <GradeBadge grade={score.grade} />
      <span className="lke-hint">{t('assessments.answeredOf', { done: score.answered, total: score.totalCriteria })}</span>
    </div>
  );
}
