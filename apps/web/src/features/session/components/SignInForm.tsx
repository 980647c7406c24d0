import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../../ui/errors.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { type SignInField, signInMessage, type TSignIn, ZSignIn } from '../hooks/signInSchema.ts';
import { useSignIn } from '../hooks/useSignIn.ts';

export interface SignedInViewer {
  government: { code: string } | null;
  memberships: readonly { government: { code: string } }[];
}

/** Email + password form; calls `onSignedIn` with the new viewer. */
export function SignInForm({ onSignedIn }: { onSignedIn: (viewer: SignedInViewer) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [signIn] = useSignIn();
  // The error itself, translated when shown: a language switch re-reads it.
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TSignIn>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { email: '', password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const viewer = await signIn(values);
      if (viewer) onSignedIn(viewer);
    } catch (error) {
      setFailure(error);
    }
  });
  // A locked account or address (TOO_MANY_ATTEMPTS) reads the API's message with the minutes to wait.
  const serverError =
    failure === null ? null : apiErrorInfo(failure).code === 'UNAUTHENTICATED' ? t('signIn.wrongCredentials') : errorMessage(failure);

  const fieldError = (field: SignInField) => {
    const key = signInMessage(field, errors[field]?.message);
    return key ? t(key) : undefined;
  };
  const emailError = fieldError('email');
  const passwordError = fieldError('password');

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-describedby={serverError ? 'sign-in-error' : undefined}
    >
      {serverError ? (
        <div id="sign-in-error" className="form-error" role="alert">
          {serverError}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="sign-in-email">{t('signIn.email')}</label>
        <input
          id="sign-in-email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'sign-in-email-error' : undefined}
          {...register('email')}
        />
        {emailError ? (
          <p id="sign-in-email-error" className="field-error">
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? 'sign-in-password-error' : undefined}
          {...register('password')}
        />
        {passwordError ? (
          <p id="sign-in-password-error" className="field-error">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary button-block" disabled={isSubmitting}>
        {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
