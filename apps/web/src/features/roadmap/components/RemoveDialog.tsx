// Asks before removing a road-map item, saying what it affects: deleted for
// good when nothing hangs on it, archived (kept with its history) otherwise.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapItemKind } from '../../../gql/graphql.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { RoadmapItemUsageQuery } from '../graphql/roadmap.ts';
import { Dialog } from './Dialog.tsx';

export function RemoveDialog({
  kind,
  id,
  name,
  onConfirm,
  onClose,
}: {
  kind: RoadmapItemKind;
  id: string;
  name: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const result = useQuery(RoadmapItemUsageQuery, { variables: { kind, id }, fetchPolicy: 'network-only' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t('roadmaps.removeTitle', { name })} onClose={onClose}>
      <QueryState result={result} loadingLabel={t('roadmaps.removeChecking')}>
        {({ roadmapItemUsage: u }) => {
          const list = [
            u.values ? t('roadmaps.usageValues', { count: u.values }) : null,
            u.plans ? t('roadmaps.usagePlans', { count: u.plans }) : null,
            u.treeLinks ? t('roadmaps.usageTree', { count: u.treeLinks }) : null,
            u.efforts ? t('roadmaps.usageEfforts', { count: u.efforts }) : null,
          ].filter(Boolean);
          return (
            <>
              <p>
                {u.archive
                  ? t('roadmaps.removeArchive', { list: list.join(', ') })
                  : t('roadmaps.removeDelete', { children: u.children ? t('roadmaps.removeChildren', { count: u.children }) : '' })}
              </p>
              {error ? (
                <p className="field-error" role="alert">
                  {error}
                </p>
              ) : null}
              <div className="button-row">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    setError(null);
                    try {
                      await onConfirm();
                      onClose();
                    } catch (err) {
                      setError(errorMessage(err));
                      setBusy(false);
                    }
                  }}
                >
                  {u.archive ? t('roadmaps.confirmArchive') : t('roadmaps.confirmDelete')}
                </button>
                <button type="button" className="button" onClick={onClose}>
                  {t('roadmaps.cancel')}
                </button>
              </div>
            </>
          );
        }}
      </QueryState>
    </Dialog>
  );
}
