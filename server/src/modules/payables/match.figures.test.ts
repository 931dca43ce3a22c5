import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAllowance, termsDiscount } from './bill.service';
import { refRound } from '../../test/reference';

/**
 * The three-way match's price tolerance and the terms discount against their definitions, reckoned
 * here without core/exact. The tolerance allows the most whole cents within ordered × bps ÷ 10,000:
 * the a with 10,000·a ≤ ordered·bps < 10,000·(a + 1). A bill over by a whole number of cents is held
 * exactly when 10,000 × over > ordered × bps, with no rounding in the decision.
 */
const ordered = fc.oneof(
  fc.constantFrom(0, 1, 9_999, 10_000, 12_345),
  fc.integer({ min: 0, max: 1e12 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);
const bps = fc.oneof(fc.constantFrom(0, 1, 50, 500, 5_000, 10_000), fc.integer({ min: 0, max: 10_000 }));

describe('purchase order match tolerance', () => {
  it('allows the most whole cents within the share, and holds a bill exactly when it is over the share', () => {
    fc.assert(
      fc.property(ordered, bps, fc.integer({ min: 0, max: 1e9 }), (amount, toleranceBps, overBy) => {
        const allowed = BigInt(matchAllowance(amount, toleranceBps));
        const share = BigInt(amount) * BigInt(toleranceBps);
        expect(10_000n * allowed <= share).toBe(true);
        expect(share < 10_000n * (allowed + 1n)).toBe(true);
        const over = BigInt(overBy);
        expect(over > allowed).toBe(10_000n * over > share);
      }),
      { numRuns: 5_000 },
    );
  });

  it('5 % of $0.30 allows 1 cent (1.5 cents is not 2), 5 % of $0.40 allows 2', () => {
    expect(matchAllowance(30, 500)).toBe(1);
    expect(matchAllowance(40, 500)).toBe(2);
  });
});

describe('early-payment discount', () => {
  it('is total × bps ÷ 10,000 rounded once, half away from zero, credits included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          ordered,
          ordered.map((x) => -x),
        ),
        bps,
        (total, discountBps) => {
          expect(BigInt(termsDiscount(total, discountBps))).toBe(refRound(BigInt(total) * BigInt(discountBps), 10_000n));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
