import { afterEach, describe, expect, it } from 'vitest';
import { addDays, today } from './dates';

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
