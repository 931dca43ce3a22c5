import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['PAYABLES_READ'];

export default {
  routes: [
    {
      path: 'supplies',
      name: 'supplies',
      component: () => import('./SuppliesPage.vue'),
      meta: { capability: READ, title: 'Supplies' },
    },
  ],
  nav: [{ section: 'Finance', order: 36, label: 'Supplies', icon: 'pi pi-box', route: 'supplies', capability: READ, area: 'SUPPLIES' }],
} satisfies Feature;
