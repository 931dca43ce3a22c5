import type { RouteRecordRaw } from 'vue-router';
import type { Capability } from '@/gql/graphql';
import {
  AUDIT_READ, BUDGETS_EDIT, BUDGETS_READ, CAMPAIGNS_EDIT, CAMPAIGNS_READ, COMPENSATION_APPROVE, COMPENSATION_OWN_READ, COMPENSATION_READ,
  ENCOUNTERS_ENTER, ORG_CHART_READ, PROVIDER_PRODUCTIVITY,
} from './navigation';

declare module 'vue-router' {
  interface RouteMeta {
    /** Any one of these; absent = every signed-in member. The server checks again. */
    capability?: readonly Capability[];
    /** Reachable signed out (sign-in). */
    public?: boolean;
    /** Shown in the browser tab. */
    title?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/features/auth/SignInPage.vue'),
    meta: { public: true, title: 'Sign in' },
  },
  {
    path: '/choose-organization',
    name: 'choose-organization',
    component: () => import('@/features/auth/ChooseOrganizationPage.vue'),
    meta: { title: 'Choose a practice' },
  },
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'dashboard',
        component: () => import('@/features/dashboard/DashboardPage.vue'),
        meta: { title: 'Dashboard' },
      },
      {
        path: 'org-chart',
        name: 'org-chart',
        component: () => import('@/features/orgchart/OrgChartPage.vue'),
        meta: { capability: ORG_CHART_READ, title: 'Org chart' },
      },
      {
        path: 'people',
        name: 'people',
        component: () => import('@/features/people/PeopleListPage.vue'),
        meta: { capability: ORG_CHART_READ, title: 'People' },
      },
      {
        path: 'people/:id',
        name: 'person',
        component: () => import('@/features/people/PersonPage.vue'),
        props: true,
        meta: { capability: ORG_CHART_READ, title: 'Person' },
      },
      {
        // Grouped so the Budgets item stays lit on a budget, its report and the import.
        path: 'budgets',
        children: [
          {
            path: '',
            name: 'budgets',
            component: () => import('@/features/budgets/BudgetsListPage.vue'),
            meta: { capability: BUDGETS_READ, title: 'Budgets' },
          },
          {
            path: 'import-actuals',
            name: 'import-actuals',
            component: () => import('@/features/budgets/ImportActualsPage.vue'),
            meta: { capability: BUDGETS_EDIT, title: 'Import actuals' },
          },
          {
            path: ':id',
            name: 'budget',
            component: () => import('@/features/budgets/BudgetEditorPage.vue'),
            props: true,
            meta: { capability: BUDGETS_READ, title: 'Budget' },
          },
          {
            path: ':id/variance',
            name: 'budget-variance',
            component: () => import('@/features/budgets/VarianceReportPage.vue'),
            props: true,
            meta: { capability: BUDGETS_READ, title: 'Variance report' },
          },
        ],
      },
      {
        // Grouped so the Compensation item stays lit on every cycle, the approval, bands and pay overview.
        path: 'compensation',
        meta: { capability: COMPENSATION_READ },
        children: [
          {
            path: '',
            name: 'compensation',
            component: () => import('@/features/compensation/WorksheetPage.vue'),
            meta: { capability: COMPENSATION_READ, title: 'Merit cycle' },
          },
          {
            path: 'approval',
            name: 'compensation-approval',
            component: () => import('@/features/compensation/ApprovalPage.vue'),
            meta: { capability: COMPENSATION_APPROVE, title: 'Approve the merit cycle' },
          },
          {
            path: 'bands',
            name: 'salary-bands',
            component: () => import('@/features/compensation/SalaryBandsPage.vue'),
            meta: { capability: COMPENSATION_READ, title: 'Salary bands' },
          },
          {
            path: 'pay',
            name: 'pay-overview',
            component: () => import('@/features/compensation/PayOverviewPage.vue'),
            meta: { capability: COMPENSATION_READ, title: 'Pay overview' },
          },
          {
            path: 'cycles/:id',
            name: 'compensation-cycle',
            component: () => import('@/features/compensation/WorksheetPage.vue'),
            props: true,
            meta: { capability: COMPENSATION_READ, title: 'Merit cycle' },
          },
          {
            path: 'cycles/:id/approval',
            name: 'compensation-cycle-approval',
            component: () => import('@/features/compensation/ApprovalPage.vue'),
            props: true,
            meta: { capability: COMPENSATION_APPROVE, title: 'Approve the merit cycle' },
          },
        ],
      },
      {
        // Nested so the Campaigns nav item stays highlighted on a campaign and on the comparison.
        path: 'campaigns',
        meta: { capability: CAMPAIGNS_READ },
        children: [
          {
            path: '',
            name: 'campaigns',
            component: () => import('@/features/campaigns/CampaignsListPage.vue'),
            meta: { capability: CAMPAIGNS_READ, title: 'Campaigns' },
          },
          {
            path: 'channels',
            name: 'campaign-channels',
            component: () => import('@/features/campaigns/ChannelComparisonPage.vue'),
            meta: { capability: CAMPAIGNS_READ, title: 'Channel comparison' },
          },
          {
            // ?campaign=<id>: opened from that campaign, and the way back leads there.
            path: 'import/:kind(spend|leads)',
            name: 'campaign-import',
            component: () => import('@/features/campaigns/CampaignImportPage.vue'),
            props: (route) => ({ kind: route.params.kind, campaign: typeof route.query.campaign === 'string' ? route.query.campaign : undefined }),
            meta: { capability: CAMPAIGNS_EDIT, title: 'Import campaign data' },
          },
          {
            path: ':id',
            name: 'campaign',
            component: () => import('@/features/campaigns/CampaignPage.vue'),
            props: true,
            meta: { capability: CAMPAIGNS_READ, title: 'Campaign' },
          },
        ],
      },
      {
        path: 'my-pay',
        name: 'my-pay',
        component: () => import('@/features/compensation/MyPayPage.vue'),
        meta: { capability: COMPENSATION_OWN_READ, title: 'My pay' },
      },
      {
        // Grouped so the Provider productivity item stays lit on a provider and on the plans.
        path: 'productivity',
        children: [
          {
            path: '',
            name: 'productivity',
            component: () => import('@/features/productivity/ProductivityPage.vue'),
            meta: { capability: PROVIDER_PRODUCTIVITY, title: 'Provider productivity' },
          },
          {
            path: 'plans',
            name: 'provider-plans',
            component: () => import('@/features/productivity/PlansPage.vue'),
            meta: { capability: PROVIDER_PRODUCTIVITY, title: 'Provider plans' },
          },
          {
            path: 'providers/:id',
            name: 'provider-productivity',
            component: () => import('@/features/productivity/ProviderProductivityPage.vue'),
            props: true,
            meta: { capability: PROVIDER_PRODUCTIVITY, title: 'Provider productivity' },
          },
        ],
      },
      {
        path: 'encounters/import',
        name: 'import-encounters',
        component: () => import('@/features/productivity/ImportEncountersPage.vue'),
        meta: { capability: ENCOUNTERS_ENTER, title: 'Import encounters' },
      },
      {
        path: 'my-productivity',
        name: 'my-productivity',
        component: () => import('@/features/productivity/MyProductivityPage.vue'),
        meta: { capability: COMPENSATION_OWN_READ, title: 'My productivity' },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/features/audit/AuditLogPage.vue'),
        meta: { capability: AUDIT_READ, title: 'Audit log' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./pages/NotFoundPage.vue'),
        meta: { title: 'Not found' },
      },
    ],
  },
];
