import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ErrorCode, PraxisError, isDatabaseUnavailable } from '../core/errors';
import { currentScope } from '../core/request-scope';
import { logger } from '../core/logger';

/** Codes whose messages are safe to show: ours and the GraphQL layer's own request errors. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'INTROSPECTION_DISABLED',
  'MAX_RECURSIVE_SELECTIONS_EXCEEDED',
]);

/**
 * Every error leaves with a code and the request's correlation id (also in the server log).
 * Anything unexpected, database errors included, is logged and replaced by a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const correlationId = currentScope()?.correlationId;
  const original = unwrapResolverError(error);
  if (original instanceof OptimisticLockError) {
    return withId(
      {
        message: 'Someone else changed this record since you loaded it. Reload and try again.',
        path: formatted.path,
        extensions: { code: ErrorCode.CONFLICT },
      },
      correlationId,
    );
  }
  if (original instanceof UniqueConstraintViolationException) {
    return withId(
      { message: 'A record with these details already exists.', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } },
      correlationId,
    );
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ correlationId, err: original }, 'database unavailable');
    return withId(
      {
        message: 'The database is not answering right now. Try again in a moment.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      },
      correlationId,
    );
  }
  const code = String(formatted.extensions?.code ?? '');
  if (original instanceof PraxisError || (PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
    if (original instanceof PraxisError && original.code !== ErrorCode.UNAUTHENTICATED) {
      logger.info({ correlationId, code, message: formatted.message, path: formatted.path }, 'request refused');
    }
    // Stack traces (with the server's paths) stay in the log, in development too.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return withId({ ...formatted, extensions }, correlationId);
  }
  logger.error({ correlationId, err: original }, 'unexpected error');
  return withId(
    {
      message: 'Something went wrong on our side. Quote the correlation id when you report it.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    },
    correlationId,
  );
}

function withId(error: GraphQLFormattedError, correlationId?: string): GraphQLFormattedError {
  return { ...error, extensions: { ...error.extensions, correlationId } };
}
