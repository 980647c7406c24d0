// Starting the year's performance tree: copy the latest earlier tree (the usual start), or
// begin an empty one.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { ClonePerformanceTreeMutation, CreatePerformanceTreeMutation } from '../graphql/trees.ts';

/** Whether the viewer may edit trees (planner or administrator of this government). */
export function useCanPlan() {
  const { roles } = useSession();
  return roles.includes('PLANNER') || roles.includes('ADMIN');
}

export function StartTree({ year, previous }: { year: number; previous: { id: string; title: string; year: number } | null }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [clone, cloning] = useMutation(ClonePerformanceTreeMutation, { refetchQueries: ['PerformanceTrees'] });
  const [create, creating] = useMutation(CreatePerformanceTreeMutation, { refetchQueries: ['PerformanceTrees'] });
  const go = (tree: { id: string; year: number } | undefined) => {
    if (tree) navigate(govPath(`tree/${tree.id}`, { year: String(tree.year) }));
  };
  const run = async (work: () => Promise<{ id: string; year: number } | undefined>) => {
    setError(null);
    try {
      go(await work());
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="tree-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tree.start.title', { year })}</h2>
      <div className="button-row">
        {previous ? (
          <button
            type="button"
            className="button button-primary"
            disabled={cloning.loading}
            onClick={() =>
              run(async () => {
                const r = await clone({
                  variables: {
                    input: {
                      sourceId: previous.id,
                      year,
                      title: previous.title.includes(String(previous.year))
                        ? previous.title.replace(String(previous.year), String(year))
                        : `${previous.title} ${year}`,
                    },
                  },
                });
                return r.data?.clonePerformanceTree;
              })
            }
          >
            {t('tree.start.clone', { title: previous.title, year: previous.year })}
          </button>
        ) : null}
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('tree.start.empty')}
        </button>
      </div>
      {open ? (
        <form
          className="tree-clone-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await create({ variables: { input: { title, year } } })).data?.createPerformanceTree);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('tree.clone.treeTitle')}</label>
            <input id={`${id}-name`} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {t('tree.start.create')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
