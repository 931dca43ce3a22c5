import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['CAMPAIGNS_READ'];
const EDIT: readonly Capability[] = ['CAMPAIGNS_EDIT'];

export default {
  routes: [
    {
      // Nested so the Campaigns nav item stays highlighted on a campaign and on the comparison.
      path: 'campaigns',
      meta: { capability: READ },
      children: [
        {
          path: '',
          name: 'campaigns',
          component: () => import('./CampaignsListPage.vue'),
          meta: { capability: READ, title: 'Campaigns' },
        },
        {
          path: 'channels',
          name: 'campaign-channels',
          component: () => import('./ChannelComparisonPage.vue'),
          meta: { capability: READ, title: 'Channel comparison' },
        },
        {
          // ?campaign=<id>: opened from that campaign, and the way back leads there.
          path: 'import/:kind(spend|leads)',
          name: 'campaign-import',
          component: () => import('./CampaignImportPage.vue'),
          props: (route) => ({
            kind: route.params.kind,
            campaign: typeof route.query.campaign === 'string' ? route.query.campaign : undefined,
          }),
          meta: { capability: EDIT, title: 'Import campaign data' },
        },
        {
          path: ':id',
          name: 'campaign',
          component: () => import('./CampaignPage.vue'),
          props: true,
          meta: { record: 'CAMPAIGN', capability: READ, title: 'Campaign' },
        },
      ],
    },
  ],
  nav: [
    {
      section: 'Marketing',
      order: 10,
      label: 'Campaigns',
      icon: 'pi pi-megaphone',
      route: 'campaigns',
      capability: READ,
      area: 'CAMPAIGNS',
    },
  ],
} satisfies Feature;
