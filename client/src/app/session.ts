import { computed, ref, shallowRef } from 'vue';
import type { CombinedError } from '@urql/core';
import { graphql } from '@/gql';
import { ViewerQuery, currentViewer } from '@/shared/viewer';
import { OWN_AUTH_ERRORS, createUrqlClient } from './urql';

const ORGANIZATION_KEY = 'praxis.organizationId';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) { viewer { id } }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut { logout }
`);

function storedOrganization(): string | null {
  try {
    return localStorage.getItem(ORGANIZATION_KEY);
  } catch {
    return null;
  }
}

function storeOrganization(id: string | null) {
  try {
    if (id) localStorage.setItem(ORGANIZATION_KEY, id);
    else localStorage.removeItem(ORGANIZATION_KEY);
  } catch {
    /* private mode: the choice lasts for this tab only */
  }
}

const organizationId = ref<string | null>(storedOrganization());
const status = ref<'unknown' | 'signed-out' | 'signed-in'>('unknown');
let expiredHandler: () => void = () => {};

function newClient() {
  return createUrqlClient({
    organizationId: () => organizationId.value,
    onUnauthenticated: () => {
      if (status.value === 'signed-in') expire();
    },
  });
}

/** Swapped for a fresh one (empty cache) on sign-in, sign-out and organization switch; urql re-runs active queries. */
const client = shallowRef(newClient());
let loading: Promise<void> | null = null;

function expire() {
  status.value = 'signed-out';
  currentViewer.value = null;
  client.value = newClient();
  expiredHandler();
}

async function fetchViewer(): Promise<CombinedError | null> {
  const result = await client.value.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) {
    if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      status.value = 'signed-out';
      currentViewer.value = null;
      return null;
    }
    return result.error ?? null;
  }
  const viewer = result.data.viewer;
  const member = (id: string | null) => viewer.memberships.some((m) => m.organizationId === id);
  if (organizationId.value && !member(organizationId.value)) {
    // A choice left over from another user or an ended engagement.
    organizationId.value = null;
    storeOrganization(null);
  }
  if (!organizationId.value && viewer.current) {
    organizationId.value = viewer.current.organizationId;
    storeOrganization(viewer.current.organizationId);
  }
  currentViewer.value = viewer;
  status.value = 'signed-in';
  return null;
}

export const session = {
  client,
  status,
  organizationId,
  viewer: currentViewer,
  signedIn: computed(() => status.value === 'signed-in'),
  /** Several memberships and none chosen yet. */
  needsOrganization: computed(() => status.value === 'signed-in' && !currentViewer.value?.current),

  onExpired(handler: () => void) {
    expiredHandler = handler;
  },

  /** Loads the viewer once; later calls wait for the same request. */
  ensureLoaded(): Promise<void> {
    if (status.value !== 'unknown') return Promise.resolve();
    loading ??= fetchViewer().then(() => {
      loading = null;
      if (status.value === 'unknown') status.value = 'signed-out';
    });
    return loading;
  },

  async signIn(email: string, password: string): Promise<CombinedError | null> {
    // Wrong credentials are UNAUTHENTICATED too: the sign-in form explains those, no redirect.
    const result = await client.value.mutation(SignInMutation, { email, password }, { [OWN_AUTH_ERRORS]: true }).toPromise();
    if (result.error) return result.error;
    client.value = newClient();
    // Ask again with the new cookie: the viewer comes back with its organization resolved.
    return fetchViewer();
  },

  async signOut() {
    await client.value.mutation(SignOutMutation, {}).toPromise();
    status.value = 'signed-out';
    currentViewer.value = null;
    client.value = newClient();
  },

  async switchOrganization(id: string) {
    organizationId.value = id;
    storeOrganization(id);
    client.value = newClient();
    await fetchViewer();
  },
};
