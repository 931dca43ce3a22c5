import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['STAFF_COMPENSATION_READ', 'PROVIDER_COMPENSATION'];
const APPROVE: readonly Capability[] = ['COMPENSATION_APPROVE'];
const OWN: readonly Capability[] = ['COMPENSATION_OWN_READ'];

export default {
  routes: [
    {
      // Grouped so the Compensation item stays lit on every cycle, the approval, bands and pay overview.
      path: 'compensation',
      meta: { capability: READ },
      children: [
        {
          path: '',
          name: 'compensation',
          component: () => import('./WorksheetPage.vue'),
          meta: { capability: READ, title: 'Merit cycle' },
        },
        {
          path: 'approval',
          name: 'compensation-approval',
          component: () => import('./ApprovalPage.vue'),
          meta: { capability: APPROVE, title: 'Approve the merit cycle' },
        },
        {
          path: 'bands',
          name: 'salary-bands',
          component: () => import('./SalaryBandsPage.vue'),
          meta: { capability: READ, title: 'Salary bands' },
        },
        {
          path: 'pay',
          name: 'pay-overview',
          component: () => import('./PayOverviewPage.vue'),
          meta: { capability: READ, title: 'Pay overview' },
        },
        {
          path: 'cycles/:id',
          name: 'compensation-cycle',
          component: () => import('./WorksheetPage.vue'),
          props: true,
          meta: { record: 'COMPENSATION_CYCLE', capability: READ, title: 'Merit cycle' },
        },
        {
          path: 'cycles/:id/approval',
          name: 'compensation-cycle-approval',
          component: () => import('./ApprovalPage.vue'),
          props: true,
          meta: { record: 'COMPENSATION_CYCLE', capability: APPROVE, title: 'Approve the merit cycle' },
        },
      ],
    },
    {
      path: 'my-pay',
      name: 'my-pay',
      component: () => import('./MyPayPage.vue'),
      meta: { capability: OWN, title: 'My pay' },
    },
  ],
  nav: [
    {
      section: 'Finance',
      order: 20,
      label: 'Compensation',
      icon: 'pi pi-wallet',
      route: 'compensation',
      capability: READ,
      area: 'COMPENSATION',
    },
    { section: 'Self-service', order: 10, label: 'My pay', icon: 'pi pi-wallet', route: 'my-pay', capability: OWN },
  ],
} satisfies Feature;
