// Explicit loading, empty, error and success states for a query-bound view.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './useErrorMessage.ts';

export interface QueryResultLike<TData> {
  data?: TData | undefined;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
}

export interface QueryStateProps<TData> {
  result: QueryResultLike<TData>;
  /** Whether the loaded data counts as empty. */
  isEmpty?: (data: TData) => boolean;
  /** What to show when empty (a sentence or an element). */
  empty?: ReactNode;
  /** Accessible name of the loading indicator (defaults to "Loading data…"). */
  loadingLabel?: string;
  children: (data: TData) => ReactNode;
}

export function QueryState<TData>({ result, isEmpty, empty, loadingLabel, children }: QueryStateProps<TData>) {
  const { data, loading, error, refetch } = result;
  const onRetry = refetch ? () => void refetch() : undefined;
  if (data === undefined || data === null) {
    if (error && !loading) return <ErrorState error={error} onRetry={onRetry} />;
    return <LoadingState label={loadingLabel} />;
  }
  return (
    <>
      {/* Cached data stays on screen while it refreshes in the background. */}
      {error && !loading ? <ErrorState error={error} onRetry={onRetry} /> : null}
      {isEmpty?.(data) ? <EmptyState>{empty}</EmptyState> : children(data)}
    </>
  );
}

export function LoadingState({ label }: { label?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}

export function EmptyState({ children, title }: { children?: ReactNode; title?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-empty" role="status">
      <p className="state-title">{title ?? t('states.emptyTitle')}</p>
      {children ? <div className="state-body">{children}</div> : null}
    </div>
  );
}

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: (() => void) | undefined; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title ?? t('states.errorTitle')}</p>
      <p className="state-body">{message(error)}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
