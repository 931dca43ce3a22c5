import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import Tooltip from 'primevue/tooltip';
import { fromValue } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import { currentViewer } from '@/shared/viewer';
import ImportActualsPage from './ImportActualsPage.vue';

const CSV = [
  'Date,Transaction Type,Num,Name,Memo/Description,Account,Class,Debit,Credit',
  '10/14/2026,Bill,INV-88213,Henry Schein,Nitrile exam gloves,Medical Supplies:Gloves,Oak Hill Clinic,"1,250.00",',
  '13/40/2026,Vendor Credit,CR-1020,Henry Schein,Return,Medical Supplies:Gloves,Oak Hill,,130.00',
  '10/21/2026,Expense,7781,Meta Platforms,Campaign,5710 Marketing and advertising,Administration,850.00,',
].join('\n');

const SETUP = {
  accounts: [
    { id: 'a-5410', code: '5410', name: 'Medical supplies', group: 'MEDICAL_SUPPLIES' },
    { id: 'a-5710', code: '5710', name: 'Marketing and advertising', group: 'MARKETING' },
  ],
  costCentres: [
    { id: 'c-oak', name: 'Oak Hill Clinic' },
    { id: 'c-admin', name: 'Administration' },
  ],
  currentBudget: { id: 'b-2026', fiscalYear: 2026, budgetVersion: 'ORIGINAL' },
};
const INSPECTION = {
  headers: ['Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Account', 'Class', 'Debit', 'Credit'],
  sample: [
    [
      '10/14/2026',
      'Bill',
      'INV-88213',
      'Henry Schein',
      'Nitrile exam gloves',
      'Medical Supplies:Gloves',
      'Oak Hill Clinic',
      '1,250.00',
      '',
    ],
  ],
  rowCount: 3,
  externalAccounts: ['5710 Marketing and advertising', 'Medical Supplies:Gloves'],
  rememberedMappings: [],
};
const REFUSED = {
  ok: false,
  imported: 0,
  duplicates: 0,
  total: 0,
  unmappedAccounts: ['Medical Supplies:Gloves'],
  errors: [
    { row: 2, column: 'Account', message: 'Account "Medical Supplies:Gloves" is not mapped to a Praxis account.' },
    { row: 3, column: 'Date', message: '"13/40/2026" is not a date (use YYYY-MM-DD or MM/DD/YYYY).' },
    { row: 3, column: 'Class', message: '"Oak Hill" is not a cost centre of this practice.' },
  ],
};

type Operation = { query: DocumentNode; variables: Record<string, any> };
const nameOf = (op: Operation) => (op.query.definitions[0] as OperationDefinitionNode).name?.value;
const answer = (data: unknown) => fromValue({ stale: false, hasNext: false, data });

function mountWizard() {
  const executeQuery = vi.fn((op: Operation) => answer(nameOf(op) === 'InspectActualsCsv' ? { inspectActualsCsv: INSPECTION } : SETUP));
  const executeMutation = vi.fn((_op: Operation) => answer({ importActuals: REFUSED }));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/:any(.*)*', name: 'any', component: { template: '<p />' } },
      { path: '/v/:id', name: 'budget-variance', component: { template: '<p />' } },
      { path: '/b', name: 'budgets', component: { template: '<p />' } },
    ],
  });
  const wrapper = mountWithApp(ImportActualsPage, {
    client: fakeClient({ executeQuery, executeMutation }),
    global: { plugins: [router], directives: { tooltip: Tooltip } },
  });
  return { wrapper, executeQuery, executeMutation };
}

async function chooseFile(wrapper: VueWrapper, text: string, name = 'quickbooks-october.csv') {
  const input = wrapper.find('[data-testid="csv-file"]');
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await input.trigger('change');
  await flushPromises();
  await flushPromises();
}

afterEach(() => {
  currentViewer.value = null;
  document.body.innerHTML = '';
});

describe('the import actuals wizard', () => {
  it('maps the columns by their names and finds the account that needs a mapping', async () => {
    signInAs('PRACTICE_MANAGER', ['BUDGETS_READ', 'BUDGETS_EDIT']);
    const { wrapper, executeQuery } = mountWizard();
    await chooseFile(wrapper, CSV);

    const inspect = executeQuery.mock.calls.map((c) => c[0]).find((op) => nameOf(op) === 'InspectActualsCsv')!;
    expect(inspect.variables.csv).toBe(CSV);
    const mapping = wrapper.find('[data-testid="mapping-step"]');
    expect(mapping.exists()).toBe(true);
    expect(mapping.find('#col-date').text()).toContain('Date');
    const rows = wrapper.findAll('[data-testid="mapping-row"]');
    expect(rows.map((r) => r.attributes('data-external'))).toEqual(['5710 Marketing and advertising', 'Medical Supplies:Gloves']);
    expect(rows[0]!.text()).toContain('same code or name');
    expect(rows[1]!.text()).toContain('not mapped');
    expect(wrapper.find('[data-testid="unmapped-count"]').text()).toBe('1 to map');
    expect(wrapper.find('[data-testid="unknown-centres"]').text()).toContain('“Oak Hill”');
  });

  it('shows the row-error report when the server refuses the file, and nothing as imported', async () => {
    signInAs('PRACTICE_MANAGER', ['BUDGETS_READ', 'BUDGETS_EDIT']);
    const { wrapper, executeMutation } = mountWizard();
    await chooseFile(wrapper, CSV);
    await wrapper.find('[data-testid="to-review"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="unmapped-warning"]').text()).toContain('Medical Supplies:Gloves');
    await wrapper.find('[data-testid="run-import"]').trigger('click');
    await flushPromises();

    const input = executeMutation.mock.calls[0]![0].variables.input;
    expect(input).toMatchObject({
      fileName: 'quickbooks-october.csv',
      csv: CSV,
      columns: { date: 'Date', account: 'Account', costCentre: 'Class', debit: 'Debit', credit: 'Credit', memo: 'Memo/Description' },
      accountMappings: [],
    });

    const report = wrapper.find('[data-testid="import-errors"]');
    expect(report.exists()).toBe(true);
    expect(report.text()).toContain('Nothing was imported');
    const errors = report.findAll('[data-testid="row-error"]');
    expect(errors).toHaveLength(3);
    expect(errors[1]!.findAll('td').map((td) => td.text())).toEqual([
      '3',
      'Date',
      '"13/40/2026" is not a date (use YYYY-MM-DD or MM/DD/YYYY).',
    ]);
    expect(report.find('[data-testid="unmapped-accounts"]').text()).toContain('Medical Supplies:Gloves');
    expect(wrapper.find('[data-testid="import-success"]').exists()).toBe(false);

    // Back to the mapping to fix it: the file and the choices are still there.
    await report.find('[data-testid="back-to-mapping"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="mapping-step"]').isVisible()).toBe(true);
    expect(wrapper.findAll('[data-testid="mapping-row"]')).toHaveLength(2);
  });
});
