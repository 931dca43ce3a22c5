import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';

/**
 * Provider pay per account and cost centre can be one or two people's pay. Only the roles holding
 * provider compensation (administrator, physician owner) see it line by line; the other roles that
 * read budgets (office manager, practice manager, consultant) see one organization-wide line.
 */
let env: TestEnv;
let admin: ApiClient;
let budgetId: string;
let accounts: Record<string, string>;
let centres: Record<string, string>;

const ROW = 'key label accountId accountCode group costCentreId costCentreName annualBudget yearToDate { budget actual }';
const REPORT = `query ($id: ID!) { varianceReport(budgetId: $id, throughMonth: 12) {
  lines { ${ROW} } accounts { ${ROW} } groups { ${ROW} } costCentres { ${ROW} }
  revenue { annualBudget } expense { annualBudget yearToDate { actual } } net { annualBudget yearToDate { budget actual } } } }`;
type Row = {
  key: string;
  accountId: string | null;
  accountCode: string | null;
  group: string | null;
  costCentreId: string | null;
  annualBudget: number;
  yearToDate: { budget: number; actual: number };
};

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  const budgets = expectNoErrors(await admin.gql('{ budgets { id status fiscalYear } }')).budgets as { id: string; status: string }[];
  budgetId = budgets.find((b) => b.status === 'APPROVED' || b.status === 'LOCKED')!.id;
  accounts = Object.fromEntries(
    (expectNoErrors(await admin.gql('{ accounts { id code } }')).accounts as { id: string; code: string }[]).map((a) => [a.code, a.id]),
  );
  centres = Object.fromEntries(
    (expectNoErrors(await admin.gql('{ costCentres { id name } }')).costCentres as { id: string; name: string }[]).map((c) => [
      c.name,
      c.id,
    ]),
  );
  // An actual on a provider's pay, one cost centre: the entry behind it is one person's pay.
  expectNoErrors(
    await admin.gql('mutation ($input: JournalEntryInput!) { postJournalEntry(input: $input) { id } }', {
      input: { date: '2026-03-15', accountId: accounts['5010'], costCentreId: centres['Oak Hill Clinic'], amount: 1_234_500 },
    }),
  );
}, 120_000);
afterAll(() => env?.close());

const providerLines = <L extends { account: { group: string } }>(lines: L[]) =>
  lines.filter((l) => l.account.group === 'PROVIDER_SALARIES');
const linesOf = async (api: ApiClient) =>
  expectNoErrors(
    await api.gql('query ($id: ID!) { budget(id: $id) { lines { months account { code group } costCentre { name } } } }', { id: budgetId }),
  ).budget.lines as { months: number[]; account: { code: string; group: string }; costCentre: { name: string } }[];
const reportOf = async (api: ApiClient) => expectNoErrors(await api.gql(REPORT, { id: budgetId })).varianceReport;

