import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue } from 'wonka';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { currentViewer } from '@/shared/viewer';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import CampaignImportPage from './CampaignImportPage.vue';

type Operation = { query: DocumentNode; variables: Record<string, any> };
const nameOf = (op: Operation) => (op.query.definitions[0] as OperationDefinitionNode).name?.value;
const answer = (data: unknown) => fromValue({ stale: false, hasNext: false, data });

const CAMPAIGNS = [
  { id: 'c-1', name: 'Search ads: family medicine', trackingCode: 'GOOG-FM', status: 'ACTIVE' },
  { id: 'c-2', name: 'Patient referral program', trackingCode: 'REFER', status: 'ACTIVE' },
];
const SPEND_CSV = 'Day,Cost,utm_campaign,Clicks\n2026-10-01,412.50,GOOG-FM,120\n10/2/2026,"1,050.00",NOPE,98\n';

function mountPage(kind: 'spend' | 'leads', result: unknown) {
  signInAs('PRACTICE_MANAGER', ['CAMPAIGNS_READ', 'CAMPAIGNS_EDIT']);
  const executeQuery = vi.fn(() => answer({ campaigns: CAMPAIGNS }));
  const executeMutation = vi.fn((_op: Operation) => answer(result));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<p />' } },
      { path: '/campaigns', name: 'campaigns', component: { template: '<p />' } },
      { path: '/campaigns/:id', name: 'campaign', component: { template: '<p />' } },
      { path: '/campaigns/import/:kind', name: 'campaign-import', component: { template: '<p />' } },
    ],
  });
  const wrapper = mountWithApp(CampaignImportPage, {
    props: { kind, campaign: 'c-1' },
    client: fakeClient({ executeQuery, executeMutation }),
    global: { plugins: [router] },
  });
  return { wrapper, executeMutation };
}

async function paste(wrapper: ReturnType<typeof mountPage>['wrapper'], csv: string) {
  await wrapper.get('[data-testid="paste-toggle"]').trigger('click');
  await wrapper.get('[data-testid="paste-area"]').setValue(csv);
  await wrapper.get('[data-testid="paste-use"]').trigger('click');
  await flushPromises();
}

afterEach(() => {
  currentViewer.value = null;
  document.body.innerHTML = '';
});

describe('the campaign import wizard', () => {
  it('shows the expected columns and a sample with the practice’s own codes', async () => {
    const { wrapper } = mountPage('spend', {});
    await flushPromises();
    const columns = wrapper.get('[data-testid="expected-columns"]').text();
    expect(columns).toContain('tracking code');
    expect(columns).toContain('or campaign, source, utm_campaign');
    expect(wrapper.get('[data-testid="sample-csv"]').text()).toContain('GOOG-FM');
    expect(wrapper.get('[data-testid="sample-csv"]').text()).toMatch(/^date,amount,tracking code,memo/);
  });

  it('previews pasted rows with the campaign each names, then lists the refused rows', async () => {
    const refused = {
      importCampaignSpend: {
        ok: false,
        imported: 0,
        duplicates: 0,
        total: 0,
        errors: [{ row: 3, column: 'utm_campaign', message: '"NOPE" is not the tracking code of a campaign.' }],
      },
    };
    const { wrapper, executeMutation } = mountPage('spend', refused);
    await flushPromises();
    await paste(wrapper, SPEND_CSV);
    expect(wrapper.get('[data-testid="row-count"]').text()).toContain('2 spend rows');
    const rows = wrapper.findAll('[data-testid="preview-row"]');
    expect(rows[0]!.text()).toContain('Search ads: family medicine');
    expect(rows[1]!.text()).toContain('no campaign has this code');
    expect(wrapper.get('[data-testid="code-problems"]').text()).toContain('NOPE');

    await wrapper.get('[data-testid="run-import"]').trigger('click');
    await flushPromises();
    expect((executeMutation.mock.calls[0]![0] as Operation).variables).toEqual({ csv: SPEND_CSV });
    expect(nameOf(executeMutation.mock.calls[0]![0] as Operation)).toBe('ImportCampaignSpend');
    expect(wrapper.get('[data-testid="import-errors"]').text()).toContain('Nothing was imported');
    const error = wrapper
      .get('[data-testid="row-error"]')
      .findAll('td')
      .map((td) => td.text());
    expect(error).toEqual(['3', 'utm_campaign', '"NOPE" is not the tracking code of a campaign.']);
  });

  it('reports what a successful spend import brought in, in money, and leads back to the campaign', async () => {
    const { wrapper } = mountPage('spend', { importCampaignSpend: { ok: true, imported: 2, duplicates: 1, total: 146_250, errors: [] } });
    await flushPromises();
    await paste(wrapper, 'date,amount,tracking code\n2026-10-01,412.50,GOOG-FM\n');
    await wrapper.get('[data-testid="run-import"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="imported-count"]').text()).toBe('2 spend rows');
    expect(wrapper.get('[data-testid="duplicate-count"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="imported-total"]').text()).toBe('$1,462.50');
    expect(wrapper.get('[data-testid="back-link"]').text()).toBe('Back to Search ads: family medicine');
  });

  it('imports leads with their own mutation and no money total', async () => {
    const { wrapper, executeMutation } = mountPage('leads', { importLeads: { ok: true, imported: 1, duplicates: 0, errors: [] } });
    await flushPromises();
    await paste(wrapper, 'date,source,name\n2026-10-01,REFER,Jo\n');
    await wrapper.get('[data-testid="run-import"]').trigger('click');
    await flushPromises();
    expect(nameOf(executeMutation.mock.calls[0]![0] as Operation)).toBe('ImportLeads');
    expect(wrapper.get('[data-testid="imported-count"]').text()).toBe('1 lead');
    expect(wrapper.find('[data-testid="imported-total"]').exists()).toBe(false);
  });

  it('will not send a file that lacks a required column', async () => {
    const { wrapper, executeMutation } = mountPage('leads', {});
    await flushPromises();
    await paste(wrapper, 'date,name\n2026-10-01,Jo\n');
    expect(wrapper.get('[data-testid="missing-columns"]').text()).toContain('no “source” column');
    expect(wrapper.get('[data-testid="run-import"]').attributes('disabled')).toBeDefined();
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
