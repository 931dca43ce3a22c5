import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['ORG_CHART_READ'];

export default {
  routes: [
    {
      path: 'people',
      name: 'people',
      component: () => import('./PeopleListPage.vue'),
      meta: { capability: READ, title: 'People' },
    },
    {
      path: 'people/:id',
      name: 'person',
      component: () => import('./PersonPage.vue'),
      props: true,
      meta: { record: 'EMPLOYEE', capability: READ, title: 'Person' },
    },
  ],
  nav: [{ section: 'Organization', order: 20, label: 'People', icon: 'pi pi-users', route: 'people', capability: READ }],
} satisfies Feature;
