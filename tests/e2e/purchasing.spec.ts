import type { Page } from '@playwright/test';
import { usePraxisServer } from './support/server';
import { expect, screenshot, signIn, signInAs, test } from './support/app';

const server = usePraxisServer();

async function chooseOption(page: Page, combobox: ReturnType<Page['getByTestId']>, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a purchase order is approved, received in part, billed, and held on a price outside the tolerance', async ({ page, browser }) => {
  // The assistant drafts the order.
  await signInAs(page, server, 'assistant@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Purchase orders', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Purchase orders' })).toBeVisible();
  await expect(page.getByTestId('orders-table').getByText('Midmark')).toBeVisible();
  await screenshot(page, 'purchase-orders-assistant');

  await page.getByTestId('new-order').click();
  const dialog = page.getByTestId('order-dialog');
  await chooseOption(page, dialog.getByTestId('po-vendor'), 'Henry Schein');
  await dialog.getByLabel('Line 1: what is ordered').fill('Otoscope specula, box of 250');
  await dialog.getByLabel('Line 1: quantity').fill('10');
  await dialog.getByLabel('Line 1: unit price').fill('12.00');
  await dialog.getByTestId('add-line').click();
  await dialog.getByLabel('Line 2: what is ordered').fill('Exam table paper, case');
  await dialog.getByLabel('Line 2: quantity').fill('4');
  await dialog.getByLabel('Line 2: unit price').fill('85.00');
  await expect(dialog.getByTestId('po-total')).toHaveText('$460.00');
  await screenshot(page, 'purchase-order-new');
  await dialog.getByTestId('save-order').click();

  await expect(page.getByRole('heading', { level: 1, name: /^PO-\d+ · Henry Schein$/ })).toBeVisible();
  await expect(page.getByTestId('po-status')).toHaveText('Waiting for approval');
  await expect(page.getByTestId('approve-order')).toHaveCount(0);
  const orderUrl = page.url();

  // The office manager approves it (within her limit), places it, and records what arrived.
  const manager = await browser.newPage();
  await signInAs(manager, server, 'office-manager@demo.test');
  await manager.goto(orderUrl);
  await manager.getByTestId('approve-order').click();
  await expect(manager.getByTestId('po-status')).toHaveText('Approved');
  await manager.getByTestId('mark-ordered').click();
  await manager.getByTestId('save-ordered').click();
  await expect(manager.getByTestId('po-status')).toHaveText('Ordered');

  await manager.getByTestId('receive').click();
  const receive = manager.getByTestId('receive-dialog');
  await receive.getByLabel('Otoscope specula, box of 250: arrived now').fill('6');
  await receive.getByLabel('Exam table paper, case: arrived now').fill('4');
  await receive.getByTestId('save-receipt').click();
  await expect(receive).toBeHidden();
  await expect(manager.getByTestId('po-status')).toHaveText('Partly received');
  await expect(manager.getByTestId('line-received')).toHaveText(['6', '4']);

  // The vendor bills the six specula as ordered, but the paper at $89.00 instead of $85.00:
  // $16.00 over, where 2 % of $340.00 allows $6.80. The bill is held, with the reason.
  await manager.getByTestId('enter-bill').click();
  const bill = manager.getByTestId('order-bill-dialog');
  await bill.getByLabel('Invoice number').fill('HS-77120');
  await expect(bill.getByLabel('Otoscope specula, box of 250: units billed')).toHaveValue('6');
  await bill.getByLabel('Exam table paper, case: price billed').fill('89.00');
  await expect(bill.getByTestId('bill-total')).toHaveText('$428.00');
  await bill.getByTestId('save-order-bill').click();
  await expect(bill).toBeHidden();
  const notice = manager.getByTestId('order-notice');
  await expect(notice).toContainText('Bill HS-77120 ($428.00) is held');
  await expect(notice).toContainText('billed at $89.00 a unit against $85.00 ordered, $16.00 over the order (the tolerance allows $6.80)');
  await expect(manager.getByTestId('order-bills')).toContainText('Held');
  await expect(manager.getByTestId('line-billed')).toHaveText(['6', '4']);
  await screenshot(manager, 'purchase-order-held-bill');
});

test('a larger order goes to the practice manager, and the consultant only reads orders', async ({ page, browser }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Purchase orders', exact: true }).click();
  await page.getByTestId('view-waiting').click();
  await page.getByTestId('orders-table').getByText('Staples Business Advantage').click();
  await expect(page.getByTestId('po-status')).toHaveText('Waiting for approval');
  // $1,319.96 of chairs: within the office manager's $2,500.
  await expect(page.getByTestId('approve-order')).toBeEnabled();

  await page.getByRole('link', { name: 'Purchase orders' }).first().click();
  await page.getByTestId('new-order').click();
  const dialog = page.getByTestId('order-dialog');
  await chooseOption(page, dialog.getByTestId('po-vendor'), 'Midmark');
  await dialog.getByLabel('Line 1: what is ordered').fill('Midmark 626 power exam table');
  await dialog.getByLabel('Line 1: quantity').fill('1');
  await dialog.getByLabel('Line 1: unit price').fill('9,850.00');
  await dialog.getByTestId('save-order').click();
  await expect(page.getByTestId('approve-order')).toBeDisabled();
  await expect(page.getByTestId('approve-locked')).toHaveText('Orders over $2,500.00 go to the practice manager or the administrator.');
  const url = page.url();

  const practiceManager = await browser.newPage();
  await signInAs(practiceManager, server, 'practice-manager@demo.test');
  await practiceManager.goto(url);
  await practiceManager.getByTestId('approve-order').click();
  await expect(practiceManager.getByTestId('po-status')).toHaveText('Approved');

  const consultant = await browser.newPage();
  await signIn(consultant, server, 'consultant@demo.test');
  await consultant.getByRole('button', { name: /Riverside Family Medicine/ }).click();
  await expect(consultant.getByTestId('viewer-name')).toBeVisible();
  await consultant.goto(url);
  await expect(consultant.getByTestId('po-status')).toHaveText('Approved');
  await expect(consultant.getByTestId('new-order')).toHaveCount(0);
  await expect(consultant.getByTestId('mark-ordered')).toHaveCount(0);
  await expect(consultant.getByTestId('cancel-order')).toHaveCount(0);
});
