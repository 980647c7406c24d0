// The history of the answers to one criterion (from the audit log): who, when,
// old → new value and note. The API decides what the viewer may see: their own
// answer's history, everyone's once consensus opens. Loaded when opened.
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { AnswerHistoryQuery } from '../graphql/assessment.ts';
import { answerLabel, type FwCriterion } from '../utils/framework.ts';

export function AnswerHistory({ assessmentId, criterion, label }: { assessmentId: string; criterion: FwCriterion; label: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="answer-history">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('assessments.history.toggleOf', { label })}
        onClick={() => setOpen((v) => !v)}
      >
        {t('assessments.history.toggle')}
      </button>
      {open ? (
        <div id={id}>
          <HistoryList assessmentId={assessmentId} criterion={criterion} label={label} />
        </div>
      ) : null}
    </div>
  );
}

function HistoryList({ assessmentId, criterion, label }: { assessmentId: string; criterion: FwCriterion; label: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery(AnswerHistoryQuery, { variables: { id: assessmentId, criterionId: criterion.id }, fetchPolicy: 'network-only' });
  const blank = t('assessments.history.blank');
  const show = (v: string | null | undefined) => (v == null || v === '' ? blank : answerLabel(criterion, v));
  return (
    <QueryState
      result={q}
      isEmpty={(d) => !d.assessment?.answerHistory.length}
      empty={t('assessments.history.empty')}
      loadingLabel={t('assessments.history.loading')}
    >
      {(d) => (
        <ol className="answer-history-list" aria-label={t('assessments.history.listOf', { label })}>
          {(d.assessment?.answerHistory ?? []).map((h) => (
            <li key={h.id}>
              <span className="answer-history-when">{formatDateTime(h.at, i18n.language)}</span>{' '}
              <span className="answer-history-whose">
                {h.kind === 'CONSENSUS' ? t('assessments.history.consensus') : h.assessorName}
                {h.changedByName && h.changedByName !== h.assessorName ? ` · ${h.changedByName}` : ''}
                {h.kind === 'CONSENSUS' && !h.changedByName ? ` · ${t('assessments.history.agreed')}` : ''}
              </span>
              {': '}
              {h.oldValue !== h.newValue ? (
                <span>
                  <span className={h.oldValue ? 'answer-history-old' : undefined}>{show(h.oldValue)}</span> →{' '}
                  <strong>{show(h.newValue)}</strong>
                </span>
              ) : (
                <span>{t('assessments.history.noteOnly')}</span>
              )}
              {h.oldNote !== h.newNote ? (
                <span className="lke-hint">
                  {' '}
                  ({h.kind === 'CONSENSUS' ? t('assessments.history.reason') : t('assessments.history.note')}: {h.newNote ?? blank})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}
