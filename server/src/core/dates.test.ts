import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths, today } from './dates';

const fixed = process.env.PRAXIS_TODAY;
afterEach(() => {
  if (fixed === undefined) delete process.env.PRAXIS_TODAY;
  else process.env.PRAXIS_TODAY = fixed;
});

describe('today', () => {
  it('is the calendar day of the organization’s time zone', () => {
    delete process.env.PRAXIS_TODAY;
    vi.useFakeTimers();
    try {
      // 10:30 UTC on 5 December is already the 6th in Kiritimati (UTC+14), still the 4th in Pago Pago (UTC−11).
      vi.setSystemTime(new Date('2026-12-05T10:30:00Z'));
      expect(today('Pacific/Kiritimati')).toBe('2026-12-06');
      expect(today('Pacific/Pago_Pago')).toBe('2026-12-04');
      expect(today('America/Los_Angeles')).toBe('2026-12-05');
      // 23:30 UTC on New Year's Eve: the new year in Kiritimati, the old one in Los Angeles.
      vi.setSystemTime(new Date('2026-12-31T23:30:00Z'));
      expect(today('Pacific/Kiritimati')).toBe('2027-01-01');
      expect(today('America/Los_Angeles')).toBe('2026-12-31');
    } finally {
      vi.useRealTimers();
    }
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
