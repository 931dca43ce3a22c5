import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['PAYABLES_READ'];

export default {
  routes: [
    {
      path: 'purchase-orders',
      meta: { capability: READ },
      children: [
        {
          path: '',
          name: 'purchase-orders',
          component: () => import('./PurchaseOrdersPage.vue'),
          meta: { capability: READ, title: 'Purchase orders' },
        },
        {
          path: ':id',
          name: 'purchase-order',
          component: () => import('./PurchaseOrderPage.vue'),
          props: true,
          meta: { record: 'PURCHASE_ORDER', capability: READ, title: 'Purchase order' },
        },
      ],
    },
  ],
  nav: [
    {
      section: 'Finance',
      order: 35,
      label: 'Purchase orders',
      icon: 'pi pi-shopping-cart',
      route: 'purchase-orders',
      capability: READ,
      area: 'PURCHASING',
    },
  ],
} satisfies Feature;
