import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { CombinedError } from '@urql/core';
import Tooltip from 'primevue/tooltip';
import { fromValue } from 'wonka';
import { fakeClient, mountWithApp } from '@/test/helpers';
import { fiscalMonths } from '../budget';
import BudgetSheet from './BudgetSheet.vue';

const months = (dollars: number) => Array(12).fill(dollars * 100);
const LINES = [
  {
    id: 'l-5410',
    version: 3,
    months: months(200),
    total: 240000,
    account: { id: 'a-5410', code: '5410', name: 'Medical supplies', kind: 'EXPENSE', group: 'MEDICAL_SUPPLIES' },
    costCentre: { id: 'c-oak', name: 'Oak Hill Clinic' },
  },
  {
    id: 'l-4010',
    version: 1,
    months: months(1000),
    total: 1200000,
    account: { id: 'a-4010', code: '4010', name: 'Patient revenue: commercial insurance', kind: 'REVENUE', group: 'PATIENT_REVENUE' },
    costCentre: { id: 'c-river', name: 'Riverside Main' },
  },
  {
    id: 'l-5710',
    version: 7,
    months: months(50),
    total: 60000,
    account: { id: 'a-5710', code: '5710', name: 'Marketing and advertising', kind: 'EXPENSE', group: 'MARKETING' },
    costCentre: { id: 'c-admin', name: 'Administration' },
  },
];

type SentOperation = {
  variables: { input: { budgetId: string; lines: { lineId?: string; expectedVersion?: number; months: number[] }[] } };
};

type Answer = (op: SentOperation) => ReturnType<typeof fromValue<Record<string, unknown>>>;

function mountSheet(
  executeMutation: ReturnType<typeof vi.fn<Answer>> = vi.fn<Answer>(() =>
    fromValue({ stale: false, hasNext: false, data: { saveBudgetLines: [] } }),
  ),
) {
  const client = fakeClient({ executeMutation });
  const wrapper = mountWithApp(BudgetSheet, {
    client,
    props: { budgetId: 'b-2027', lines: LINES as never, months: fiscalMonths(2027, 1), editable: true },
    global: { directives: { tooltip: Tooltip } },
  });
  return { wrapper, executeMutation };
}

/** The grid shows revenue first: row 0 is 4010, row 1 is 5410, row 2 is 5710. */
const cell = (w: VueWrapper, r: number, c: number) => w.find(`#budget-cell-${r}-${c}`);
const line = (w: VueWrapper, id: string) => w.find(`[data-line-id="${id}"]`);

