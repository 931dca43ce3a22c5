import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { Organization } from '../../core/organization.entity';
import { Account, CostCentre, LedgerEntry, LedgerSource } from '../ledger/ledger.entity';

// Variance for one quarter, one month or year to date, beside the same period of the year before.
// The practice's fiscal year here starts in July, so fiscal 2040 runs Jul 2040 – Jun 2041.

let env: TestEnv;
let pm: ApiClient;
let accounts: Record<string, string>;
let centres: Record<string, string>;
let budgetId: string;

const FIGURES = 'budget actual variance variancePercent favourable';
const REPORT = `query ($id: ID!, $period: VariancePeriodInput) { varianceReport(budgetId: $id, period: $period) {
  period { kind month quarter fromMonth toMonth label priorLabel }
  revenue { period { ${FIGURES} } priorYear { actual change changePercent favourable } }
  lines { accountCode costCentreName yearToDate { ${FIGURES} } period { ${FIGURES} } priorYear { actual change changePercent favourable } } } }`;

const line = (report: any, code: string) => report.lines.find((l: any) => l.accountCode === code);
const report = async (period: Record<string, unknown>) => expectNoErrors(await pm.gql(REPORT, { id: budgetId, period })).varianceReport;

async function journal(date: string, account: string, centre: string, amount: number) {
  expectNoErrors(
    await pm.gql('mutation ($input: JournalEntryInput!) { postJournalEntry(input: $input) { id } }', {
      input: { date, accountId: accounts[account], costCentreId: centres[centre], amount },
    }),
  );
}

beforeAll(async () => {
  env = await createTestEnv();
  const em = env.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
  org.fiscalYearStartMonth = 7;
  await em.flush();
  pm = await env.as('practice-manager@demo.test');
  const data = expectNoErrors(await pm.gql('{ accounts { id code } costCentres { id name } }'));
  accounts = Object.fromEntries(data.accounts.map((a: any) => [a.code, a.id]));
  centres = Object.fromEntries(data.costCentres.map((c: any) => [c.name, c.id]));

  budgetId = expectNoErrors(
    await pm.gql('mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id } }', { input: { fiscalYear: 2040 } }),
  ).createBudget.id;
  expectNoErrors(
    await pm.gql('mutation ($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { id } }', {
      input: {
        budgetId,
        lines: [
          { accountId: accounts['4010'], costCentreId: centres['Riverside Main'], months: Array(12).fill(10_000_00) },
          { accountId: accounts['5410'], costCentreId: centres['Riverside Main'], months: Array(12).fill(1_000_00) },
        ],
      },
    }),
  );
  // This year: fiscal months 4–6 are Oct–Dec 2040 (Q2); Jan 2041 is month 7.
  await journal('2040-10-05', '4010', 'Riverside Main', 9_000_00);
  await journal('2040-11-05', '4010', 'Riverside Main', 11_000_00);
  await journal('2040-12-31', '4010', 'Riverside Main', 10_500_00);
  await journal('2041-01-03', '4010', 'Riverside Main', 5_00);
  await journal('2040-10-20', '5410', 'Riverside Main', 1_300_00);
  await journal('2040-12-20', '5410', 'Riverside Main', 700_00);
  // The year before (fiscal 2039: Jul 2039 – Jun 2040).
  await journal('2039-09-30', '4010', 'Riverside Main', 1_000_00);
  await journal('2039-10-01', '4010', 'Riverside Main', 8_000_00);
  await journal('2039-11-30', '4010', 'Riverside Main', 8_000_00);
  await journal('2039-12-31', '4010', 'Riverside Main', 8_000_01);
  await journal('2040-01-01', '4010', 'Riverside Main', 7_00); // fiscal month 7 of 2039: outside Q2
  await journal('2039-11-11', '5710', 'Administration', 400_00); // booked last year only, not budgeted
});
afterAll(() => env?.close());

