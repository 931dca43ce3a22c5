import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router';
import { routes } from './routes';
import { session } from './session';

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });

  router.beforeEach(async (to) => {
    await session.ensureLoaded();
    if (to.meta.public) {
      return session.signedIn.value && to.name === 'sign-in' ? { name: 'dashboard' } : true;
    }
    if (!session.signedIn.value) {
      return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (session.needsOrganization.value && to.name !== 'choose-organization') {
      return { name: 'choose-organization', query: { redirect: to.fullPath } };
    }
    // A route the viewer's role may not use still resolves: the layout shows the 403 page in its place.
    return true;
  });

  router.afterEach((to) => {
    const org = session.viewer.value?.current?.organizationName;
    document.title = [to.meta.title, org, 'Praxis'].filter(Boolean).join(' · ');
  });

  session.onExpired(() => {
    const here = router.currentRoute.value;
    if (!here.meta.public) void router.replace({ name: 'sign-in', query: { redirect: here.fullPath } });
  });

  return router;
}
