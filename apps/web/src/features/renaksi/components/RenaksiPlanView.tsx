// One renaksi plan: per action the finding it answers, the output and its
// indicator with TW I–IV targets beside their realization (behind target
// highlighted), budget, coordinator and implementers; planners edit an action,
// implementers report a quarter (realization, budget spent, factors,
// follow-up, evidence) in a dialog. What is typed stays on a failed save.
import { useMutation, useQuery } from '@apollo/client/react';
import { parseIndonesianNumber } from '@rb/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RenaksiPlanQuery } from '../../../gql/graphql.ts';
import { WarningsNotice } from '../../checks/components/WarningsNotice.tsx';
import { type Finding, warningsToConfirm } from '../../checks/utils/findings.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { formatNumber, formatRupiah } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { AgenciesQuery } from '../../session/graphql/agencies.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { ReportRenaksiQuarterMutation, SetRenaksiTargetsMutation, UpdateRenaksiActionMutation } from '../graphql/renaksi.ts';

type Plan = NonNullable<RenaksiPlanQuery['workPlan']>;
type RAction = Plan['renaksiActions'][number];
const QUARTERS = [1, 2, 3, 4] as const;

const numberOf = (text: string | null | undefined) => {
  if (!text) return null;
  const r = parseIndonesianNumber(text.replace(/[^\d.,-]/g, '').trim() || 'x', { allowPercentSign: true });
  return r.ok ? Number(r.value) : null;
};

/** Realization below its target in a quarter that has both. */
export function behindTarget(a: RAction, q: number) {
  const target = numberOf(a.targets[q - 1]);
  const real = numberOf(a.realizations[q - 1]);
  return target !== null && real !== null && real < target;
}

function useConflictAware() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (err: unknown) => {
    const code = (err as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    return code === 'CONFLICT' ? t('renaksi.conflict') : errorMessage(err);
  };
}