describe('variance by period', () => {
  it('sums one fiscal quarter against the same quarter of the year before, to the cent', async () => {
    const r = await report({ kind: 'QUARTER', quarter: 2 });
    expect(r.period).toEqual({
      kind: 'QUARTER',
      month: null,
      quarter: 2,
      fromMonth: 4,
      toMonth: 6,
      label: 'Q2 · Oct–Dec 2040',
      priorLabel: 'Q2 · Oct–Dec 2039',
    });
    const revenue = line(r, '4010');
    expect(revenue.period).toEqual({ budget: 30_000_00, actual: 30_500_00, variance: 500_00, variancePercent: 1.67, favourable: true });
    // 6,499.99 ÷ 24,000.01 = 27.0832…%
    expect(revenue.priorYear).toEqual({ actual: 24_000_01, change: 6_499_99, changePercent: 27.08, favourable: true });
    const supplies = line(r, '5410');
    expect(supplies.period).toEqual({ budget: 3_000_00, actual: 2_000_00, variance: -1_000_00, variancePercent: -33.33, favourable: true });
    expect(supplies.priorYear).toEqual({ actual: 0, change: 2_000_00, changePercent: null, favourable: false });
    // Booked only last year: a row all the same, with this year's nothing beside it.
    const admin = line(r, '5710');
    expect(admin.costCentreName).toBe('Administration');
    expect(admin.period).toMatchObject({ budget: 0, actual: 0, variance: 0 });
    expect(admin.priorYear).toEqual({ actual: 400_00, change: -400_00, changePercent: -100, favourable: true });
    expect(r.revenue.priorYear.actual).toBe(24_000_01);
    expect(r.revenue.period.actual).toBe(30_500_00);
  });

  it('sums a single month, and year to date across the calendar year end', async () => {
    const nov = await report({ kind: 'MONTH', month: 5 });
    expect(nov.period).toMatchObject({ kind: 'MONTH', month: 5, fromMonth: 5, toMonth: 5, label: 'Nov 2040', priorLabel: 'Nov 2039' });
    expect(line(nov, '4010').period).toMatchObject({ budget: 10_000_00, actual: 11_000_00, variance: 1_000_00, variancePercent: 10 });
    expect(line(nov, '4010').priorYear).toMatchObject({ actual: 8_000_00, change: 3_000_00, changePercent: 37.5 });

    const ytd = await report({ kind: 'YEAR_TO_DATE', month: 7 });
    expect(ytd.period).toMatchObject({ fromMonth: 1, toMonth: 7, label: 'Jul 2040–Jan 2041', priorLabel: 'Jul 2039–Jan 2040' });
    const revenue = line(ytd, '4010');
    expect(revenue.period).toEqual(revenue.yearToDate);
    expect(revenue.period).toMatchObject({ budget: 70_000_00, actual: 30_505_00 });
    // 1,000.00 + 8,000.00 + 8,000.00 + 8,000.01 + 7.00 (Jan 2040)
    expect(revenue.priorYear).toMatchObject({ actual: 25_007_01, change: 5_497_99 });
  });

  it('refuses a month or quarter that does not exist, with the field at fault', async () => {
    const fails = async (period: Record<string, unknown>) => (await pm.gql(REPORT, { id: budgetId, period })).errors?.[0].extensions;
    expect(await fails({ kind: 'MONTH', month: 13 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.month' });
    expect(await fails({ kind: 'MONTH', month: 0 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.month' });
    expect(await fails({ kind: 'MONTH' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.month' });
    expect(await fails({ kind: 'QUARTER', quarter: 5 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.quarter' });
    expect(await fails({ kind: 'QUARTER', quarter: 0 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.quarter' });
    expect(await fails({ kind: 'QUARTER' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.quarter' });
    expect(await fails({ kind: 'YEAR_TO_DATE', month: -1 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.month' });
    expect(await fails({ kind: 'YEAR_TO_DATE', month: 13 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.month' });
  });

  it('keeps a constant number of SQL statements however large last year’s ledger is', async () => {
    const q2 = { kind: 'QUARTER', quarter: 2 };
    const small = await pm.gql(REPORT, { id: budgetId, period: q2 });
    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const account = await em.findOneOrFail(Account, { organization: org, code: '5410' }, { filters: false });
    const centres = await em.find(CostCentre, { organization: org }, { filters: false });
    await em.insertMany(
      LedgerEntry,
      Array.from({ length: 300 }, (_, i) => ({
        id: crypto.randomUUID(),
        organization: org.id,
        account: account.id,
        costCentre: centres[i % centres.length].id,
        date: `2039-${String((i % 3) + 10).padStart(2, '0')}-0${(i % 9) + 1}`,
        amount: 1_00,
        source: LedgerSource.IMPORT,
        postingKey: `prior-${i}`,
        line: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      })) as never,
    );
    const large = await pm.gql(REPORT, { id: budgetId, period: q2 });
    const prior = expectNoErrors(large)
      .varianceReport.lines.filter((l: any) => l.accountCode === '5410')
      .reduce((sum: number, l: any) => sum + l.priorYear.actual, 0);
    expect(prior).toBe(300_00);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('the variance download for a period', () => {
  const download = (query: string) =>
    fetch(`${env.baseUrl}/download/budgets/${budgetId}/variance.csv?${query}`, { headers: { authorization: `Bearer ${pm.token}` } });

  it('has the quarter’s figures beside the prior year', async () => {
    const response = await download('period=QUARTER&quarter=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('variance-2040-original-q2.csv');
    const [head, ...rows] = (await response.text()).split(/\r?\n/);
    expect(head).toBe(
      'Account,Account name,Cost centre,Period,Budget,Actual,Variance,Variance %,Favorable,Flagged,Prior-year period,Prior-year actual,Change vs prior year,Change %',
    );
    expect(rows.find((r) => r.startsWith('4010,'))).toMatch(
      /,Riverside Main,Q2 · Oct–Dec 2040,30000\.00,30500\.00,500\.00,1\.67,yes,no,Q2 · Oct–Dec 2039,24000\.01,6499\.99,27\.08$/,
    );
  });

  it('refuses a quarter that does not exist', async () => {
    const response = await download('period=QUARTER&quarter=5');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'period.quarter' });
  });
});
