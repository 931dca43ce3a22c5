import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

/** Provider productivity shows provider pay: the administrator's. */
const PROVIDER_PAY: readonly Capability[] = ['PROVIDER_COMPENSATION'];
/** Encounters are entered by those who enter charges. */
const ENTER: readonly Capability[] = ['RECEIVABLES_ENTER'];
const OWN: readonly Capability[] = ['COMPENSATION_OWN_READ'];

export default {
  routes: [
    {
      // Grouped so the Provider productivity item stays lit on a provider and on the plans.
      path: 'productivity',
      children: [
        {
          path: '',
          name: 'productivity',
          component: () => import('./ProductivityPage.vue'),
          meta: { capability: PROVIDER_PAY, title: 'Provider productivity' },
        },
        {
          path: 'plans',
          name: 'provider-plans',
          component: () => import('./PlansPage.vue'),
          meta: { capability: PROVIDER_PAY, title: 'Provider plans' },
        },
        {
          path: 'providers/:id',
          name: 'provider-productivity',
          component: () => import('./ProviderProductivityPage.vue'),
          props: true,
          meta: { record: 'EMPLOYEE', capability: PROVIDER_PAY, title: 'Provider productivity' },
        },
      ],
    },
    {
      path: 'encounters/import',
      name: 'import-encounters',
      component: () => import('./ImportEncountersPage.vue'),
      meta: { capability: ENTER, title: 'Import encounters' },
    },
    {
      path: 'my-productivity',
      name: 'my-productivity',
      component: () => import('./MyProductivityPage.vue'),
      meta: { capability: OWN, title: 'My productivity' },
    },
  ],
  nav: [
    {
      section: 'Finance',
      order: 30,
      label: 'Provider productivity',
      icon: 'pi pi-chart-bar',
      route: 'productivity',
      capability: PROVIDER_PAY,
      area: 'PRODUCTIVITY',
    },
    {
      section: 'Finance',
      order: 40,
      label: 'Encounters',
      icon: 'pi pi-upload',
      route: 'import-encounters',
      capability: ENTER,
      area: 'PRODUCTIVITY',
    },
    {
      section: 'Self-service',
      order: 20,
      label: 'My productivity',
      icon: 'pi pi-chart-line',
      route: 'my-productivity',
      capability: OWN,
      providersOnly: true,
      area: 'PRODUCTIVITY',
    },
  ],
} satisfies Feature;
