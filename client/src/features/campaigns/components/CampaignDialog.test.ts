import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { CombinedError } from '@urql/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fromValue } from 'wonka';
import { currentViewer } from '@/shared/viewer';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import CampaignDialog, { type EditableCampaign } from './CampaignDialog.vue';

type Operation = { query: DocumentNode; variables: Record<string, any> };
const nameOf = (op: Operation) => (op.query.definitions[0] as OperationDefinitionNode).name?.value;
const answer = (data: unknown) => fromValue({ stale: false, hasNext: false, data });
const failure = (message: string, extensions: Record<string, unknown>) =>
  fromValue({ stale: false, hasNext: false, error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }) });

const CAMPAIGN: EditableCampaign = {
  id: 'c-1',
  name: 'Search ads: family medicine',
  channel: 'SEARCH_ADS',
  objective: 'New patients',
  serviceLine: 'Primary care',
  location: { id: 'loc-2' },
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  budgetAmount: 2_880_000,
  trackingCode: 'GOOG-FM',
  newPatientValueEstimate: 115_000,
  version: 4,
};
const SETUP = {
  locations: [
    { id: 'loc-1', name: 'Main Street' },
    { id: 'loc-2', name: 'Oak Hill Clinic' },
  ],
  currentBudget: {
    id: 'b-1',
    fiscalYear: 2026,
    budgetVersion: 'ORIGINAL',
    lines: [
      {
        id: 'line-mkt',
        total: 6_000_000,
        account: { id: 'a-1', code: '5710', name: 'Marketing', group: 'MARKETING' },
        costCentre: { id: 'cc', name: 'Administration' },
      },
      {
        id: 'line-rent',
        total: 9_000_000,
        account: { id: 'a-2', code: '5200', name: 'Rent', group: 'OCCUPANCY' },
        costCentre: { id: 'cc', name: 'Administration' },
      },
    ],
  },
};

function mountDialog(mutation: (op: Operation) => unknown, campaign: EditableCampaign | null = CAMPAIGN) {
  signInAs('PRACTICE_MANAGER', ['CAMPAIGNS_READ', 'CAMPAIGNS_EDIT', 'BUDGETS_READ']);
  const executeQuery = vi.fn((op: Operation) => answer(nameOf(op) === 'CampaignFormSetup' ? SETUP : {}));
  const executeMutation = vi.fn(mutation);
  const wrapper = mountWithApp(CampaignDialog, {
    props: { visible: true, campaign },
    client: fakeClient({ executeQuery, executeMutation }),
  });
  const dialog = () => document.body.querySelector('[data-testid="campaign-dialog"]') as HTMLElement;
  const click = async (testid: string) => {
    (dialog().querySelector(`[data-testid="${testid}"]`) as HTMLElement).click();
    await flushPromises();
  };
  return { wrapper, executeQuery, executeMutation, dialog, click };
}

afterEach(() => {
  currentViewer.value = null;
  document.body.innerHTML = '';
});

