import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, newPage, screenshot, signInAs, test } from './support/app';

/**
 * Budgets end to end on the demo practice (fiscal year = calendar year): next year's plan from this
 * year's with an uplift, edited, saved, submitted and approved; actuals imported from a QuickBooks
 * export and found again in the variance report; and a reader who may not edit.
 */
const server = usePraxisServer();

const THIS_YEAR = Number(TODAY.slice(0, 4));
const NEXT_YEAR = THIS_YEAR + 1;

/** amount × (1 + bps / 10 000), half away from zero to the cent: the server's rule, in integers. */
function uplift(cents: number, bps: number): number {
  const scaled = BigInt(cents) * BigInt(10_000 + bps);
  const q = scaled / 10_000n;
  return Number((scaled % 10_000n) * 2n >= 10_000n ? q + 1n : q);
}
/** 123456 → "1,234.56", as the budget grid shows cents. */
const gridAmount = (cents: number) =>
  `${Math.trunc(cents / 100).toLocaleString('en-US')}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
/** 123456 → "$1,235", as summaries round to the dollar. */
const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

async function data<T>(page: Page, query: string): Promise<T> {
  const result = await graphqlFromPage(page, query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

type Line = { account: { code: string }; costCentre: { name: string }; months: number[] };

test('the practice manager plans next year from this year’s budget +3 %; the administrator approves it', async ({ browser }) => {
  const page = await newPage(browser);
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();

  // The demo's draft for next year goes first.
  const nextYear = page.locator(`[data-fiscal-year="${NEXT_YEAR}"]`);
  await expect(nextYear.getByTestId('budget-row')).toHaveAttribute('data-status', 'DRAFT');
  await nextYear.getByTestId('budget-action-discard').click();
  await page.getByTestId('confirm-discard').click();
  await expect(page.getByText('Draft discarded')).toBeVisible();
  await expect(nextYear).toHaveCount(0);

  // This year's approved plan, to compare with.
  const { budgets } = await data<{ budgets: { status: string; lines: Line[] }[] }>(
    page,
    `{ budgets(fiscalYear: ${THIS_YEAR}) { status lines { account { code } costCentre { name } months } } }`,
  );
  const approved = budgets.find((b) => b.status === 'APPROVED')!;
  const commercial = approved.lines.find((l) => l.account.code === '4010' && l.costCentre.name === 'Riverside Main')!;

  await page.getByTestId('new-budget').click();
  const dialog = page.getByTestId('new-budget-dialog');
  await expect(dialog.getByLabel('Fiscal year')).toHaveValue(String(NEXT_YEAR));
  await expect(dialog.getByLabel(`Fiscal ${THIS_YEAR} approved budget`)).toBeChecked();
  await dialog.getByLabel('Uplift for every account').fill('3');
  await dialog.getByTestId('create-budget').click();

  await expect(page.getByRole('heading', { level: 1, name: `Fiscal ${NEXT_YEAR} · Original budget` })).toBeVisible();
  const grid = page.getByTestId('budget-grid');
  const lineRow = (code: string, centre: string) =>
    grid.locator(`[data-testid="budget-line"][data-account-code="${code}"][data-cost-centre="${centre}"]`);
  for (const month of [1, 7, 12]) {
    await expect(lineRow('4010', 'Riverside Main').locator(`td[data-month="${month}"]`)).toHaveText(
      gridAmount(uplift(commercial.months[month - 1]!, 300)),
    );
  }

  // Type over February's marketing, as in a spreadsheet.
  const marketingFeb = lineRow('5710', 'Administration').locator('td[data-month="2"]');
  await marketingFeb.click();
  await page.keyboard.press('9');
  await expect(page.getByTestId('cell-editor')).toBeFocused();
  await page.keyboard.type(',999.99');
  await page.keyboard.press('Enter');
  await expect(marketingFeb).toHaveText('9,999.99');
  await expect(marketingFeb).toHaveClass(/changed/);
  await expect(page.getByTestId('unsaved-count')).toHaveText(/1 unsaved change/);
  await expect(page.getByTestId('grand-total')).toBeVisible();
  await expect(page.getByTestId('budget-action-submit')).toBeDisabled();
  await screenshot(page, 'budget-editor');

  await page.getByTestId('save-budget').click();
  await expect(page.getByText('Budget saved')).toBeVisible();
  await expect(page.getByTestId('unsaved-count')).toHaveCount(0);
  await expect(marketingFeb).not.toHaveClass(/changed/);
  const saved = await data<{ budgets: { lines: Line[] }[] }>(
    page,
    `{ budgets(fiscalYear: ${NEXT_YEAR}) { lines { account { code } costCentre { name } months } } }`,
  );
  expect(saved.budgets[0]!.lines.find((l) => l.account.code === '5710')!.months[1]).toBe(999_999);

  await page.getByTestId('budget-action-submit').click();
  await expect(page.getByText('Sent for approval')).toBeVisible();
  await expect(page.getByTestId('budget-status').first()).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('save-budget')).toHaveCount(0);

  await page.getByRole('link', { name: 'Budgets' }).first().click();
  await expect(page.locator(`[data-fiscal-year="${NEXT_YEAR}"] [data-testid="budget-row"]`)).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.locator('.p-toast-message')).toHaveCount(0);
  await screenshot(page, 'budgets-list');
  await page.close();

  // The administrator finds it waiting on the dashboard and approves it.
  const admin = await newPage(browser);
  await signInAs(admin, server, 'administrator@demo.test');
  const waiting = admin.getByTestId('budgets-awaiting');
  await expect(waiting).toContainText(`Fiscal ${NEXT_YEAR} · Original`);
  await waiting.getByRole('link', { name: 'Review' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Fiscal ${NEXT_YEAR} · Original budget` })).toBeVisible();
  await expect(
    admin.getByTestId('budget-grid').locator('[data-testid="budget-line"][data-account-code="5710"] td[data-month="2"]'),
  ).toHaveText('9,999.99');
  await admin.getByTestId('budget-action-approve').click();
  await expect(admin.getByText('Budget approved')).toBeVisible();
  await expect(admin.getByTestId('budget-status').first()).toHaveAttribute('data-status', 'APPROVED');
  await admin.close();
});

