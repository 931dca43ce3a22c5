import { GraphQLScalarType, Kind } from 'graphql';
import { BigIntType } from '@mikro-orm/core';
import { ValidationError } from './errors';
import { allocate as exactAllocate, scale } from './exact';

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

/** Splits cents over weights to the cent (largest remainder, earliest first): see `exact.allocate`. */
export const allocate = (total: number, weights: number[]): number[] => exactAllocate(total, weights);

/** amount × (1 + basisPoints / 10 000), rounded half away from zero to the cent, in integer arithmetic. */
export const uplift = (amount: number, basisPoints: number): number => scale(amount, 10_000 + basisPoints, 10_000);

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
