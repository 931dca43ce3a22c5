import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { mountWithApp } from '@/test/helpers';
import { parseCsv } from '@/shared/csv';
import ImportWizard from './ImportWizard.vue';
import type { ImportColumn, ImportOutcome, ImportReply } from './importFile';

const COLUMNS: ImportColumn[] = [
  {
    role: 'date',
    label: 'Date',
    names: ['date', 'day'],
    required: true,
    description: 'YYYY-MM-DD',
    examples: ['2026-11-02', '2026-11-03'],
  },
  {
    role: 'vendor',
    label: 'Vendor',
    names: ['vendor', 'payee'],
    required: true,
    description: 'Who was paid',
    examples: ['Henry Schein', 'Staples, Inc.'],
  },
  { role: 'amount', label: 'Amount', names: ['amount'], required: false, description: 'Dollars', examples: ['1,250.00', ''] },
];

function mountWizard(props: Record<string, unknown> = {}) {
  const commit = vi.fn(async (): Promise<ImportReply<ImportOutcome>> => ({ outcome: { ok: true, errors: [] } }));
  const wrapper = mountWithApp(ImportWizard, {
    props: { columns: COLUMNS, source: 'Your bank’s export', sampleName: 'payments-sample.csv', commit, ...props },
  });
  return { wrapper: wrapper as VueWrapper, commit };
}

async function choose(wrapper: VueWrapper, file: File) {
  const input = wrapper.get('[data-testid="csv-file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await flushPromises();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the import wizard', () => {
  it('offers a sample file built from the columns, which the import reads as it stands', () => {
    const { wrapper } = mountWizard();
    const link = wrapper.get('[data-testid="download-sample"]');
    expect(link.attributes('download')).toBe('payments-sample.csv');
    const csv = decodeURIComponent(link.attributes('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toBe('date,vendor,amount\n2026-11-02,Henry Schein,"1,250.00"\n2026-11-03,"Staples, Inc.",\n');
    expect(parseCsv(csv).rows).toEqual([
      ['2026-11-02', 'Henry Schein', '1,250.00'],
      ['2026-11-03', 'Staples, Inc.', ''],
    ]);
    expect(wrapper.get('[data-testid="expected-columns"]').text()).toContain('or payee');
  });

  it('reads a semicolon file saved in Windows-1252 and shows which column feeds what', async () => {
    const { wrapper } = mountWizard();
    // "Payee;Day;Memo / Café Lumière;2026-11-02;€ 12" with é = E9, è = E8, € = 80.
    const bytes = [
      ...new TextEncoder().encode('Payee;Day;Memo\nCaf'),
      0xe9,
      ...new TextEncoder().encode(' Lumi'),
      0xe8,
      ...new TextEncoder().encode('re;2026-11-02;'),
      0x80,
      ...new TextEncoder().encode(' 12\n'),
    ];
    await choose(wrapper, new File([new Uint8Array(bytes)], 'export.csv', { type: 'text/csv' }));

    const preview = wrapper.get('[data-testid="preview-step"]');
    expect(preview.get('[data-testid="row-count"]').text()).toBe('1 row · 3 columns');
    expect(preview.findAll('th').map((th) => th.text())).toEqual(['Row', 'VendorPayee', 'DateDay', 'ignoredMemo']);
    const cells = preview
      .get('[data-testid="preview-row"]')
      .findAll('td')
      .map((td) => td.text());
    expect(cells.slice(0, 2)).toEqual(['2', 'Café Lumière']);
    expect(wrapper.get('[data-testid="run-import"]').attributes('disabled')).toBeUndefined();
  });

  it('names a missing required column and sends nothing', async () => {
    const { wrapper, commit } = mountWizard();
    await choose(wrapper, new File(['date,amount\n2026-11-02,5\n'], 'export.csv', { type: 'text/csv' }));
    expect(wrapper.get('[data-testid="missing-columns"]').text()).toContain('no “vendor” or “payee” column');
    await wrapper.get('[data-testid="run-import"]').trigger('click');
    expect(commit).not.toHaveBeenCalled();
  });

  it('refuses a file above the import’s limit before reading it', async () => {
    const { wrapper } = mountWizard({ maxBytes: 1_000 });
    await choose(wrapper, new File(['x'.repeat(2_000)], 'year.csv', { type: 'text/csv' }));
    expect(wrapper.get('[data-testid="file-error"]').text()).toContain('year.csv is');
    expect(wrapper.find('[data-testid="preview-step"]').exists()).toBe(false);
  });

  it('runs the dry run first, and imports only when the user confirms what it found', async () => {
    const dryRun = vi.fn(async (): Promise<ImportReply<ImportOutcome & { rows: number }>> => ({
      outcome: { ok: true, errors: [], rows: 1 },
    }));
    const { wrapper, commit } = mountWizard({ dryRun });
    await choose(wrapper, new File(['date,vendor\n2026-11-02,Henry Schein\n'], 'export.csv', { type: 'text/csv' }));
    await wrapper.get('[data-testid="to-review"]').trigger('click');
    await flushPromises();
    expect(dryRun).toHaveBeenCalledOnce();
    expect(commit).not.toHaveBeenCalled();
    await wrapper.get('[data-testid="confirm-import"]').trigger('click');
    await flushPromises();
    expect(commit).toHaveBeenCalledOnce();
    expect(wrapper.find('[data-testid="import-success"]').exists()).toBe(true);
  });

  it('shows the rows a dry run refused, with row, column and problem', async () => {
    const errors = [{ row: 2, column: 'vendor', message: 'No vendor is called "Henry Schein".' }];
    const dryRun = vi.fn(async (): Promise<ImportReply<ImportOutcome>> => ({ outcome: { ok: false, errors } }));
    const { wrapper, commit } = mountWizard({ dryRun });
    await choose(wrapper, new File(['date,vendor\n2026-11-02,Henry Schein\n'], 'export.csv', { type: 'text/csv' }));
    await wrapper.get('[data-testid="to-review"]').trigger('click');
    await flushPromises();
    const report = wrapper.get('[data-testid="import-errors"]');
    expect(report.text()).toContain('Nothing was imported');
    expect(
      report
        .get('[data-testid="row-error"]')
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['2', 'vendor', 'No vendor is called "Henry Schein".']);
    expect(wrapper.find('[data-testid="confirm-import"]').exists()).toBe(false);
    expect(commit).not.toHaveBeenCalled();
  });
});