describe('editing a campaign', () => {
  it('opens on the campaign’s values and sends them back with the version it was read at', async () => {
    const { dialog, click, executeMutation, executeQuery } = mountDialog(() =>
      answer({ saveCampaign: { campaign: { ...CAMPAIGN, version: 5 }, warning: null } }),
    );
    await flushPromises();
    expect(dialog().querySelector('.p-dialog-title')?.textContent).toBe('Edit campaign');
    expect((dialog().querySelector('#cd-name') as HTMLInputElement).value).toBe('Search ads: family medicine');
    expect((dialog().querySelector('#cd-budget') as HTMLInputElement).value).toBe('28,800.00');
    expect(executeQuery.mock.calls[0]![0].variables).toEqual({ canReadBudgets: true });
    await click('save-campaign');
    const input = (executeMutation.mock.calls[0]![0] as Operation).variables.input;
    expect(input).toMatchObject({
      id: 'c-1',
      expectedVersion: 4,
      name: 'Search ads: family medicine',
      objective: 'New patients',
      serviceLine: 'Primary care',
      locationId: 'loc-2',
      budgetAmount: 2_880_000,
      newPatientValueEstimate: 115_000,
      trackingCode: 'GOOG-FM',
      budgetLineId: null,
    });
  });

  it('keeps the budget line the campaign draws on', async () => {
    const { click, executeMutation } = mountDialog(() => answer({ saveCampaign: { campaign: CAMPAIGN, warning: null } }), {
      ...CAMPAIGN,
      budgetLine: { id: 'line-mkt' },
    });
    await flushPromises();
    await click('save-campaign');
    expect((executeMutation.mock.calls[0]![0] as Operation).variables.input.budgetLineId).toBe('line-mkt');
  });

  it('creates without an id or version', async () => {
    const { click, executeMutation, dialog } = mountDialog(
      () => answer({ saveCampaign: { campaign: { ...CAMPAIGN, id: 'c-9' }, warning: null } }),
      null,
    );
    await flushPromises();
    expect(dialog().querySelector('.p-dialog-title')?.textContent).toBe('New campaign');
    const budget = dialog().querySelector('#cd-budget') as HTMLInputElement;
    budget.value = '3,000';
    budget.dispatchEvent(new Event('input'));
    await click('save-campaign');
    const input = (executeMutation.mock.calls[0]![0] as Operation).variables.input;
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('expectedVersion');
    expect(input.budgetAmount).toBe(300_000);
  });

  it('shows a server field error at its field', async () => {
    const { click, dialog } = mountDialog(() =>
      failure('“Radio spots” already uses this tracking code.', { code: 'VALIDATION_FAILED', field: 'input.trackingCode' }),
    );
    await flushPromises();
    await click('save-campaign');
    expect(dialog().querySelector('[data-testid="error-trackingCode"]')?.textContent).toContain('already uses this tracking code');
    expect(dialog().querySelector('[data-testid="form-error"]')).toBeNull();
  });

  it('says plainly when someone else saved first, and starts over from their version', async () => {
    const { wrapper, click, dialog, executeMutation } = mountDialog(() => failure('stale', { code: 'CONFLICT' }));
    await flushPromises();
    const name = dialog().querySelector('#cd-name') as HTMLInputElement;
    name.value = 'My new name';
    name.dispatchEvent(new Event('input'));
    await click('save-campaign');
    expect(dialog().querySelector('[data-testid="campaign-conflict"]')?.textContent).toContain('Someone else changed this campaign');
    await click('reload-campaign');
    expect(wrapper.emitted('reload')).toHaveLength(1);

    await wrapper.setProps({ campaign: { ...CAMPAIGN, name: 'Their name', version: 5 } });
    await flushPromises();
    expect(dialog().querySelector('[data-testid="campaign-conflict"]')).toBeNull();
    expect(dialog().querySelector('[data-testid="campaign-reloaded"]')).not.toBeNull();
    expect((dialog().querySelector('#cd-name') as HTMLInputElement).value).toBe('Their name');
    executeMutation.mockImplementation(() => answer({ saveCampaign: { campaign: { ...CAMPAIGN, version: 6 }, warning: null } }));
    await click('save-campaign');
    expect((executeMutation.mock.calls[1]![0] as Operation).variables.input.expectedVersion).toBe(5);
  });

  it('sends the version the form was filled from, even when the page has loaded a newer one', async () => {
    const { wrapper, click, executeMutation, dialog } = mountDialog(() => failure('stale', { code: 'CONFLICT' }));
    await flushPromises();
    const name = dialog().querySelector('#cd-name') as HTMLInputElement;
    name.value = 'My new name';
    name.dispatchEvent(new Event('input'));
    await wrapper.setProps({ campaign: { ...CAMPAIGN, name: 'Their name', version: 5 } });
    await flushPromises();
    expect((dialog().querySelector('#cd-name') as HTMLInputElement).value).toBe('My new name');
    await click('save-campaign');
    expect((executeMutation.mock.calls[0]![0] as Operation).variables.input.expectedVersion).toBe(4);
    // The page already has their version: loading it needs no round trip.
    await click('reload-campaign');
    expect(wrapper.emitted('reload')).toBeUndefined();
    expect((dialog().querySelector('#cd-name') as HTMLInputElement).value).toBe('Their name');
  });

  it('passes the over-committed budget line warning on to the page', async () => {
    const warning = 'Campaigns on this budget line commit $1,200.00 more than it holds.';
    const { wrapper, click } = mountDialog(() => answer({ saveCampaign: { campaign: CAMPAIGN, warning } }));
    await flushPromises();
    await click('save-campaign');
    expect(wrapper.emitted('saved')).toEqual([['c-1', warning]]);
  });
});
