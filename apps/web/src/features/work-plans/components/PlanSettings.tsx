// A plan's own settings on its page: rename, owner agency and legal basis;
// delete while it is a draft (the confirmation says what goes with it); add
// an activity (with its first action) to a Rencana Kerja, so an empty plan
// can be filled from the grid.
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphQLErrorsOf } from '../../../ui/errors.ts';
import { formatCount } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { AgenciesQuery } from '../../session/graphql/agencies.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { AreasForPlanQuery, CreatePlanActivityMutation, DeleteWorkPlanMutation, UpdateWorkPlanMutation } from '../graphql/setup.ts';
import type { Plan } from '../utils/gridRows.ts';
import { Dialog } from './EditorDialogs.tsx';
import './planSetup.css';

type Open = 'edit' | 'delete' | 'activity' | null;

export function PlanSettings({ plan, onStatus }: { plan: Plan; onStatus: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const approved = plan.status === 'APPROVED';
  const close = () => setOpen(null);
  return (
    <div className="plan-settings button-row">
      {plan.kind !== 'PERFORMANCE_AGREEMENT' ? (
        <button type="button" className="button" onClick={() => setOpen('activity')}>
          {t('planSettings.addActivity')}
        </button>
      ) : null}
      <button type="button" className="button" onClick={() => setOpen('edit')}>
        {t('planSettings.edit')}
      </button>
      <button
        type="button"
        className="button button-danger"
        disabled={approved}
        aria-describedby={approved ? 'plan-delete-reason' : undefined}
        onClick={() => setOpen('delete')}
      >
        {t('planSettings.delete')}
      </button>
      {approved ? (
        <span id="plan-delete-reason" className="plan-setup-reason">
          {t('planSettings.deleteApproved')}
        </span>
      ) : null}
      {open === 'edit' ? <EditPlanDialog plan={plan} onClose={close} onSaved={() => onStatus(t('planSettings.saved'))} /> : null}
      {open === 'delete' ? <DeletePlanDialog plan={plan} onClose={close} /> : null}
      {open === 'activity' ? (
        <AddActivityDialog plan={plan} onClose={close} onSaved={(name) => onStatus(t('planSettings.activityAdded', { name }))} />
      ) : null}
    </div>
  );
}

function useFormError() {
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<{ message: string; field: string | undefined } | null>(null);
  const fail = (err: unknown) => {
    const field = graphQLErrorsOf(err)[0]?.extensions?.field;
    setError({ message: errorMessage(err), field: typeof field === 'string' ? field : undefined });
  };
  return { error, setError, fail };
}

function EditPlanDialog({ plan, onClose, onSaved }: { plan: Plan; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const agencies = useQuery(AgenciesQuery).data?.agencies ?? [];
  const [title, setTitle] = useState(plan.title);
  const [agencyId, setAgencyId] = useState(plan.agency?.id ?? '');
  const [regulationRef, setRegulationRef] = useState(plan.regulationRef ?? '');
  const { error, setError, fail } = useFormError();
  const [update, { loading }] = useMutation(UpdateWorkPlanMutation, { refetchQueries: ['WorkPlans'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await update({ variables: { input: { id: plan.id, version: plan.version, title, agencyId: agencyId || null, regulationRef } } });
      onSaved();
      onClose();
    } catch (err) {
      fail(err);
    }
  };
  const invalid = (field: string) =>
    error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'plan-edit-error' } : {};
  return (
    <Dialog title={t('planSettings.edit')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="plan-edit-title">{t('setupPlan.planTitle')}</label>
          <input id="plan-edit-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} {...invalid('title')} />
        </div>
        <div className="field">
          <label htmlFor="plan-edit-agency">{t('setupPlan.owner')}</label>
          <select
            id="plan-edit-agency"
            className="select"
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            {...invalid('agencyId')}
          >
            <option value="">{t('setupPlan.ownerGovernment')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-edit-regulation">{t('setupPlan.regulationRef')}</label>
          <input id="plan-edit-regulation" type="text" value={regulationRef} onChange={(e) => setRegulationRef(e.target.value)} />
        </div>
        {error ? (
          <p id="plan-edit-error" className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('planSettings.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DeletePlanDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const { error, fail } = useFormError();
  const [remove, { loading }] = useMutation(DeleteWorkPlanMutation, { refetchQueries: ['WorkPlans', 'YearOptions', 'PlanSetupOptions'] });
  const actions = plan.activities.reduce((n, a) => n + a.actions.length, 0);
  return (
    <Dialog title={t('planSettings.deleteTitle')} onClose={onClose}>
      <p>
        {t('planSettings.deleteMessage', {
          title: plan.title,
          activities: formatCount(plan.activities.length),
          actions: formatCount(actions),
          steps: formatCount(plan.stepCount),
        })}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          disabled={loading}
          onClick={() =>
            void remove({ variables: { id: plan.id, version: plan.version } })
              .then(() => navigate(govPath('work-plans')))
              .catch(fail)
          }
        >
          {t('planSettings.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('editor.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

const AREAS_QUERY_FALLBACK: { id: string; name: string }[] = [];

function AddActivityDialog({ plan, onClose, onSaved }: { plan: Plan; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const areas = useQuery(AreasForPlanQuery).data?.areas ?? AREAS_QUERY_FALLBACK;
  const [areaId, setAreaId] = useState('');
  const [name, setName] = useState('');
  const [actionName, setActionName] = useState('');
  const { error, setError, fail } = useFormError();
  const [create, { loading }] = useMutation(CreatePlanActivityMutation, { refetchQueries: ['WorkPlan'], awaitRefetchQueries: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await create({ variables: { input: { workPlanId: plan.id, areaId: areaId || null, name, actionName: actionName.trim() || null } } });
      onSaved(name);
      onClose();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Dialog title={t('planSettings.addActivity')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="plan-activity-area">{t('editor.filter.area')}</label>
          <select id="plan-activity-area" className="select" value={areaId} onChange={(e) => setAreaId(e.target.value)}>
            <option value="">{t('setupPlan.noArea')}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-activity-name">{t('planSettings.activityName')}</label>
          <input
            id="plan-activity-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error?.field === 'name' ? true : undefined}
            aria-describedby={error ? 'plan-activity-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-activity-action">{t('planSettings.firstAction')}</label>
          <input id="plan-activity-action" type="text" value={actionName} onChange={(e) => setActionName(e.target.value)} />
        </div>
        {error ? (
          <p id="plan-activity-error" className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('planSettings.add')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
