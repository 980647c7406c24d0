// Evidence (data dukung) of one criterion: files and links, with upload and
// link forms when the viewer may add evidence.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import { translateApiMessage, useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { AddEvidenceLinkMutation, RemoveEvidenceMutation } from '../graphql/assessment.ts';
import type { EvidenceItem } from './types.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.pptx,.odt,.ods,.txt,.csv';

export function EvidenceList({ items, onRemove }: { items: readonly EvidenceItem[]; onRemove?: ((id: string) => void) | undefined }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="lke-evidence-list">
      {items.map((e) => (
        <li key={e.id}>
          <span className="badge">{e.kind === 'FILE' ? t('assessments.evidence.file') : t('assessments.evidence.link')}</span>{' '}
          <a href={e.kind === 'FILE' ? (e.downloadUrl ?? '#') : (e.url ?? '#')} target="_blank" rel="noreferrer noopener">
            {e.title}
          </a>
          {e.kind === 'FILE' && e.sizeBytes ? (
            <span className="lke-hint"> ({formatNumber(Math.max(1, Math.round(e.sizeBytes / 1024)))} KB)</span>
          ) : null}
          {onRemove ? (
            <button
              type="button"
              className="link-button"
              onClick={() => onRemove(e.id)}
              aria-label={t('assessments.evidence.removeNamed', { title: e.title })}
            >
              {t('assessments.evidence.remove')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function EvidenceEditor({
  assessmentId,
  criterionId,
  items,
  team,
  onChanged,
}: {
  assessmentId: string;
  criterionId: string;
  items: readonly EvidenceItem[];
  team?: boolean;
  onChanged: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [addLink, linkState] = useMutation(AddEvidenceLinkMutation);
  const [remove] = useMutation(RemoveEvidenceMutation);

  async function upload(file: File) {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t('assessments.evidence.tooBig'));
      return;
    }
    setUploading(true);
    try {
      const form = new FormData();
      form.set('criterionId', criterionId);
      form.set('title', file.name);
      if (team) form.set('team', 'true');
      form.set('file', file);
      const res = await fetch(`/api/assessments/${assessmentId}/evidence`, { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { message?: string; messageKey?: string; params?: Record<string, string | number> };
        } | null;
        // The API's message key in the UI language, like the GraphQL errors.
        const own = body?.error ? translateApiMessage(i18n, body.error) : null;
        setError(own ?? body?.error?.message ?? t('assessments.evidence.uploadFailed'));
        return;
      }
      await onChanged();
    } catch {
      setError(t('assessments.evidence.uploadFailed'));
    } finally {
      setUploading(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  async function submitLink(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await addLink({ variables: { input: { assessmentId, criterionId, title: title.trim(), url: url.trim(), team: !!team } } });
      setTitle('');
      setUrl('');
      setLinkOpen(false);
      await onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function onRemove(evidenceId: string) {
    setError(null);
    try {
      await remove({ variables: { id: evidenceId } });
      await onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="lke-evidence">
      <EvidenceList items={items} onRemove={onRemove} />
      <div className="button-row">
        <label className="button button-small lke-upload">
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            aria-label={t('assessments.evidence.upload')}
            disabled={uploading}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void upload(f);
            }}
          />
          {uploading ? t('assessments.evidence.uploading') : t('assessments.evidence.upload')}
        </label>
        <button type="button" className="button button-small" aria-expanded={linkOpen} onClick={() => setLinkOpen((v) => !v)}>
          {t('assessments.evidence.addLink')}
        </button>
      </div>
      {linkOpen ? (
        <form className="lke-link-form" onSubmit={submitLink}>
          <div className="field">
            <label htmlFor={`${id}-t`}>{t('assessments.evidence.linkTitle')}</label>
            <input id={`${id}-t`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor={`${id}-u`}>{t('assessments.evidence.linkUrl')}</label>
            <input id={`${id}-u`} type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} required />
          </div>
          <button type="submit" className="button button-primary button-small" disabled={linkState.loading}>
            {t('assessments.evidence.saveLink')}
          </button>
        </form>
      ) : null}
      <p className="lke-hint">{t('assessments.evidence.limits')}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
