import { afterEach, describe, expect, it, vi } from 'vitest';
import { gql } from '@urql/core';
import { ViewerQuery } from '@/shared/viewer';
import { ORGANIZATION_HEADER, OWN_AUTH_ERRORS, createUrqlClient } from './urql';

function answer(body: unknown, status = 200) {
  return vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the urql client', () => {
  it('POSTs JSON with the chosen organization in a header', async () => {
    const fetch = answer({ data: { viewer: null } });
    vi.stubGlobal('fetch', fetch);
    const client = createUrqlClient({ organizationId: () => 'org-42', onUnauthenticated: vi.fn() });
    await client.query(ViewerQuery, {}).toPromise();

    const [, init] = fetch.mock.calls[0]!;
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get(ORGANIZATION_HEADER)).toBe('org-42');
  });

  it('sends no organization header before one is chosen', async () => {
    const fetch = answer({ data: { viewer: null } });
    vi.stubGlobal('fetch', fetch);
    const client = createUrqlClient({ organizationId: () => null, onUnauthenticated: vi.fn() });
    await client.query(ViewerQuery, {}).toPromise();
    expect(new Headers(fetch.mock.calls[0]![1].headers).has(ORGANIZATION_HEADER)).toBe(false);
  });

  it('reports UNAUTHENTICATED from a query, even on an HTTP error status', async () => {
    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] }, 500));
    const onUnauthenticated = vi.fn();
    const client = createUrqlClient({ organizationId: () => null, onUnauthenticated });
    const result = await client.query(ViewerQuery, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('reports UNAUTHENTICATED from a mutation, except one that handles it itself (sign-in)', async () => {
    vi.stubGlobal('fetch', answer({ errors: [{ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } }] }));
    const onUnauthenticated = vi.fn();
    const client = createUrqlClient({ organizationId: () => null, onUnauthenticated });
    const mutation = gql`mutation { logout }`;
    await client.mutation(mutation, {}, { [OWN_AUTH_ERRORS]: true }).toPromise();
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await client.mutation(mutation, {}).toPromise();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
