import { describe, expect, it } from 'vitest';
import {
  annualPay,
  payOn,
  compaBandOf,
  compaRatio,
  guidelineFor,
  poolFigures,
  proposalCost,
  proposalFlags,
  raisedRate,
  rangePosition,
  roundDiv,
  type Guideline,
} from './pay';

/** Every expected figure below was worked out by hand, in cents. */
describe('pay arithmetic (the server’s, to the cent)', () => {
  it('rounds every division half up', () => {
    expect(roundDiv(5_000, 10_000)).toBe(1); // 0.5 → 1
    expect(roundDiv(4_999, 10_000)).toBe(0);
    expect(roundDiv(250_000_050, 100)).toBe(2_500_001); // 2,500,000.5 → 2,500,001
    expect(roundDiv(137_348_640, 100)).toBe(1_373_486); // 1,373,486.4 → 1,373,486
  });

  it('a salary: 3.75 % of $82,033.00 is $3,076.24 (307,623.75 cents rounds up)', () => {
    expect(raisedRate(8_203_300, 375, 0)).toBe(8_510_924);
    const p = proposalCost({
      payBasis: 'SALARY',
      rate: 8_203_300,
      fteHundredths: 100,
      meritBps: 375,
      adjustment: 0,
      bonus: 0,
      benefitsLoadBps: 2_400,
    });
    expect(p).toEqual({ newRate: 8_510_924, newAnnualPay: 8_510_924, cost: 307_624, loadedCost: 381_454 }); // 307,624 × 1.24 = 381,453.76
  });

  it('an hourly rate: $19.56/h + 3 % is $20.15/h, 2,080 hours a year', () => {
    // 1,956 × 300 / 10,000 = 58.68 → 59 cents.
    const p = proposalCost({
      payBasis: 'HOURLY',
      rate: 1_956,
      fteHundredths: 100,
      meritBps: 300,
      adjustment: 0,
      bonus: 0,
      benefitsLoadBps: 2_400,
    });
    expect(annualPay({ payBasis: 'HOURLY', rate: 1_956, fteHundredths: 100 })).toBe(4_068_480);
    expect(p).toEqual({ newRate: 2_015, newAnnualPay: 4_191_200, cost: 122_720, loadedCost: 152_173 }); // 152,172.8 → 152,173
  });

  it('part time, with an adjustment per hour and a one-time bonus', () => {
    // 1,997 × 350 / 10,000 = 69.895 → 70; + 25 cents adjustment = $20.92/h.
    // Before: 1,997 × 2,080 × 0.60 = 2,492,256; after: 2,092 × 2,080 × 0.60 = 2,610,816.
    const p = proposalCost({
      payBasis: 'HOURLY',
      rate: 1_997,
      fteHundredths: 60,
      meritBps: 350,
      adjustment: 25,
      bonus: 50_000,
      benefitsLoadBps: 2_400,
    });
    expect(p).toEqual({ newRate: 2_092, newAnnualPay: 2_610_816, cost: 118_560 + 50_000, loadedCost: 209_014 }); // 168,560 × 1.24 = 209,014.4
  });

  it('nothing proposed costs nothing', () => {
    expect(
      proposalCost({
        payBasis: 'SALARY',
        rate: 9_030_000,
        fteHundredths: 80,
        meritBps: 0,
        adjustment: 0,
        bonus: 0,
        benefitsLoadBps: 2_000,
      }),
    ).toEqual({ newRate: 9_030_000, newAnnualPay: 7_224_000, cost: 0, loadedCost: 0 });
  });

  it('compa-ratio and range position, to four decimals', () => {
    // $40,684.80 against a $42,000 midpoint, in a $36,000–$48,000 band.
    expect(compaRatio(4_068_480, 4_200_000)).toBe(0.9687);
    expect(rangePosition(4_068_480, { minimum: 3_600_000, maximum: 4_800_000 })).toBe(0.3904);
    expect(rangePosition(3_612_960, { minimum: 3_700_000, maximum: 4_700_000 })).toBe(-0.087);
    expect(compaRatio(4_068_480, null)).toBeNull();
  });

  it('puts a compa-ratio in a guideline band: below 0.90, above 1.10', () => {
    expect(compaBandOf(0.86)).toBe('BELOW');
    expect(compaBandOf(0.9)).toBe('WITHIN');
    expect(compaBandOf(1.1)).toBe('WITHIN');
    expect(compaBandOf(1.1001)).toBe('ABOVE');
    expect(compaBandOf(null)).toBeNull();
  });

  it('finds the guideline for a rating and band, and flags what lies outside it or above the band', () => {
    const guidelines: Guideline[] = [
      { rating: 4, compaBand: 'BELOW', minBps: 400, maxBps: 550 },
      { rating: 4, compaBand: 'WITHIN', minBps: 300, maxBps: 450 },
    ];
    const g = guidelineFor(guidelines, 4, 'BELOW');
    expect(g).toEqual(guidelines[0]);
    expect(guidelineFor(guidelines, null, 'BELOW')).toBeNull();
    const row = { payBasis: 'SALARY' as const, rate: 9_030_000, fteHundredths: 100, bandMinimum: 9_000_000, bandMaximum: 12_000_000 };
    expect(proposalFlags(row, g, 375, raisedRate(row.rate, 375, 0))).toEqual(['OUTSIDE_GUIDELINE']);
    expect(proposalFlags(row, g, 400, raisedRate(row.rate, 400, 0))).toEqual([]);
    // $90,000 + 3 % = $92,700, above a $92,000 maximum.
    const high = { ...row, rate: 9_000_000, bandMinimum: 6_800_000, bandMaximum: 9_200_000 };
    expect(proposalFlags(high, null, 300, raisedRate(high.rate, 300, 0))).toEqual(['NEW_PAY_ABOVE_BAND']);
    // Hourly $19.85 × 2,080 = $41,288, under a $42,000 minimum.
    expect(
      proposalFlags(
        { payBasis: 'HOURLY', rate: 1_985, fteHundredths: 100, bandMinimum: 4_200_000, bandMaximum: 5_400_000 },
        null,
        0,
        1_985,
      ),
    ).toEqual(['BELOW_BAND']);
    expect(proposalFlags({ ...row, bandMinimum: null, bandMaximum: null }, null, 0, row.rate)).toEqual(['NO_BAND']);
  });

  it('pool: remaining and over are never negative', () => {
    expect(poolFigures(5_939_531, 1_255_542, 1_556_872)).toEqual({
      pool: 5_939_531,
      used: 1_255_542,
      usedWithBenefits: 1_556_872,
      remaining: 4_683_989,
      over: 0,
    });
    expect(poolFigures(5_939_531, 6_000_000, 7_440_000)).toMatchObject({ remaining: 0, over: 60_469 });
  });
});

describe('payOn', () => {
  const records = [
    { effectiveFrom: '2027-03-01' },
    { effectiveFrom: '2027-01-01' },
    { effectiveFrom: '2026-01-01' },
    { effectiveFrom: '2025-01-01' },
  ];
  it('picks the record in effect on the day and the nearest one decided after it', () => {
    expect(payOn(records, '2026-11-16')).toEqual({ current: records[2], upcoming: records[1] });
    expect(payOn(records, '2027-01-01')).toEqual({ current: records[1], upcoming: records[0] });
    expect(payOn(records, '2024-06-01')).toEqual({ current: null, upcoming: records[3] });
  });
});
