import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { Organization } from '../../core/organization.entity';
import { Account, AccountKind, CostCentre, LedgerEntry, LedgerSource } from '../ledger/ledger.entity';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';

let env: TestEnv;
let pm: ApiClient;
let admin: ApiClient;
let accounts: Record<string, string>;
let centres: Record<string, string>;

const CREATE = 'mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id status fiscalYear budgetVersion } }';
const LINES =
  'query ($id: ID!) { budget(id: $id) { status rejectionComment lines { id version months total account { code } costCentre { name } } } }';
const SAVE = 'mutation ($input: SaveBudgetLinesInput!) { saveBudgetLines(input: $input) { id version months } }';
const REPORT = `query ($id: ID!, $through: Int) { varianceReport(budgetId: $id, throughMonth: $through) {
  throughMonth net { yearToDate { budget actual variance } }
  lines { accountCode costCentreName annualBudget yearEndForecast
    yearToDate { budget actual variance variancePercent favourable flagged }
    months { budget actual variance favourable flagged } quarters { budget actual variance } }
  groups { group yearToDate { budget actual variance favourable } } } }`;

const months = (...values: number[]) => [...values, ...Array(12 - values.length).fill(0)];

async function createBudget(api: ApiClient, input: Record<string, unknown>) {
  return expectNoErrors(await api.gql(CREATE, { input })).createBudget;
}
async function lines(api: ApiClient, id: string) {
  return expectNoErrors(await api.gql(LINES, { id })).budget;
}
async function journal(api: ApiClient, date: string, account: string, centre: string, amount: number) {
  return expectNoErrors(
    await api.gql('mutation ($input: JournalEntryInput!) { postJournalEntry(input: $input) { id } }', {
      input: { date, accountId: accounts[account], costCentreId: centres[centre], amount },
    }),
  );
}
/** Runs with the organization's today fixed to `date` (the server reads PRAXIS_TODAY on every call). */
async function onDay<T>(date: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.PRAXIS_TODAY;
  process.env.PRAXIS_TODAY = date;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.PRAXIS_TODAY;
    else process.env.PRAXIS_TODAY = before;
  }
}
const transition = (api: ApiClient, name: string, id: string, extra = '') =>
  api.gql(`mutation ($id: ID!) { ${name}(id: $id${extra}) { status rejectionComment } }`, { id });

beforeAll(async () => {
  env = await createTestEnv();
  pm = await env.as('practice-manager@demo.test');
  admin = await env.as('administrator@demo.test');
  const data = expectNoErrors(await pm.gql('{ accounts { id code } costCentres { id name } }'));
  accounts = Object.fromEntries(data.accounts.map((a: any) => [a.code, a.id]));
  centres = Object.fromEntries(data.costCentres.map((c: any) => [c.name, c.id]));
});
afterAll(() => env?.close());

