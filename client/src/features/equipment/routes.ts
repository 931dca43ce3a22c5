import type { Capability } from '@/gql/graphql';
import type { Feature } from '@/shared/feature';

const READ: readonly Capability[] = ['PAYABLES_READ'];

export default {
  routes: [
    {
      path: 'equipment',
      meta: { capability: READ },
      children: [
        {
          path: '',
          name: 'equipment',
          component: () => import('./EquipmentPage.vue'),
          meta: { capability: READ, title: 'Equipment' },
        },
        {
          path: ':id',
          name: 'equipment-asset',
          component: () => import('./EquipmentAssetPage.vue'),
          props: true,
          meta: { record: 'EQUIPMENT_ASSET', capability: READ, title: 'Equipment' },
        },
      ],
    },
  ],
  nav: [
    { section: 'Finance', order: 37, label: 'Equipment', icon: 'pi pi-wrench', route: 'equipment', capability: READ, area: 'EQUIPMENT' },
  ],
} satisfies Feature;
