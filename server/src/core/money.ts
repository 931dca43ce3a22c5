import { GraphQLScalarType, Kind } from 'graphql';
import { BigIntType } from '@mikro-orm/core';
import { ValidationError } from './errors';

/**
 * Money travels and is stored as an integer number of minor units (cents). JSON numbers are exact
 * up to 2^53 cents (about 90 trillion dollars); GraphQL's 32-bit Int is not enough for a budget.
 */
export const Money = new GraphQLScalarType<number, number>({
  name: 'Money',
  description: 'An exact amount in minor units of the organization’s currency (cents), as an integer.',
  serialize(value) {
    const n = typeof value === 'string' ? Number(value) : (value as number);
    if (!Number.isSafeInteger(n)) throw new TypeError(`Money must be a safe integer of minor units, got ${value}`);
    return n;
  },
  parseValue(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new ValidationError('amount', 'Amounts are whole numbers of cents.');
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new ValidationError('amount', 'Amounts are whole numbers of cents.');
    const n = Number(ast.value);
    if (!Number.isSafeInteger(n)) throw new ValidationError('amount', 'That amount is too large.');
    return n;
  },
});

/** bigint columns read back as JS numbers (exact below 2^53). */
export const moneyColumn = () => new BigIntType('number');

/**
 * Splits `total` into parts proportional to `weights`, each a whole number of cents, summing to
 * exactly `total` (largest-remainder method). All-zero weights split evenly.
 */
export function allocate(total: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new Error('allocate needs a whole number of cents');
  const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights.map((x) => Math.max(0, x));
  const sum = w.reduce((a, b) => a + b, 0);
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const exact = w.map((x) => (abs * x) / sum);
  const parts = exact.map(Math.floor);
  let remainder = abs - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; remainder > 0; k = (k + 1) % order.length, remainder--) parts[order[k].i] += 1;
  return parts.map((p) => p * sign);
}

/** amount × (1 + basisPoints / 10 000), rounded half away from zero to the cent, in integer arithmetic. */
export function uplift(amount: number, basisPoints: number): number {
  const scaled = BigInt(amount) * BigInt(10_000 + basisPoints);
  const q = scaled / 10_000n;
  const r = scaled % 10_000n;
  const abs = r < 0n ? -r : r;
  const rounded = abs * 2n >= 10_000n ? q + (scaled < 0n ? -1n : 1n) : q;
  return Number(rounded);
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
