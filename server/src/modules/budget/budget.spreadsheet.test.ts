import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';

let env: TestEnv;
let pm: ApiClient;
let draftId: string;
let approvedId: string;

const IMPORT =
  'mutation ($id: ID!, $file: String!) { importBudgetXlsx(budgetId: $id, fileBase64: $file) { added updated removed unchanged } }';
const LINES = 'query ($id: ID!) { budget(id: $id) { lines { version months account { code } costCentre { name } } } }';

async function download(path: string, token = pm.token) {
  return fetch(`${env.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

beforeAll(async () => {
  env = await createTestEnv();
  pm = await env.as('practice-manager@demo.test');
  const budgets = expectNoErrors(await pm.gql('{ budgets { id status fiscalYear } }')).budgets;
  draftId = budgets.find((b: any) => b.status === 'DRAFT').id;
  approvedId = budgets.find((b: any) => b.status === 'APPROVED').id;
});
afterAll(() => env?.close());

describe('XLSX round trip', () => {
  it('exports lines × months with formulas, and importing the export changes nothing', async () => {
    const response = await download(`/download/budgets/${draftId}.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/budget-\d{4}-original\.xlsx/);
    const file = Buffer.from(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Original')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Account name');
    expect(sheet.getRow(2).getCell(16).value).toMatchObject({ formula: 'SUM(D2:O2)' });
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('Total');

    const before = expectNoErrors(await pm.gql(LINES, { id: draftId })).budget.lines;
    const result = expectNoErrors(await pm.gql(IMPORT, { id: draftId, file: file.toString('base64') })).importBudgetXlsx;
    expect(result).toEqual({ added: 0, updated: 0, removed: 0, unchanged: before.length });
    expect(expectNoErrors(await pm.gql(LINES, { id: draftId })).budget.lines).toEqual(before);
  });

  it('imports an edited cell to the cent, and names the sheet and cell of bad input', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await (await download(`/download/budgets/${draftId}.xlsx`)).arrayBuffer()) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Original')!;
    sheet.getRow(2).getCell(4).value = 12_345.67;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(expectNoErrors(await pm.gql(IMPORT, { id: draftId, file: edited.toString('base64') })).importBudgetXlsx.updated).toBe(1);
    const code = String(sheet.getRow(2).getCell(1).value);
    const line = expectNoErrors(await pm.gql(LINES, { id: draftId })).budget.lines.find(
      (l: any) => l.account.code === code && l.costCentre.name === String(sheet.getRow(2).getCell(3).value),
    );
    expect(line.months[0]).toBe(1_234_567);

    sheet.getRow(3).getCell(5).value = 'lots';
    sheet.getRow(4).getCell(6).value = 10.005;
    sheet.getRow(5).getCell(3).value = 'Mars Clinic';
    const bad = await pm.gql(IMPORT, { id: draftId, file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].extensions?.cells).toEqual([
      { sheet: 'Original', cell: 'E3', message: '"lots" is not an amount.' },
      { sheet: 'Original', cell: 'F4', message: '10.005 has fractions of a cent.' },
      { sheet: 'Original', cell: 'C5', message: 'No cost centre "Mars Clinic".' },
    ]);
    expect(expectNoErrors(await pm.gql(LINES, { id: draftId })).budget.lines.find((l: any) => l.account.code === code).months[0]).toBe(
      1_234_567,
    );
  });

  it('refuses to import into a budget that is not a draft', async () => {
    const file = Buffer.from(await (await download(`/download/budgets/${approvedId}.xlsx`)).arrayBuffer());
    const result = await pm.gql(IMPORT, { id: approvedId, file: file.toString('base64') });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'budgetId' });
  });
});

describe('downloads', () => {
  it('exports the variance report as CSV', async () => {
    const response = await download(`/download/budgets/${approvedId}/variance.csv?throughMonth=6`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.split(/\r?\n/)[0]).toBe(
      'Account,Account name,Cost centre,Budget YTD,Actual YTD,Variance YTD,Variance %,Favourable,Flagged,Annual budget,Year-end forecast',
    );
    expect(text).toMatch(/5410,Medical supplies,Oak Hill Clinic,/);
  });

  it('needs sign-in and the capability', async () => {
    expect((await download(`/download/budgets/${approvedId}.xlsx`, '')).status).toBe(401);
    const staff = await env.as('staff@demo.test');
    const refused = await download(`/download/budgets/${approvedId}.xlsx`, staff.token);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error.code).toBe('FORBIDDEN');
    const owner = await env.as('owner@demo.test');
    expect((await download(`/download/budgets/${approvedId}.xlsx`, owner.token)).status).toBe(404);
  });
});

describe('discarding a draft', () => {
  it('removes a draft but never an approved budget', async () => {
    const refused = await pm.gql('mutation ($id: ID!) { deleteBudget(id: $id) }', { id: approvedId });
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expectNoErrors(await pm.gql('mutation ($id: ID!) { deleteBudget(id: $id) }', { id: draftId }));
    expect(expectNoErrors(await pm.gql('{ budgets(status: DRAFT) { id } }')).budgets).toEqual([]);
    const awaiting = expectNoErrors(await pm.gql('{ currentBudget { id totals { revenue expense net } } }')).currentBudget;
    expect(awaiting.id).toBe(approvedId);
    expect(awaiting.totals.net).toBe(awaiting.totals.revenue - awaiting.totals.expense);
    expect(awaiting.totals.revenue).toBeGreaterThan(0);
  });
});
