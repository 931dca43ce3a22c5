import fs from 'node:fs';
import path from 'node:path';
import { usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const csvFile = (name: string, text?: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text ?? fs.readFileSync(path.join(FIXTURES, name), 'utf8')),
});

test('the assistant imports the vendor list and the open bills from QuickBooks; a bad row imports nothing and is named with its column', async ({
  page,
}) => {
  await signInAs(page, server, 'assistant@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vendors', exact: true }).click();
  await page.getByTestId('import-payables').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import vendors and bills' })).toBeVisible();
  await expect(page.getByTestId('sample-csv')).toContainText('vendor,terms,tax id');
  await screenshot(page, 'payables-import-vendors-start');

  // Vendors: checked first, then imported.
  await page.getByTestId('csv-file').setInputFiles(csvFile('quickbooks-vendors.csv'));
  await expect(page.getByTestId('preview-step').getByTestId('row-count')).toContainText('3 vendors');
  await page.getByTestId('to-review').click();
  await expect(page.getByTestId('import-check')).toContainText('3 new vendors');
  await screenshot(page, 'payables-import-vendors-checked');
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('import-done')).toHaveText('Added 3 vendors.');

  // Open bills: one row names a vendor Praxis does not know, so nothing goes in.
  await page.getByTestId('to-bills').click();
  const good = fs.readFileSync(path.join(FIXTURES, 'quickbooks-open-bills.csv'), 'utf8');
  const bad = `${good.trimEnd()}\nNB-1,Nobody Supplies,11/03/2026,,,,5410,Gloves,10.00,Riverside Main\n`;
  await page.getByTestId('csv-file').setInputFiles(csvFile('open-bills.csv', bad));
  await expect(page.getByTestId('preview-step').getByTestId('row-count')).toContainText('5 bill lines');
  await page.getByTestId('to-review').click();
  const refused = page.getByTestId('import-errors');
  await expect(refused.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
  await expect(refused.getByTestId('row-error').locator('td')).toHaveText([
    '6',
    'vendor',
    '“Nobody Supplies” is not a vendor here: import the vendor list first, or add it.',
  ]);
  await screenshot(page, 'payables-import-bills-refused');

  await refused.getByTestId('choose-another').click();
  await page.getByTestId('csv-file').setInputFiles(csvFile('quickbooks-open-bills.csv'));
  await page.getByTestId('to-review').click();
  await expect(page.getByTestId('import-check')).toContainText('3 new bills (4 lines) · $1,831.55');
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('import-done')).toHaveText('Entered 3 bills of $1,831.55, awaiting approval.');
  await screenshot(page, 'payables-import-bills-done');

  // The bills are there, awaiting approval.
  await page.getByTestId('to-bill-list').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bills' })).toBeVisible();
  await page.getByTestId('bill-search').fill('SS-20417');
  await expect(page.getByTestId('bills-table')).toContainText('Summit Surgical Supply');
  await expect(page.getByTestId('bills-table')).toContainText('$1,550.55');
});
