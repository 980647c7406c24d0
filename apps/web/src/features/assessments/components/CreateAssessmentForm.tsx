// A coordinator (or administrator) starts an assessment: unit, year,
// framework version, team and deadline.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { AssessmentCandidatesQuery, CreateAssessmentMutation } from '../graphql/assessment.ts';

export function CreateAssessmentForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { year: sessionYear, viewer } = useSession();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const result = useQuery(AssessmentCandidatesQuery);
  const [create, state] = useMutation(CreateAssessmentMutation, { refetchQueries: ['Assessments'] });
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(sessionYear));
  const [agencyId, setAgencyId] = useState('');
  const [frameworkId, setFrameworkId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [coordinatorId, setCoordinatorId] = useState(viewer.user.id);
  const [assessorIds, setAssessorIds] = useState<string[]>([]);
  const [reviewerId, setReviewerId] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const r = await create({
        variables: {
          input: {
            title: title.trim(),
            year: Number(year),
            agencyId: agencyId || null,
            frameworkId,
            deadline: deadline ? new Date(`${deadline}T23:59:59`).toISOString() : null,
            coordinatorId,
            assessorIds: assessorIds.filter((a) => a !== coordinatorId && a !== reviewerId),
            reviewerId,
          },
        },
      });
      if (r.data) navigate(govPath(`assessments/${r.data.createAssessment.id}`));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <QueryState result={result}>
      {(data) => {
        // Each part of the team is offered to those who hold its government role (as the API checks).
        const holding = (...roles: string[]) => data.assessmentCandidates.filter((p) => p.roles.some((r) => roles.includes(r)));
        const coordinators = holding('ASSESSMENT_COORDINATOR', 'ADMIN');
        const reviewers = holding('REVIEWER');
        const assessors = holding('ASSESSOR').filter((p) => p.userId !== coordinatorId && p.userId !== reviewerId);
        const none = (role: 'ASSESSOR' | 'REVIEWER') => (
          <p className="lke-hint">{t('assessments.create.nobodyWithRole', { role: t(`enums.role.${role}`) })}</p>
        );
        const frameworks = data.frameworks.filter((f) => f.status === 'PUBLISHED');
        return (
          <form className="form create-assessment" onSubmit={submit} aria-labelledby={`${id}-h`}>
            <h2 id={`${id}-h`}>{t('assessments.create.title')}</h2>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-title`}>{t('assessments.columns.title')}</label>
                <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
              </div>
              <div className="field">
                <label htmlFor={`${id}-year`}>{t('assessments.year')}</label>
                <input id={`${id}-year`} type="text" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} required />
              </div>
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-agency`}>{t('assessments.columns.agency')}</label>
                <select id={`${id}-agency`} className="select" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
                  <option value="">{t('assessments.wholeGovernment')}</option>
                  {data.agencies.map((ag) => (
                    <option key={ag.id} value={ag.id}>
                      {ag.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-fw`}>{t('assessments.columns.framework')}</label>
                <select id={`${id}-fw`} className="select" value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)} required>
                  <option value="">{t('assessments.create.choose')}</option>
                  {frameworks.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name} (r{f.revision})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-deadline`}>{t('assessments.columns.deadline')}</label>
                <input id={`${id}-deadline`} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
              </div>
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`${id}-coord`}>{t('assessments.roles.COORDINATOR')}</label>
                <select
                  id={`${id}-coord`}
                  className="select"
                  value={coordinatorId}
                  onChange={(e) => setCoordinatorId(e.target.value)}
                  required
                >
                  {coordinators.some((p) => p.userId === coordinatorId) ? null : <option value="">{t('assessments.create.choose')}</option>}
                  {coordinators.map((p) => (
                    <option key={p.userId} value={p.userId}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-rev`}>{t('assessments.roles.REVIEWER')}</label>
                <select id={`${id}-rev`} className="select" value={reviewerId} onChange={(e) => setReviewerId(e.target.value)} required>
                  <option value="">{t('assessments.create.choose')}</option>
                  {reviewers.map((p) => (
                    <option key={p.userId} value={p.userId}>
                      {p.name}
                    </option>
                  ))}
                </select>
                {reviewers.length ? null : none('REVIEWER')}
              </div>
            </div>
            <fieldset className="assessor-picker">
              <legend>{t('assessments.create.assessors')}</legend>
              {assessors.length ? null : none('ASSESSOR')}
              {assessors.map((p) => (
                <label key={p.userId} className="field-inline">
                  <input
                    type="checkbox"
                    checked={assessorIds.includes(p.userId)}
                    onChange={(e) => setAssessorIds((ids) => (e.target.checked ? [...ids, p.userId] : ids.filter((x) => x !== p.userId)))}
                  />
                  {p.name} <span className="lke-hint">{p.email}</span>
                </label>
              ))}
            </fieldset>
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={state.loading}>
                {t('assessments.create.submit')}
              </button>
              <button type="button" className="button" onClick={onCancel}>
                {t('assessments.cancel')}
              </button>
            </div>
          </form>
        );
      }}
    </QueryState>
  );
}
