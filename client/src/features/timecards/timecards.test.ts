import { describe, expect, it } from 'vitest';
import { weekStartOf, decimalHours, formatDay, formatHours } from './timecards';

describe('time card formatting', () => {
  it('writes minutes as hours and minutes, and as payroll decimals', () => {
    expect([formatHours(525), formatHours(0), formatHours(-9), formatHours(2400)]).toEqual(['8:45', '0:00', '−0:09', '40:00']);
    expect([decimalHours(525), decimalHours(20), decimalHours(1)]).toEqual(['8.75', '0.33', '0.02']);
    expect(formatDay('2026-11-16')).toBe('Mon, Nov 16');
  });

  it('finds the workweek a day belongs to', () => {
    expect(weekStartOf('2026-11-16', 7)).toBe('2026-11-15');
    expect(weekStartOf('2026-11-15', 7)).toBe('2026-11-15');
    expect(weekStartOf('2026-11-15', 1)).toBe('2026-11-09');
    expect(weekStartOf('2026-11-16', 1)).toBe('2026-11-16');
  });
});