describe('the budget lifecycle', () => {
  it('goes draft → submitted → approved → locked, each step by the roles allowed, and is audited', async () => {
    const budget = await createBudget(pm, { fiscalYear: 2030 });
    expect(budget.status).toBe('DRAFT');
    expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          budgetId: budget.id,
          lines: [{ accountId: accounts['5410'], costCentreId: centres['Riverside Main'], months: months(100_00, 200_00, 300_00) }],
        },
      }),
    );

    const officeManager = await env.as('office-manager@demo.test');
    const assistant = await env.as('assistant@demo.test');
    expect((await transition(officeManager, 'submitBudget', budget.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await transition(assistant, 'submitBudget', budget.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await transition(pm, 'approveBudget', budget.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await transition(admin, 'approveBudget', budget.id)).errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'id',
    });

    expect(expectNoErrors(await transition(pm, 'submitBudget', budget.id)).submitBudget.status).toBe('SUBMITTED');
    const edit = await pm.gql(SAVE, {
      input: { budgetId: budget.id, lines: [{ accountId: accounts['5510'], costCentreId: centres['Riverside Main'], months: months(1) }] },
    });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'budgetId' });

    const noComment = await admin.gql('mutation ($id: ID!) { rejectBudget(id: $id, comment: "  ") { status } }', { id: budget.id });
    expect(noComment.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'comment' });
    const rejected = expectNoErrors(
      await admin.gql('mutation ($id: ID!) { rejectBudget(id: $id, comment: "Supplies look low") { status rejectionComment } }', {
        id: budget.id,
      }),
    );
    expect(rejected.rejectBudget).toEqual({ status: 'DRAFT', rejectionComment: 'Supplies look low' });

    expectNoErrors(await transition(pm, 'submitBudget', budget.id));
    expect(expectNoErrors(await transition(admin, 'approveBudget', budget.id)).approveBudget.status).toBe('APPROVED');
    expect((await transition(pm, 'lockBudget', budget.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await transition(admin, 'lockBudget', budget.id)).lockBudget.status).toBe('LOCKED');

    const log = await env.orm.em
      .fork()
      .find(
        AuditEntry,
        { entityId: budget.id, action: AuditAction.UPDATE },
        { filters: false, orderBy: { at: 'asc' }, populate: ['actor'] },
      );
    expect(log.map((e) => `${e.actor?.displayName}: ${e.before?.status} → ${e.after?.status}`)).toEqual([
      'Marcus Bell: DRAFT → SUBMITTED',
      'Dana Whitfield: SUBMITTED → DRAFT',
      'Marcus Bell: DRAFT → SUBMITTED',
      'Dana Whitfield: SUBMITTED → APPROVED',
      'Dana Whitfield: APPROVED → LOCKED',
    ]);
  });

  it('lets the consultant build budgets but only the administrator approve', async () => {
    const consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
    const budget = await createBudget(consultant, { fiscalYear: 2030, budgetVersion: 'FORECAST' });
    expectNoErrors(await transition(consultant, 'submitBudget', budget.id));
    expect((await transition(consultant, 'approveBudget', budget.id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('starts a revised version as a copy of the approved one', async () => {
    const [approved] = expectNoErrors(await pm.gql('{ budgets(fiscalYear: 2030) { id budgetVersion } }')).budgets.filter(
      (b: any) => b.budgetVersion === 'ORIGINAL',
    );
    const revised = expectNoErrors(
      await pm.gql('mutation ($id: ID!) { reviseBudget(id: $id) { id budgetVersion status } }', { id: approved.id }),
    ).reviseBudget;
    expect(revised).toMatchObject({ budgetVersion: 'REVISED', status: 'DRAFT' });
    const [a, r] = [await lines(pm, approved.id), await lines(pm, revised.id)];
    expect(r.lines.map((l: any) => l.months)).toEqual(a.lines.map((l: any) => l.months));
  });
});

describe('building a budget quickly', () => {
  it('copies last year’s approved budget with an uplift, exact to the cent, per account group', async () => {
    const budget = await createBudget(pm, {
      fiscalYear: 2031,
      source: 'LAST_YEAR_BUDGET',
      upliftBasisPoints: 300,
      groupUplifts: [{ group: 'MEDICAL_SUPPLIES', basisPoints: 1000 }],
    });
    const [line] = (await lines(pm, budget.id)).lines;
    // 2030 revised is a draft, so the approved original is the basis: 100.00, 200.00, 300.00 +10 %.
    expect(line.months.slice(0, 3)).toEqual([110_00, 220_00, 330_00]);
  });

  it('starts from last year’s actuals with an uplift', async () => {
    await journal(pm, '2031-02-10', '5510', 'Oak Hill Clinic', 333);
    await journal(pm, '2031-02-20', '5510', 'Oak Hill Clinic', 1_000);
    const budget = await onDay('2032-01-04', () =>
      createBudget(pm, { fiscalYear: 2032, source: 'LAST_YEAR_ACTUALS', upliftBasisPoints: 300 }),
    );
    const [line] = (await lines(pm, budget.id)).lines;
    expect(line).toMatchObject({ account: { code: '5510' }, costCentre: { name: 'Oak Hill Clinic' } });
    expect(line.months).toEqual(months(0, 1_373)); // 13.33 × 1.03 = 13.7299 → 13.73
  });

  it('built from actuals in December, fills December from a year earlier or the run rate, and says so before creating', async () => {
    await journal(pm, '2027-12-10', '5510', 'Oak Hill Clinic', 600_00); // last December, a year before
    await journal(pm, '2028-01-15', '5510', 'Oak Hill Clinic', 100_00);
    await journal(pm, '2028-02-15', '5510', 'Oak Hill Clinic', 200_00);
    await journal(pm, '2028-12-02', '5510', 'Oak Hill Clinic', 50_00); // December has begun, not ended
    const input = { fiscalYear: 2029, source: 'LAST_YEAR_ACTUALS', upliftBasisPoints: 0 };
    const PREVIEW = `query ($input: CreateBudgetInput!) { newBudgetPreview(input: $input) {
      actualMonths filledMonths lineCount revenue expense net existing { id } sources { source available reason } } }`;
    await onDay('2028-12-05', async () => {
      const prior = expectNoErrors(await pm.gql(PREVIEW, { input })).newBudgetPreview;
      expect(prior.actualMonths).toEqual([
        '2028-01',
        '2028-02',
        '2028-03',
        '2028-04',
        '2028-05',
        '2028-06',
        '2028-07',
        '2028-08',
        '2028-09',
        '2028-10',
        '2028-11',
      ]);
      expect(prior.filledMonths).toEqual(['2028-12']);
      expect(prior).toMatchObject({ lineCount: 1, expense: 900_00, revenue: 0, net: -900_00, existing: null });
      expect(prior.sources).toEqual([
        { source: 'EMPTY', available: true, reason: null },
        { source: 'LAST_YEAR_BUDGET', available: false, reason: 'There is no approved budget for fiscal 2028 to start from.' },
        { source: 'LAST_YEAR_ACTUALS', available: true, reason: null },
      ]);
      const runRate = expectNoErrors(await pm.gql(PREVIEW, { input: { ...input, fillIncompleteMonths: 'RUN_RATE' } })).newBudgetPreview;
      expect(runRate.expense).toBe(300_00 + 27_27); // (100 + 200 + 9 × 0) ÷ 11 = 27.2727… → 27.27

      const budget = await createBudget(pm, input);
      const [line] = (await lines(pm, budget.id)).lines;
      expect(line.months).toEqual([100_00, 200_00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 600_00]);
      const again = expectNoErrors(await pm.gql(PREVIEW, { input })).newBudgetPreview;
      expect(again.existing).toEqual({ id: budget.id });
      expect((await pm.gql(CREATE, { input })).errors?.[0]).toMatchObject({
        message: 'Fiscal 2029 already has an original budget; open it, or start another version.',
        extensions: { code: 'VALIDATION_FAILED', field: 'input.fiscalYear' },
      });
    });
  });

  it('does not offer last year’s actuals before any month of last year has ended', async () => {
    await journal(pm, '2028-01-03', '5510', 'Oak Hill Clinic', 10_00);
    await onDay('2028-01-20', async () => {
      const preview = expectNoErrors(
        await pm.gql(
          'query ($input: CreateBudgetInput!) { newBudgetPreview(input: $input) { lineCount sources { source available reason } } }',
          {
            input: { fiscalYear: 2029, budgetVersion: 'FORECAST', source: 'LAST_YEAR_ACTUALS' },
          },
        ),
      ).newBudgetPreview;
      expect(preview.lineCount).toBe(0);
      expect(preview.sources[2]).toEqual({
        source: 'LAST_YEAR_ACTUALS',
        available: false,
        reason: 'No month of fiscal 2028 has ended yet.',
      });
      expect(
        (await pm.gql(CREATE, { input: { fiscalYear: 2029, budgetVersion: 'FORECAST', source: 'LAST_YEAR_ACTUALS' } })).errors?.[0]
          .extensions,
      ).toMatchObject({
        field: 'input.source',
      });
    });
  });

  it('refuses a second budget of the same year and version, and a source that does not exist', async () => {
    expect((await pm.gql(CREATE, { input: { fiscalYear: 2031 } })).errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.fiscalYear',
    });
    expect((await pm.gql(CREATE, { input: { fiscalYear: 2040, source: 'LAST_YEAR_BUDGET' } })).errors?.[0].extensions).toMatchObject({
      field: 'input.source',
    });
  });

  it('spreads an annual amount evenly, by season or by last year, keeping the total exact', async () => {
    const budget = await createBudget(pm, { fiscalYear: 2033 });
    const [line] = expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          budgetId: budget.id,
          lines: [{ accountId: accounts['5510'], costCentreId: centres['Oak Hill Clinic'], months: months() }],
        },
      }),
    ).saveBudgetLines;
    const spread = async (input: Record<string, unknown>) =>
      expectNoErrors(
        await pm.gql('mutation ($input: SpreadBudgetLineInput!) { spreadBudgetLine(input: $input) { version months total } }', {
          input: { lineId: line.id, ...input },
        }),
      ).spreadBudgetLine;
    const even = await spread({ expectedVersion: 1, annual: 1_000_000_07, method: 'EVEN' });
    expect(even.total).toBe(1_000_000_07);
    expect(even.months[0] - even.months[11]).toBeLessThanOrEqual(1);
    const seasonal = await spread({
      expectedVersion: 2,
      annual: 12_000_00,
      method: 'SEASONAL',
      profile: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
    });
    expect(seasonal.months).toEqual([2_000_00, ...Array(10).fill(1_000_00), 0]);
    const bad = await pm.gql('mutation ($input: SpreadBudgetLineInput!) { spreadBudgetLine(input: $input) { total } }', {
      input: { lineId: line.id, expectedVersion: 3, annual: 1, method: 'SEASONAL', profile: [1, 2] },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.profile' });
  });
});

