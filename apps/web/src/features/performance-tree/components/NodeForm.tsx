// The fields of a node (create or edit), validated with the same Zod schema as the API; the
// baseline value is typed the Indonesian way (55,96).
import { parseIndonesianNumber, ZTreeNodeFields } from '@rb/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreeNodeFieldsInput, TreeNodeKind } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';

const KINDS: TreeNodeKind[] = ['RESULT', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY'];

export function NodeForm({
  title,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: TreeNodeFieldsInput;
  onSubmit: (fields: TreeNodeFieldsInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [values, setValues] = useState(() => ({
    statement: initial.statement,
    kind: initial.kind,
    indicatorText: initial.indicatorText ?? '',
    observedProblem: initial.observedProblem ?? '',
    observedValue: initial.observedValue != null ? formatNumber(initial.observedValue) : '',
    observedYear: initial.observedYear != null ? String(initial.observedYear) : '',
    observedSource: initial.observedSource ?? '',
    rationale: initial.rationale ?? '',
    responsibleOfficial: initial.responsibleOfficial ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    let observedValue: string | null = null;
    if (values.observedValue.trim()) {
      const parsed = parseIndonesianNumber(values.observedValue);
      if (parsed.ok) observedValue = parsed.value;
      else next.observedValue = t('tree.node.invalidNumber');
    }
    const year = values.observedYear.trim() ? Number(values.observedYear) : null;
    const candidate = { ...values, observedValue, observedYear: year };
    const parsed = ZTreeNodeFields.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    setSaving(true);
    setSubmitError(null);
    try {
      await onSubmit(parsed.data as TreeNodeFieldsInput);
    } catch (err) {
      setSubmitError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const field = (key: keyof typeof values, label: string, multiline = false, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {multiline ? (
        <textarea
          id={`${id}-${key}`}
          rows={3}
          value={values[key]}
          onChange={set(key)}
          aria-invalid={!!errors[key]}
          aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        />
      ) : (
        <input
          id={`${id}-${key}`}
          value={values[key]}
          onChange={set(key)}
          aria-invalid={!!errors[key]}
          aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
          {...extra}
        />
      )}
      {errors[key] ? (
        <p className="field-error" id={`${id}-${key}-error`}>
          {errors[key]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="tree-node-form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      {field('statement', t('tree.node.statement'), true)}
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('tree.node.kind')}</label>
        <select id={`${id}-kind`} value={values.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`enums.treeNodeKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {field('indicatorText', t('tree.node.indicatorText'))}
      {field('observedProblem', t('tree.node.observedProblem'), true)}
      <div className="field-row">
        {field('observedValue', t('tree.node.observedValue'), false, { inputMode: 'decimal' })}
        {field('observedYear', t('tree.node.observedYear'), false, { inputMode: 'numeric' })}
      </div>
      {field('observedSource', t('tree.node.observedSource'))}
      {field('rationale', t('tree.node.rationale'), true)}
      {field('responsibleOfficial', t('tree.node.responsibleOfficial'))}
      {submitError ? (
        <p className="form-error" role="alert">
          {submitError}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('tree.node.saving') : submitError ? t('tree.node.errorRetry') : t('tree.node.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('tree.node.cancel')}
        </button>
      </div>
    </form>
  );
}
