import type { Feature } from '@/shared/feature';

export default {
  standaloneRoutes: [
    {
      path: '/sign-in',
      name: 'sign-in',
      component: () => import('./SignInPage.vue'),
      meta: { public: true, title: 'Sign in' },
    },
    {
      path: '/choose-organization',
      name: 'choose-organization',
      component: () => import('./ChooseOrganizationPage.vue'),
      meta: { title: 'Choose a practice' },
    },
  ],
} satisfies Feature;
