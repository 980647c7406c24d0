// Reading the API's errors: every GraphQL error carries `extensions.code`
// (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
// TOO_MANY_ATTEMPTS, INTERNAL_SERVER_ERROR) and sometimes `extensions.field`. Messages shown to
// users are translated from the code on the client.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorInfo {
  /** One of ERROR_CODES, 'network' when the server could not be reached, else 'unknown'. */
  code: ErrorCode | 'network' | 'unknown';
  /** The server's own message (untranslated), if any. */
  serverMessage?: string;
  /** The input field the error is about (BAD_USER_INPUT). */
  field?: string;
  /** The message key of the API's catalog (@rb/domain MESSAGES) and its params. */
  messageKey?: string;
  params?: Record<string, string | number>;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The GraphQL errors inside an Apollo error, also from a non-2xx response body. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      return Array.isArray(body.errors) ? body.errors : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** True when any GraphQL error in `error` has the given code. */
export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrorsOf(error).some((e) => e.extensions?.code === code);
}

/** The first error's code, message and field. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  const [first] = graphQLErrorsOf(error);
  if (first) {
    const code = first.extensions?.code;
    const field = first.extensions?.field;
    const messageKey = first.extensions?.messageKey;
    const params = first.extensions?.params;
    return {
      code: isErrorCode(code) ? code : code === undefined ? 'unknown' : 'INTERNAL_SERVER_ERROR',
      serverMessage: first.message,
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof messageKey === 'string' ? { messageKey } : {}),
      ...(params && typeof params === 'object' ? { params: params as Record<string, string | number> } : {}),
    };
  }
  if (ServerError.is(error)) return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'unknown' };
  if (error instanceof TypeError) return { code: 'network' };
  return { code: 'unknown' };
}
