// Copy a tree (usually last year's) as the start of a new year's tree.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { ClonePerformanceTreeMutation } from '../graphql/trees.ts';

export function CloneTreeForm({ tree, onDone }: { tree: { id: string; title: string; year: number }; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [year, setYear] = useState(String(tree.year + 1));
  const [title, setTitle] = useState(
    tree.title.includes(String(tree.year))
      ? tree.title.replace(String(tree.year), String(tree.year + 1))
      : `${tree.title} ${tree.year + 1}`,
  );
  const [error, setError] = useState<string | null>(null);
  const [clone, { loading }] = useMutation(ClonePerformanceTreeMutation, { refetchQueries: ['PerformanceTrees'] });
  return (
    <form
      className="tree-clone-form"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const r = await clone({ variables: { input: { sourceId: tree.id, year: Number(year), title } } });
          const created = r.data?.clonePerformanceTree;
          onDone();
          if (created) navigate(govPath(`tree/${created.id}`, { year: String(created.year) }));
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <h2 id={`${id}-title`}>{t('tree.clone.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('tree.clone.year')}</label>
          <input id={`${id}-year`} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-name`}>{t('tree.clone.treeTitle')}</label>
          <input id={`${id}-name`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('tree.clone.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('tree.node.cancel')}
        </button>
      </div>
    </form>
  );
}
