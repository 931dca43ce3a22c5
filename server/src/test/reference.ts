/**
 * Reference arithmetic for the property tests, written from the published rule and not from
 * core/exact: a quotient rounded half away from zero once, as the sign times the floor of
 * (2|n| + |d|) ÷ 2|d|; a decimal figure read back from its digits.
 */
export function refRound(n: bigint, d: bigint): bigint {
  const sign = n < 0n !== d < 0n ? -1n : 1n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  return sign * ((2n * an + ad) / (2n * ad));
}

/** n ÷ d to `places` decimals as the number its decimal text reads as; null when d is 0. */
export function refDecimal(n: bigint | number, d: bigint | number, places: number): number | null {
  const den = BigInt(d);
  if (den === 0n) return null;
  const scaled = refRound(BigInt(n) * 10n ** BigInt(places), den);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  const value = Number(`${negative ? '-' : ''}${text}`);
  return value === 0 ? 0 : value;
}

/** Whole days between two ISO dates, counted on a calendar rather than by dividing milliseconds. */
export function refDays(from: string, to: string): number {
  const d = new Date(`${from}T00:00:00Z`);
  let n = 0;
  const step = from <= to ? 1 : -1;
  while (d.toISOString().slice(0, 10) !== to) {
    d.setUTCDate(d.getUTCDate() + step);
    n += step;
  }
  return n;
}
