import { describe, expect, it } from 'vitest';
import { formatMonthSpan } from './budget';

describe('formatMonthSpan', () => {
  it('says a run of months the short way, with the year once when it does not change', () => {
    expect(formatMonthSpan(['2026-01', '2026-02', '2026-03'])).toBe('Jan–Mar 2026');
    expect(formatMonthSpan(['2026-12'])).toBe('Dec 2026');
    expect(formatMonthSpan(['2025-07', '2025-12', '2026-06'])).toBe('Jul 2025–Jun 2026');
    expect(formatMonthSpan([])).toBe('');
  });
});
