import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { signInProblem } from './signInError';

const graphQLError = (code: string, extra: Record<string, unknown> = {}, message = 'server text') =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extra } }] });

describe('sign-in errors', () => {
  it('says the credentials are wrong for UNAUTHENTICATED, whatever the server wrote', () => {
    expect(signInProblem(graphQLError('UNAUTHENTICATED')).message).toBe('The email or password is incorrect.');
  });

  it('gives the lockout in minutes for TOO_MANY_ATTEMPTS', () => {
    expect(signInProblem(graphQLError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: 600 })).message).toMatch(/locked for 10 minutes/);
    expect(signInProblem(graphQLError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: 30 })).message).toMatch(/locked for 1 minute\./);
  });

  it('points a VALIDATION_FAILED error at its field', () => {
    expect(signInProblem(graphQLError('VALIDATION_FAILED', { field: 'email' }, 'Enter your email address.'))).toEqual({
      message: 'Enter your email address.',
      field: 'email',
    });
  });

  it('explains a network failure', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(signInProblem(error).message).toMatch(/cannot reach the server/);
  });
});
