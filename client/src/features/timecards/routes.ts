import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const OWN: readonly Capability[] = ['TIME_CARDS_OWN'];
const TEAM: readonly Capability[] = ['TIME_CARDS_ENTER', 'TIME_CARDS_APPROVE_REPORTS', 'TIME_CARDS_APPROVE_ALL'];
const READERS: readonly Capability[] = [...OWN, ...TEAM];
const PAYROLL: readonly Capability[] = ['TIME_CARDS_APPROVE_ALL'];

export default {
  routes: [
    { path: 'my-week', name: 'my-week', component: () => import('./MyWeekPage.vue'), meta: { capability: OWN, title: 'My week' } },
    {
      path: 'team-cards',
      name: 'team-cards',
      component: () => import('./TeamCardsPage.vue'),
      meta: { capability: TEAM, title: 'Team cards' },
    },
    {
      path: 'time-cards/:id',
      name: 'time-card',
      component: () => import('./TimeCardPage.vue'),
      props: true,
      meta: { record: 'TIME_CARD', capability: READERS, title: 'Time card' },
    },
    {
      path: 'payroll',
      name: 'payroll',
      component: () => import('./PayrollPage.vue'),
      meta: { capability: PAYROLL, title: 'Payroll export' },
    },
  ],
  nav: [
    { section: 'Organization', order: 40, label: 'Team cards', icon: 'pi pi-clock', route: 'team-cards', capability: TEAM },
    { section: 'Finance', order: 25, label: 'Payroll export', icon: 'pi pi-file-export', route: 'payroll', capability: PAYROLL },
    { section: 'Self-service', order: 5, label: 'My week', icon: 'pi pi-stopwatch', route: 'my-week', capability: OWN },
  ],
} satisfies Feature;
