import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, divCeil, divFloor, divRound, percent, quotient, ratio, scale } from './exact';

/**
 * Every property compares the module with a reference written here from the published rule
 * (half away from zero, once; largest remainder, earliest first), not with the module itself.
 */
const RUNS = { numRuns: 5_000 };

/** Reference: round(n/d) half away from zero, from the floor of (2|n| + |d|) / 2|d|. */
function refRound(n: bigint, d: bigint): bigint {
  const sign = n < 0n !== d < 0n ? -1n : 1n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  return sign * ((2n * an + ad) / (2n * ad));
}

/** The decimal text of scaled × 10^−places, digit by digit. */
function decimalText(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative && scaled !== 0n ? `-${text}` : text;
}

const huge = 2n ** 80n;
/** Whole numbers: zero and ±1 often, small, cents-sized, and past 2^53. */
const whole = fc.oneof(
  fc.constantFrom(0n, 1n, -1n, 2n, -2n),
  fc.bigInt({ min: -1_000n, max: 1_000n }),
  fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
  fc.bigInt({ min: -huge, max: huge }),
);
const divisor = whole.filter((d) => d !== 0n);
/** n = k·d + d/2 exactly: a half to round. */
const tie = fc
  .tuple(fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), fc.bigInt({ min: 1n, max: 2n ** 40n }))
  .map(([k, half]) => ({ n: k * 2n * half + (k < 0n ? -half : half), d: 2n * half }));

describe('divRound: half away from zero', () => {
  it('agrees with the reference on random, zero, negative and huge values', () => {
    fc.assert(
      fc.property(whole, divisor, (n, d) => {
        expect(divRound(n, d)).toBe(refRound(n, d));
      }),
      RUNS,
    );
  });

  it('rounds every exact half away from zero', () => {
    fc.assert(
      fc.property(tie, ({ n, d }) => {
        const r = divRound(n, d);
        // |r·d| is |n| + d/2: one half step beyond n, never toward zero.
        expect((r < 0n ? -r : r) * d).toBe((n < 0n ? -n : n) + d / 2n);
      }),
      RUNS,
    );
    expect([divRound(5, 2), divRound(-5, 2), divRound(-1, 2)]).toEqual([3n, -3n, -1n]);
  });

  it('refuses a zero divisor and inexact inputs', () => {
    expect(() => divRound(1, 0)).toThrow();
    expect(() => divRound(0.5, 1)).toThrow();
    expect(() => quotient(2n ** 60n, 1)).toThrow();
  });
});

describe('ratio and percent: rounded once to their decimals', () => {
  it('shows the digits of the exact quotient, rounded half away from zero', () => {
    fc.assert(
      fc.property(whole, divisor, fc.integer({ min: 0, max: 4 }), (n, d, places) => {
        const expected = decimalText(refRound(n * 10n ** BigInt(places), d), places);
        const got = ratio(n, d, places)!;
        expect(Object.is(got, -0) ? 0 : got).toBe(Number(expected));
        // Within a dozen significant digits the number prints as exactly those decimals.
        if (Math.abs(got) < 1e11) expect(got.toFixed(places)).toBe(expected.replace(/^-(0\.?0*)$/, '$1'));
      }),
      RUNS,
    );
  });

  it('percentages: 100·n/d to hundredths, ties included', () => {
    fc.assert(
      fc.property(whole, divisor, (n, d) => {
        expect(percent(n, d)).toBe(Number(decimalText(refRound(n * 10_000n, d), 2)));
      }),
      RUNS,
    );
    // 3 / 20000 is 0.015 %: 1.5 hundredths, which floating point sees as 1.4999…
    expect(percent(3, 20_000)).toBe(0.02);
    expect(percent(-3, 20_000)).toBe(-0.02);
    expect(ratio(1, 0)).toBeNull();
  });

  it('scale: n × a ÷ b rounded once', () => {
    fc.assert(
      fc.property(whole, whole, divisor, (n, a, b) => {
        const r = refRound(n * a, b);
        fc.pre(r >= -BigInt(Number.MAX_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER));
        expect(scale(n, a, b)).toBe(Number(r));
      }),
      RUNS,
    );
  });
});

