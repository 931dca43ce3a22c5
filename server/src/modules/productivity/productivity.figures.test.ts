import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refDecimal, refRound } from '../../test/reference';
import { figure, quantiles, type Period } from './productivity.service';

/** Productivity figures against their published definitions, computed here without core/exact. */
const amount = fc.oneof(fc.constantFrom(0, 1, 2, 3, 5), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2 ** 50 }));

describe('percent of target', () => {
  it('is actual ÷ (target × elapsed days ÷ days in the period) from the exact figures, to four decimals', () => {
    fc.assert(
      fc.property(
        amount,
        fc.option(amount, { nil: null }),
        fc.integer({ min: 1, max: 366 }),
        fc.integer({ min: 0, max: 366 }),
        fc.boolean(),
        (actual, target, days, e, rate) => {
          const elapsed = Math.min(days, e);
          const f = figure(actual, target, { daysInPeriod: days, daysElapsed: elapsed } as Period, rate);
          const want =
            target === null || target === 0
              ? null
              : rate
                ? refDecimal(actual, target, 4)
                : elapsed === 0
                  ? null
                  : refDecimal(BigInt(actual) * BigInt(days), BigInt(target) * BigInt(elapsed), 4);
          expect(f.percentOfTarget).toBe(want);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('quantiles (PERCENTILE.INC, rounded once)', () => {
  it('interpolate between closest ranks exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.integer({ min: -(2 ** 50), max: 2 ** 50 })), { maxLength: 40 }),
        (values) => {
          const v = [...values].sort((a, b) => a - b).map(BigInt);
          // The value at p = k/4 is v[⌊h⌋] + (h − ⌊h⌋)(v[⌊h⌋+1] − v[⌊h⌋]) with h = (n − 1)k/4, as the rational (4·v[lo] + r·Δ)/4.
          const at = (k: number) => {
            if (!v.length) return null;
            const h4 = BigInt(v.length - 1) * BigInt(k);
            const lo = Number(h4 / 4n);
            const r = h4 % 4n;
            const next = v[lo + 1] ?? v[lo];
            return Number(refRound(4n * v[lo] + r * (next - v[lo]), 4n));
          };
          expect(quantiles(values)).toEqual({ count: values.length, min: at(0), p25: at(1), median: at(2), p75: at(3), max: at(4) });
        },
      ),
      { numRuns: 5_000 },
    );
    // A half rounds away from zero on either side: [−3, −2] has median −2.5 → −3; [2, 3] → 3.
    expect(quantiles([-3, -2]).median).toBe(-3);
    expect(quantiles([2, 3]).median).toBe(3);
  });
});
