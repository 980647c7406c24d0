// Scores: the consensus score with its grade, every visible assessor's sheet
// side by side, and the previous year's assessment with the change. All the
// numbers come from the API (the domain engine, rounded to 2 decimals).
import { GRADE_BANDS } from '@rb/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { worksheetXlsx } from '../utils/exportWorksheet.ts';
import { formatScore, formatWeight, indexFramework } from '../utils/framework.ts';
import type { AssessmentData } from './types.ts';

export function gradeLabel(grade: string, language: string) {
  const band = GRADE_BANDS.find((b) => b.grade === grade);
  return band ? (language.startsWith('en') ? band.label.en : band.label.id) : grade;
}

/** A grade; `provisional` when its total does not yet cover the whole worksheet (said in words, not only by style). */
export function GradeBadge({ grade, provisional = false }: { grade: string; provisional?: boolean }) {
  const { t, i18n } = useTranslation();
  const suffix = provisional ? ` (${t('assessments.scores.provisional')})` : '';
  return (
    <span
      className={`grade grade-${grade.toLowerCase()}${provisional ? ' is-provisional' : ''}`}
      title={`${gradeLabel(grade, i18n.language)}${suffix}`}
    >
      <span className="sr-only">{t('assessments.grade')}: </span>
      {grade}
      <span className="grade-label">
        {' '}
        · {gradeLabel(grade, i18n.language)}
        {suffix}
      </span>
    </span>
  );
}

