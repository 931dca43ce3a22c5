import { usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

test('the office manager counts the supply room and drafts orders for what runs low', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supplies', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supplies' })).toBeVisible();
  const reorder = page.getByTestId('reorder-table');
  await expect(reorder.getByRole('row')).toHaveCount(6); // the header and five supplies at or below their reorder point
  // 3 a day × 5 days + 6 safety = 21; 14 on hand, 36 to bring it to its par of 50.
  const gloves = reorder.getByRole('row', { name: /Nitrile exam gloves, medium/ });
  await expect(gloves.getByRole('cell')).toContainText(['14', '21', '50', '36', '$322.20']);
  await screenshot(page, 'supplies-to-reorder');

  // A count: the large gloves are down to 12, below their reorder point of 15.
  await page.getByTestId('start-count').click();
  await page.getByLabel('Nitrile exam gloves, large: on hand').fill('12');
  await screenshot(page, 'supplies-count');
  await page.getByTestId('save-count').click();
  await expect(page.getByTestId('notice')).toHaveText('Count of 1 supply recorded; 1 now at or below the reorder point.');
  await page.getByTestId('view-reorder').click();
  await expect(reorder.getByRole('row')).toHaveCount(7);

  // The copy paper can wait; the rest becomes one draft order per vendor.
  await page.getByLabel('Order Copy paper, letter').click();
  await expect(page.getByTestId('order-summary')).toContainText('5 supplies from 3 vendors');
  await page.getByTestId('create-orders').click();
  const created = page.getByTestId('orders-created');
  await expect(created).toContainText('3 draft orders, waiting for approval');
  await expect(created).toContainText('McKesson Medical-Surgical ($572.80)');
  await expect(reorder.getByRole('link', { name: /^On PO-/ })).toHaveCount(5);
  // What was left out stays left out.
  await expect(page.getByTestId('order-summary')).toHaveText('Choose what to order.');
  await screenshot(page, 'supplies-orders-drafted');

  await gloves.getByRole('link', { name: /^On PO-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^PO-\d+ · McKesson Medical-Surgical$/ })).toBeVisible();
  await expect(page.getByTestId('po-status')).toHaveText('Waiting for approval');
  await expect(page.getByTestId('order-line')).toHaveCount(2);

  // A new supply whose par level is not above its reorder point is refused at that field.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Supplies', exact: true }).click();
  await page.getByTestId('add-supply').click();
  const dialog = page.getByTestId('supply-dialog');
  await dialog.getByLabel('Name').fill('Tongue depressors');
  await dialog.getByLabel('Unit', { exact: true }).fill('box of 500');
  await dialog.getByTestId('sp-vendor').click();
  await page.getByRole('option', { name: 'Henry Schein', exact: true }).click();
  await dialog.getByTestId('sp-location').click();
  await page.getByRole('option', { name: 'Riverside Main', exact: true }).click();
  await dialog.getByLabel('Unit price').fill('6.45');
  await dialog.getByLabel('Used a day').fill('2.35');
  await dialog.getByLabel('Lead time (days)').fill('7');
  await dialog.getByLabel('Safety stock').fill('3');
  await dialog.getByLabel('Par level').fill('20');
  await expect(dialog.getByTestId('sp-reorder-point')).toContainText('Reorder point: 20');
  await dialog.getByTestId('save-supply').click();
  await expect(dialog.getByTestId('error-parLevel')).toHaveText(
    'The par level is what a reorder fills up to: more than the reorder point (20).',
  );
  await screenshot(page, 'supplies-new');
  await dialog.getByLabel('Par level').fill('40');
  await dialog.getByTestId('save-supply').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('view-all').click();
  await expect(page.getByTestId('supplies-table').getByRole('row', { name: /Tongue depressors/ })).toContainText('Reorder');
});
