import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { currentViewer } from '@/shared/viewer';
import { flushPromises } from '@vue/test-utils';
import { mountWithApp, practiceUsing, signInAs } from '@/test/helpers';
import { routes } from '@/app/routes';
import AppSidebar from '@/app/layout/AppSidebar.vue';
import type { CampaignLead, Pacing } from '../queries';
import CampaignFunnel from './CampaignFunnel.vue';
import LeadBoard from './LeadBoard.vue';
import LeadTable from './LeadTable.vue';
import SpendPacing from './SpendPacing.vue';

const lead = (over: Partial<CampaignLead> = {}): CampaignLead => ({
  id: 'l-1',
  inquiryDate: '2026-10-02',
  source: 'GOOG-FM',
  serviceWanted: 'Annual physical',
  stage: 'INQUIRY',
  scheduledOn: null,
  firstVisitOn: null,
  lostOn: null,
  lostReason: null,
  version: 1,
  contactName: 'Maria Lopez',
  contactPhone: '555-0101',
  contactEmail: null,
  ...over,
});

afterEach(() => {
  currentViewer.value = null;
  document.body.innerHTML = '';
});

describe('campaign detail pieces', () => {
  it('shows the funnel counts and conversions between steps', () => {
    const w = mountWithApp(CampaignFunnel, { props: { leads: 50, scheduled: 30, newPatients: 12, lost: 9 } });
    expect(w.get('[data-testid="funnel-scheduled"]').text()).toContain('30');
    expect(w.get('[data-testid="conversion-scheduled"]').text()).toBe('60% of leads');
    expect(w.get('[data-testid="conversion-newPatients"]').text()).toBe('40% of scheduled');
    expect(w.text()).not.toContain('NaN');
  });

  it('shows an empty funnel with dashes, not NaN', () => {
    const w = mountWithApp(CampaignFunnel, { props: { leads: 0, scheduled: 0, newPatients: 0, lost: 0 } });
    expect(w.get('[data-testid="conversion-newPatients"]').text()).toBe('— of scheduled');
    expect(w.text()).not.toMatch(/NaN|Infinity/);
  });

  it('states the pace and what it means', () => {
    const pacing: Pacing = {
      campaignId: 'c-1',
      spend: 600_000,
      committed: 0,
      budgetAmount: 1_000_000,
      days: 30,
      elapsedDays: 12,
      spentShare: 0.6,
      elapsedShare: 0.4,
      pace: 1.5,
    };
    const w = mountWithApp(SpendPacing, { props: { pacing } });
    expect(w.get('[data-testid="pace"]').text()).toBe('1.50×');
    expect(w.get('[data-testid="pace-sentence"]').text()).toBe('Spending faster than time passes.');
    expect(w.text()).toContain('$6,000 of $10,000 spent to date');
    expect(w.find('[data-testid="committed"]').exists()).toBe(false);
  });

  it('shows spend dated after today as committed, apart from what is spent', () => {
    const pacing: Pacing = {
      campaignId: 'c-1',
      spend: 300_00,
      committed: 250_00,
      budgetAmount: 700_00,
      days: 7,
      elapsedDays: 3,
      spentShare: 0.4286,
      elapsedShare: 0.4286,
      pace: 1,
    };
    const w = mountWithApp(SpendPacing, { props: { pacing } });
    expect(w.get('[data-testid="committed"]').text()).toBe('$250 committed');
    // 3 of 7 days is 42.857…%: shown once rounded, as 43%.
    expect(w.text()).toContain('43%');
  });

  it('shows contact columns only to a viewer who may read them', () => {
    const withContacts = mountWithApp(LeadTable, { props: { leads: [lead()], showContacts: true } });
    expect(withContacts.text()).toContain('Maria Lopez');
    expect(withContacts.findAll('th').map((th) => th.text())).toContain('Contact');
    withContacts.unmount();

    const without = mountWithApp(LeadTable, {
      props: { leads: [lead({ contactName: undefined, contactPhone: undefined })], showContacts: false },
    });
    expect(without.findAll('th').map((th) => th.text())).not.toContain('Contact');
    expect(without.text()).toContain('GOOG-FM');
  });

  it('puts leads in their stage column with the next moves for editors only', () => {
    const leads = [
      lead(),
      lead({ id: 'l-2', stage: 'SCHEDULED', scheduledOn: '2026-10-04' }),
      lead({ id: 'l-3', stage: 'NEW_PATIENT', firstVisitOn: '2026-10-12' }),
    ];
    const editor = mountWithApp(LeadBoard, { props: { leads, canEdit: true, showContacts: false } });
    const counts = editor.findAll('[data-testid="column-count"]').map((c) => c.text());
    expect(counts).toEqual(['1', '1', '1', '0']);
    expect(editor.findAll('[data-testid="move-scheduled"]')).toHaveLength(1);
    expect(editor.findAll('[data-testid="move-new-patient"]')).toHaveLength(2);
    expect(editor.text()).not.toContain('Maria Lopez');
    editor.unmount();

    const reader = mountWithApp(LeadBoard, { props: { leads, canEdit: false, showContacts: true } });
    expect(reader.findAll('[data-testid="move-new-patient"]')).toHaveLength(0);
    expect(reader.text()).toContain('Maria Lopez');
  });
});

describe('campaign navigation', () => {
  it('guards every campaign page with CAMPAIGNS_READ', () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    expect(router.resolve('/campaigns').meta.capability).toEqual(['CAMPAIGNS_READ']);
    expect(router.resolve('/campaigns/c-1').name).toBe('campaign');
    expect(router.resolve('/campaigns/c-1').meta.capability).toEqual(['CAMPAIGNS_READ']);
    expect(router.resolve('/campaigns/channels').name).toBe('campaign-channels');
    expect(router.resolve('/campaigns/channels').meta.capability).toEqual(['CAMPAIGNS_READ']);
  });

  it('shows Campaigns under Marketing only with the right', async () => {
    const labels = async (caps: Parameters<typeof signInAs>[1]) => {
      signInAs('CONSULTANT', caps);
      const router = createRouter({ history: createMemoryHistory(), routes });
      const w = mountWithApp(AppSidebar, { props: { practiceName: 'Riverside' }, client: practiceUsing(), global: { plugins: [router] } });
      await router.isReady();
      await flushPromises();
      const text = w.findAll('a.nav-item').map((a) => a.text());
      w.unmount();
      return text;
    };
    expect(await labels(['CAMPAIGNS_READ'])).toEqual(['Dashboard', 'Campaigns']);
    expect(await labels(['ORG_CHART_READ'])).not.toContain('Campaigns');
  });
});
