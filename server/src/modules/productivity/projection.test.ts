import { describe, expect, it } from 'vitest';
import { PlanModel } from './productivity.entity';
import { annualize, divRound, normalizeTerms, payPerWrvu, projectedPay, termsProblem, type PlanTerms } from './projection';
import { periodOf, quantiles } from './productivity.service';

const terms = (t: Partial<PlanTerms>): PlanTerms => ({
  model: PlanModel.SALARY,
  baseSalary: 0,
  wrvuThresholdHundredths: 0,
  ratePerWrvu: 0,
  collectionsBps: 0,
  qualityBonus: 0,
  ...t,
});
const fullYear = (wrvuHundredths: number, collections = 0) => ({ wrvuHundredths, collections, daysElapsed: 365, daysInYear: 365 });

describe('projected pay, by hand', () => {
  it('salary plus productivity: $180,000 + (4,000 − 3,600 wRVU) × $50 = $200,000 (the issue’s example)', () => {
    const plan = terms({
      model: PlanModel.SALARY_PLUS_PRODUCTIVITY,
      baseSalary: 180_000_00,
      wrvuThresholdHundredths: 3_600_00,
      ratePerWrvu: 50_00,
    });
    expect(projectedPay(plan, fullYear(4_000_00))).toBe(200_000_00);
    expect(payPerWrvu(200_000_00, fullYear(4_000_00))).toBe(50_00);
    // below the threshold only the base is paid
    expect(projectedPay(plan, fullYear(3_599_99))).toBe(180_000_00);
  });

  it('productivity: 5,123.45 wRVU × $45.50 = $233,116.975, rounded once, half up, to $233,116.98', () => {
    const plan = terms({ model: PlanModel.PRODUCTIVITY, ratePerWrvu: 45_50 });
    expect(projectedPay(plan, fullYear(5_123_45))).toBe(233_116_98);
    expect(payPerWrvu(233_116_98, fullYear(5_123_45))).toBe(45_50);
    expect(projectedPay({ ...plan, wrvuThresholdHundredths: 6_000_00 }, fullYear(5_123_45))).toBe(0);
  });

  it('collections: 38 % of $412,345.67 = $156,691.35 (…5.46 rounds down), plus a $5,000 quality bonus', () => {
    const plan = terms({ model: PlanModel.COLLECTIONS_PERCENT, collectionsBps: 3_800, qualityBonus: 5_000_00 });
    expect(projectedPay(plan, fullYear(0, 412_345_67))).toBe(161_691_35);
    expect(payPerWrvu(161_691_35, fullYear(0, 412_345_67))).toBeNull();
  });

  it('salary: the base plus the bonus, whatever the production', () => {
    expect(projectedPay(terms({ baseSalary: 120_000_00, qualityBonus: 2_500_00 }), fullYear(1_234_56))).toBe(122_500_00);
  });

  it('annualizes a year in progress from the days elapsed: 1,800 wRVU after 146 of 365 days is 4,500', () => {
    const soFar = { wrvuHundredths: 1_800_00, collections: 100_000_00, daysElapsed: 146, daysInYear: 365 };
    expect(annualize(soFar.wrvuHundredths, soFar)).toBe(4_500_00);
    expect(annualize(soFar.collections, soFar)).toBe(250_000_00);
    const plan = terms({
      model: PlanModel.SALARY_PLUS_PRODUCTIVITY,
      baseSalary: 180_000_00,
      wrvuThresholdHundredths: 3_600_00,
      ratePerWrvu: 50_00,
    });
    expect(projectedPay(plan, soFar)).toBe(225_000_00); // 180,000 + 900 × 50
    expect(payPerWrvu(225_000_00, soFar)).toBe(50_00);
    // one rounding at the end, not one per step: 1,000.01 wRVU after 3 of 365 days at $33.33
    const odd = { wrvuHundredths: 1_000_01, collections: 0, daysElapsed: 3, daysInYear: 365 };
    // 100001 × 365 / 3 = 12,166,788.33… hundredths; × 3333 / 100 = 405,519,055.15 cents
    expect(projectedPay(terms({ model: PlanModel.PRODUCTIVITY, ratePerWrvu: 33_33 }), odd)).toBe(405_519_055);
  });

  it('projects nothing before the year starts, and only the salary', () => {
    const none = { wrvuHundredths: 0, collections: 0, daysElapsed: 0, daysInYear: 366 };
    expect(projectedPay(terms({ model: PlanModel.SALARY_PLUS_PRODUCTIVITY, baseSalary: 100_00, ratePerWrvu: 1 }), none)).toBe(100_00);
    expect(projectedPay(terms({ model: PlanModel.COLLECTIONS_PERCENT, collectionsBps: 5_000 }), none)).toBe(0);
    expect(payPerWrvu(100_00, none)).toBeNull();
  });

  it('rounds half away from zero', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
  });
});

