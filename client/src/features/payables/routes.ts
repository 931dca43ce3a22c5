import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['PAYABLES_READ'];
const ENTER: readonly Capability[] = ['PAYABLES_ENTER'];

export default {
  routes: [
    {
      path: 'payables',
      name: 'payables',
      component: () => import('./PayablesOverviewPage.vue'),
      meta: { capability: READ, title: 'Payables' },
    },
    {
      path: 'bills',
      meta: { capability: READ },
      children: [
        { path: '', name: 'bills', component: () => import('./BillsPage.vue'), meta: { capability: READ, title: 'Bills' } },
        {
          path: ':id',
          name: 'bill',
          component: () => import('./BillPage.vue'),
          props: true,
          meta: { record: 'BILL', capability: READ, title: 'Bill' },
        },
      ],
    },
    { path: 'vendors', name: 'vendors', component: () => import('./VendorsPage.vue'), meta: { capability: READ, title: 'Vendors' } },
    {
      path: 'payables/import',
      name: 'payables-import',
      component: () => import('./ImportPayablesPage.vue'),
      meta: { capability: ENTER, title: 'Import vendors and bills' },
    },
    {
      path: 'payment-run',
      name: 'payment-run',
      component: () => import('./PaymentRunPage.vue'),
      meta: { capability: ENTER, title: 'Payment run' },
    },
  ],
  nav: [
    { section: 'Finance', order: 30, label: 'Payables', icon: 'pi pi-inbox', route: 'payables', capability: READ, area: 'PAYABLES' },
    { section: 'Finance', order: 31, label: 'Bills', icon: 'pi pi-file', route: 'bills', capability: READ, area: 'PAYABLES' },
    { section: 'Finance', order: 32, label: 'Payment run', icon: 'pi pi-send', route: 'payment-run', capability: ENTER, area: 'PAYABLES' },
    { section: 'Finance', order: 34, label: 'Vendors', icon: 'pi pi-building', route: 'vendors', capability: READ, area: 'PAYABLES' },
  ],
} satisfies Feature;
