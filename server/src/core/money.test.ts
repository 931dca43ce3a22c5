import { describe, expect, it } from 'vitest';
import { allocate, sum, uplift } from './money';
import { parseAmount, parseDate } from './import';

describe('allocate', () => {
  it('spreads evenly and keeps the total exact to the cent', () => {
    const parts = allocate(10_000_001, Array(12).fill(1));
    expect(sum(parts)).toBe(10_000_001);
    expect(Math.max(...parts) - Math.min(...parts)).toBe(1);
    expect(parts.slice(0, 5)).toEqual([833_334, 833_334, 833_334, 833_334, 833_334]);
  });

  it('follows a seasonality profile and handles negatives and zero weights', () => {
    expect(allocate(1_000, [1, 1, 2])).toEqual([250, 250, 500]);
    expect(allocate(-1_001, [1, 1, 2])).toEqual([-250, -250, -501]);
    expect(allocate(100, [0, 0, 0, 0])).toEqual([25, 25, 25, 25]);
    expect(sum(allocate(999_999_999, [112, 108, 104, 98, 96, 90, 86, 92, 100, 104, 104, 106]))).toBe(999_999_999);
  });
});

describe('uplift', () => {
  it('applies basis points with half-up rounding in integer arithmetic', () => {
    expect(uplift(100_00, 300)).toBe(103_00);
    expect(uplift(333, 300)).toBe(343); // 342.99 → 343
    expect(uplift(50, 100)).toBe(51); // 50.5 → 51
    expect(uplift(-50, 100)).toBe(-51);
    expect(uplift(9_007_199_254_740, 300)).toBe(9_277_415_232_382);
  });
});

describe('parsing exports', () => {
  it('reads amounts exactly, with thousands separators, currency and parentheses', () => {
    expect(parseAmount('1,234.56')).toBe(123_456);
    expect(parseAmount('$1,234.5')).toBe(123_450);
    expect(parseAmount('(12.30)')).toBe(-1_230);
    expect(parseAmount('-0.07')).toBe(-7);
    expect(parseAmount('0.1')).toBe(10);
    expect(parseAmount('12.345')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });

  it('reads ISO and US dates and refuses impossible ones', () => {
    expect(parseDate('2026-03-05')).toBe('2026-03-05');
    expect(parseDate('3/5/2026')).toBe('2026-03-05');
    expect(parseDate('02/30/2026')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
  });
});