describe('plan terms', () => {
  it('keeps only what the model uses', () => {
    expect(
      normalizeTerms(
        terms({ model: PlanModel.SALARY, baseSalary: 1, ratePerWrvu: 2, wrvuThresholdHundredths: 3, collectionsBps: 4, qualityBonus: 5 }),
      ),
    ).toEqual(terms({ model: PlanModel.SALARY, baseSalary: 1, qualityBonus: 5 }));
    expect(normalizeTerms(terms({ model: PlanModel.COLLECTIONS_PERCENT, baseSalary: 1, collectionsBps: 4 }))).toEqual(
      terms({ model: PlanModel.COLLECTIONS_PERCENT, collectionsBps: 4 }),
    );
  });

  it('names the term at fault', () => {
    expect(termsProblem(terms({ baseSalary: 0 }))?.[0]).toBe('baseSalary');
    expect(termsProblem(terms({ model: PlanModel.PRODUCTIVITY }))?.[0]).toBe('ratePerWrvu');
    expect(termsProblem(terms({ model: PlanModel.COLLECTIONS_PERCENT, collectionsBps: 10_001 }))?.[0]).toBe('collectionsBps');
    expect(termsProblem(terms({ baseSalary: 1, qualityBonus: -1 }))?.[0]).toBe('qualityBonus');
    expect(termsProblem(terms({ baseSalary: 100 }))).toBeNull();
  });
});

describe('periods', () => {
  it('counts the days of a year and of a month up to the as-of date, inclusive', () => {
    expect(periodOf(2023, null, 1, '2023-05-26')).toMatchObject({
      from: '2023-01-01',
      to: '2024-01-01',
      daysInPeriod: 365,
      daysElapsed: 146,
    });
    expect(periodOf(2024, 2, 1, '2024-02-10')).toMatchObject({
      from: '2024-02-01',
      to: '2024-03-01',
      daysInPeriod: 29,
      daysElapsed: 10,
      daysInYear: 366,
      daysElapsedInYear: 41,
    });
    expect(periodOf(2023, null, 1, '2025-01-01')).toMatchObject({ daysElapsed: 365 });
    expect(periodOf(2023, null, 1, '2022-12-31')).toMatchObject({ daysElapsed: 0 });
  });

  it('follows a fiscal year that starts in July', () => {
    expect(periodOf(2025, null, 7, '2025-07-01')).toMatchObject({ from: '2025-07-01', to: '2026-07-01', daysElapsed: 1 });
    expect(periodOf(2025, 3, 7, '2026-03-31')).toMatchObject({ from: '2026-03-01', to: '2026-04-01', daysElapsed: 31 });
  });
});

describe('quantiles', () => {
  it('interpolate like PERCENTILE.INC', () => {
    expect(quantiles([1, 2, 3, 4, 5])).toEqual({ count: 5, min: 1, p25: 2, median: 3, p75: 4, max: 5 });
    expect(quantiles([10, 20, 30, 40])).toEqual({ count: 4, min: 10, p25: 18, median: 25, p75: 33, max: 40 });
    expect(quantiles([])).toEqual({ count: 0, min: null, p25: null, median: null, p75: null, max: null });
  });
});
