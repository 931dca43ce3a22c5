import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['BUDGETS_READ'];
const EDIT: readonly Capability[] = ['BUDGETS_EDIT'];

export default {
  routes: [
    {
      // Grouped so the Budgets item stays lit on a budget, its report and the import.
      path: 'budgets',
      children: [
        {
          path: '',
          name: 'budgets',
          component: () => import('./BudgetsListPage.vue'),
          meta: { capability: READ, title: 'Budgets' },
        },
        {
          path: 'import-actuals',
          name: 'import-actuals',
          component: () => import('./ImportActualsPage.vue'),
          meta: { capability: EDIT, title: 'Import actuals' },
        },
        {
          path: ':id',
          name: 'budget',
          component: () => import('./BudgetEditorPage.vue'),
          props: true,
          meta: { record: 'BUDGET', capability: READ, title: 'Budget' },
        },
        {
          path: ':id/variance',
          name: 'budget-variance',
          component: () => import('./VarianceReportPage.vue'),
          props: true,
          meta: { record: 'BUDGET', capability: READ, title: 'Variance report' },
        },
      ],
    },
  ],
  nav: [{ section: 'Finance', order: 10, label: 'Budgets', icon: 'pi pi-chart-line', route: 'budgets', capability: READ, area: 'BUDGETS' }],
} satisfies Feature;
