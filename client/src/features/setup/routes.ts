import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

/** Who sets a practice up: its chart of accounts, totals and budget, or its people. */
export const SET_UP: readonly Capability[] = [
  'BUDGETS_EDIT',
  'PEOPLE_EDIT_OFFICE_STAFF',
  'PEOPLE_EDIT_NON_PROVIDER_STAFF',
  'PEOPLE_EDIT_PROVIDERS',
];

export default {
  routes: [
    {
      path: 'get-started',
      name: 'setup',
      component: () => import('./GetStartedPage.vue'),
      meta: { capability: SET_UP, title: 'Get started' },
    },
  ],
  nav: [
    {
      section: 'Overview',
      order: 20,
      label: 'Get started',
      icon: 'pi pi-flag',
      route: 'setup',
      capability: SET_UP,
      whileAreasToStart: true,
    },
  ],
} satisfies Feature;