/**
 * Reference allocation by Hamilton's method, one unit at a time: each part starts at the floor of
 * its quota |T|·w/S; a unit left over goes to the part with the largest remainder, scanning from
 * the first month so the earliest wins a tie.
 */
function refAllocate(total: bigint, weights: bigint[]): bigint[] {
  const w = weights.map((x) => (x < 0n ? 0n : x));
  const ws = w.every((x) => x === 0n) ? w.map(() => 1n) : w;
  const S = ws.reduce((a, b) => a + b, 0n);
  const T = total < 0n ? -total : total;
  const parts = ws.map((x) => (T * x) / S);
  const rem = ws.map((x) => T * x - ((T * x) / S) * S);
  const given = ws.map(() => false);
  let left = T - parts.reduce((a, b) => a + b, 0n);
  while (left > 0n) {
    let best = -1;
    for (let i = 0; i < ws.length; i++) if (!given[i] && (best === -1 || rem[i] > rem[best])) best = i;
    parts[best] += 1n;
    given[best] = true;
    left--;
  }
  return parts.map((p) => (total < 0n ? -p : p));
}

describe('allocate: largest remainder, earliest month first', () => {
  const weight = fc.oneof(fc.constantFrom(0n, 1n, 2n, 3n), fc.bigInt({ min: -5n, max: 1_000n }), fc.bigInt({ min: 0n, max: 2n ** 53n }));
  const total = fc.oneof(fc.constantFrom(0n, 1n, -1n, 11n, -13n), fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }));

  it('agrees with the reference for twelve months of random weights', () => {
    fc.assert(
      fc.property(total, fc.array(weight, { minLength: 12, maxLength: 12 }), (t, w) => {
        const got = allocate(t, w);
        expect(got.map(BigInt)).toEqual(refAllocate(t, w));
        expect(got.reduce((a, b) => a + BigInt(b), 0n)).toBe(t);
      }),
      RUNS,
    );
  });

  it('breaks ties between equal remainders by the earliest month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 }), fc.bigInt({ min: 0n, max: 2n ** 40n }), (k, base) => {
        // Twelve equal weights: every remainder is equal, so the first k months get the extra cent.
        const parts = allocate(base * 12n + BigInt(k), Array(12).fill(1));
        expect(parts.map((p, i) => BigInt(p) - base - (i < k ? 1n : 0n))).toEqual(Array(12).fill(0n));
      }),
      RUNS,
    );
  });

  it('keeps exact ties with weights past 2^52', () => {
    // Both months' exact quota is 3/2; in doubles 3·w would already have lost its last unit.
    const w = [2 ** 52 + 1, 2 ** 52 + 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map(BigInt);
    expect(allocate(3, w)).toEqual(refAllocate(3n, w).map(Number));
    expect(allocate(3, w)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('divFloor and divCeil: the bounds some rules ask for', () => {
  const positive = divisor.map((d) => (d < 0n ? -d : d));
  it('are the whole numbers on either side of n ÷ d, by their defining inequalities', () => {
    fc.assert(
      fc.property(whole, positive, (n, d) => {
        const f = divFloor(n, d);
        const c = divCeil(n, d);
        // f·d ≤ n < (f + 1)·d and (c − 1)·d < n ≤ c·d.
        expect(f * d <= n && n < (f + 1n) * d).toBe(true);
        expect((c - 1n) * d < n && n <= c * d).toBe(true);
        expect(c - f).toBe(n % d === 0n ? 0n : 1n);
      }),
      RUNS,
    );
  });

  it('refuse a divisor that is not positive', () => {
    expect(() => divFloor(1, 0)).toThrow(RangeError);
    expect(() => divCeil(1, -2)).toThrow(RangeError);
  });
});

describe('the SPA’s copy', () => {
  it('is this file, unchanged, so the browser rounds as the server does', () => {
    const here = __dirname;
    const server = readFileSync(path.join(here, 'exact.ts'), 'utf8');
    const client = readFileSync(path.join(here, '../../../client/src/shared/exact.ts'), 'utf8');
    expect(client).toBe(server);
  });
});