describe('variance', () => {
  it('matches hand-computed figures by month, quarter and year to date', async () => {
    const budget = await createBudget(pm, { fiscalYear: 2034 });
    expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          budgetId: budget.id,
          lines: [
            {
              accountId: accounts['4010'],
              costCentreId: centres['Riverside Main'],
              months: months(10_000_00, 10_000_00, 10_000_00, 10_000_00),
            },
            { accountId: accounts['5410'], costCentreId: centres['Riverside Main'], months: months(1_000_00, 1_000_00, 1_000_00) },
          ],
        },
      }),
    );
    await journal(pm, '2034-01-15', '4010', 'Riverside Main', 9_500_00);
    await journal(pm, '2034-02-15', '4010', 'Riverside Main', 10_400_00);
    await journal(pm, '2034-01-10', '5410', 'Riverside Main', 1_200_00);
    await journal(pm, '2034-02-10', '5410', 'Riverside Main', 950_00);
    await journal(pm, '2034-02-11', '5710', 'Administration', 300_00); // not budgeted at all
    const report = expectNoErrors(await pm.gql(REPORT, { id: budget.id, through: 2 })).varianceReport;
    const revenue = report.lines.find((l: any) => l.accountCode === '4010');
    expect(revenue.yearToDate).toEqual({
      budget: 20_000_00,
      actual: 19_900_00,
      variance: -100_00,
      variancePercent: -0.5,
      favourable: false,
      flagged: false,
    });
    expect(revenue.yearEndForecast).toBe(19_900_00 + 20_000_00);
    expect(revenue.quarters[0]).toEqual({ budget: 30_000_00, actual: 19_900_00, variance: -10_100_00 });
    const supplies = report.lines.find((l: any) => l.accountCode === '5410');
    expect(supplies.months[0]).toEqual({ budget: 1_000_00, actual: 1_200_00, variance: 200_00, favourable: false, flagged: true });
    expect(supplies.months[1]).toEqual({ budget: 1_000_00, actual: 950_00, variance: -50_00, favourable: true, flagged: false });
    expect(supplies.yearToDate).toMatchObject({
      budget: 2_000_00,
      actual: 2_150_00,
      variance: 150_00,
      variancePercent: 7.5,
      favourable: false,
      flagged: false,
    });
    const marketing = report.lines.find((l: any) => l.accountCode === '5710');
    expect(marketing.yearToDate).toMatchObject({ budget: 0, actual: 300_00, variancePercent: null, flagged: true });
    expect(report.net.yearToDate).toEqual({ budget: 18_000_00, actual: 19_900_00 - 2_150_00 - 300_00, variance: -550_00 });
  });

  it('keeps a constant number of SQL statements from a small ledger to one a hundred times larger', async () => {
    const [budget] = expectNoErrors(await pm.gql('{ budgets(fiscalYear: 2034) { id } }')).budgets;
    const small = (await pm.gql(REPORT, { id: budget.id })).sqlStatements;
    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const account = await em.findOneOrFail(Account, { organization: org, code: '5410' }, { filters: false });
    const centre = await em.findOneOrFail(CostCentre, { organization: org, name: 'Riverside Main' }, { filters: false });
    await em.insertMany(
      LedgerEntry,
      Array.from({ length: 500 }, (_, i) => ({
        id: crypto.randomUUID(),
        organization: org.id,
        account: account.id,
        costCentre: centre.id,
        date: `2034-${String((i % 12) + 1).padStart(2, '0')}-03`,
        amount: 1_00 + i,
        source: LedgerSource.IMPORT,
        postingKey: `bulk-${i}`,
        line: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
      })) as never,
    );
    const large = await pm.gql(REPORT, { id: budget.id });
    expect(large.data.varianceReport.lines.find((l: any) => l.accountCode === '5410').months[11].actual).toBeGreaterThan(0);
    expect(large.sqlStatements).toBe(small);
  });

  it('checks spending against the approved budget, as the practice chooses', async () => {
    const check = async (amount: number) =>
      expectNoErrors(
        await pm.gql(
          'query ($a: ID!, $c: ID!, $amount: Money!) { budgetCheck(accountId: $a, costCentreId: $c, date: "2030-02-10", amount: $amount) { outcome withinMonth withinYear monthBudget monthActual message } }',
          { a: accounts['5410'], c: centres['Riverside Main'], amount },
        ),
      ).budgetCheck;
    expect(await check(150_00)).toMatchObject({ outcome: 'OK', withinMonth: true, monthBudget: 200_00, monthActual: 0 });
    expect(await check(250_00)).toMatchObject({ outcome: 'WARN', withinMonth: false, withinYear: true });
    expectNoErrors(
      await admin.gql('mutation { updateBudgetSettings(varianceThresholdBps: 500, budgetCheckMode: STOP) { budgetCheckMode } }'),
    );
    expect((await check(250_00)).outcome).toBe('STOP');
    expect(await check(700_00)).toMatchObject({ outcome: 'STOP', withinYear: false });
  });
});

