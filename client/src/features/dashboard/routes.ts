import type { Feature } from '@/shared/feature';

export default {
  routes: [
    {
      path: '',
      name: 'dashboard',
      component: () => import('./DashboardPage.vue'),
      meta: { title: 'Dashboard' },
    },
  ],
  nav: [{ section: 'Overview', order: 10, label: 'Dashboard', icon: 'pi pi-objects-column', route: 'dashboard', capability: null }],
} satisfies Feature;
