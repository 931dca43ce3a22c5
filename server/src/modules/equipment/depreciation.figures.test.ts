import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refRound } from '../../test/reference';
import { depreciationSchedule, depreciationThrough } from './depreciation';

/**
 * Straight-line depreciation against its published definition, reckoned here without core/exact:
 * after month k of L, base·k/L has been written off, rounded once half away from zero; a month takes
 * the difference, the asset's book value is cost less what has been written off.
 */
const RUNS = { numRuns: 3_000 };
const months = (first: string, n: number) => {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const asset = fc
  .record({
    salvage: fc.oneof(fc.constantFrom(0, 1, 100_00), fc.integer({ min: 0, max: 1e9 })),
    base: fc.oneof(
      fc.constantFrom(1, 2, 11, 12, 13, 18, 690_001, 1_899_999),
      fc.integer({ min: 1, max: 1e12 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    ),
    life: fc.oneof(fc.constantFrom(1, 2, 3, 12, 36, 60, 120), fc.integer({ min: 1, max: 480 })),
    year: fc.integer({ min: 2000, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    disposedAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  })
  .filter((a) => a.base + a.salvage <= Number.MAX_SAFE_INTEGER);

describe('straight-line depreciation', () => {
  it('writes off base·k/L rounded once after month k, months within a cent of base/L, the whole base by the end', () => {
    fc.assert(
      fc.property(asset, ({ salvage, base, life, year, month, disposedAfter }) => {
        const cost = base + salvage;
        const first = `${year}-${String(month).padStart(2, '0')}`;
        const disposedOn = disposedAfter == null ? null : `${months(first, disposedAfter)}-15`;
        const schedule = depreciationSchedule({
          cost,
          salvageValue: salvage,
          usefulLifeMonths: life,
          inServiceOn: `${first}-10`,
          disposedOn,
        });
        const length = disposedAfter == null ? life : Math.min(life, disposedAfter + 1);
        expect(schedule).toHaveLength(length);
        const low = BigInt(base) / BigInt(life);
        const expected: string[] = [];
        const got: string[] = [];
        let before = 0n;
        schedule.forEach((m, i) => {
          const written = refRound(BigInt(base) * BigInt(i + 1), BigInt(life));
          const amount = written - before;
          if (amount !== low && amount !== low + 1n)
            throw new Error(`month ${i + 1} takes ${amount}, not within a cent of ${base}/${life}`);
          expected.push(`${months(first, i)} ${amount} ${written} ${BigInt(cost) - written}`);
          got.push(`${m.month} ${m.amount} ${m.accumulated} ${m.bookValue}`);
          before = written;
        });
        expect(got).toEqual(expected);
        if (disposedAfter == null || disposedAfter + 1 >= life) {
          expect(schedule.reduce((s, m) => s + BigInt(m.amount), 0n)).toBe(BigInt(base));
          expect(schedule.at(-1)!.bookValue).toBe(salvage);
        }
      }),
      RUNS,
    );
  }, 120_000);

  it('rounds an exact half up, away from zero: 3 cents over 2 months write off 2 after the first', () => {
    const s = depreciationSchedule({ cost: 3, salvageValue: 0, usefulLifeMonths: 2, inServiceOn: '2026-01-01' });
    expect(s.map((m) => [m.amount, m.accumulated, m.bookValue])).toEqual([
      [2, 2, 1],
      [1, 3, 0],
    ]);
  });

  it('posts through a day only the months whose last day has come', () => {
    const a = { cost: 1_200_00, salvageValue: 0, usefulLifeMonths: 12, inServiceOn: '2026-01-20' };
    expect(depreciationThrough(a, '2026-03-30').map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(depreciationThrough(a, '2026-03-31').map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
