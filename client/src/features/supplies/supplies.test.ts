import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysOfStock, parseHundredths, reorderPoint } from './supplies';

describe('the reorder point', () => {
  it('is daily use × lead time, rounded up to a whole unit, plus safety stock', () => {
    expect(reorderPoint('3', '5', '6')).toBe(21);
    // 0.25 × 7 = 1.75 units used while waiting: reorder with 2 + 2 safety left.
    expect(reorderPoint('0.25', '7', '2')).toBe(4);
    // Exact: in floating point 0.1 × 30 is 3.0000000000000004, which would round up to 4.
    expect(reorderPoint('2.35', '7', '3')).toBe(20);
    expect(reorderPoint('0.1', '30', '0')).toBe(3);
  });
  it('waits for valid figures', () => {
    expect(reorderPoint('1.234', '7', '3')).toBeNull();
    expect(reorderPoint('-1', '7', '3')).toBeNull();
    expect(reorderPoint('2', '', '3')).toBeNull();
    expect(parseHundredths('2.5')).toBe(250);
    expect(parseHundredths(' 12 ')).toBe(1200);
  });
  it('says how many days the stock lasts', () => {
    expect(daysOfStock(14, 3)).toBe(4);
    expect(daysOfStock(5, 0)).toBeNull();
  });
});

describe('the reorder figures against their definitions (independent reckoning, no exact module)', () => {
  const decimal = (h: number) => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, '0')}`;
  it('covers daily use × lead time with the fewest whole units, and counts the whole days stock lasts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0, 1, 10, 99, 100, 235), fc.integer({ min: 0, max: 1_000_000 })),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e9 }),
        (use, lead, safety, onHand) => {
          const point = reorderPoint(decimal(use), String(lead), String(safety))!;
          const units = BigInt(point - safety);
          const need = BigInt(use) * BigInt(lead);
          // The fewest u with 100·u ≥ need.
          expect(100n * units >= need && (units === 0n || 100n * (units - 1n) < need)).toBe(true);
          // The days of stock d: d·use ≤ 100·onHand < (d + 1)·use; the daily use arrives as the API's Float.
          const days = daysOfStock(onHand, Number(decimal(use)));
          if (use === 0) expect(days).toBeNull();
          else
            expect(BigInt(days!) * BigInt(use) <= 100n * BigInt(onHand) && 100n * BigInt(onHand) < BigInt(days! + 1) * BigInt(use)).toBe(
              true,
            );
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
