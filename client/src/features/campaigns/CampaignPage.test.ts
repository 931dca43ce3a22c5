import { afterEach, describe, expect, it, vi } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue } from 'wonka';
import { routes } from '@/app/routes';
import { currentViewer } from '@/shared/viewer';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import type { CampaignLead } from './queries';
import CampaignPage from './CampaignPage.vue';
import LeadBoard from './components/LeadBoard.vue';

afterEach(() => {
  currentViewer.value = null;
  document.body.innerHTML = '';
});

async function queryVariables() {
  const client = fakeClient();
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/campaigns/c-1');
  mountWithApp(CampaignPage, { props: { id: 'c-1' }, client, global: { plugins: [router] } });
  await flushPromises();
  return client.executeQuery.mock.calls[0]![0].variables as { id: string; canSeeContacts: boolean; canReadBudgets: boolean };
}

describe('campaign page', () => {
  it('asks for lead contacts only when the viewer may read them', async () => {
    signInAs('CONSULTANT', ['CAMPAIGNS_READ', 'CAMPAIGNS_EDIT']);
    expect(await queryVariables()).toEqual({ id: 'c-1', canSeeContacts: false, canReadBudgets: false });
    signInAs('PRACTICE_MANAGER', ['CAMPAIGNS_READ', 'CAMPAIGNS_EDIT', 'LEAD_CONTACTS_READ', 'BUDGETS_READ']);
    expect(await queryVariables()).toEqual({ id: 'c-1', canSeeContacts: true, canReadBudgets: true });
  });

  it('refreshes the board when someone else moved the lead first', async () => {
    signInAs('PRACTICE_MANAGER', ['CAMPAIGNS_READ', 'CAMPAIGNS_EDIT']);
    const conflict = new CombinedError({ graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })] });
    const executeMutation = vi.fn(() => fromValue({ stale: false, hasNext: false, error: conflict }));
    const lead: CampaignLead = {
      id: 'l-1',
      inquiryDate: '2026-10-02',
      source: null,
      serviceWanted: 'Sick visit',
      stage: 'INQUIRY',
      scheduledOn: null,
      firstVisitOn: null,
      lostOn: null,
      lostReason: null,
      version: 3,
    };
    const board = mountWithApp(LeadBoard, {
      props: { leads: [lead], canEdit: true, showContacts: false },
      client: fakeClient({ executeMutation }),
    });
    await board.get('[data-testid="move-scheduled"]').trigger('click');
    await flushPromises();
    const sent = (executeMutation.mock.calls[0] as unknown as [{ variables: { input: Record<string, unknown> } }])[0].variables.input;
    expect(sent).toMatchObject({ leadId: 'l-1', stage: 'SCHEDULED', expectedVersion: 3 });
    expect(board.emitted('changed')).toHaveLength(1);
  });
});
