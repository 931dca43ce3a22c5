import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['PAYABLES_READ'];

export default {
  routes: [
    {
      path: 'recurring-bills',
      name: 'recurring-bills',
      component: () => import('./RecurringBillsPage.vue'),
      meta: { capability: READ, title: 'Recurring bills' },
    },
  ],
  nav: [
    {
      section: 'Finance',
      order: 33,
      label: 'Recurring bills',
      icon: 'pi pi-replay',
      route: 'recurring-bills',
      capability: READ,
      area: 'RECURRING_BILLS',
    },
  ],
} satisfies Feature;
