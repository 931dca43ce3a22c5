import type { CombinedError } from '@urql/core';
import type { GraphQLError } from 'graphql';

/** The codes the server puts in `extensions.code`; programs switch on these, never on messages. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'NEEDS_CONFIRMATION'
  | 'BUDGET_EXCEEDED'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function codeOf(error: GraphQLError): ErrorCode | undefined {
  return error.extensions?.code as ErrorCode | undefined;
}

export function findError(error: CombinedError | null | undefined, code: ErrorCode): GraphQLError | undefined {
  return error?.graphQLErrors.find((e) => codeOf(e) === code);
}

export function hasCode(error: CombinedError | null | undefined, code: ErrorCode): boolean {
  return findError(error, code) !== undefined;
}

/** `input.workEmail` → `workEmail`: the form field a VALIDATION_FAILED error points at. */
export function fieldOf(error: GraphQLError): string | undefined {
  const field = error.extensions?.field;
  return typeof field === 'string' ? field.replace(/^input\./, '') : undefined;
}

/** A sentence for people, chosen by code; the server's message is shown only where it is written for them. */
export function describeError(error: CombinedError | null | undefined): string {
  if (!error) return '';
  if (error.networkError && !error.graphQLErrors.length) {
    return 'Praxis cannot reach the server. Check your connection and try again.';
  }
  const first = error.graphQLErrors[0];
  if (!first) return 'Something went wrong. Try again.';
  switch (codeOf(first)) {
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'NOT_FOUND':
      return 'This record does not exist, or it belongs to another organization.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'QUERY_TOO_COMPLEX':
      return 'This page asked for too much at once. Narrow the view and try again.';
    case 'SERVICE_UNAVAILABLE':
      return 'Praxis’s database is not answering right now. Try again in a moment.';
    case 'INTERNAL_SERVER_ERROR': {
      const id = first.extensions?.correlationId;
      return `Something went wrong on the server${id ? ` (reference ${String(id).slice(0, 8)})` : ''}. Try again in a moment.`;
    }
    default:
      return first.message;
  }
}

/** The form field a VALIDATION_FAILED error points at (`lines.0.amount`), or undefined for any other error. */
export function invalidField(error: GraphQLError | undefined): string | undefined {
  return error && codeOf(error) === 'VALIDATION_FAILED' ? fieldOf(error) : undefined;
}
