import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, today } from './dates';

const fixed = process.env.PRAXIS_TODAY;
afterEach(() => {
  process.env.PRAXIS_TODAY = fixed;
});

describe('today', () => {
  it('is the calendar day of the organization’s time zone', () => {
    delete process.env.PRAXIS_TODAY;
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are always on different calendar days.
    const east = today('Pacific/Kiritimati');
    const west = today('Pacific/Pago_Pago');
    expect(addDays(west, 1)).toBe(east);
  });

  it('is the day PRAXIS_TODAY names, in every time zone, when set', () => {
    process.env.PRAXIS_TODAY = '2031-02-28';
    expect(today('Pacific/Kiritimati')).toBe('2031-02-28');
    expect(today('America/Los_Angeles')).toBe('2031-02-28');
    process.env.PRAXIS_TODAY = '2031-02-30';
    expect(() => today()).toThrow(/PRAXIS_TODAY/);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month across year ends, both ways', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-28', -1)).toBe('2025-12-28');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
    expect(addMonths('2026-03-05', -15)).toBe('2024-12-05');
  });
});
