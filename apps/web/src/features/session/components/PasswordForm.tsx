// Choosing a password: the current one (unless an activation link stands in
// for it), the new one twice. Validated with the API's policy (@rb/domain
// ZNewPassword: at least 10 characters); the API checks it again.
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, passwordFormSchema } from '@rb/domain';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiError, useMessageKey } from '../../organization/hooks/useFormError.ts';

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function PasswordForm({
  withCurrent,
  currentLabel,
  submitLabel,
  onSubmit,
}: {
  withCurrent: boolean;
  /** The label of the current password (default "Kata sandi saat ini"). */
  currentLabel?: string;
  submitLabel: string;
  /** Saves; a thrown API error is shown at its field (or above the form). */
  onSubmit: (values: PasswordValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const messageOf = useMessageKey();
  const apiError = useApiError();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => passwordFormSchema(withCurrent), [withCurrent]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PasswordValues>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const e = apiError(error);
      if (e.field === 'currentPassword' || e.field === 'newPassword') setError(e.field, { message: e.messageKey ?? e.message });
      else if (e.field === 'password') setError('newPassword', { message: e.messageKey ?? e.message });
      else setFormError(e.message);
    }
  });

  const fieldError = (name: keyof PasswordValues) => {
    const key = errors[name]?.message;
    if (!key) return undefined;
    if (key === 'mismatch') return t('organization.password.mismatch');
    return messageOf(key);
  };
  const field = (name: keyof PasswordValues, label: string, autoComplete: string, hint?: string) => {
    const error = fieldError(name);
    const describedBy = [hint ? `${id}-${name}-hint` : null, error ? `${id}-${name}-error` : null].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type="password"
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...register(name)}
        />
        {hint ? (
          <p id={`${id}-${name}-hint`} className="org-hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {formError ? (
        <div className="form-error" role="alert">
          {formError}
        </div>
      ) : null}
      {withCurrent ? field('currentPassword', currentLabel ?? t('organization.password.current'), 'current-password') : null}
      {field(
        'newPassword',
        t('organization.password.new'),
        'new-password',
        t('organization.password.policy', { min: PASSWORD_MIN_LENGTH }),
      )}
      {field('confirm', t('organization.password.confirm'), 'new-password')}
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? t('organization.saving') : submitLabel}
      </button>
    </form>
  );
}