describe('importing actuals from the accounting system', () => {
  const columns = { date: 'Date', account: 'Account', costCentre: 'Class', debit: 'Debit', credit: 'Credit', memo: 'Memo' };
  const good = [
    'Date,Account,Class,Memo,Debit,Credit',
    '03/05/2035,Medical Supplies:Gloves,Riverside Main,McKesson,"1,250.00",',
    '03/09/2035,Medical Supplies:Gloves,Riverside Main,McKesson,"1,250.00",',
    '03/09/2035,Medical Supplies:Gloves,Riverside Main,McKesson,"1,250.00",',
    '03/31/2035,4010 Patient revenue: commercial insurance,Oak Hill Clinic,Remit,,"48,200.10"',
  ].join('\n');
  const IMPORT =
    'mutation ($input: ImportActualsInput!) { importActuals(input: $input) { ok imported duplicates total errors { row column message } unmappedAccounts } }';
  // Imported rows on the income statement (each also has its clearing line).
  const count = () =>
    env.orm.em
      .fork()
      .count(
        LedgerEntry,
        { date: { $gte: '2035-01-01' }, account: { kind: { $in: [AccountKind.REVENUE, AccountKind.EXPENSE] } } },
        { filters: false },
      );

  it('reports every bad row with its number and reason and imports nothing', async () => {
    const bad =
      good.replace('03/09/2035,Medical', '13/09/2035,Medical').replace('Oak Hill Clinic', 'Downtown') +
      '\n04/01/2035,Rent,Riverside Main,x,abc,';
    const result = expectNoErrors(await pm.gql(IMPORT, { input: { fileName: 'gl.csv', csv: bad, columns } })).importActuals;
    expect(result.ok).toBe(false);
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'Account' }),
        expect.objectContaining({ row: 3, column: 'Date' }),
        expect.objectContaining({ row: 5, column: 'Class' }),
        expect.objectContaining({ row: 6, column: 'Debit' }),
      ]),
    );
    expect(result.unmappedAccounts).toEqual(['Medical Supplies:Gloves']);
    expect(await count()).toBe(0);
  });

  it('imports a good file with an account mapping, remembers the mapping, and adds nothing on re-import', async () => {
    const input = {
      fileName: 'gl.csv',
      csv: good,
      columns,
      accountMappings: [{ externalName: 'Medical Supplies:Gloves', accountId: accounts['5410'] }],
    };
    const dry = expectNoErrors(await pm.gql(IMPORT, { input: { ...input, dryRun: true } })).importActuals;
    expect(dry).toMatchObject({ ok: true, imported: 4, duplicates: 0, total: 3 * 1_250_00 + 48_200_10 });
    expect(await count()).toBe(0);
    const first = expectNoErrors(await pm.gql(IMPORT, { input })).importActuals;
    expect(first).toMatchObject({ ok: true, imported: 4, duplicates: 0, total: 3 * 1_250_00 + 48_200_10 });
    expect(await count()).toBe(4);
    const again = expectNoErrors(await pm.gql(IMPORT, { input: { ...input, accountMappings: [] } })).importActuals;
    expect(again).toMatchObject({ ok: true, imported: 0, duplicates: 4 });
    expect(await count()).toBe(4);
    const inspection = expectNoErrors(
      await pm.gql(
        'query ($csv: String!) { inspectActualsCsv(csv: $csv) { headers rowCount externalAccounts rememberedMappings { externalName accountId } } }',
        { csv: good },
      ),
    ).inspectActualsCsv;
    expect(inspection.headers).toEqual(['Date', 'Account', 'Class', 'Memo', 'Debit', 'Credit']);
    expect(inspection.rememberedMappings).toEqual([{ externalName: 'Medical Supplies:Gloves', accountId: accounts['5410'] }]);
  });

  it('names a missing column', async () => {
    const result = await pm.gql(IMPORT, { input: { fileName: 'gl.csv', csv: good, columns: { ...columns, costCentre: 'Department' } } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.columns.costCentre' });
  });
});

describe('concurrent edits', () => {
  it('gives the second save of the same line CONFLICT with the other’s values, and overwrites nothing', async () => {
    const budget = await createBudget(pm, { fiscalYear: 2036 });
    const [line] = expectNoErrors(
      await pm.gql(SAVE, {
        input: {
          budgetId: budget.id,
          lines: [{ accountId: accounts['5510'], costCentreId: centres['Riverside Main'], months: months(100) }],
        },
      }),
    ).saveBudgetLines;
    const consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
    const edit = (api: ApiClient, first: number) =>
      api.gql(SAVE, {
        input: {
          budgetId: budget.id,
          lines: [
            {
              lineId: line.id,
              expectedVersion: 1,
              accountId: accounts['5510'],
              costCentreId: centres['Riverside Main'],
              months: months(first),
            },
          ],
        },
      });
    expect(expectNoErrors(await edit(pm, 200)).saveBudgetLines[0].months[0]).toBe(200);
    const second = await edit(consultant, 300);
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: [{ lineId: line.id, version: 2, months: months(200) }],
    });
    expect((await lines(pm, budget.id)).lines[0].months[0]).toBe(200);
  });
});
