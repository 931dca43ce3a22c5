import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { DEFAULT_ACCOUNTS } from '../ledger/chart-of-accounts';

/**
 * Issue 19.4: a three-person practice starts from what it has. The navigation shows the areas it
 * uses; its first-run steps (chart of accounts, last year's totals, a first budget, the staff) are
 * answered from its data, and last year's totals and a first budget come from simple forms.
 */
let env: TestEnv;
let owner: ApiClient;
let admin: ApiClient;

const SETUP = '{ practiceSetup { areasInUse steps { accounts lastFiscalYear lastYearActuals budget people } } }';
const TOTALS = 'mutation ($input: RecordYearTotalsInput!) { recordYearTotals(input: $input) }';
const CREATE =
  'mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id fiscalYear status lines { account { code } months } } }';

async function chart(client: ApiClient) {
  const data = expectNoErrors(await client.gql('{ accounts(includeBalanceSheet: true) { id code name } costCentres { id name } }'));
  const account = (code: string) => data.accounts.find((a: { code: string }) => a.code === code).id as string;
  return { account, costCentre: data.costCentres[0].id as string };
}

const monthly = async (client: ApiClient, accountId: string, year: number) =>
  expectNoErrors(
    await client.gql(
      `{ ledgerEntries(from: "${year}-01-01", to: "${year + 1}-01-01", accountId: "${accountId}") { total entries { date amount } } }`,
    ),
  ).ledgerEntries;

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as('owner@demo.test');
  admin = await env.as('administrator@demo.test');
});
afterAll(() => env?.close());

