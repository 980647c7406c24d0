// A small form in a dialog (a goal, an activity, an action, an effort, the
// road map itself): labelled fields, required ones checked before sending,
// the API's refusal shown with its field marked.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../ui/errors.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { Dialog } from './Dialog.tsx';

export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'textarea' | 'year'; required?: boolean; hint?: string }
  | { name: string; label: string; kind: 'select'; options: { value: string; label: string }[]; required?: boolean; hint?: string }
  | { name: string; label: string; kind: 'years'; years: readonly number[]; hint?: string; required?: boolean };

export type FieldValues = Record<string, string | string[]>;

export function FieldsDialog({
  title,
  fields,
  initial,
  submitLabel,
  intro,
  onSubmit,
  onClose,
}: {
  title: string;
  intro?: string;
  fields: FieldSpec[];
  initial?: FieldValues;
  submitLabel?: string;
  onSubmit: (values: FieldValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [serverError, setServerError] = useState<{ message: string; field?: string } | null>(null);
  const defaults: FieldValues = Object.fromEntries(fields.map((f) => [f.name, f.kind === 'years' ? [] : '']));
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FieldValues>({ defaultValues: { ...defaults, ...initial } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    for (const f of fields) {
      const v = values[f.name];
      if (f.required && (typeof v === 'string' ? v.trim() === '' : !v?.length)) {
        setError(f.name, { message: 'required' });
        return;
      }
    }
    try {
      await onSubmit(values);
    } catch (error) {
      const info = apiErrorInfo(error);
      setServerError({ message: errorMessage(error), ...(info.field ? { field: info.field.split('.')[0] } : {}) });
    }
  });

  return (
    <Dialog title={title} onClose={onClose}>
      {intro ? <p>{intro}</p> : null}
      <form className="roadmap-form" noValidate onSubmit={(e) => void submit(e)}>
        {serverError ? (
          <p id="fields-form-error" className="form-error" role="alert">
            {serverError.message}
          </p>
        ) : null}
        {fields.map((f) => {
          const id = `fd-${f.name}`;
          const bad = Boolean(errors[f.name]) || serverError?.field === f.name;
          const describedBy = errors[f.name]
            ? `${id}-error`
            : serverError?.field === f.name
              ? 'fields-form-error'
              : f.hint
                ? `${id}-hint`
                : undefined;
          const aria = { 'aria-invalid': bad ? true : undefined, 'aria-describedby': describedBy };
          if (f.kind === 'years') {
            return (
              <fieldset key={f.name} {...aria}>
                <legend>{f.label}</legend>
                <div className="year-checks">
                  {f.years.map((y) => (
                    <label key={y} className="year-check">
                      <input type="checkbox" value={String(y)} {...register(f.name)} /> {y}
                    </label>
                  ))}
                </div>
              </fieldset>
            );
          }
          return (
            <div className="field" key={f.name}>
              <label htmlFor={id}>{f.label}</label>
              {f.kind === 'textarea' ? (
                <textarea id={id} rows={3} {...aria} {...register(f.name)} />
              ) : f.kind === 'select' ? (
                <select id={id} className="select" {...aria} {...register(f.name)}>
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={id} type={f.kind === 'year' ? 'number' : 'text'} {...aria} {...register(f.name)} />
              )}
              {f.hint ? (
                <span id={`${id}-hint`} className="muted">
                  {f.hint}
                </span>
              ) : null}
              {errors[f.name] ? (
                <span id={`${id}-error`} className="field-error">
                  {t('roadmaps.required')}
                </span>
              ) : null}
            </div>
          );
        })}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('roadmaps.saving') : (submitLabel ?? t('roadmaps.save'))}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('roadmaps.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The years ticked in a 'years' field. */
export function yearsOf(value: string | string[] | undefined): number[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map(Number).sort((a, b) => a - b);
}

export const textOf = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim() : '');
export const optionalOf = (value: string | string[] | undefined) => textOf(value) || null;
