import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['AUDIT_READ_ALL', 'AUDIT_READ_OWN'];

export default {
  routes: [
    {
      path: 'audit',
      name: 'audit',
      component: () => import('./AuditLogPage.vue'),
      meta: { capability: READ, title: 'Audit log' },
    },
  ],
  nav: [{ section: 'Administration', order: 10, label: 'Audit log', icon: 'pi pi-history', route: 'audit', capability: READ }],
} satisfies Feature;
