import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { currentViewer } from '@/shared/viewer';
import { mountWithApp, signInAs } from '@/test/helpers';
import { routes } from '../routes';
import RouteGate from './RouteGate.vue';

/** The app's own compensation routes, mounted at the top so the gate renders them directly. */
function routerWithCompensation() {
  const children = routes.find((r) => r.path === '/')!.children!;
  const compensation = children.find((r) => r.path === 'compensation')!;
  const dashboard: RouteRecordRaw = { path: '/', name: 'dashboard', component: { template: '<p>home</p>' } };
  return createRouter({
    history: createMemoryHistory(),
    routes: [dashboard, { ...compensation, path: '/compensation' } as RouteRecordRaw],
  });
}

async function visitCompensation() {
  const router = routerWithCompensation();
  await router.push('/compensation');
  const wrapper = mountWithApp(RouteGate, { global: { plugins: [router] } });
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  currentViewer.value = null;
});

describe('a route the role may not use', () => {
  it('renders the 403 page instead of the page, at the same address', async () => {
    signInAs('OFFICE_MANAGER', ['ORG_CHART_READ', 'PEOPLE_READ_DETAILS', 'COMPENSATION_OWN_READ']);
    const wrapper = await visitCompensation();
    expect(wrapper.find('[data-testid="forbidden-page"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('You don’t have access to this page');
    expect(wrapper.text()).toContain('Office manager');
    expect(wrapper.find('[data-testid="pool-meter"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Merit cycle');
  });

  it('renders the page for a role holding one of its capabilities', async () => {
    signInAs('PRACTICE_MANAGER', ['ORG_CHART_READ', 'STAFF_COMPENSATION_READ']);
    const wrapper = await visitCompensation();
    expect(wrapper.find('[data-testid="forbidden-page"]').exists()).toBe(false);
    expect(wrapper.find('h1').text()).toBe('Compensation');
    expect(wrapper.text()).toContain('Merit cycle');
  });
});
