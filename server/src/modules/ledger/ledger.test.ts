import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/core';
import { Context } from '../../core/context';
import { Organization } from '../../core/organization.entity';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { Account, AccountGroup, CostCentre, LedgerEntry, LedgerSource, debitSign } from './ledger.entity';
import { LedgerService } from './ledger.service';

let env: TestEnv;
let admin: ApiClient;
let em: EntityManager;
let ledger: LedgerService;
let account: (code: string) => Account;
let main: CostCentre;
let oakHill: CostCentre;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  em = env.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
  ledger = new LedgerService(Context.forOrganization(em, org));
  const accounts = new Map((await em.find(Account, {})).map((a) => [a.code, a]));
  account = (code) => accounts.get(code)!;
  main = await em.findOneOrFail(CostCentre, { name: 'Riverside Main' });
  oakHill = await em.findOneOrFail(CostCentre, { name: 'Oak Hill Clinic' });
});
afterAll(() => env?.close());

const linesOf = (key: string) =>
  env.orm.em.fork().find(LedgerEntry, { postingKey: key }, { filters: false, populate: ['account'], orderBy: { line: 'asc' } });
const debits = (lines: LedgerEntry[]) => lines.reduce((sum, l) => sum + debitSign(l.account.kind) * l.amount, 0);

describe('posting to the ledger', () => {
  it('writes a balanced posting once, however often it is posted', async () => {
    const posting = {
      date: '2033-02-10',
      source: LedgerSource.BILL,
      dedupeKey: 'test:supplies-1',
      memo: 'McKesson gloves',
      lines: [
        { account: account('5410'), costCentre: main, amount: 1_250_00 },
        { account: account('2010'), costCentre: main, amount: 1_250_00 },
      ],
    };
    expect(await ledger.post(posting)).toHaveLength(2);
    await em.flush();
    expect(await ledger.post(posting)).toBeNull();
    await em.flush();
    const lines = await linesOf('test:supplies-1');
    expect(lines.map((l) => [l.line, l.account.code, l.amount])).toEqual([
      [1, '5410', 1_250_00],
      [2, '2010', 1_250_00],
    ]);
    expect(debits(lines)).toBe(0);
  });

  it('refuses a posting whose debits and credits differ, and writes nothing', async () => {
    await expect(
      ledger.post({
        date: '2033-02-11',
        source: LedgerSource.JOURNAL,
        dedupeKey: 'test:unbalanced',
        lines: [
          { account: account('5410'), costCentre: main, amount: 100_00 },
          { account: account('1010'), costCentre: main, amount: 99_00 },
        ],
      }),
    ).rejects.toThrow(/does not balance/);
    expect(await linesOf('test:unbalanced')).toEqual([]);
  });

  it('balances a one-sided posting on the group it names, one line per cost centre', async () => {
    await ledger.post({
      date: '2033-03-01',
      source: LedgerSource.IMPORT,
      dedupeKey: 'test:one-sided',
      balanceWith: AccountGroup.CLEARING,
      lines: [
        { account: account('4010'), costCentre: main, amount: 5_000_00 },
        { account: account('5410'), costCentre: main, amount: 1_000_00 },
        { account: account('5410'), costCentre: oakHill, amount: 700_00 },
      ],
    });
    await em.flush();
    const lines = await linesOf('test:one-sided');
    expect(lines.map((l) => [l.account.group, l.amount])).toEqual([
      ['PATIENT_REVENUE', 5_000_00],
      ['MEDICAL_SUPPLIES', 1_000_00],
      ['MEDICAL_SUPPLIES', 700_00],
      // revenue 5,000 less supplies 1,000 at Riverside Main; supplies 700 at Oak Hill
      ['CLEARING', -4_000_00],
      ['CLEARING', 700_00],
    ]);
    expect(debits(lines)).toBe(0);
  });

  it('keeps the budget’s actuals to revenue and expense: the other sides never show as variance lines', async () => {
    const [budget] = expectNoErrors(await admin.gql('{ budgets(fiscalYear: 2033) { id } }')).budgets;
    const groups = budget
      ? expectNoErrors(
          await admin.gql('query ($id: ID!) { varianceReport(budgetId: $id) { lines { group } } }', { id: budget.id }),
        ).varianceReport.lines.map((l: any) => l.group)
      : [];
    expect(groups.filter((g: string) => ['CASH', 'PAYABLES', 'CLEARING', 'RECEIVABLES'].includes(g))).toEqual([]);
    const chart = expectNoErrors(await admin.gql('{ accounts { group } all: accounts(includeBalanceSheet: true) { group } }'));
    expect(chart.accounts.map((a: any) => a.group)).not.toContain('PAYABLES');
    expect(chart.all.map((a: any) => a.group)).toEqual(expect.arrayContaining(['CASH', 'RECEIVABLES', 'PAYABLES', 'CLEARING']));
  });

  it('balances a manual journal entry on the account the user names, or on clearing', async () => {
    const input = { date: '2033-04-02', accountId: account('5510').id, costCentreId: main.id, amount: 42_00, memo: 'Stamps' };
    const POST = 'mutation ($input: JournalEntryInput!) { postJournalEntry(input: $input) { id amount account { code } } }';
    expectNoErrors(await admin.gql(POST, { input }));
    expectNoErrors(await admin.gql(POST, { input: { ...input, memo: 'Paper', offsetAccountId: account('1010').id } }));
    const lines = await env.orm.em
      .fork()
      .find(LedgerEntry, { date: '2033-04-02' }, { filters: false, populate: ['account'], orderBy: { postingKey: 'asc', line: 'asc' } });
    const byPosting = new Map<string, LedgerEntry[]>();
    for (const l of lines) byPosting.set(l.postingKey, [...(byPosting.get(l.postingKey) ?? []), l]);
    expect([...byPosting.values()].map((p) => p.map((l) => `${l.account.code} ${l.amount}`).join(', ')).sort()).toEqual(
      ['5510 4200, 1010 -4200', '5510 4200, 3900 4200'].sort(),
    );
    const same = await admin.gql(POST, { input: { ...input, offsetAccountId: account('5510').id } });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.offsetAccountId' });
  });
});
