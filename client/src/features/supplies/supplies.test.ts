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