test('a budget from this year’s actuals says which months it used, fills the ones not ended, and shows the year before creating', async ({
  page,
}) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budgets' }).click();
  await page.getByTestId('new-budget').click();
  const dialog = page.getByTestId('new-budget-dialog');
  await expect(dialog.getByLabel('Fiscal year')).toHaveValue(String(NEXT_YEAR));

  // Next year's original exists already: said before submitting, with a way out.
  const exists = dialog.getByTestId('budget-exists');
  await expect(exists).toContainText(`Fiscal ${NEXT_YEAR} already has an original budget`);
  await expect(dialog.getByTestId('create-budget')).toBeDisabled();
  await screenshot(page, 'budget-new-exists');
  await exists.getByRole('button', { name: 'Start a revised version' }).click();
  await expect(exists).toHaveCount(0);

  // Only sources that exist are offered; a year with no approved budget before it says so.
  await dialog.getByLabel('Fiscal year').fill(String(NEXT_YEAR + 5));
  await dialog.getByLabel('Fiscal year').blur();
  await expect(dialog.getByTestId('source-unavailable').first()).toContainText(`There is no approved budget for fiscal ${NEXT_YEAR + 4}`);
  await expect(dialog.getByLabel(`Fiscal ${NEXT_YEAR + 4} approved budget`)).toHaveCount(0);
  await expect(dialog.getByLabel('An empty budget')).toBeChecked();
  await dialog.getByLabel('Fiscal year').fill(String(NEXT_YEAR));
  await dialog.getByLabel('Fiscal year').blur();

  await dialog.getByLabel(`Fiscal ${THIS_YEAR} actuals`).check();
  await dialog.getByLabel('Uplift for every account').fill('0');
  const fill = dialog.getByTestId('fill-months');
  // The demo's today is mid-November: January–October have ended, November and December have not.
  await expect(fill).toContainText(`Actuals of Jan–Oct ${THIS_YEAR} are used as booked; Nov–Dec ${THIS_YEAR} have not ended`);
  await expect(fill.getByLabel(`the same months of fiscal ${THIS_YEAR - 1}`)).toBeChecked();
  const preview = dialog.getByTestId('budget-preview');
  await expect(preview).toContainText('for the year: revenue $');
  const priorYearText = await preview.textContent();
  await fill.getByLabel(/run rate/).check();
  await expect(preview).not.toHaveText(priorYearText!);
  await screenshot(page, 'budget-new-from-actuals');
  const shown = await preview.textContent();

  await dialog.getByTestId('create-budget').click();
  await expect(page.getByRole('heading', { level: 1, name: `Fiscal ${NEXT_YEAR} · Revised budget` })).toBeVisible();
  const { budgets } = await data<{
    budgets: { id: string; budgetVersion: string; totals: { revenue: number; expense: number; net: number }; lines: Line[] }[];
  }>(
    page,
    `{ budgets(fiscalYear: ${NEXT_YEAR}) { id budgetVersion totals { revenue expense net } lines { account { code } costCentre { name } months } } }`,
  );
  const revised = budgets.find((b) => b.budgetVersion === 'REVISED')!;
  // What the preview promised is what was created, and December is not left at zero.
  expect(shown).toContain(`revenue ${dollars(revised.totals.revenue)}`);
  expect(shown).toContain(`net ${dollars(revised.totals.net)}`);
  const commercial = revised.lines.find((l) => l.account.code === '4010' && l.costCentre.name === 'Riverside Main')!;
  const ended = commercial.months.slice(0, 10);
  const runRate = Math.round(ended.reduce((a, b) => a + b, 0) / 10);
  expect(commercial.months[10]).toBe(runRate);
  expect(commercial.months[11]).toBe(runRate);
  await data(page, `mutation { deleteBudget(id: "${revised.id}") }`); // the other tests expect one budget for next year
});

