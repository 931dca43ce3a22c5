import type { CombinedError } from '@urql/core';
import { codeOf, describeError, fieldOf } from '@/shared/errors';

export interface SignInProblem {
  message: string;
  /** Set when one field is at fault; the form shows the message under it. */
  field?: 'email' | 'password';
}

export function signInProblem(error: CombinedError): SignInProblem {
  if (error.networkError && !error.graphQLErrors.length) {
    return { message: 'Praxis cannot reach the server. Check your connection and try again.' };
  }
  const first = error.graphQLErrors[0];
  switch (first && codeOf(first)) {
    case 'UNAUTHENTICATED':
      return { message: 'The email or password is incorrect.' };
    case 'TOO_MANY_ATTEMPTS': {
      const seconds = Number(first!.extensions?.retryAfterSeconds ?? 0);
      // eslint-disable-next-line exact/no-float-division -- a wait in whole minutes, rounded up on purpose
      const minutes = Math.max(1, Math.ceil(seconds / 60));
      return {
        message: `Too many failed attempts. For your security this account is locked for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      };
    }
    case 'VALIDATION_FAILED': {
      const field = fieldOf(first!);
      return { message: first!.message, field: field === 'email' || field === 'password' ? field : undefined };
    }
    default:
      return { message: describeError(error) };
  }
}
