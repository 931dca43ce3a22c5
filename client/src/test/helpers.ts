import { shallowRef, type Component } from 'vue';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import ToastService from 'primevue/toastservice';
import type { Client } from '@urql/core';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import type { Capability, PracticeArea, Role } from '@/gql/graphql';
import { toIsoDate } from '@/shared/format';
import { currentViewer, type Viewer } from '@/shared/viewer';

/** Signs a fake viewer in with exactly these capabilities. */
export function signInAs(role: Role, capabilities: Capability[]): Viewer {
  const membership = { organizationId: 'org-1', organizationName: 'Riverside Family Medicine', role, endsOn: null };
  const viewer: Viewer = {
    id: 'user-1',
    displayName: 'Dana Whitfield',
    email: 'dana@example.test',
    employeeId: null,
    isProvider: false,
    capabilities,
    today: toIsoDate(new Date()),
    current: membership,
    memberships: [membership],
  };
  currentViewer.value = viewer;
  return viewer;
}

/** A urql client that never answers queries; tests give each mutation its result. */
export function fakeClient(overrides: Partial<Record<'executeQuery' | 'executeMutation', ReturnType<typeof vi.fn>>> = {}) {
  return {
    executeQuery: overrides.executeQuery ?? vi.fn(() => never),
    executeMutation: overrides.executeMutation ?? vi.fn(() => never),
    executeSubscription: vi.fn(() => never),
  } as unknown as Client & { executeQuery: ReturnType<typeof vi.fn>; executeMutation: ReturnType<typeof vi.fn> };
}

/** Mounts with PrimeVue (no theme CSS), toasts and the given urql client. */
export function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> & { client?: Client } = {}) {
  const { client = fakeClient(), global = {}, ...rest } = options;
  return mount(component, {
    ...rest,
    attachTo: document.body,
    global: {
      ...global,
      plugins: [[PrimeVue, { theme: 'none' }], ToastService, ...(global.plugins ?? [])],
      provide: { $urql: shallowRef(client), ...(global.provide ?? {}) },
    },
  } as ComponentMountingOptions<C>);
}

export const EVERY_AREA: PracticeArea[] = [
  'BUDGETS',
  'COMPENSATION',
  'PRODUCTIVITY',
  'CAMPAIGNS',
  'PAYABLES',
  'RECURRING_BILLS',
  'PURCHASING',
  'SUPPLIES',
  'EQUIPMENT',
];

/** A urql client answering only which areas the practice uses (what the sidebar asks). */
export function practiceUsing(areas: PracticeArea[] = EVERY_AREA) {
  return fakeClient({
    executeQuery: vi.fn(() =>
      fromValue({ stale: false, hasNext: false, data: { practiceSetup: { __typename: 'PracticeSetup', areasInUse: areas } } }),
    ),
  });
}
