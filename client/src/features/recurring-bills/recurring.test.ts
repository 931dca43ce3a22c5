import { describe, expect, it } from 'vitest';
import { dayOfMonthLabel, frequencyLabel } from './recurring';

describe('recurring bill labels', () => {
  it('name the day of the month in words', () => {
    expect(
      ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-11', '2026-12-12', '2026-12-21', '2026-12-22', '2026-12-28'].map(dayOfMonthLabel),
    ).toEqual(['the 1st', 'the 2nd', 'the 3rd', 'the 11th', 'the 12th', 'the 21st', 'the 22nd', 'the 28th']);
  });

  it('say how often', () => {
    expect(frequencyLabel('QUARTERLY')).toBe('Every quarter');
  });
});
