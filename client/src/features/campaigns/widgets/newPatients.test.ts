import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountWithApp } from '@/test/helpers';
import { monthRange, summarizeMonth, type CampaignMonth } from './newPatients';
import NewPatientsWidget from './NewPatientsWidget.vue';

const row = (key: string, spend: number, leads: number, newPatients: number): CampaignMonth => ({
  key,
  label: key,
  spend,
  leads,
  newPatients,
  costPerNewPatient: newPatients ? Math.round(spend / newPatients) : null,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the month', () => {
  it('runs from the first of the month to the first of the next, exclusive', () => {
    expect(monthRange('2026-10-17')).toEqual({ from: '2026-10-01', to: '2026-11-01', label: 'October 2026' });
    expect(monthRange('2026-12-31')).toEqual({ from: '2026-12-01', to: '2027-01-01', label: 'December 2026' });
    expect(monthRange('2027-01-01').from).toBe('2027-01-01');
  });
});

describe('new patients this month', () => {
  it('ranks only campaigns that brought new patients; the others are "no new patients yet"', () => {
    const s = summarizeMonth([
      row('search', 240_000, 30, 6), // $400
      row('radio', 420_000, 8, 0),
      row('referral', 30_000, 10, 5), // $60
      row('mail', 350_000, 12, 2), // $1,750
      row('finished', 0, 0, 0),
    ]);
    expect(s.best).toMatchObject({ key: 'referral', cost: 30_000 / 5 });
    expect(s.worst).toMatchObject({ key: 'mail', cost: 175_000 });
    expect(s.withoutNewPatients.map((r) => r.key)).toEqual(['radio']);
    expect(s.active.map((r) => r.key)).not.toContain('finished');
    expect(s.newPatients).toBe(13);
    expect(s.leads).toBe(60);
    expect(s.costPerNewPatient).toBe(Math.round(1_040_000 / 13));
  });

  it('names no best or worst, and no cost, before any new patient', () => {
    const s = summarizeMonth([row('radio', 420_000, 8, 0), row('search', 100_000, 3, 0)]);
    expect(s.best).toBeNull();
    expect(s.worst).toBeNull();
    expect(s.costPerNewPatient).toBeNull();
    expect(s.withoutNewPatients.map((r) => r.key)).toEqual(['radio', 'search']);
  });

  it('does not call one campaign both the cheapest and the dearest', () => {
    const s = summarizeMonth([row('search', 240_000, 30, 6), row('radio', 420_000, 8, 0)]);
    expect(s.best?.key).toBe('search');
    expect(s.worst).toBeNull();
  });

  it('breaks a tie in cost by more new patients first', () => {
    const s = summarizeMonth([row('a', 10_000, 2, 1), row('b', 40_000, 8, 4), row('c', 90_000, 5, 3)]);
    expect(s.best?.key).toBe('b');
    expect(s.worst?.key).toBe('c');
  });
});

describe('the widget', () => {
  const router = () =>
    createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<p />' } },
        { path: '/campaigns/:id', name: 'campaign', component: { template: '<p />' } },
        { path: '/campaigns', name: 'campaigns', component: { template: '<p />' } },
      ],
    });
  const mountWith = (rows: CampaignMonth[]) =>
    mountWithApp(NewPatientsWidget, {
      props: { month: 'October 2026', query: { newPatientsThisMonth: rows } as never },
      global: { plugins: [router()] },
    });

  it('shows the count, the cost with its definition, best and worst, and the campaigns still waiting', () => {
    const w = mountWith([row('Search ads', 240_000, 30, 6), row('Radio spots', 420_000, 8, 0), row('Referrals', 30_000, 10, 5)]);
    expect(w.get('[data-testid="new-patients-count"]').text()).toBe('11');
    expect(w.get('[data-testid="new-patients-cost"]').text()).toBe('$627');
    expect(w.get('[data-testid="new-patients-definition"]').text()).toContain('spend ÷ those new patients');
    expect(w.get('[data-testid="best-campaign"]').text()).toContain('Referrals');
    expect(w.get('[data-testid="worst-campaign"]').text()).toContain('Search ads');
    expect(w.get('[data-testid="no-new-patients-yet"]').text()).toContain('Radio spots');
    expect(w.text()).not.toMatch(/NaN|Infinity/);
  });

  it('shows dashes and no ranking when nothing has converted yet', () => {
    const w = mountWith([row('Radio spots', 420_000, 8, 0)]);
    expect(w.get('[data-testid="new-patients-cost"]').text()).toBe('—');
    expect(w.find('[data-testid="best-campaign"]').exists()).toBe(false);
    expect(w.find('[data-testid="worst-campaign"]').exists()).toBe(false);
    expect(w.text()).not.toMatch(/NaN|Infinity/);
  });

  it('says so when no campaign spent or heard from anyone this month', () => {
    const w = mountWith([row('Finished', 0, 0, 0)]);
    expect(w.text()).toContain('No campaign activity this month yet');
  });
});
