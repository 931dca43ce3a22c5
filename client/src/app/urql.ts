import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { codeOf } from '@/shared/errors';

export const ORGANIZATION_HEADER = 'X-Praxis-Organization';

/** Operation context flag: this operation handles UNAUTHENTICATED itself (signing in). */
export const OWN_AUTH_ERRORS = 'praxisOwnAuthErrors';

export interface UrqlOptions {
  /** The organization every request acts in (consultants hold several). */
  organizationId(): string | null;
  /** Called when any response says the session is gone. */
  onUnauthenticated(): void;
}

export function createUrqlClient(options: UrqlOptions): Client {
  return new Client({
    url: '/graphql',
    // The server's CSRF prevention accepts only POST with a JSON body.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const organizationId = options.organizationId();
      const headers: Record<string, string> = {};
      if (organizationId) headers[ORGANIZATION_HEADER] = organizationId;
      return { credentials: 'same-origin', headers };
    },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (operation.context[OWN_AUTH_ERRORS]) return;
          if (error.graphQLErrors.some((e) => codeOf(e) === 'UNAUTHENTICATED')) options.onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
