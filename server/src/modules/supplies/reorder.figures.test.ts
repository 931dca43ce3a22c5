import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityToPar, reorderPoint } from './reorder';

/**
 * The reorder point against its published definition, reckoned here without core/exact: daily use ×
 * lead time, covered by the fewest whole units, plus safety stock. "Fewest whole units covering
 * U/100" is the u with 100·(u − 1) < U ≤ 100·u, checked as such rather than computed the same way.
 */
describe('reorder point', () => {
  it('is the fewest whole units covering daily use × lead time, plus safety stock', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0, 1, 50, 99, 100, 101, 235), fc.integer({ min: 0, max: 1_000_000 })),
        fc.oneof(fc.constantFrom(0, 1, 7), fc.integer({ min: 0, max: 365 })),
        fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 1e9 })),
        (useHundredths, lead, safety) => {
          const point = reorderPoint(useHundredths, lead, safety);
          const units = BigInt(point - safety);
          const need = BigInt(useHundredths) * BigInt(lead);
          expect(units >= 0n).toBe(true);
          expect(100n * units >= need).toBe(true);
          if (units > 0n) expect(100n * (units - 1n) < need).toBe(true);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('rounds 2.35 a day × 7 days = 16.45 up to 17, and a whole need stays whole', () => {
    expect(reorderPoint(235, 7, 3)).toBe(20);
    expect(reorderPoint(200, 7, 0)).toBe(14);
    expect(quantityToPar(12, 40)).toBe(28);
    expect(quantityToPar(41, 40)).toBe(0);
  });
});
