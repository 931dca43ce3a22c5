import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Capability } from '@/gql/graphql';
import { currentViewer } from '@/shared/viewer';
import { mountWithApp, signInAs } from '@/test/helpers';
import AppSidebar from './layout/AppSidebar.vue';
import { navigation } from './navigation';
import { routes } from './routes';

const OFFICE_MANAGER: Capability[] = ['ORG_CHART_READ', 'PEOPLE_READ_DETAILS', 'PEOPLE_EDIT_OFFICE_STAFF', 'BUDGETS_READ'];
const PRACTICE_MANAGER: Capability[] = [...OFFICE_MANAGER, 'STAFF_COMPENSATION_READ', 'AUDIT_READ_OWN'];

async function navLabels(capabilities: Capability[]) {
  signInAs('OFFICE_MANAGER', capabilities);
  const router = createRouter({ history: createMemoryHistory(), routes });
  const wrapper = mountWithApp(AppSidebar, { props: { practiceName: 'Riverside' }, global: { plugins: [router] } });
  await router.isReady();
  const labels = wrapper.findAll('a.nav-item').map((a) => a.text());
  wrapper.unmount();
  return labels;
}

afterEach(() => {
  currentViewer.value = null;
});

describe('navigation', () => {
  it('shows the office manager only the areas their role may use', async () => {
    expect(await navLabels(OFFICE_MANAGER)).toEqual(['Dashboard', 'Org chart', 'People']);
  });

  it('adds compensation and the audit log for the practice manager', async () => {
    expect(await navLabels(PRACTICE_MANAGER)).toEqual(['Dashboard', 'Org chart', 'People', 'Compensation', 'Audit log']);
  });

  it('shows only the dashboard to a member without any capability', async () => {
    expect(await navLabels([])).toEqual(['Dashboard']);
  });

  it('asks of each item exactly what its route asks', () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    for (const item of navigation.flatMap((s) => s.items)) {
      const route = router.resolve({ name: item.route });
      expect(route.meta.capability ?? null, item.label).toEqual(item.capability);
    }
  });
});