function pathKey(nodes: readonly { id: string; parentId?: string | null; name: string }[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const key = new Map<string, string>();
  for (const n of nodes) {
    const parts: string[] = [];
    let p: typeof n | undefined = n;
    while (p) {
      parts.unshift(p.name.trim().toLowerCase());
      p = p.parentId ? byId.get(p.parentId) : undefined;
    }
    key.set(n.id, parts.join(' / '));
  }
  return key;
}

export function ScoreSummary({ a, showAssessors = true }: { a: AssessmentData; showAssessors?: boolean }) {
  const { t } = useTranslation();
  const index = useMemo(() => indexFramework(a.framework), [a.framework]);
  const rows = index.ordered.filter((n) => n.kind !== 'SUB_ITEM');
  const consensus = new Map(a.consensusScore.nodes.map((n) => [n.nodeId, n]));
  const sheets = showAssessors ? a.assessorScores : [];
  const prev = a.previous;
  const prevByPath = useMemo(() => {
    if (!prev) return new Map<string, number>();
    const keys = pathKey(prev.framework.nodes);
    const scores = new Map(prev.consensusScore.nodes.map((n) => [n.nodeId, n.score]));
    return new Map([...keys].map(([id, k]) => [k, scores.get(id) ?? 0]));
  }, [prev]);
  const myKeys = useMemo(() => pathKey(a.framework.nodes), [a.framework.nodes]);
  // Before consensus opens there is no consensus score yet: show a dash, not a zero.
  const hasConsensus = a.status !== 'DRAFT' && a.status !== 'IN_ASSESSMENT';
  const change = prev && hasConsensus ? Math.round((a.consensusScore.total - prev.consensusScore.total) * 100) / 100 : null;
  const cons = (v: number) => (hasConsensus ? formatScore(v) : '–');
  // Undecided criteria count as 0: the consensus total is provisional until every criterion is decided.
  const consensusOpen = hasConsensus ? a.consensusScore.totalCriteria - a.consensusScore.answered : 0;

  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setExporting('busy');
    try {
      const blob = await worksheetXlsx(a, {
        sheetCriteria: 'LKE',
        sheetScores: t('assessments.tabs.scores'),
        no: t('assessments.minutes.no'),
        path: t('assessments.scores.part'),
        subItem: t('assessments.nodeKind.SUB_ITEM'),
        weight: t('assessments.weight'),
        criterion: t('assessments.minutes.criterion'),
        consensus: t('assessments.consensus.answer'),
        consensusScore: t('assessments.scores.consensus'),
        reason: t('assessments.consensus.reason'),
        review: t('assessments.tabs.review'),
        part: t('assessments.scores.part'),
        total: t('assessments.scores.total'),
        grade: t('assessments.grade'),
        weightUnknown: t('assessments.weightUnknown'),
        reviewStatus: (s) => t(`assessments.reviewStatus.${s as 'PENDING' | 'ACCEPTED' | 'REVISION_REQUIRED' | 'REVISED'}`),
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `LKE-${a.year}-${a.title
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60)}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  }

  return (
    <div className="score-summary">
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => void download()} disabled={exporting === 'busy'}>
          {exporting === 'busy' ? t('assessments.scores.exporting') : t('assessments.scores.export')}
        </button>
        {exporting === 'failed' ? (
          <span className="field-error" role="alert">
            {t('assessments.scores.exportFailed')}
          </span>
        ) : null}
      </div>
      <div className="score-cards">
        <div className="score-card" data-testid="consensus-total">
          <span className="score-card-label">{t('assessments.scores.consensusTotal')}</span>
          <span className="score-card-value">{cons(a.consensusScore.total)}</span>
          {hasConsensus ? <GradeBadge grade={a.consensusScore.grade} provisional={consensusOpen > 0} /> : null}
          <span className="lke-hint">
            {!hasConsensus
              ? t('assessments.scores.noConsensusYet')
              : consensusOpen > 0
                ? t('assessments.scores.provisionalConsensus', { open: consensusOpen, total: a.consensusScore.totalCriteria })
                : t('assessments.answeredOf', { done: a.consensusScore.answered, total: a.consensusScore.totalCriteria })}
          </span>
        </div>
        {prev ? (
          <div className="score-card">
            <span className="score-card-label">
              {t('assessments.scores.previous', { year: prev.year })} ·{' '}
              <span className={`badge badge-${prev.status.toLowerCase()}`}>{t(`enums.assessmentStatus.${prev.status}`)}</span>
            </span>
            <span className="score-card-value">{formatScore(prev.consensusScore.total)}</span>
            <GradeBadge grade={prev.consensusScore.grade} />
            <span className={`score-change ${change !== null && change < 0 ? 'is-down' : 'is-up'}`}>
              {t('assessments.scores.change')}: {change !== null && change > 0 ? '+' : ''}
              {change === null ? '–' : formatScore(change)}
            </span>
          </div>
        ) : null}
        {sheets.map((s) => (
          <div className="score-card" key={s.assessorId}>
            <span className="score-card-label">{t('assessments.scores.sheetOf', { name: s.assessorName })}</span>
            <span className="score-card-value">{formatScore(s.total)}</span>
            <GradeBadge grade={s.grade} provisional={s.answered < s.totalCriteria} />
            <span className="lke-hint">
              {s.answered < s.totalCriteria
                ? t('assessments.scores.provisionalSheet', { open: s.totalCriteria - s.answered, total: s.totalCriteria })
                : t('assessments.answeredOf', { done: s.answered, total: s.totalCriteria })}
            </span>
          </div>
        ))}
      </div>
      {a.consensusScore.nodes.some((n) => n.containsUnknownWeight) ? (
        <p className="note">{t('assessments.scores.unknownWeights')}</p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table score-table">
          <caption>{t('assessments.scores.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.scores.part')}</th>
              <th scope="col" className="num">
                {t('assessments.weight')}
              </th>
              {sheets.map((s) => (
                <th scope="col" className="num" key={s.assessorId}>
                  {s.assessorName}
                </th>
              ))}
              <th scope="col" className="num">
                {t('assessments.scores.consensus')}
                {consensusOpen > 0 ? ` (${t('assessments.scores.provisional')})` : ''}
              </th>
              {prev ? (
                <>
                  <th scope="col" className="num">
                    {prev.year}
                  </th>
                  <th scope="col" className="num">
                    {t('assessments.scores.change')}
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => {
              const c = consensus.get(n.id);
              const before = prevByPath.get(myKeys.get(n.id) ?? '');
              return (
                <tr key={n.id} className={`score-row depth-${n.depth}`}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + n.depth * 1.1}rem` }}>
                    {n.code ? <span className="lke-code">{n.code}</span> : null} {n.name}
                  </th>
                  <td className="num">
                    {n.weight === null || n.weight === undefined ? (
                      <span className="badge badge-unknown">{t('assessments.weightUnknown')}</span>
                    ) : (
                      formatWeight(n.weight, '')
                    )}
                  </td>
                  {sheets.map((s) => (
                    <td className="num" key={s.assessorId}>
                      {formatScore(s.nodes.find((x) => x.nodeId === n.id)?.score ?? 0)}
                    </td>
                  ))}
                  <td className="num">{cons(c?.score ?? 0)}</td>
                  {prev ? (
                    <>
                      <td className="num">{before === undefined ? '–' : formatScore(before)}</td>
                      <td className="num">
                        {before === undefined || !hasConsensus ? '–' : formatScore(Math.round(((c?.score ?? 0) - before) * 100) / 100)}
                      </td>
                    </>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('assessments.scores.total')}</th>
              <td className="num">{formatScore(a.consensusScore.maxTotal)}</td>
              {sheets.map((s) => (
                <td className="num" key={s.assessorId}>
                  {formatScore(s.total)}
                </td>
              ))}
              <td className="num">{cons(a.consensusScore.total)}</td>
              {prev ? (
                <>
                  <td className="num">{formatScore(prev.consensusScore.total)}</td>
                  <td className="num">{change === null ? '–' : formatScore(change)}</td>
                </>
              ) : null}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
