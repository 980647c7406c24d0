import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { badInput, conflict, formatError, notFound } from './errors.ts';

describe('error formatting', () => {
  it('passes known codes with their message and extra fields, without a stack trace', () => {
    const err = conflict('Changed by someone else', { name: 'Now' });
    const out = formatError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['at x'] } }, err);
    expect(out).toEqual({ message: 'Changed by someone else', extensions: { code: 'CONFLICT', current: { name: 'Now' } } });
  });

  it('hides unexpected errors behind a generic message and logs them', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boom = new GraphQLError('relation "Secret" does not exist at /srv/app/db.ts:12', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const out = formatError(
      { message: boom.message, path: ['workPlan'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } },
      boom,
    );
    expect(out.message).not.toContain('Secret');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal', params: {} });
    expect(out.path).toEqual(['workPlan']);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('sends a message key with its params and renders the English text as the message', () => {
    const err = notFound('Agency');
    expect(err.message).toBe('Agency not found.');
    expect(err.extensions).toEqual({ code: 'NOT_FOUND', messageKey: 'error.notFound', params: { what: 'Agency' } });
    const bad = badInput('validation.tooLong', 'name', { max: 300 });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', messageKey: 'validation.tooLong', params: { max: 300 } });
  });
});
