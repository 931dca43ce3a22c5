import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

async function chooseOption(page: Page, combobox: ReturnType<Page['getByTestId']>, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function data<T>(page: Page, query: string): Promise<T> {
  const result = await graphqlFromPage(page, query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

const day = (offset: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const cents = (text: string) => Math.round(Number(text.replace(/[$,−]/g, '').replace('-', '')) * 100);

/** Enters a bill through the API, coded to the vendor's default account and cost centre. */
async function enterBill(page: Page, vendorName: string, invoiceNumber: string, invoiceDate: string, amount: number) {
  const { vendors, costCentres } = await data<{
    vendors: { id: string; name: string; defaultAccount: { id: string }; defaultCostCentre: { id: string } | null }[];
    costCentres: { id: string; name: string }[];
  }>(page, '{ vendors { id name defaultAccount { id } defaultCostCentre { id } } costCentres { id name } }');
  const vendor = vendors.find((v) => v.name === vendorName)!;
  const costCentreId = vendor.defaultCostCentre?.id ?? costCentres.find((c) => c.name === 'Riverside Main')!.id;
  const { saveBill } = await data<{ saveBill: { bill: { id: string } } }>(
    page,
    `mutation { saveBill(input: { vendorId: "${vendor.id}", invoiceNumber: "${invoiceNumber}", invoiceDate: "${invoiceDate}", lines: [{ amount: ${amount}, description: "Test", accountId: "${vendor.defaultAccount.id}", costCentreId: "${costCentreId}" }] }) { bill { id } } }`,
  );
  return saveBill.bill.id;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('the assistant enters a bill from its PDF, sees the budget check as she types, and the duplicate guard stops the same invoice twice', async ({
  page,
}) => {
  await signInAs(page, server, 'assistant@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bills', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bills' })).toBeVisible();
  await expect(page.getByTestId('bills-table')).toBeVisible();
  await screenshot(page, 'bills-assistant');

  await page.getByTestId('enter-bill').click();
  const dialog = page.getByTestId('bill-dialog');
  await chooseOption(page, dialog.getByTestId('bill-vendor'), 'Quill');
  await dialog.getByTestId('bill-number').fill('Q-55012');
  await dialog.getByLabel('Line 1: description').fill('Toner and copy paper');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Line 1: cost centre' }), 'Riverside Main');
  // Far more than the office-supplies budget: the check says so while the line is typed, before saving.
  await dialog.getByLabel('Line 1: amount').fill('50,000.00');
  await expect(dialog.getByTestId('budget-check-1')).toBeVisible();
  await screenshot(page, 'bill-entry-budget-check');
  await dialog.getByLabel('Line 1: amount').fill('186.40');
  await expect(dialog.getByTestId('budget-check-1')).toBeHidden();
  await dialog.getByTestId('bill-file').setInputFiles({ name: 'quill-q-55012.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(dialog.getByTestId('bill-total')).toHaveText('$186.40');
  await screenshot(page, 'bill-entry');
  await dialog.getByTestId('save-bill').click();

  await expect(page.getByRole('heading', { level: 1, name: 'Quill · Q-55012' })).toBeVisible();
  await expect(page.getByTestId('bill-status')).toHaveText('Waiting for approval');
  await expect(page.getByTestId('bill-attachments')).toContainText('quill-q-55012.pdf');
  await expect(page.getByTestId('approve-bill')).toHaveCount(0);
  await screenshot(page, 'bill-detail-assistant');

  // The same invoice again, typed differently: refused at the invoice number.
  await page.getByRole('link', { name: 'Bills' }).first().click();
  await page.getByTestId('enter-bill').click();
  await chooseOption(page, dialog.getByTestId('bill-vendor'), 'Quill');
  await dialog.getByTestId('bill-number').fill('q 55012');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Line 1: cost centre' }), 'Riverside Main');
  await dialog.getByLabel('Line 1: amount').fill('186.40');
  await dialog.getByTestId('save-bill').click();
  await expect(dialog.getByTestId('bill-number-error')).toContainText('Invoice Q-55012 from Quill is already entered');

  // Another number for the same amount a day later: a warning the assistant must answer.
  await dialog.getByTestId('bill-number').fill('Q-55013');
  await dialog.getByTestId('save-bill').click();
  await expect(dialog.getByTestId('possible-duplicate')).toContainText('Quill billed $186.40');
  await expect(dialog.getByTestId('possible-duplicate')).toContainText('is this a different bill?');
  await screenshot(page, 'bill-possible-duplicate');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('view-all').click();
  await page.getByTestId('bill-search').fill('Q-55013');
  await expect(page.getByText('No bill matches that search.')).toBeVisible();
});

test('the office manager approves within her limit, a larger bill goes to the practice manager', async ({ page, browser }) => {
  await signInAs(page, server, 'assistant@demo.test');
  const small = await enterBill(page, 'Cintas', 'CT-90211', day(-2), 1_240_00);
  const large = await enterBill(page, 'CoolAir HVAC Services', 'CA-3310', day(-1), 6_480_00);

  const manager = await browser.newPage();
  await signInAs(manager, server, 'office-manager@demo.test');
  // Her dashboard shows her day: the two new bills wait for someone, one of them for her.
  const todayWidget = manager.getByTestId('payables-day');
  await expect(todayWidget).toBeVisible();
  await expect(todayWidget.getByTestId('day-approve').getByTestId('day-count')).not.toHaveText('0');
  await screenshot(manager, 'dashboard-office-manager-payables');

  await manager.goto(`${server.url}/bills/${small}`);
  await manager.getByTestId('approve-bill').click();
  await expect(manager.getByTestId('bill-status')).toHaveText('Approved');

  await manager.goto(`${server.url}/bills/${large}`);
  await expect(manager.getByTestId('approve-bill')).toBeDisabled();
  await expect(manager.getByTestId('approve-locked')).toHaveText('Bills over $2,500.00 go to the practice manager or the administrator.');
  await screenshot(manager, 'bill-over-limit');

  const practiceManager = await browser.newPage();
  await signInAs(practiceManager, server, 'practice-manager@demo.test');
  await practiceManager.goto(`${server.url}/bills/${large}`);
  await practiceManager.getByTestId('approve-bill').click();
  await expect(practiceManager.getByTestId('bill-status')).toHaveText('Approved');
});

test('a payment run pays the week’s bills and takes a discount; the budget’s actuals move by exactly the bill and the discount', async ({
  page,
  browser,
}) => {
  // A McKesson bill on 2/10 net 30 from four days ago: its discount ends within the week.
  await signInAs(page, server, 'assistant@demo.test');
  const mckesson = await enterBill(page, 'McKesson Medical-Surgical', 'MMS-70031', day(-4), 1_000_00);
  const manager = await browser.newPage();
  await signInAs(manager, server, 'office-manager@demo.test');
  const { currentBudget } = await data<{ currentBudget: { id: string } }>(manager, '{ currentBudget { id } }');
  const expenseActual = async () =>
    (
      await data<{ varianceReport: { expense: { yearToDate: { actual: number } } } }>(
        manager,
        `{ varianceReport(budgetId: "${currentBudget.id}", throughMonth: 12) { expense { yearToDate { actual } } } }`,
      )
    ).varianceReport.expense.yearToDate.actual;
  const beforeApproval = await expenseActual();

  await manager.goto(`${server.url}/bills/${mckesson}`);
  await manager.getByTestId('approve-bill').click();
  await expect(manager.getByTestId('bill-status')).toHaveText('Approved');
  await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payables', exact: true }).click();
  await expect(manager.getByTestId('books-basis')).toContainText('Accrual books');
  await expect(manager.getByTestId('discounts-expiring')).toContainText('McKesson Medical-Surgical');
  await screenshot(manager, 'payables-overview');

  // Accrual books: the bill is an expense once approved…
  const before = await expenseActual();
  expect(before - beforeApproval).toBe(1_000_00);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payment run', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payment run' })).toBeVisible();
  const row = page.getByTestId('run-row').filter({ hasText: 'MMS-70031' });
  await expect(row).toContainText('Discount ends');
  await expect(row).toContainText('−$20.00');
  await expect(row).toContainText('$980.00');
  await page.getByTestId('run-cash').fill('250,000.00');
  const total = cents((await page.getByTestId('run-total').textContent())!);
  const discounts = cents((await page.getByTestId('run-discounts').textContent())!);
  expect(discounts).toBeGreaterThanOrEqual(20_00);
  await expect(page.getByTestId('run-cash-left')).toHaveText(
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format((250_000_00 - total) / 100),
  );
  await page.getByLabel('First check number').fill('10421');
  await screenshot(page, 'payment-run');
  await page.getByTestId('pay-run').click();
  await expect(page.getByTestId('run-result')).toContainText('saved in discounts');
  await screenshot(page, 'payment-run-paid');

  // …and paying it moves the expense only by the discounts taken (the cash settles accounts payable).
  expect(before - (await expenseActual())).toBe(discounts);
  await page.goto(`${server.url}/bills/${mckesson}`);
  await expect(page.getByTestId('bill-status')).toHaveText('Paid');
  await expect(page.getByTestId('bill-payments')).toContainText('$980.00 by check 10421');
  await expect(page.getByTestId('bill-payments')).toContainText('$20.00 discount');
});
