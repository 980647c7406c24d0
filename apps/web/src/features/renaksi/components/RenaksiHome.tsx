// The renaksi home: the findings (catatan LHE) that have no renaksi action yet,
// chosen into a new renaksi plan (planners), and the year's renaksi plans.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { CreateRenaksiMutation, RenaksiHomeQuery } from '../graphql/renaksi.ts';

export function RenaksiHome() {
  const { t } = useTranslation();
  const { year, roles, isAdmin } = useSession();
  const govPath = useGovPath();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const result = useQuery(RenaksiHomeQuery, { variables: { year } });
  const [chosen, setChosen] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  // Typed year, else the year after the newest finding (findings of one year start the next year's renaksi).
  const [typedYear, setPlanYear] = useState('');
  const newest = Math.max(0, ...(result.data?.unfollowedFindings ?? []).map((f) => f.year));
  const planYear = typedYear || String(newest ? newest + 1 : year);
  const [error, setError] = useState<string | null>(null);
  const [create, createState] = useMutation(CreateRenaksiMutation);
  const canCreate = isAdmin || roles.includes('PLANNER');

  async function onCreate(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const y = Number(planYear);
      const r = await create({
        variables: { input: { year: y, title: title.trim() || t('renaksi.defaultTitle', { year: y }), findingIds: chosen } },
      });
      if (r.data) navigate(govPath(`renaksi/${r.data.createRenaksi.id}`));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <QueryState result={result}>
      {(data) => (
        <>
          <section aria-labelledby="renaksi-plans">
            <h2 id="renaksi-plans">{t('renaksi.plans', { year })}</h2>
            {data.workPlans.length ? (
              <ul className="renaksi-plans">
                {data.workPlans.map((p) => (
                  <li key={p.id}>
                    <Link to={govPath(`renaksi/${p.id}`)}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="lke-hint">{t('renaksi.plansEmpty')}</p>
            )}
          </section>

          <section aria-labelledby="renaksi-findings">
            <h2 id="renaksi-findings">{t('renaksi.findings')}</h2>
            {data.unfollowedFindings.length === 0 ? (
              <p className="lke-hint">{t('renaksi.findingsEmpty')}</p>
            ) : (
              <form onSubmit={onCreate} aria-label={t('renaksi.createTitle')}>
                <table className="data-table renaksi-findings">
                  <thead>
                    <tr>
                      {canCreate ? (
                        <th scope="col">
                          <span className="sr-only">{t('renaksi.choose', { text: '' })}</span>
                        </th>
                      ) : null}
                      <th scope="col">{t('renaksi.finding')}</th>
                      <th scope="col">{t('renaksi.year')}</th>
                      <th scope="col">{t('renaksi.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.unfollowedFindings.map((f) => (
                      <tr key={f.id}>
                        {canCreate ? (
                          <td>
                            <input
                              type="checkbox"
                              aria-label={t('renaksi.choose', { text: f.text })}
                              checked={chosen.includes(f.id)}
                              onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, f.id] : prev.filter((x) => x !== f.id)))}
                            />
                          </td>
                        ) : null}
                        <td>{f.text}</td>
                        <td>{f.year}</td>
                        <td>{f.source ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {canCreate ? (
                  <fieldset className="form renaksi-create">
                    <legend>{t('renaksi.createTitle')}</legend>
                    <div className="field">
                      <label htmlFor="renaksi-title">{t('renaksi.planTitle')}</label>
                      <input
                        id="renaksi-title"
                        className="input"
                        value={title}
                        placeholder={t('renaksi.defaultTitle', { year: planYear })}
                        onChange={(e) => setTitle(e.target.value)}
                      />
                    </div>
                    <div className="field">
                      <label htmlFor="renaksi-year">{t('renaksi.planYear')}</label>
                      <input
                        id="renaksi-year"
                        className="input input-narrow"
                        inputMode="numeric"
                        value={planYear}
                        onChange={(e) => setPlanYear(e.target.value)}
                      />
                    </div>
                    <p className="lke-hint">{t('renaksi.chosen', { count: chosen.length })}</p>
                    <button type="submit" className="button button-primary" disabled={!chosen.length || createState.loading}>
                      {t('renaksi.create')}
                    </button>
                    {error ? (
                      <p className="form-error" role="alert">
                        {error}
                      </p>
                    ) : null}
                  </fieldset>
                ) : null}
              </form>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