async function paste(w: VueWrapper, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  w.find('[data-testid="budget-grid"]').element.dispatchEvent(event);
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('BudgetSheet', () => {
  it('lays out revenue, then expense, with row totals, section totals and net income', () => {
    const { wrapper } = mountSheet();
    const codes = wrapper.findAll('[data-testid="budget-line"]').map((r) => r.attributes('data-account-code'));
    expect(codes).toEqual(['4010', '5410', '5710']);
    expect(line(wrapper, 'l-4010').find('[data-testid="row-total"]').text()).toBe('12,000.00');
    const totals = wrapper.findAll('[data-testid="section-total"]');
    expect(totals[0]!.find('[data-month="1"]').text()).toBe('1,000.00');
    expect(totals[1]!.find('[data-month="1"]').text()).toBe('250.00');
    expect(wrapper.find('[data-testid="net-row"] [data-month="1"]').text()).toBe('750.00');
    expect(wrapper.find('[data-testid="grand-total"]').text()).toBe('9,000.00');
  });

  it('pastes a block from Excel at the active cell, marks the cells changed and updates the totals', async () => {
    const { wrapper } = mountSheet();
    await cell(wrapper, 1, 2).trigger('mousedown'); // 5410 Oak Hill, March
    await paste(wrapper, '1,234.56\t(12.30)\r\n$5\t\r\n');

    expect(cell(wrapper, 1, 2).text()).toBe('1,234.56');
    expect(cell(wrapper, 1, 3).text()).toBe('-12.30');
    expect(cell(wrapper, 2, 2).text()).toBe('5.00');
    expect(cell(wrapper, 2, 3).text()).toBe('0.00');
    for (const [r, c] of [
      [1, 2],
      [1, 3],
      [2, 2],
      [2, 3],
    ] as const)
      expect(cell(wrapper, r, c).classes()).toContain('changed');
    // Neighbours are untouched.
    expect(cell(wrapper, 1, 1).classes()).not.toContain('changed');
    expect(cell(wrapper, 1, 4).text()).toBe('200.00');
    expect(cell(wrapper, 0, 2).text()).toBe('1,000.00');

    expect(wrapper.find('[data-testid="unsaved-count"]').text()).toContain('4 unsaved changes');
    expect(line(wrapper, 'l-5410').find('[data-testid="row-total"]').text()).toBe('3,222.26');
    expect(line(wrapper, 'l-5710').find('[data-testid="row-total"]').text()).toBe('505.00');
    const expense = wrapper.findAll('[data-testid="section-total"]')[1]!;
    expect(expense.find('[data-month="3"]').text()).toBe('1,239.56');
    expect(wrapper.find('[data-testid="net-row"] [data-month="3"]').text()).toBe('-239.56');
    expect(wrapper.find('[data-testid="grand-total"]').text()).toBe('8,272.74');
  });

  it('edits by typing, moves with Enter and saves only the changed lines with their versions', async () => {
    const saved = { ...LINES[0]!, version: 4, months: [20000, 20000, 55000, ...months(200).slice(3)] };
    const { wrapper, executeMutation } = mountSheet(
      vi.fn<Answer>(() => fromValue({ stale: false, hasNext: false, data: { saveBudgetLines: [saved] } })),
    );
    const grid = wrapper.find('[data-testid="budget-grid"]');
    await cell(wrapper, 1, 2).trigger('mousedown');
    await grid.trigger('keydown', { key: '5' });
    const editor = wrapper.find('[data-testid="cell-editor"]');
    await editor.setValue('550');
    await editor.trigger('keydown', { key: 'Enter' });
    expect(cell(wrapper, 1, 2).text()).toBe('550.00');
    expect(cell(wrapper, 2, 2).classes()).toContain('active');

    await wrapper.find('[data-testid="save-budget"]').trigger('click');
    await flushPromises();
    const input = executeMutation.mock.calls[0]![0].variables.input;
    expect(input.budgetId).toBe('b-2027');
    expect(input.lines).toEqual([
      {
        lineId: 'l-5410',
        expectedVersion: 3,
        accountId: 'a-5410',
        costCentreId: 'c-oak',
        months: [20000, 20000, 55000, ...months(200).slice(3)],
      },
    ]);
    expect(wrapper.find('[data-testid="unsaved-count"]').exists()).toBe(false);
    expect(cell(wrapper, 1, 2).classes()).not.toContain('changed');
  });

  it('Escape cancels an edit and Delete clears the cell', async () => {
    const { wrapper } = mountSheet();
    const grid = wrapper.find('[data-testid="budget-grid"]');
    await cell(wrapper, 0, 0).trigger('mousedown');
    await grid.trigger('keydown', { key: '9' });
    await wrapper.find('[data-testid="cell-editor"]').trigger('keydown', { key: 'Escape' });
    expect(cell(wrapper, 0, 0).text()).toBe('1,000.00');
    await grid.trigger('keydown', { key: 'ArrowRight' });
    await grid.trigger('keydown', { key: 'Delete' });
    expect(cell(wrapper, 0, 1).text()).toBe('0.00');
    expect(cell(wrapper, 0, 1).classes()).toContain('changed');
  });

  it('shows a CONFLICT inline under the stale line; “Use theirs” takes their values', async () => {
    const theirs = [11100, 22200, 33300, 44400, 55500, 66600, 77700, 88800, 99900, 12300, 45600, 78900];
    const executeMutation = vi.fn<Answer>(() =>
      fromValue({
        stale: false,
        hasNext: false,
        error: new CombinedError({
          graphQLErrors: [
            {
              message: '1 line(s) were changed by someone else since you loaded them.',
              extensions: { code: 'CONFLICT', current: [{ lineId: 'l-5710', version: 8, months: theirs }] },
            },
          ],
        }),
      }),
    );
    const { wrapper } = mountSheet(executeMutation);
    await cell(wrapper, 2, 0).trigger('mousedown'); // 5710 Administration, January
    await paste(wrapper, '75');
    await wrapper.find('[data-testid="save-budget"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(true);
    expect(line(wrapper, 'l-5710').classes()).toContain('row-conflict');
    const stale = wrapper.find('[data-conflict-line="l-5710"]');
    expect(stale.find('[data-month="1"]').text()).toBe('111.00');
    expect(stale.find('[data-month="12"]').text()).toBe('789.00');
    // Mine stays on screen until I decide.
    expect(cell(wrapper, 2, 0).text()).toBe('75.00');

    await stale.find('[data-testid="use-theirs"]').trigger('click');
    expect(wrapper.find('[data-conflict-line="l-5710"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(false);
    expect(cell(wrapper, 2, 0).text()).toBe('111.00');
    expect(cell(wrapper, 2, 11).text()).toBe('789.00');
    expect(cell(wrapper, 2, 0).classes()).not.toContain('changed');
    expect(line(wrapper, 'l-5710').find('[data-testid="row-total"]').text()).toBe('6,363.00');
    expect(wrapper.find('[data-testid="unsaved-count"]').exists()).toBe(false);
  });

  it('“Keep mine” saves my edits again on top of their version, taking theirs where I changed nothing', async () => {
    const theirs = months(60);
    const executeMutation = vi.fn<Answer>((op) => {
      const line = op.variables.input.lines[0]!;
      return fromValue(
        line.expectedVersion === 7
          ? {
              stale: false,
              hasNext: false,
              error: new CombinedError({
                graphQLErrors: [
                  { message: 'stale', extensions: { code: 'CONFLICT', current: [{ lineId: 'l-5710', version: 8, months: theirs }] } },
                ],
              }),
            }
          : { stale: false, hasNext: false, data: { saveBudgetLines: [{ ...LINES[2]!, version: 9, months: line.months }] } },
      );
    });
    const { wrapper } = mountSheet(executeMutation);
    await cell(wrapper, 2, 0).trigger('mousedown');
    await paste(wrapper, '75');
    await wrapper.find('[data-testid="save-budget"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-testid="keep-mine"]').trigger('click');
    await flushPromises();

    expect(executeMutation).toHaveBeenCalledTimes(2);
    const retry = executeMutation.mock.calls[1]![0].variables.input.lines[0]!;
    expect(retry.expectedVersion).toBe(8);
    expect(retry.months[0]).toBe(7500);
    expect(retry.months[1]).toBe(6000);
    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(false);
    expect(cell(wrapper, 2, 0).text()).toBe('75.00');
  });

  it('is read only when not editable: no editor, no save bar', async () => {
    const wrapper = mountWithApp(BudgetSheet, {
      props: { budgetId: 'b-2026', lines: LINES as never, months: fiscalMonths(2026, 1), editable: false },
      global: { directives: { tooltip: Tooltip } },
    });
    await cell(wrapper, 0, 0).trigger('mousedown');
    await wrapper.find('[data-testid="budget-grid"]').trigger('keydown', { key: '5' });
    expect(wrapper.find('[data-testid="cell-editor"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="save-budget"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="add-line"]').exists()).toBe(false);
    await paste(wrapper, '1\t2');
    expect(cell(wrapper, 0, 0).text()).toBe('1,000.00');
  });
});