describe('practice setup', () => {
  it('shows a large group every area in use and every step done', async () => {
    const { practiceSetup } = expectNoErrors(await admin.gql(SETUP));
    expect(practiceSetup.areasInUse).toEqual(
      expect.arrayContaining(['BUDGETS', 'COMPENSATION', 'PRODUCTIVITY', 'CAMPAIGNS', 'PAYABLES', 'PURCHASING', 'SUPPLIES', 'EQUIPMENT']),
    );
    expect(practiceSetup.steps).toMatchObject({ lastFiscalYear: 2025, lastYearActuals: true, budget: true });
    expect(practiceSetup.steps.accounts).toBeGreaterThanOrEqual(DEFAULT_ACCOUNTS.length);
    expect(practiceSetup.steps.people).toBeGreaterThan(40);
  });

  it('shows the small practice only what it has started, at the same cost in statements as the large group', async () => {
    const small = await owner.gql(SETUP);
    const large = await admin.gql(SETUP);
    const { practiceSetup } = expectNoErrors(small);
    expect(practiceSetup.areasInUse).toEqual(['PAYABLES']);
    expect(practiceSetup.steps).toEqual({
      accounts: DEFAULT_ACCOUNTS.length,
      lastFiscalYear: 2025,
      lastYearActuals: false,
      budget: false,
      people: 4,
    });
    expect(small.sqlStatements).toBe(large.sqlStatements);
  });

  it('tells staff which areas are in use but not the setup steps', async () => {
    const staff = await env.as('staff@demo.test');
    const result = await staff.gql(SETUP);
    expect(result.data?.practiceSetup.areasInUse).toContain('BUDGETS');
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('last year’s totals from a simple form', () => {
  it('spreads each total evenly over the months to the cent, once', async () => {
    const { account, costCentre } = await chart(owner);
    const rent = account('5310');
    const revenue = account('4010');
    const input = {
      fiscalYear: 2025,
      costCentreId: costCentre,
      totals: [
        { accountId: rent, amount: 3_600_001 },
        { accountId: revenue, amount: 61_250_000 },
      ],
    };
    expect(expectNoErrors(await owner.gql(TOTALS, { input })).recordYearTotals).toBe(2);

    const ledger = await monthly(owner, rent, 2025);
    expect(ledger.total).toBe(12);
    const amounts = ledger.entries.map((e: { amount: number }) => e.amount);
    expect(amounts.reduce((a: number, b: number) => a + b, 0)).toBe(3_600_001);
    expect(Math.max(...amounts) - Math.min(...amounts)).toBe(1);
    expect(ledger.entries.map((e: { date: string }) => e.date).sort()[0]).toBe('2025-01-31');
    expect(expectNoErrors(await owner.gql(SETUP)).practiceSetup.steps.lastYearActuals).toBe(true);

    const again = await owner.gql(TOTALS, { input: { ...input, totals: [{ accountId: account('5410'), amount: 100 }, input.totals[0]] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.totals.1.amount' });
    expect((await monthly(owner, account('5410'), 2025)).total).toBe(0);
    expect((await monthly(owner, rent, 2025)).total).toBe(12);
  });

  it('refuses a year that has not begun, a balance-sheet account and an empty form, at the field', async () => {
    const { account, costCentre } = await chart(owner);
    const cases: [Record<string, unknown>, string][] = [
      [{ fiscalYear: 2027, costCentreId: costCentre, totals: [{ accountId: account('5310'), amount: 100 }] }, 'input.fiscalYear'],
      [{ fiscalYear: 2024, costCentreId: costCentre, totals: [{ accountId: account('1010'), amount: 100 }] }, 'input.totals.0.accountId'],
      [{ fiscalYear: 2024, costCentreId: costCentre, totals: [{ accountId: account('5310'), amount: 0 }] }, 'input.totals'],
    ];
    for (const [input, field] of cases) {
      const result = await owner.gql(TOTALS, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect((await monthly(owner, account('5310'), 2024)).total).toBe(0);
  });
});

describe('a first budget from a simple form', () => {
  it('starts a draft with each annual amount spread evenly, and the practice now uses budgets', async () => {
    const { account, costCentre } = await chart(owner);
    const input = {
      fiscalYear: 2027,
      annualAmounts: [
        { accountId: account('4010'), costCentreId: costCentre, annual: 65_000_000 },
        { accountId: account('5310'), costCentreId: costCentre, annual: 3_700_005 },
        { accountId: account('5410'), costCentreId: costCentre, annual: 0 },
      ],
    };
    const { createBudget } = expectNoErrors(await owner.gql(CREATE, { input }));
    expect(createBudget).toMatchObject({ fiscalYear: 2027, status: 'DRAFT' });
    const rent = createBudget.lines.find((l: { account: { code: string } }) => l.account.code === '5310');
    expect(rent.months.reduce((a: number, b: number) => a + b, 0)).toBe(3_700_005);
    expect(createBudget.lines).toHaveLength(2);
    const { practiceSetup } = expectNoErrors(await owner.gql(SETUP));
    expect(practiceSetup.areasInUse).toContain('BUDGETS');
    expect(practiceSetup.steps.budget).toBe(true);
  });

  it('refuses annual amounts with another source, a negative amount and a balance-sheet account, creating nothing', async () => {
    const { account, costCentre } = await chart(owner);
    const line = (code: string, annual: number) => ({ accountId: account(code), costCentreId: costCentre, annual });
    const cases: [Record<string, unknown>, string][] = [
      [{ fiscalYear: 2028, source: 'LAST_YEAR_BUDGET', annualAmounts: [line('5310', 100)] }, 'input.annualAmounts'],
      [{ fiscalYear: 2028, annualAmounts: [line('5310', -100)] }, 'input.annualAmounts.0.annual'],
      [{ fiscalYear: 2028, annualAmounts: [line('5310', 100), line('1010', 100)] }, 'input.annualAmounts.1.accountId'],
    ];
    for (const [input, field] of cases) {
      const result = await owner.gql(CREATE, { input });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    const { budgets } = expectNoErrors(await owner.gql('{ budgets { fiscalYear } }'));
    expect(budgets.map((b: { fiscalYear: number }) => b.fiscalYear)).toEqual([2027]);
  });
});
