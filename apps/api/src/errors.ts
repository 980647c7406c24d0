// One error-code enum, mapped once to GraphQL `extensions.code`. Every error
// the API raises on purpose carries a stable code and a message key with its
// parameters (`extensions.messageKey`, `extensions.params`, from @rb/domain
// MESSAGES); its `message` is the English text for API callers and logs. The
// web translates the key. Anything that is not an AppError is logged and
// shown as a generic message.
import { type EntityName, isMessageKey, type MessageKey, type MessageParams, renderMessage } from '@rb/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_ATTEMPTS';

/**
 * A message key of the catalog, or (legacy, being migrated) a sentence. A key
 * is rendered in English for `message` and sent as `messageKey` + `params`.
 */
export type MessageRef = MessageKey | (string & {});

export class AppError extends GraphQLError {
  readonly messageKey: MessageKey | undefined;
  constructor(
    public readonly code: ErrorCode,
    message: MessageRef,
    params: MessageParams = {},
    extra: Record<string, unknown> = {},
  ) {
    const key = isMessageKey(message) ? message : undefined;
    super(key ? renderMessage(key, params) : message, {
      extensions: { code, ...(key ? { messageKey: key, params } : {}), ...extra },
    });
    this.messageKey = key;
  }
}

/** Bad input: a message key, the input field it is about, the key's params. */
export const badInput = (message: MessageRef, field?: string, params: MessageParams = {}, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, params, { ...(field ? { field } : {}), ...extra });
export const unauthenticated = (message: MessageRef = 'error.unauthenticated') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: MessageRef = 'error.forbidden', params: MessageParams = {}) =>
  new AppError('FORBIDDEN', message, params);
/** A row that does not exist for the caller (also another government's: nothing is revealed). */
export const notFound = (what: EntityName | (string & {})) => new AppError('NOT_FOUND', 'error.notFound', { what });
/**
 * A stale write: the row changed since the caller read it. `current` is the
 * row as it is now, in its GraphQL shape, so the client can show and keep it.
 */
export const conflict = (message: MessageRef, current?: unknown, params: MessageParams = {}) =>
  new AppError('CONFLICT', message, params, current === undefined ? {} : { current });
/** The standard conflict of a versioned row. */
export const staleVersion = (what: EntityName, current: { version: number }, view: (row: never) => unknown = (r) => r) =>
  conflict('error.conflict', view(current as never), { what, version: current.version });

const KNOWN = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Apollo's formatError: pass known codes through, hide everything else. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('[api] unexpected error', error);
  return {
    message: renderMessage('error.internal'),
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal', params: {} },
  };
}
