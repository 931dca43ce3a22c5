import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, signInAs } from '@/test/helpers';
import DashboardFrame from '@/features/dashboard/DashboardFrame.vue';
import { currentViewer } from './viewer';
import { currentFiscalYear, currentMonth, currentYear, today } from './today';

afterEach(() => {
  currentViewer.value = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('today', () => {
  it('is the browser’s local day before anyone signs in', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 30, 23, 30) });
    expect(today()).toBe('2026-11-30');
  });

  it('is the organization’s day once the server has said which, even when the browser’s differs', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 30, 23, 30) });
    currentViewer.value = { ...signInAs('PRACTICE_MANAGER', []), today: '2026-12-01' };
    expect(today()).toBe('2026-12-01');
    expect(currentMonth()).toBe(12);
    expect(currentYear()).toBe(2026);
  });

  it('names the fiscal year by the calendar year it starts in', () => {
    currentViewer.value = { ...signInAs('PRACTICE_MANAGER', []), today: '2026-06-30' };
    expect(currentFiscalYear(1)).toBe(2026);
    expect(currentFiscalYear(7)).toBe(2025);
    currentViewer.value = { ...currentViewer.value, today: '2026-07-01' };
    expect(currentFiscalYear(7)).toBe(2026);
  });

  it('is the day the dashboard greets the user with', () => {
    currentViewer.value = { ...signInAs('PRACTICE_MANAGER', []), today: '2026-11-16' };
    const wrapper = mountWithApp(DashboardFrame, { props: { title: 'Operations overview' }, global: { stubs: { RouterLink: true } } });
    expect(wrapper.text()).toContain('Riverside Family Medicine on Monday, November 16.');
    wrapper.unmount();
  });
});