function EditDialog({ a, onClose, onSaved }: { a: RAction; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const agencies = useQuery(AgenciesQuery);
  const message = useConflictAware();
  const [form, setForm] = useState({
    name: a.name,
    output: a.output ?? '',
    responsibleAgencyId: a.responsibleAgency?.id ?? '',
    implementers: a.implementers ?? '',
    budget: a.budget ? formatNumber(a.budget) : '',
    indicatorName: a.indicator?.name ?? '',
    unit: a.indicator?.unit ?? '',
    total: a.totalTarget ?? '',
    quarters: a.targets.map((x) => x ?? ''),
  });
  const [error, setError] = useState<string | null>(null);
  // The plan checks' warnings on the targets, asked before they are kept.
  const [warnings, setWarnings] = useState<Finding[] | null>(null);
  // The action's version after this dialog saved it (the targets may still wait for a confirmation).
  const [actionVersion, setActionVersion] = useState(a.version);
  const [update, updateState] = useMutation(UpdateRenaksiActionMutation);
  const [targets, targetsState] = useMutation(SetRenaksiTargetsMutation);
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));

  async function submit(e: React.FormEvent | null, confirmWarnings = false) {
    e?.preventDefault();
    setError(null);
    setWarnings(null);
    try {
      const updated = await update({
        variables: {
          input: {
            id: a.id,
            version: actionVersion,
            name: form.name,
            output: form.output,
            responsibleAgencyId: form.responsibleAgencyId || null,
            implementers: form.implementers,
            budget: form.budget,
          },
        },
      });
      const version = updated.data?.updateRenaksiAction.version;
      if (version !== undefined) setActionVersion(version);
      if (form.indicatorName.trim()) {
        await targets({
          variables: {
            input: {
              ownerId: a.id,
              indicatorId: a.indicator?.id,
              version: a.indicator?.version,
              name: form.indicatorName,
              unit: form.unit,
              annual: form.total,
              quarters: form.quarters,
              confirmWarnings,
            },
          },
        });
      }
      await onSaved();
      onClose();
    } catch (err) {
      const toConfirm = warningsToConfirm(err);
      // Warnings: the action is saved, the targets wait for "save anyway" (or a fix); the form keeps what was typed.
      if (toConfirm) setWarnings(toConfirm);
      else {
        setError(message(err));
        await onSaved();
      }
    }
  }

  return (
    <Dialog title={t('renaksi.editTitle')} onClose={onClose} className="dialog renaksi-dialog">
      <form onSubmit={(e) => void submit(e)} className="form">
        <div className="field">
          <label htmlFor="ra-name">{t('renaksi.actionName')}</label>
          <textarea id="ra-name" rows={2} value={form.name} onChange={(e) => set('name', e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="ra-output">{t('renaksi.output')}</label>
          <input id="ra-output" className="input" value={form.output} onChange={(e) => set('output', e.target.value)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ra-coord">{t('renaksi.coordinator')}</label>
            <select
              id="ra-coord"
              className="input"
              value={form.responsibleAgencyId}
              onChange={(e) => set('responsibleAgencyId', e.target.value)}
            >
              <option value="">–</option>
              {(agencies.data?.agencies ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.shortName ? `${g.shortName} · ${g.name}` : g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ra-impl">{t('renaksi.implementers')}</label>
            <input id="ra-impl" className="input" value={form.implementers} onChange={(e) => set('implementers', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ra-budget">{t('renaksi.budget')}</label>
            <input
              id="ra-budget"
              className="input"
              inputMode="decimal"
              value={form.budget}
              onChange={(e) => set('budget', e.target.value)}
            />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ra-ind">{t('renaksi.indicatorName')}</label>
            <input id="ra-ind" className="input" value={form.indicatorName} onChange={(e) => set('indicatorName', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="ra-unit">{t('renaksi.unit')}</label>
            <input id="ra-unit" className="input input-narrow" value={form.unit} onChange={(e) => set('unit', e.target.value)} />
          </div>
        </div>
        <div className="field-row">
          {QUARTERS.map((q) => (
            <div className="field" key={q}>
              <label htmlFor={`ra-t${q}`}>{t('renaksi.targetOf', { q: ['I', 'II', 'III', 'IV'][q - 1] })}</label>
              <input
                id={`ra-t${q}`}
                className="input input-narrow"
                value={form.quarters[q - 1]}
                onChange={(e) => setForm((f) => ({ ...f, quarters: f.quarters.map((x, i) => (i === q - 1 ? e.target.value : x)) }))}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor="ra-total">{t('renaksi.total')}</label>
            <input id="ra-total" className="input input-narrow" value={form.total} onChange={(e) => set('total', e.target.value)} />
          </div>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {warnings ? (
          <WarningsNotice findings={warnings} busy={updateState.loading || targetsState.loading} onKeep={() => void submit(null, true)} />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={updateState.loading || targetsState.loading}>
            {t('renaksi.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('renaksi.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ReportDialog({ a, onClose, onSaved }: { a: RAction; onClose: () => void; onSaved: (q: number) => Promise<unknown> }) {
  const { t } = useTranslation();
  const message = useConflictAware();
  const firstOpen = QUARTERS.find((q) => !a.reports.some((r) => r.quarter === q)) ?? 4;
  const [quarter, setQuarter] = useState<number>(firstOpen);
  const existing = a.reports.find((r) => r.quarter === quarter);
  // The form of a quarter: what was reported for it, else empty.
  const formFor = (q: number) => {
    const r = a.reports.find((x) => x.quarter === q);
    return {
      realization: a.realizations[q - 1] ?? '',
      budgetRealization: r?.budgetRealization ? formatNumber(r.budgetRealization) : '',
      supportingFactors: r?.supportingFactors ?? '',
      hinderingFactors: r?.hinderingFactors ?? '',
      followUp: r?.followUp ?? '',
      evidence: r?.evidence.length ? r.evidence.map((e) => ({ title: e.title, url: e.url })) : [{ title: '', url: '' }],
    };
  };
  const [form, setForm] = useState(() => formFor(firstOpen));
  const [error, setError] = useState<string | null>(null);
  const [report, state] = useMutation(ReportRenaksiQuarterMutation);
  const set = (k: 'realization' | 'budgetRealization' | 'supportingFactors' | 'hinderingFactors' | 'followUp', v: string) =>
    setForm((f) => ({ ...f, [k]: v }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await report({
        variables: {
          input: {
            actionId: a.id,
            quarter,
            version: existing?.version ?? null,
            realization: form.realization,
            budgetRealization: form.budgetRealization,
            supportingFactors: form.supportingFactors,
            hinderingFactors: form.hinderingFactors,
            followUp: form.followUp,
            evidence: form.evidence.filter((x) => x.title.trim() || x.url.trim()),
          },
        },
      });
      await onSaved(quarter);
      onClose();
    } catch (err) {
      setError(message(err));
    }
  }

  return (
    <Dialog title={t('renaksi.reportTitle', { action: a.name })} onClose={onClose} className="dialog renaksi-dialog">
      <form onSubmit={onSubmit} className="form">
        <div className="field-row">
          <div className="field">
            <label htmlFor="rr-q">{t('renaksi.reportQuarter')}</label>
            <select
              id="rr-q"
              className="input"
              value={quarter}
              onChange={(e) => {
                const q = Number(e.target.value);
                setQuarter(q);
                setForm(formFor(q));
                setError(null);
              }}
            >
              {QUARTERS.map((q) => (
                <option key={q} value={q}>
                  {t('renaksi.quarter', { q: ['I', 'II', 'III', 'IV'][q - 1] })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rr-real">
              {t('renaksi.realization')}
              {a.indicator?.unit ? ` (${a.indicator.unit})` : ''}
            </label>
            <input
              id="rr-real"
              className="input input-narrow"
              value={form.realization}
              onChange={(e) => set('realization', e.target.value)}
            />
            <span className="lke-hint">
              {t('renaksi.target')}: {a.targets[quarter - 1] ?? '–'}
            </span>
          </div>
          <div className="field">
            <label htmlFor="rr-budget">{t('renaksi.budgetRealization')}</label>
            <input
              id="rr-budget"
              className="input"
              inputMode="decimal"
              value={form.budgetRealization}
              onChange={(e) => set('budgetRealization', e.target.value)}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="rr-sup">{t('renaksi.supporting')}</label>
          <textarea id="rr-sup" rows={2} value={form.supportingFactors} onChange={(e) => set('supportingFactors', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rr-hin">{t('renaksi.hindering')}</label>
          <textarea id="rr-hin" rows={2} value={form.hinderingFactors} onChange={(e) => set('hinderingFactors', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rr-fu">{t('renaksi.followUp')}</label>
          <textarea id="rr-fu" rows={2} value={form.followUp} onChange={(e) => set('followUp', e.target.value)} />
        </div>
        <fieldset>
          <legend>{t('renaksi.evidence')}</legend>
          {form.evidence.map((ev, i) => (
            <div className="field-row" key={i}>
              <div className="field">
                <label htmlFor={`rr-et${i}`}>{t('renaksi.evidenceTitle', { n: i + 1 })}</label>
                <input
                  id={`rr-et${i}`}
                  className="input"
                  value={ev.title}
                  onChange={(e) =>
                    setForm((f) => ({ ...f, evidence: f.evidence.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)) }))
                  }
                />
              </div>
              <div className="field">
                <label htmlFor={`rr-eu${i}`}>{t('renaksi.evidenceUrl', { n: i + 1 })}</label>
                <input
                  id={`rr-eu${i}`}
                  className="input"
                  type="url"
                  value={ev.url}
                  onChange={(e) =>
                    setForm((f) => ({ ...f, evidence: f.evidence.map((x, j) => (j === i ? { ...x, url: e.target.value } : x)) }))
                  }
                />
              </div>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => setForm((f) => ({ ...f, evidence: [...f.evidence, { title: '', url: '' }] }))}
          >
            {t('renaksi.addEvidence')}
          </button>
        </fieldset>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={state.loading}>
            {t('renaksi.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('renaksi.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenaksiPlanView({ plan, refetch }: { plan: Plan; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const [editing, setEditing] = useState<RAction | null>(null);
  const [reporting, setReporting] = useState<RAction | null>(null);
  const [status, setStatus] = useState('');
  const roman = ['I', 'II', 'III', 'IV'];
  const groups = [...new Set(plan.renaksiActions.map((a) => a.group))];
  let n = 0;

  return (
    <div className="renaksi">
      <p className="breadcrumbs no-print">
        <Link to={govPath('renaksi')}>{t('renaksi.back')}</Link>
      </p>
      <h1>{plan.title}</h1>
      <ul className="renaksi-progress" aria-label={t('renaksi.realization')}>
        {QUARTERS.map((q) => {
          const withTarget = plan.renaksiActions.filter((a) => a.targets[q - 1] && a.realizations[q - 1]);
          const met = withTarget.filter((a) => !behindTarget(a, q)).length;
          const planned = plan.renaksiActions.filter((a) => a.targets[q - 1]).length;
          return (
            <li key={q}>
              {withTarget.length
                ? t('renaksi.progress', { q: roman[q - 1], met, total: planned })
                : t('renaksi.notReported', { q: roman[q - 1] })}
            </li>
          );
        })}
      </ul>
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      <div className="table-scroll">
        <table className="data-table renaksi-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                No
              </th>
              <th scope="col" rowSpan={2}>
                {t('renaksi.finding')} / {t('renaksi.action')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('renaksi.output')} / {t('renaksi.indicator')}
              </th>
              {QUARTERS.map((q) => (
                <th scope="colgroup" key={q} className="num">
                  {t('renaksi.quarter', { q: roman[q - 1] })}
                </th>
              ))}
              <th scope="col" rowSpan={2} className="num">
                {t('renaksi.total')}
              </th>
              <th scope="col" rowSpan={2} className="num">
                {t('renaksi.budget')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('renaksi.coordinator')} / {t('renaksi.implementers')}
              </th>
              <th scope="col" rowSpan={2}>
                <span className="sr-only">{t('renaksi.edit')}</span>
              </th>
            </tr>
            <tr>
              {QUARTERS.map((q) => (
                <th scope="col" key={q} className="num lke-hint">
                  {t('renaksi.target')} / {t('renaksi.realization')}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={11}>
                  {g}
                </th>
              </tr>
              {plan.renaksiActions
                .filter((a) => a.group === g)
                .map((a) => {
                  n++;
                  return (
                    <tr key={a.id}>
                      <td>{n}</td>
                      <th scope="row">
                        {a.finding ? <span className="lke-hint renaksi-finding">{a.finding.text}</span> : null}
                        {a.name}
                      </th>
                      <td>
                        {a.output ?? '–'}
                        <br />
                        <span className="lke-hint">
                          {a.indicator
                            ? `${a.indicator.name}${a.indicator.unit ? ` (${a.indicator.unit})` : ''}`
                            : t('renaksi.noIndicator')}
                        </span>
                      </td>
                      {QUARTERS.map((q) => (
                        <td key={q} className={`num${behindTarget(a, q) ? ' behind' : ''}`}>
                          {a.targets[q - 1] ?? '–'} / {a.realizations[q - 1] ?? '–'}
                          {behindTarget(a, q) ? <span className="badge badge-needs_revision">{t('renaksi.behind')}</span> : null}
                        </td>
                      ))}
                      <td className="num">{a.totalTarget ?? '–'}</td>
                      <td className="num">{a.budget ? formatRupiah(a.budget) : '–'}</td>
                      <td>
                        {a.responsibleAgency?.shortName ?? a.responsibleAgency?.name ?? '–'}
                        <br />
                        <span className="lke-hint">{a.implementers ?? ''}</span>
                      </td>
                      <td>
                        <div className="button-col">
                          {plan.canEdit ? (
                            <button
                              type="button"
                              className="button button-small"
                              onClick={() => setEditing(a)}
                              aria-label={`${t('renaksi.edit')}: ${a.name}`}
                            >
                              {t('renaksi.edit')}
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setReporting(a)}
                            aria-label={`${t('renaksi.report')}: ${a.name}`}
                          >
                            {t('renaksi.report')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          ))}
        </table>
      </div>
      {editing ? (
        <EditDialog
          a={editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            await refetch();
            setStatus(t('renaksi.saved'));
          }}
        />
      ) : null}
      {reporting ? (
        <ReportDialog
          a={reporting}
          onClose={() => setReporting(null)}
          onSaved={async (q) => {
            await refetch();
            setStatus(t('renaksi.reported', { q: roman[q - 1] }));
          }}
        />
      ) : null}
    </div>
  );
}
