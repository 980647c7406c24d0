// The coordinator moves the deadline later, with a reason (audited by the API);
// shown in the assessment header while the worksheets are open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useExtendDeadline } from '../hooks/useAssessmentRules.ts';
import type { AssessmentData } from './types.ts';

/** yyyy-mm-dd of a date in the browser's time zone. */
const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function DeadlineExtension({ a }: { a: AssessmentData }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { extend, loading } = useExtendDeadline();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!a.myRoles.includes('COORDINATOR') || !['DRAFT', 'IN_ASSESSMENT'].includes(a.status)) return null;
  const tomorrow = dayOf(new Date(Date.now() + 86_400_000));

  return (
    <div className="deadline-extension no-print">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t('assessments.deadline.extend')}
      </button>
      {open ? (
        <form
          className="form reopen-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            if (!day) return setError(t('assessments.deadline.dayRequired'));
            try {
              // The end of the chosen day, as the create form does.
              await extend({ id: a.id, version: a.version, deadline: new Date(`${day}T23:59:59`).toISOString(), reason: reason.trim() });
              setOpen(false);
              setReason('');
              setDay('');
            } catch (err) {
              setError(errorMessage(err));
            }
          }}
        >
          <div className="field">
            <label htmlFor="deadline-day">{t('assessments.deadline.newDeadline')}</label>
            <input id="deadline-day" type="date" min={tomorrow} value={day} onChange={(e) => setDay(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor="deadline-reason">{t('assessments.deadline.reason')}</label>
            <textarea id="deadline-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={5} />
          </div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('assessments.deadline.confirm')}
          </button>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
