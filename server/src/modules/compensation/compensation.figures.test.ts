import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { refDecimal, refRound } from '../../test/reference';
import { PayBasis } from './compensation.entity';
import { compaRatio, proposalCost, rangePosition, sql } from './pay';

/**
 * Merit cost, pool and band figures against their published definitions, computed here without
 * core/exact: annual pay = full-time rate (hourly: rate × 2 080) × FTE, to the cent; new rate = rate
 * + rate × merit (to the cent) + adjustment; cost = new annual pay − annual pay + bonus; loaded =
 * cost × (1 + benefits load), to the cent. Every rounding half away from zero.
 */
interface Terms {
  payBasis: PayBasis;
  rate: number;
  fteHundredths: number;
  meritBps: number;
  adjustment: number;
  bonus: number;
  benefitsLoadBps: number;
}

function reference(p: Terms) {
  const hours = p.payBasis === PayBasis.HOURLY ? 2080n : 1n;
  const annual = (rate: bigint) => refRound(rate * hours * BigInt(p.fteHundredths), 100n);
  const rate = BigInt(p.rate);
  const newRate = rate + refRound(rate * BigInt(p.meritBps), 10_000n) + BigInt(p.adjustment);
  const cost = annual(newRate) - annual(rate) + BigInt(p.bonus);
  return {
    annual: annual(rate),
    newRate,
    newAnnualPay: annual(newRate),
    cost,
    loaded: refRound(cost * BigInt(10_000 + p.benefitsLoadBps), 10_000n),
  };
}

const terms: fc.Arbitrary<Terms> = fc.oneof(
  fc.record({
    payBasis: fc.constant(PayBasis.HOURLY),
    rate: fc.oneof(fc.constantFrom(0, 1, 2_500, 3_333), fc.integer({ min: 0, max: 1_000_000 })),
    fteHundredths: fc.oneof(fc.constantFrom(0, 50, 75, 100), fc.integer({ min: 0, max: 100 })),
    meritBps: fc.oneof(fc.constantFrom(0, 250, 5_000, -5_000), fc.integer({ min: -10_000, max: 10_000 })),
    adjustment: fc.integer({ min: -100_000, max: 100_000 }),
    bonus: fc.integer({ min: -1_000_000, max: 100_000_000 }),
    benefitsLoadBps: fc.integer({ min: 0, max: 5_000 }),
  }),
  fc.record({
    payBasis: fc.constant(PayBasis.SALARY),
    rate: fc.oneof(fc.constantFrom(0, 1, 5_000_000), fc.integer({ min: 0, max: 2_000_000_000 })),
    fteHundredths: fc.integer({ min: 0, max: 100 }),
    meritBps: fc.integer({ min: -10_000, max: 10_000 }),
    adjustment: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    bonus: fc.integer({ min: -1_000_000, max: 100_000_000 }),
    benefitsLoadBps: fc.integer({ min: 0, max: 5_000 }),
  }),
);

describe('merit cost (worksheet and pool arithmetic)', () => {
  it('matches the definition for hourly and salaried staff, negative raises and halves included', () => {
    fc.assert(
      fc.property(terms, (p) => {
        const got = proposalCost(p);
        const want = reference(p);
        expect(got).toEqual({
          newRate: Number(want.newRate),
          newAnnualPay: Number(want.newAnnualPay),
          cost: Number(want.cost),
          loadedCost: Number(want.loaded),
        });
      }),
      { numRuns: 5_000 },
    );
  });

  it('rounds a negative half cent away from zero', () => {
    // An hourly cut of 0.5 cents: −1 cent, not 0.
    expect(
      proposalCost({ payBasis: PayBasis.HOURLY, rate: 100, fteHundredths: 100, meritBps: -50, adjustment: 0, bonus: 0, benefitsLoadBps: 0 })
        .newRate,
    ).toBe(99);
  });

  it('compa-ratio and range position are pay ÷ midpoint and (pay − min) ÷ (max − min), to four decimals', () => {
    const money = fc.oneof(fc.constantFrom(0, 1, 3, 20_000), fc.integer({ min: -1e6, max: 1e12 }));
    fc.assert(
      fc.property(money, money, money, (pay, a, b) => {
        expect(compaRatio(pay, a)).toBe(a === 0 ? null : refDecimal(pay, a, 4));
        const [min, max] = a < b ? [a, b] : [b, a];
        expect(rangePosition(pay, { minimum: min, maximum: max })).toBe(max > min ? refDecimal(pay - min, max - min, 4) : null);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('merit cost in SQL (the pool the database sums)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env?.close());

  it('gives the same annual pay, cost and loaded cost as the definition, case by case', async () => {
    const cases = fc.sample(terms, { numRuns: 2_000, seed: 18 });
    const connection = env.orm.em.getConnection();
    for (let i = 0; i < cases.length; i += 250) {
      const batch = cases.slice(i, i + 250);
      const rows = batch
        .map(
          (p, k) =>
            `select ${k} as k, cast(${p.rate} as bigint) as rate, '${p.payBasis}' as pay_basis, cast(${p.fteHundredths} as integer) as fte_hundredths, ` +
            `cast(${p.meritBps} as integer) as merit_bps, cast(${p.adjustment} as bigint) as adjustment, cast(${p.bonus} as bigint) as bonus, ` +
            `cast(${p.benefitsLoadBps} as integer) as benefits_load_bps`,
        )
        .join(' union all ');
      const result = (await connection.execute(
        `select p.k as k, ${sql.annualPay} as annual, ${sql.cost} as cost, ${sql.loadedCost} as loaded from (${rows}) p order by p.k`,
      )) as { k: number; annual: string | number; cost: string | number; loaded: string | number }[];
      expect(result).toHaveLength(batch.length);
      result.forEach((r, k) => {
        const want = reference(batch[k]);
        expect({ annual: BigInt(r.annual), cost: BigInt(r.cost), loaded: BigInt(r.loaded) }).toEqual({
          annual: want.annual,
          cost: want.cost,
          loaded: want.loaded,
        });
      });
    }
  });
});
