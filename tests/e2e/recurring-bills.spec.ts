import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

async function chooseOption(page: Page, combobox: ReturnType<Page['getByTestId']>, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The first of the month `months` from the fixed demo day. */
function firstOfMonth(months: number): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

test('the assistant sets up a recurring bill and the bills that have come due are entered once', async ({ page }) => {
  await signInAs(page, server, 'assistant@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recurring bills', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recurring bills' })).toBeVisible();
  // The demo's rent and utilities were set up from their last bills.
  await expect(page.getByTestId('recurring-table').getByText('Rent, Riverside Main')).toBeVisible();
  await expect(page.getByTestId('enter-due')).toHaveCount(0);
  await screenshot(page, 'recurring-bills');

  await page.getByTestId('new-recurring').click();
  const dialog = page.getByTestId('recurring-dialog');
  await dialog.getByTestId('rb-name').fill('Shredding service');
  await chooseOption(page, dialog.getByTestId('rb-vendor'), 'Staples Business Advantage');
  await dialog.getByTestId('rb-next').fill(firstOfMonth(-1).replace(/-01$/, '-30'));
  await dialog.getByLabel('Line 1: description').fill('Monthly shredding pickup');
  await dialog.getByLabel('Line 1: amount').fill('95.00');
  await expect(dialog.getByTestId('rb-total')).toHaveText('$95.00');
  await dialog.getByTestId('save-recurring').click();
  // The 30th is not in every month: the server says so at the field, and nothing is saved.
  await expect(dialog.getByText('Choose a day from the 1st to the 28th')).toBeVisible();

  await dialog.getByTestId('rb-next').fill(firstOfMonth(-1).replace(/-01$/, '-15'));
  await expect(dialog.getByTestId('rb-schedule')).toHaveText('Dated the 15th, every month.');
  await screenshot(page, 'recurring-bill-new');
  await dialog.getByTestId('save-recurring').click();
  await expect(dialog).toBeHidden();

  const row = page.getByTestId('recurring-table').getByRole('row').filter({ hasText: 'Shredding service' });
  await expect(row).toContainText('· due');
  await page.getByTestId('enter-due').click();
  // Last month's 15th and, when the demo day is past the 15th, this month's.
  const dueNow = Number(TODAY.slice(8, 10)) >= 15 ? 2 : 1;
  await expect(page.getByTestId('notice')).toContainText(dueNow === 1 ? 'One bill entered' : `${dueNow} bills entered`);
  await expect(row.getByRole('cell').nth(5)).toHaveText(String(dueNow));
  await expect(row).not.toContainText('· due');
  await expect(page.getByTestId('enter-due')).toHaveCount(0);
  await screenshot(page, 'recurring-bills-entered');
});

test('providers and staff do not see recurring bills', async ({ page }) => {
  await signInAs(page, server, 'staff@demo.test');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recurring bills' })).toHaveCount(0);
});
