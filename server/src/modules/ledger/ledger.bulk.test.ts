import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../../core/organization.entity';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { bulkPost } from './ledger.bulk';
import { Account, CostCentre, LedgerEntry, LedgerMonthTotal } from './ledger.entity';

/** The ledger's bulk path for generated data sets (the scale seed): PostgreSQL only, like the seed. */
let env: TestEnv;
let em: EntityManager;
let org: Organization;
let supplies: Account;
let payables: Account;
let centre: CostCentre;

beforeAll(async () => {
  env = await createTestEnv();
  em = env.orm.em.fork() as EntityManager;
  org = await em.findOneOrFail(Organization, { slug: 'riverside' });
  supplies = await em.findOneOrFail(Account, { organization: org, code: '5410' }, { filters: false });
  payables = await em.findOneOrFail(Account, { organization: org, code: '2010' }, { filters: false });
  centre = await em.findOneOrFail(CostCentre, { organization: org, name: 'Riverside Main' }, { filters: false });
});
afterAll(() => env?.close());

/** Two-line postings (supplies owed on accounts payable) as the SELECT bulkPost takes; `skew` unbalances them. */
const postings = (keys: string[], amount: number, skew = 0) =>
  keys
    .flatMap((key) => [
      `select '2033-03-15'::date, '${supplies.id}'::uuid, '${centre.id}'::uuid, ${amount}::bigint, 'BILL', 'Bulk test', '${key}', 1, null::uuid`,
      `select '2033-03-15'::date, '${payables.id}'::uuid, '${centre.id}'::uuid, ${amount + skew}::bigint, 'BILL', 'Bulk test', '${key}', 2, null::uuid`,
    ])
    .join(' union all ');

const post = (select: string) => em.getKnex().transaction((knex) => bulkPost(knex, org.id, select));
const journal = (prefix: string) =>
  env.orm.em
    .fork()
    .find(LedgerEntry, { postingKey: { $like: `${prefix}%` } }, { filters: false, orderBy: { postingKey: 'asc', line: 'asc' } });
const monthTotal = async () =>
  (
    await env.orm.em
      .fork()
      .findOne(LedgerMonthTotal, { organization: org, account: supplies, costCentre: centre, month: '2033-03-01' }, { filters: false })
  )?.amount ?? 0;

describe.skipIf(process.env.TEST_DB !== 'postgresql')('bulk posting (the scale seed)', () => {
  it('writes balanced postings and their month totals, and posting the same keys again adds nothing', async () => {
    const before = await monthTotal();
    expect(await post(postings(['bulk:a', 'bulk:b'], 12_345))).toBe(4);
    const lines = await journal('bulk:');
    expect(lines.map((l) => [l.postingKey, l.line, l.amount])).toEqual([
      ['bulk:a', 1, 12_345],
      ['bulk:a', 2, 12_345],
      ['bulk:b', 1, 12_345],
      ['bulk:b', 2, 12_345],
    ]);
    expect(Number(await monthTotal())).toBe(Number(before) + 2 * 12_345);

    expect(await post(postings(['bulk:a', 'bulk:b'], 12_345))).toBe(0);
    expect(await journal('bulk:')).toHaveLength(4);
    expect(Number(await monthTotal())).toBe(Number(before) + 2 * 12_345);
  });

  it('refuses a posting that does not balance, and writes none of the others', async () => {
    const before = await monthTotal();
    await expect(post(`${postings(['skew:ok'], 500)} union all ${postings(['skew:bad'], 500, 1)}`)).rejects.toThrow(
      /skew:bad.*debits minus credits/,
    );
    expect(await journal('skew:')).toHaveLength(0);
    expect(await monthTotal()).toBe(before);
  });
});