test('the practice manager imports a QuickBooks export and finds it in this year’s variance report', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  // A closed month of this year, so year to date includes it (January: the first month).
  const month = Math.max(1, Number(TODAY.slice(5, 7)) - 1);
  const mdY = (day: number) => `${month}/${day}/${THIS_YEAR}`;
  const csv = [
    'Date,Transaction Type,Num,Name,Memo/Description,Account,Class,Debit,Credit',
    `${mdY(20)},Bill,INV-88213,Henry Schein,Nitrile exam gloves (40 cases),Medical Supplies:Gloves,Oak Hill Clinic,"1,250.00",`,
    `${mdY(22)},Vendor Credit,CR-1020,Henry Schein,Return of damaged gloves,Medical Supplies:Gloves,Oak Hill Clinic,,130.00`,
    `${mdY(24)},Bill,INV-88377,Henry Schein,Gloves for the new exam rooms,Medical Supplies:Gloves,Riverside Main,640.00,`,
    `${mdY(21)},Expense,7781,Meta Platforms,New-patient campaign,5710 Marketing and advertising,Administration,850.00,`,
    `${mdY(23)},Bill,STP-5512,Staples,Printer paper and toner,Office supplies and postage,Riverside Main,212.00,`,
    `${mdY(25)},Deposit,,Self-pay patients,Card payments batch,4040,Riverside Main,,"2,480.00"`,
  ].join('\r\n');

  const { currentBudget } = await data<{ currentBudget: { id: string } }>(page, '{ currentBudget { id } }');
  type Report = {
    varianceReport: {
      lines: { accountCode: string; costCentreName: string; months: { actual: number }[]; yearToDate: { actual: number } }[];
    };
  };
  const reportQuery = `{ varianceReport(budgetId: "${currentBudget.id}", throughMonth: ${month}) { lines { accountCode costCentreName months { actual } yearToDate { actual } } } }`;
  const gloves = (r: Report) => r.varianceReport.lines.find((l) => l.accountCode === '5410' && l.costCentreName === 'Oak Hill Clinic')!;
  const before = gloves(await data<Report>(page, reportQuery));

  await page.goto(`${server.url}/budgets`);
  await page.getByTestId('import-actuals-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import actuals' })).toBeVisible();
  await page
    .getByTestId('csv-file')
    .setInputFiles({ name: 'quickbooks-transaction-detail.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const mapping = page.getByTestId('mapping-step');
  await expect(mapping).toBeVisible();
  await expect(mapping.locator('#col-date')).toContainText('Date');
  await expect(mapping.locator('#col-debit')).toContainText('Debit');
  const gloveRow = page.locator('[data-testid="mapping-row"][data-external="Medical Supplies:Gloves"]');
  await expect(gloveRow).toContainText('not mapped');
  await expect(page.locator('[data-testid="mapping-row"][data-external="4040"]')).toContainText('same code or name');
  await expect(page.getByTestId('unmapped-count')).toHaveText('1 to map');
  await screenshot(page, 'import-wizard-mapping');

  // Trying without the mapping: the server refuses the whole file and says which rows and why.
  await page.getByTestId('to-review').click();
  await expect(page.getByTestId('unmapped-warning')).toBeVisible();
  await page.getByTestId('run-import').click();
  const report = page.getByTestId('import-errors');
  await expect(report).toBeVisible();
  await expect(report).toContainText('Nothing was imported');
  await expect(report.getByTestId('row-error')).toHaveCount(3);
  await expect(report.getByTestId('unmapped-accounts')).toContainText('Medical Supplies:Gloves');
  await screenshot(page, 'import-wizard-errors');

  await report.getByTestId('back-to-mapping').click();
  await gloveRow.getByTestId('mapping-select').click();
  await page.getByRole('option', { name: '5410 Medical supplies' }).click();
  await expect(gloveRow).toContainText('your choice');
  await expect(page.getByTestId('unmapped-count')).toHaveCount(0);
  await page.getByTestId('to-review').click();
  await page.getByTestId('run-import').click();
  const success = page.getByTestId('import-success');
  await expect(success).toBeVisible();
  await expect(success.getByTestId('imported-count')).toHaveText('6 entries');
  await expect(success.getByTestId('duplicate-count')).toHaveText('0');
  await expect(success.getByTestId('imported-total')).toHaveText('$5,302.00');

  // In the right account and month: the month's actual grew by exactly the gloves rows, net of the credit.
  const after = gloves(await data<Report>(page, reportQuery));
  expect(after.months[month - 1]!.actual - before.months[month - 1]!.actual).toBe(112_000);
  expect(after.months.filter((_, i) => i !== month - 1)).toEqual(before.months.filter((_, i) => i !== month - 1));

  await success.getByTestId('to-variance').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Variance report' })).toBeVisible();
  const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short' }).format(new Date(THIS_YEAR, month - 1, 1));
  const through = page.getByTestId('through-month');
  if (!(await through.textContent())?.includes(`${monthLabel} ${THIS_YEAR}`)) {
    await through.click();
    await page.getByRole('option', { name: `Through ${monthLabel} ${THIS_YEAR}` }).click();
  }
  await expect(through).toContainText(`Through ${monthLabel} ${THIS_YEAR}`);
  await expect(page.getByTestId('chart-monthly').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-groups').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('definitions')).toContainText(/Variance\s*= actual − budget/);
  await expect(page.getByTestId('threshold')).toHaveText('10 %');

  const table = page.getByTestId('variance-table');
  await table.locator('[data-row="g:MEDICAL_SUPPLIES"]').getByTestId('expand').click();
  await table.locator('[data-level="account"]', { hasText: '5410' }).getByTestId('expand').click();
  const line = table.locator('[data-level="line"]', { hasText: 'Oak Hill Clinic' });
  await expect(line.getByTestId('drill')).toHaveText(dollars(after.yearToDate.actual));
  await page.waitForTimeout(1200); // the charts' entry animation
  await screenshot(page, 'variance-report');

  await line.getByTestId('drill').click();
  const drawer = page.getByTestId('ledger-drawer');
  await expect(drawer.getByTestId('ledger-title')).toHaveText('5410 Medical supplies · Oak Hill Clinic');
  const entry = drawer.getByRole('row', { name: /Nitrile exam gloves \(40 cases\)/ });
  await expect(entry).toContainText(`${monthLabel} 20, ${THIS_YEAR}`);
  await expect(entry).toContainText('$1,250.00');
  await expect(drawer.getByRole('row', { name: /Return of damaged gloves/ })).toContainText('-$130.00');
});

test('the office manager reads budgets and the variance report but sees no edit controls', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budgets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
  await expect(page.getByTestId('budget-row')).not.toHaveCount(0);
  await expect(page.getByTestId('new-budget')).toHaveCount(0);
  await expect(page.getByTestId('import-actuals-link')).toHaveCount(0);
  for (const action of ['submit', 'discard', 'approve', 'reject', 'lock', 'revise']) {
    await expect(page.getByTestId(`budget-action-${action}`)).toHaveCount(0);
  }

  // A budget opens read only: the same grid, no editing.
  await page.locator(`[data-fiscal-year="${NEXT_YEAR}"]`).getByTestId('open-budget').click();
  await expect(page.getByTestId('read-only-note')).toContainText('can read budgets but not change them');
  await expect(page.getByTestId('budget-grid')).toBeVisible();
  await expect(page.getByTestId('save-budget')).toHaveCount(0);
  await expect(page.getByTestId('add-line')).toHaveCount(0);
  const cell = page.getByTestId('budget-grid').locator('[data-testid="budget-line"]').first().locator('td[data-month="1"]');
  const before = await cell.textContent();
  await cell.click();
  await page.keyboard.type('5');
  await expect(page.getByTestId('cell-editor')).toHaveCount(0);
  await expect(cell).toHaveText(before!);

  await page.goto(`${server.url}/budgets`);
  await page.locator(`[data-fiscal-year="${THIS_YEAR}"]`).getByTestId('open-variance').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Variance report' })).toBeVisible();
  await expect(page.getByTestId('variance-kpis').getByTestId('kpi-actual').first()).toHaveText(/^\$[\d,]+$/);
  await expect(page.getByTestId('variance-table').getByTestId('flag').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Revise|Lock|Approve|Submit/ })).toHaveCount(0);

  // The import is for those who may edit budgets.
  await page.goto(`${server.url}/budgets/import-actuals`);
  await expect(page.getByTestId('forbidden-page')).toBeVisible();
});
