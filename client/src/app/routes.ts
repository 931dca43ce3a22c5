import type { RouteRecordRaw } from 'vue-router';
import { features } from './features';

export const routes: RouteRecordRaw[] = [
  ...features.flatMap((f) => f.standaloneRoutes ?? []),
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    children: [
      ...features.flatMap((f) => f.routes ?? []),
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('./pages/NotFoundPage.vue'),
        meta: { title: 'Not found' },
      },
    ],
  },
];
