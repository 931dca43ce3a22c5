import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['ORG_CHART_READ'];

export default {
  routes: [
    {
      path: 'org-chart',
      name: 'org-chart',
      component: () => import('./OrgChartPage.vue'),
      meta: { capability: READ, title: 'Org chart' },
    },
  ],
  nav: [{ section: 'Organization', order: 10, label: 'Org chart', icon: 'pi pi-sitemap', route: 'org-chart', capability: READ }],
} satisfies Feature;
