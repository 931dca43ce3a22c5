import { GraphQLError } from 'graphql';

/** The error codes clients switch on. Messages are for people; codes are for programs. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** A save that may be a mistake (a possible duplicate): send it again with the confirmation to go ahead. */
  NEEDS_CONFIRMATION: 'NEEDS_CONFIRMATION',
  /** Spending the practice's budget check stops (its mode is STOP). */
  BUDGET_EXCEEDED: 'BUDGET_EXCEEDED',
  /** The database cannot be reached or has no free connection right now (HTTP 503): try again shortly. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class PraxisError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export class UnauthenticatedError extends PraxisError {
  constructor(message = 'Sign in to continue.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends PraxisError {
  constructor(message = 'Your role does not allow this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends PraxisError {
  constructor(entity: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${entity} ${id} was not found.` : `${entity} was not found.`, { entity });
  }
}

/** `field` is the path of the input field at fault, e.g. `input.reportsToId`. */
export class ValidationError extends PraxisError {
  constructor(field: string, message: string) {
    super(ErrorCode.VALIDATION_FAILED, message, { field });
  }
}

export class ConflictError extends PraxisError {
  constructor(message: string, current?: unknown) {
    super(ErrorCode.CONFLICT, message, current === undefined ? {} : { current });
  }
}

export class TooManyAttemptsError extends PraxisError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    });
  }
}

/** Nothing was saved: the request looks like a mistake, and `field` is the confirmation to send to go ahead anyway. */
export class NeedsConfirmationError extends PraxisError {
  constructor(field: string, message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.NEEDS_CONFIRMATION, message, { field, ...details });
  }
}

/** Nothing was saved: it would overspend the approved budget and the practice stops such spending. */
export class BudgetExceededError extends PraxisError {
  constructor(field: string, message: string) {
    super(ErrorCode.BUDGET_EXCEEDED, message, { field });
  }
}

export class ServiceUnavailableError extends PraxisError {
  constructor() {
    super(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not answering right now. Try again in a moment.', { http: { status: 503 } });
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** Whether `err` (or what it wraps) says the database is down or out of connections, rather than that a query was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { name?: string; code?: string; message?: string; originalError?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    if (e.name === 'KnexTimeoutError' || e.name === 'ConnectionException') return true;
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    // node-postgres: a pooled client whose server went away says "not queryable" on its next statement;
    // knex: a transaction whose connection dropped mid-way is "already complete" when it is rolled back,
    // which hides the connection error (seen in tests/fault when PostgreSQL restarts under load).
    if (
      /Connection terminated|Connection ended unexpectedly|not queryable|Transaction query already complete|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)/i.test(
        e.message ?? '',
      )
    )
      return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}
