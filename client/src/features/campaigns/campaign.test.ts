import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/shared/money';
import { formatPace, formatRoi, formatShare, funnelSteps, paceSentence, rankByCostPerNewPatient } from './campaign';

describe('campaign measures as people read them', () => {
  it('gives each funnel step its conversion from the step before', () => {
    const steps = funnelSteps({ leads: 40, scheduled: 22, newPatients: 16 });
    expect(steps.map((s) => s.count)).toEqual([40, 22, 16]);
    expect(steps.map((s) => s.conversionText)).toEqual(['', '55% of leads', '73% of scheduled']);
    expect(steps[2]!.share).toBeCloseTo(0.4);
  });

  it('shows "—", never NaN, when a step has nothing before it', () => {
    const steps = funnelSteps({ leads: 0, scheduled: 0, newPatients: 0 });
    expect(steps.map((s) => s.conversionText)).toEqual(['', '— of leads', '— of scheduled']);
    expect(steps.every((s) => s.share === 0)).toBe(true);
    for (const text of [formatShare(3, 0), formatRoi(500, 0), formatPace(null), formatMoney(null)]) {
      expect(text).toBe('—');
    }
  });

  it('signs the ROI', () => {
    expect(formatRoi(225_00, 100_00)).toBe('+125%');
    expect(formatRoi(60_00, 100_00)).toBe('−40%');
    expect(formatRoi(100_00, 100_00)).toBe('0%');
  });

  it('rounds a percentage once, from the exact figures, half away from zero', () => {
    // 12.495 %: a ratio first rounded to 0.1250 would show 13 %.
    expect(formatShare(12_495, 100_000)).toBe('12%');
    expect(formatShare(125, 1_000)).toBe('13%');
    // ROI of −0.5 %: Math.round would give −0 %, half away from zero gives −1 %.
    expect(formatRoi(995, 1_000)).toBe('−1%');
  });

  it('says in words whether spending runs ahead of time', () => {
    expect(paceSentence(1.4, 0.7)).toBe('Spending faster than time passes.');
    expect(paceSentence(0.5, 0.25)).toBe('Spending slower than time passes.');
    expect(paceSentence(1.02, 0.51)).toBe('Spending in step with time.');
    expect(paceSentence(null, 0)).toMatch(/not started/);
    expect(formatPace(1.4)).toBe('1.40×');
  });

  it('ranks channels cheapest per new patient first, those without patients last', () => {
    const ranked = rankByCostPerNewPatient([
      { key: 'RADIO', costPerNewPatient: 90_000 },
      { key: 'EMAIL', costPerNewPatient: null },
      { key: 'REFERRAL_PROGRAM', costPerNewPatient: 4_000 },
      { key: 'SEARCH_ADS', costPerNewPatient: 15_000 },
    ]);
    expect(ranked.map((r) => r.key)).toEqual(['REFERRAL_PROGRAM', 'SEARCH_ADS', 'RADIO', 'EMAIL']);
  });
});
