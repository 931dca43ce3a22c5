import { describe, expect, it } from 'vitest';
import {
  centsToDecimal,
  formatAmount,
  formatMoney,
  formatMoneyCents,
  formatMoneyCompact,
  formatPercentChange,
  formatSignedMoney,
  parseMoney,
  percentToBasisPoints,
  sumCents,
} from './money';

describe('parseMoney', () => {
  it.each([
    ['1,234.56', 123456],
    ['$1,234', 123400],
    ['(12.30)', -1230],
    ['-5', -500],
    ['−5', -500],
    ['-$5.25', -525],
    ['$-5.25', -525],
    ['5.25-', -525],
    ['($1,000.00)', -100000],
    ['+7', 700],
    ['1234.5', 123450],
    ['.75', 75],
    ['12.', 1200],
    [' 12 ', 1200],
    ['0', 0],
    ['-0', 0],
    ['1.2300', 123],
    ['1 234,00'.replace(',', '.'), 123400],
    ['0.29', 29],
    ['0.57', 57],
    ['1.15', 115],
    ['4.35', 435],
    ['8.7', 870],
    ['19,999,999.99', 1999999999],
    ['90,000,000,000,000.00', 9000000000000000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('is exact where parseFloat × 100 is not', () => {
    // The float way gets these wrong: 1.15 * 100 = 114.99999999999999, 4.35 * 100 = 434.99999999999994.
    expect(Math.floor(parseFloat('1.15') * 100)).toBe(114);
    expect(parseMoney('1.15')).toBe(115);
    expect(parseMoney('4.35')).toBe(435);
    expect(parseMoney('1,005.07')).toBe(100507);
  });

  it.each(['', '   ', 'abc', '12abc', '1.234', '1,23', '12,34.00', '1..2', '$', '()', '--5', '1e5', '9'.repeat(17)])(
    'refuses %j',
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );
});

describe('formatting cents', () => {
  it('builds the exact decimal from the integer', () => {
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(centsToDecimal(-5)).toBe('-0.05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(9007199254740991)).toBe('90071992547409.91');
    expect(() => centsToDecimal(1.5)).toThrow();
  });

  it('shows editor cells with cents and summaries in whole dollars', () => {
    expect(formatAmount(123456)).toBe('1,234.56');
    expect(formatAmount(-1230)).toBe('-12.30');
    expect(formatAmount(0)).toBe('0.00');
    expect(formatAmount(9007199254740991)).toBe('90,071,992,547,409.91');
    expect(formatMoneyCents(2983333)).toBe('$29,833.33');
    expect(formatMoneyCents(-29)).toBe('-$0.29');
    expect(formatMoney(123456789)).toBe('$1,234,568');
    expect(formatMoney(150)).toBe('$2');
    expect(formatMoney(-150)).toBe('-$2');
    expect(formatMoney(-49)).toBe('$0');
    expect(formatMoney(null)).toBe('—');
  });

  it('signs variances and percentages', () => {
    expect(formatSignedMoney(1234500)).toBe('+$12,345');
    expect(formatSignedMoney(-120000)).toBe('−$1,200');
    expect(formatSignedMoney(0)).toBe('$0');
    expect(formatPercentChange(12.345)).toBe('+12.3%');
    expect(formatPercentChange(-4)).toBe('−4.0%');
    expect(formatPercentChange(null)).toBe('—');
  });

  it('abbreviates axis labels', () => {
    expect(formatMoneyCompact(125000000)).toBe('$1.3M');
    expect(formatMoneyCompact(25000000)).toBe('$250K');
    expect(formatMoneyCompact(-5000000)).toBe('-$50K');
  });
});

describe('percentToBasisPoints', () => {
  it('turns a percent into basis points exactly', () => {
    expect(percentToBasisPoints('3')).toBe(300);
    expect(percentToBasisPoints(3)).toBe(300);
    expect(percentToBasisPoints('2.5')).toBe(250);
    expect(percentToBasisPoints(1.15)).toBe(115);
    expect(percentToBasisPoints('-1.25%')).toBe(-125);
    expect(percentToBasisPoints('0')).toBe(0);
    expect(percentToBasisPoints('1.234')).toBeNull();
    expect(percentToBasisPoints('x')).toBeNull();
    expect(percentToBasisPoints(null)).toBeNull();
  });
});

it('sums cents exactly', () => {
  expect(sumCents([10, 20, 30])).toBe(60);
  expect(sumCents(Array(12).fill(8333))).toBe(99996);
});
