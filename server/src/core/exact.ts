/**
 * Exact arithmetic for every figure Praxis shows: shares, percentages, ratios, rates, allocations.
 *
 * Inputs are integers (cents, hundredths, basis points, counts, days) and the arithmetic is BigInt,
 * so nothing is lost however large a sum grows. The one rounding rule: **half away from zero**
 * (2.5 → 3, −2.5 → −3), applied once, to the final figure, never to an intermediate value.
 * (`divFloor`/`divCeil` are bounds some rules ask for — the most cents a tolerance allows — not roundings.)
 * Allocations split by the largest remainder; equal remainders go to the earliest part (month).
 *
 * The SPA keeps an identical copy (client/src/shared/exact.ts, checked by a test); SQL follows the same rule with
 * `sqlDivRound` (integer arithmetic only, never double precision).
 */

export type Whole = number | bigint;

function big(x: Whole, what = 'value'): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`Exact arithmetic needs a whole number for ${what}, got ${x}`);
  return BigInt(x);
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** n ÷ d rounded half away from zero; d ≠ 0 (its sign counts). */
export function divRound(n: Whole, d: Whole): bigint {
  let num = big(n, 'a numerator');
  let den = big(d, 'a divisor');
  if (den === 0n) throw new RangeError('Division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = abs(num) / den;
  const rounded = (abs(num) % den) * 2n >= den ? q + 1n : q;
  return num < 0n ? -rounded : rounded;
}

/**
 * Two bounds that are not roundings of a figure, for the few rules that ask for a whole count on
 * one side of an exact quotient (d > 0): the most whole units within n ÷ d (a price tolerance in
 * cents, the whole days a stock lasts) and the fewest whole units that cover it (boxes to hold for a
 * lead time). Everything else rounds with `divRound`.
 */
export function divFloor(n: Whole, d: Whole): bigint {
  const num = big(n, 'a numerator');
  const den = big(d, 'a divisor');
  if (den <= 0n) throw new RangeError('A bound needs a positive divisor');
  const q = num / den;
  return num % den !== 0n && num < 0n ? q - 1n : q;
}

/** The fewest whole units covering n ÷ d (d > 0): see `divFloor`. */
export const divCeil = (n: Whole, d: Whole): bigint => -divFloor(-big(n, 'a numerator'), d);

/** A BigInt result as a number, refusing one a number cannot hold exactly. */
export function toNumber(x: bigint): number {
  const n = Number(x);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${x} is beyond what a number holds exactly`);
  return n;
}

/** n ÷ d rounded half away from zero, as a number (cents, hundredths …). */
export const quotient = (n: Whole, d: Whole): number => toNumber(divRound(n, d));

/** `scaled` × 10^−places as the number nearest that decimal (built from its digits, not by dividing). */
export function fromScaled(scaled: Whole, places: number): number {
  return Number(`${big(scaled)}e-${places}`);
}

/** n ÷ d to `places` decimals, rounded half away from zero once; null when d is 0 (nothing to compare with). */
export function ratio(n: Whole, d: Whole, places = 4): number | null {
  const den = big(d, 'a divisor');
  if (den === 0n) return null;
  return fromScaled(divRound(big(n) * 10n ** BigInt(places), den), places);
}

/** 100 × n ÷ d to `places` decimals (a percentage), rounded once; null when d is 0. */
export const percent = (n: Whole, d: Whole, places = 2): number | null => ratio(big(n) * 100n, d, places);

/** n × numerator ÷ denominator rounded once: a rate applied to an amount (e.g. cents × bps ÷ 10 000). */
export const scale = (n: Whole, numerator: Whole, denominator: Whole): number => quotient(big(n) * big(numerator), denominator);

/**
 * Splits `total` into whole parts proportional to `weights` (whole, negatives count as 0), summing
 * to exactly `total`. Each part gets the floor of its exact share of |total|; the units left go one
 * each to the largest remainders, equal remainders to the earliest part. All-zero weights split
 * evenly. A negative total is split as its absolute value, then negated.
 */
export function allocate(total: Whole, weights: readonly Whole[]): number[] {
  const t = big(total, 'a total');
  const w = weights.map((x) => {
    const v = big(x, 'a weight');
    return v < 0n ? 0n : v;
  });
  const even = w.every((x) => x === 0n);
  const ws = even ? w.map(() => 1n) : w;
  const sum = ws.reduce((a, b) => a + b, 0n);
  const magnitude = abs(t);
  const parts = ws.map((x) => (magnitude * x) / sum);
  // Remainders share the denominator `sum`, so comparing their numerators is exact.
  const remainders = ws.map((x, i) => ({ i, r: (magnitude * x) % sum }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) parts[order[k].i] += 1n;
  return parts.map((p) => (t < 0n && p !== 0n ? toNumber(-p) : toNumber(p)));
}

/**
 * SQL for `num ÷ den` rounded half away from zero, in integer arithmetic on both SQLite and
 * PostgreSQL (whose integer `/` truncates toward zero). `den` must be a positive integer expression.
 */
export const sqlDivRound = (num: string, den: string) =>
  `(case when (${num}) < 0 then -((2 * (-(${num})) + (${den})) / (2 * (${den}))) else (2 * (${num}) + (${den})) / (2 * (${den})) end)`;
