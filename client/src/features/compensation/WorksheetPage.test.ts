import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import Tooltip from 'primevue/tooltip';
import { CombinedError } from '@urql/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fromValue } from 'wonka';
import { routes } from '@/app/routes';
import { currentViewer } from '@/shared/viewer';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import { worksheetRow } from './testRows';
import WorksheetPage from './WorksheetPage.vue';

type Operation = { query: DocumentNode; variables: Record<string, unknown> };
const nameOf = (op: Operation) =>
  (op.query.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value;
const answer = (data: unknown, error?: CombinedError) => fromValue({ stale: false, hasNext: false, data, error });

const ARJUN = worksheetRow();
const PRIYA = worksheetRow({
  id: 'p-2',
  employeeId: 'e-2',
  name: 'Priya Nair',
  title: 'Executive Assistant',
  rate: 2_054,
  annualPay: 4_272_320,
  compaRatio: 1.0172,
});
const MARCUS = worksheetRow({
  id: 'p-3',
  employeeId: 'e-3',
  name: 'Marcus Bell',
  title: 'Practice Manager',
  category: 'MANAGEMENT',
  payBasis: 'SALARY',
  rate: 9_030_000,
  annualPay: 9_030_000,
  bandMinimum: 9_000_000,
  bandMidpoint: 10_500_000,
  bandMaximum: 12_000_000,
  compaRatio: 0.86,
  rating: 4,
  meritBps: 375,
});
const CYCLE = {
  id: 'c-1',
  name: '2027 merit cycle',
  status: 'OPEN',
  effectiveDate: '2027-01-01',
  eligibleHiredBy: '2026-09-30',
  includeProviders: true,
  poolBps: 350,
  poolAmount: null,
  pool: {
    eligiblePayroll: 169_700_876,
    pool: 5_939_531,
    used: 338_625,
    usedWithBenefits: 419_895,
    remaining: 5_600_906,
    over: 0,
    staffOnly: true,
  },
  guidelines: [
    { rating: 3, compaBand: 'WITHIN', minBps: 200, maxBps: 350 },
    { rating: 4, compaBand: 'WITHIN', minBps: 300, maxBps: 450 },
    { rating: 4, compaBand: 'BELOW', minBps: 400, maxBps: 550 },
  ],
};

const mounted: { unmount(): void }[] = [];

async function mountPage(executeMutation = vi.fn(), rows = [ARJUN, PRIYA, MARCUS]) {
  const executeQuery = vi.fn((op: Operation) =>
    answer(
      nameOf(op) === 'CompensationCycles'
        ? { compensationCycles: [{ id: 'c-1', name: CYCLE.name, status: 'OPEN', effectiveDate: CYCLE.effectiveDate }] }
        : { compensationCycle: CYCLE, cycleWorksheet: rows },
    ),
  );
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/compensation');
  const wrapper = mountWithApp(WorksheetPage, {
    client: fakeClient({ executeQuery, executeMutation }),
    global: { plugins: [router], directives: { tooltip: Tooltip } },
  });
  mounted.push(wrapper);
  await flushPromises();
  const row = (name: string) => wrapper.get(`[data-testid="worksheet-row"][data-employee="${name}"]`);
  return { wrapper, row, executeMutation };
}

afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount());
  currentViewer.value = null;
  document.body.innerHTML = '';
});

describe('the merit worksheet', () => {
  it('moves the pool meter as a merit is typed, and says the viewer sees staff only', async () => {
    signInAs('PRACTICE_MANAGER', ['STAFF_COMPENSATION_READ', 'STAFF_COMPENSATION_PROPOSE']);
    const { wrapper, row } = await mountPage();
    expect(wrapper.get('[data-testid="staff-only"]').text()).toContain('You see staff only');
    expect(wrapper.get('[data-testid="pool-used"]').text()).toBe('$3,386');
    await row('Arjun Mehta').get('[data-testid="merit-input"]').setValue('3');
    // $19.56/h + 3 % = $20.15/h, 2,080 hours: $1,227.20 more a year.
    expect(wrapper.get('[data-testid="pool-used"]').text()).toBe('$4,613');
    expect(wrapper.get('[data-testid="pool-unsaved"]').text()).toContain('+$1,227');
    expect(row('Arjun Mehta').get('[data-testid="new-pay"]').text()).toBe('$41,912');
    expect(wrapper.get('[data-testid="unsaved-count"]').text()).toContain('1 unsaved row');
  });

  it('shows the server’s field error at the rationale', async () => {
    signInAs('PRACTICE_MANAGER', ['STAFF_COMPENSATION_READ', 'STAFF_COMPENSATION_PROPOSE']);
    const refused = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The guideline for this rating and compa-ratio is 3%–4.5%: say why this differs.', {
          extensions: { code: 'VALIDATION_FAILED', field: 'input.rationale' },
        }),
      ],
    });
    const { row, executeMutation } = await mountPage(vi.fn(() => answer(null, refused)));
    await row('Priya Nair').get('[data-testid="merit-input"]').setValue('6');
    await row('Priya Nair').get('[data-testid="merit-input"]').trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(row('Priya Nair').get('[data-testid="rationale-error"]').text()).toContain('say why this differs');
    expect(row('Priya Nair').classes()).toContain('dirty');
  });

  it('leaves one’s own raise to the administrator', async () => {
    signInAs('PRACTICE_MANAGER', ['STAFF_COMPENSATION_READ', 'STAFF_COMPENSATION_PROPOSE']);
    currentViewer.value = { ...currentViewer.value!, employeeId: 'e-3' };
    // The server locks the viewer's own row and says why.
    const { row } = await mountPage(vi.fn(), [
      ARJUN,
      PRIYA,
      { ...MARCUS, mayPropose: false, lockedBecause: 'Nobody proposes their own raise.' },
    ]);
    expect(row('Marcus Bell').find('[data-testid="merit-input"]').exists()).toBe(false);
    expect(row('Marcus Bell').text()).toContain('3.75%');
    expect(row('Marcus Bell').get('[data-testid="guideline"]').text()).toContain('guide 4–5.5%');
    expect(row('Arjun Mehta').find('[data-testid="merit-input"]').exists()).toBe(true);
  });

  it('is read only for a role that may read but not propose', async () => {
    signInAs('PRACTICE_MANAGER', ['STAFF_COMPENSATION_READ']);
    const locked = { mayPropose: false, lockedBecause: 'Your role reads the worksheet but does not propose raises.' };
    const { wrapper } = await mountPage(
      vi.fn(),
      [ARJUN, PRIYA, MARCUS].map((r) => ({ ...r, ...locked })),
    );
    expect(wrapper.find('[data-testid="merit-input"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="read-only-note"]').text()).toContain('not propose');
  });
});