describe('provider pay in budgets', () => {
  it('is line by line, per cost centre, for the administrator', async () => {
    const lines = providerLines(await linesOf(admin));
    expect(new Set(lines.map((l) => l.costCentre.name)).size).toBeGreaterThanOrEqual(2);
    const report = await reportOf(admin);
    expect((report.lines as Row[]).filter((r) => r.group === 'PROVIDER_SALARIES' && r.costCentreId).length).toBe(lines.length);
    const entries = expectNoErrors(
      await admin.gql('{ ledgerEntries(from: "2026-01-01", to: "2027-01-01", group: PROVIDER_SALARIES) { total } }'),
    );
    expect(entries.ledgerEntries.total).toBeGreaterThan(0);
  });

  it.each([
    ['office-manager@demo.test', undefined],
    ['practice-manager@demo.test', undefined],
    ['consultant@demo.test', 'riverside'],
  ])('is one organization-wide line for %s, with every total unchanged', async (email, organization) => {
    const api = await env.as(email, { organization });
    const adminLines = await linesOf(admin);
    const adminReport = await reportOf(admin);
    const providerTotal = providerLines(adminLines).reduce((sum, l) => sum + l.months.reduce((a, b) => a + b, 0), 0);

    // The budget grid: no provider pay lines at all.
    const lines = await linesOf(api);
    expect(providerLines(lines)).toEqual([]);
    expect(lines.length).toBe(adminLines.length - providerLines(adminLines).length);

    // The variance report: provider pay once, with no account or cost centre to single anyone out.
    const report = await reportOf(api);
    for (const list of ['lines', 'accounts', 'groups', 'costCentres'] as const) {
      const rows = (report[list] as Row[]).filter((r) => r.group === 'PROVIDER_SALARIES' || r.key === 'PROVIDER_PAY');
      expect(rows, list).toHaveLength(1);
      expect(rows[0].accountId, list).toBeNull();
      expect(rows[0].costCentreId, list).toBeNull();
      expect(Math.abs(rows[0].annualBudget), list).toBe(providerTotal);
    }
    // Nothing else was lost: totals match the administrator's, and the cost centres still add up to net.
    expect(report.expense).toEqual(adminReport.expense);
    expect(report.net).toEqual(adminReport.net);
    const centreSum = (report.costCentres as Row[]).reduce((sum, r) => sum + r.annualBudget, 0);
    expect(centreSum).toBe(report.net.annualBudget);
    // And no cost centre's total differs from the administrator's by exactly its provider pay to be subtracted.
    for (const row of (report.costCentres as Row[]).filter((r) => r.costCentreId)) {
      const theirs = (adminReport.costCentres as Row[]).find((r) => r.costCentreId === row.costCentreId)!;
      const pay = providerLines(adminLines)
        .filter((l) => centres[l.costCentre.name] === row.costCentreId)
        .reduce((sum, l) => sum + l.months.reduce((a, b) => a + b, 0), 0);
      expect(row.annualBudget).toBe(theirs.annualBudget + pay);
    }

    // The entries behind it, the budget check, and the spreadsheet keep it closed too.
    const entries = expectNoErrors(
      await api.gql('{ ledgerEntries(from: "2026-01-01", to: "2027-01-01", group: PROVIDER_SALARIES) { total } }'),
    );
    expect(entries.ledgerEntries.total).toBe(0);
    const all = expectNoErrors(
      await api.gql('{ ledgerEntries(from: "2026-01-01", to: "2027-01-01", limit: 1000) { entries { account { group } } } }'),
    );
    expect(all.ledgerEntries.entries.filter((e: { account: { group: string } }) => e.account.group === 'PROVIDER_SALARIES')).toEqual([]);
    const check = await api.gql(
      'query ($a: ID!, $c: ID!) { budgetCheck(accountId: $a, costCentreId: $c, date: "2026-11-16", amount: 100) { yearBudget } }',
      { a: accounts['5010'], c: centres['Oak Hill Clinic'] },
    );
    expect(check.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'accountId' });
    const sheet = await fetch(`${env.baseUrl}/download/budgets/${budgetId}/variance.csv?throughMonth=12`, {
      headers: { authorization: `Bearer ${api.token}`, ...(organization ? { 'x-praxis-organization': organization } : {}) },
    });
    const csv = await sheet.text();
    expect(csv).not.toMatch(/^5010,|^5020,/m);
    expect(csv).toMatch(/Provider pay/);
  });

  it('cannot be planned line by line by the practice manager, and their spreadsheet leaves it alone', async () => {
    const pm = await env.as('practice-manager@demo.test');
    const draft = expectNoErrors(
      await pm.gql('mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id } }', {
        input: { fiscalYear: 2031, source: 'EMPTY' },
      }),
    ).createBudget;
    const add = await pm.gql('mutation ($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { id } }', {
      input: {
        budgetId: draft.id,
        lines: [{ accountId: accounts['5010'], costCentreId: centres['Oak Hill Clinic'], months: Array(12).fill(100) }],
      },
    });
    expect(add.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.lines.0.accountId' });

    // The administrator plans provider pay in the same draft; the practice manager's round trip through a spreadsheet keeps it.
    const [line] = expectNoErrors(
      await admin.gql('mutation ($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { id version } }', {
        input: {
          budgetId: draft.id,
          lines: [{ accountId: accounts['5010'], costCentreId: centres['Oak Hill Clinic'], months: Array(12).fill(100) }],
        },
      }),
    ).saveBudgetLines;
    const spread = await pm.gql('mutation ($input: SpreadBudgetLineInput!) { spreadBudgetLine(input: $input) { months } }', {
      input: { lineId: line.id, expectedVersion: line.version, annual: 1200, method: 'EVEN' },
    });
    expect(spread.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(
      (await pm.gql(`mutation { deleteBudgetLine(lineId: "${line.id}", expectedVersion: ${line.version}) }`)).errors?.[0].extensions?.code,
    ).toBe('VALIDATION_FAILED');
    const file = await fetch(`${env.baseUrl}/download/budgets/${draft.id}.xlsx`, { headers: { authorization: `Bearer ${pm.token}` } });
    const imported = expectNoErrors(
      await pm.gql(
        'mutation ($id: ID!, $file: String!) { importBudgetXlsx(budgetId: $id, fileBase64: $file) { added updated removed unchanged } }',
        {
          id: draft.id,
          file: Buffer.from(await file.arrayBuffer()).toString('base64'),
        },
      ),
    ).importBudgetXlsx;
    expect(imported.removed).toBe(0);
    expect(
      providerLines(
        expectNoErrors(await admin.gql('query ($id: ID!) { budget(id: $id) { lines { account { group } } } }', { id: draft.id })).budget
          .lines,
      ),
    ).toHaveLength(1);
  });
});
