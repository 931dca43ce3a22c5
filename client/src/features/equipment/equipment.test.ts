import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntil, depreciatedPercent, dueState, monthLabel, usefulLifeLabel } from './equipment';

describe('equipment dates', () => {
  const today = '2026-11-16';
  it('flag a service overdue once its day has passed, and due soon within thirty days', () => {
    expect(dueState('2026-11-10', today, 'service')).toBe('overdue');
    expect(dueState('2026-11-16', today, 'service')).toBe('soon');
    expect(dueState('2026-12-16', today, 'service')).toBe('soon');
    expect(dueState('2026-12-17', today, 'service')).toBeNull();
    expect(dueState(null, today, 'service')).toBeNull();
  });
  it('flag a warranty only while it is about to end, not once it has', () => {
    expect(dueState('2026-12-01', today, 'warranty')).toBe('soon');
    expect(dueState('2026-11-01', today, 'warranty')).toBeNull();
  });
  it('count days across a month end and a leap day', () => {
    expect(daysUntil('2026-12-01', today)).toBe(15);
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
  });
});

describe('equipment labels', () => {
  it('say a useful life in years and months', () => {
    expect(usefulLifeLabel(84)).toBe('7 years');
    expect(usefulLifeLabel(66)).toBe('5 years 6 months');
    expect(usefulLifeLabel(18)).toBe('18 months');
    expect(usefulLifeLabel(12)).toBe('1 year');
    expect(monthLabel('2026-02')).toBe('Feb 2026');
  });
  it('give the share of the depreciable base written off, salvage left out', () => {
    expect(depreciatedPercent({ cost: 8_940_00, salvageValue: 500_00, accumulatedDepreciation: 4_220_00 })).toBe(50);
    expect(depreciatedPercent({ cost: 100, salvageValue: 100, accumulatedDepreciation: 0 })).toBe(100);
  });
});

describe('the depreciated share against its definition (independent reckoning)', () => {
  it('is 100 × accumulated ÷ (cost − salvage) as a whole percentage rounded half away from zero, at most 100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (base, salvage, perMillion) => {
          const accumulated = Math.floor((base * perMillion) / 1_000_000);
          const got = depreciatedPercent({ cost: base + salvage, salvageValue: salvage, accumulatedDepreciation: accumulated });
          // p with |100·acc − p·base| ≤ base/2, the half going up.
          const p = BigInt(got);
          const diff = 200n * BigInt(accumulated) - 2n * p * BigInt(base);
          expect(diff < BigInt(base) && diff >= -BigInt(base)).toBe(true);
        },
      ),
      { numRuns: 5_000 },
    );
    expect(depreciatedPercent({ cost: 200, salvageValue: 0, accumulatedDepreciation: 1 })).toBe(1); // 0.5 % → 1 %
  });
});
