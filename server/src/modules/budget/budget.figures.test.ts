import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refDecimal } from '../../test/reference';
import { AccountKind } from '../ledger/ledger.entity';
import { figures } from './variance.service';

/** Variance figures against their published definitions, computed here without core/exact. */
const cents = fc.oneof(
  fc.constantFrom(0, 1, -1, 2, -2, 3, 20_000, -20_000),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
);

describe('variance %', () => {
  it('is (actual − budget) ÷ |budget| as a percentage to hundredths, rounded once, half away from zero', () => {
    fc.assert(
      fc.property(
        cents,
        cents,
        fc.constantFrom(AccountKind.REVENUE, AccountKind.EXPENSE),
        fc.integer({ min: 0, max: 10_000 }),
        (budget, actual, kind, bps) => {
          const f = figures(budget, actual, kind, bps);
          const variance = BigInt(actual) - BigInt(budget);
          expect(f.variance).toBe(Number(variance));
          expect(f.variancePercent).toBe(refDecimal(variance * 100n, budget < 0 ? -budget : budget, 2));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('shows 3 cents over a $200 budget as 0.02 %, and 3 under as −0.02 %', () => {
    // 3 / 20 000 × 10 000 is 1.4999… in floating point: the old figure read 0.01 %.
    expect(figures(20_000, 20_003, AccountKind.EXPENSE, 500).variancePercent).toBe(0.02);
    expect(figures(20_000, 19_997, AccountKind.EXPENSE, 500).variancePercent).toBe(-0.02);
  });
});
