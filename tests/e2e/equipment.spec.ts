import { usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

test('the office manager keeps the equipment register: schedule, a new asset, a service', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Equipment', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Equipment' })).toBeVisible();
  const table = page.getByTestId('equipment-table');
  await expect(table.getByRole('row')).toHaveCount(6); // the header and five assets
  // The monitor's service was due six days ago; its warranty ends in 22 days.
  const monitor = table.getByRole('row', { name: /Welch Allyn Connex/ });
  await expect(monitor.getByTestId('service-overdue')).toBeVisible();
  await expect(monitor.getByTestId('warranty-soon')).toBeVisible();
  await expect(page.getByTestId('equipment-summary')).toContainText('5 items: cost $68,985.50');
  await screenshot(page, 'equipment-register');

  // Filters: what needs attention, and one location.
  await page.getByText('Needs attention').click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByText('Needs attention').click();
  await page.getByTestId('filter-location').click();
  await page.getByRole('option', { name: 'Oak Hill Clinic', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('equipment-summary')).toContainText('2 items shown');

  // The ultrasound's straight-line schedule: ($41,750 − $4,000) / 84 months, posted month by month.
  await table.getByRole('link', { name: 'GE Vivid iq portable ultrasound' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GE Vivid iq portable ultrasound' })).toBeVisible();
  const schedule = page.getByTestId('depreciation-schedule');
  await expect(schedule.getByRole('row').nth(1)).toContainText(/\$449\.4[01]/);
  await expect(schedule.getByTestId('month-posted').first()).toBeVisible();
  await expect(schedule.getByTestId('month-due')).toHaveCount(0);
  await expect(page.getByTestId('book-value')).toContainText('depreciated');
  await screenshot(page, 'equipment-asset');

  // A new asset: the server's objection shows at its field, then it saves and opens.
  await page.getByRole('link', { name: 'Equipment' }).first().click();
  await page.getByTestId('add-equipment').click();
  const dialog = page.getByTestId('equipment-dialog');
  await dialog.getByLabel('Name').fill('Schiller Cardiovit AT-102 ECG');
  await dialog.getByTestId('eq-location').click();
  await page.getByRole('option', { name: 'Riverside Main', exact: true }).click();
  await dialog.getByLabel('Cost', { exact: true }).fill('6,240.00');
  await dialog.getByLabel('Salvage value').fill('7,000.00');
  await dialog.getByLabel('Useful life (months)').fill('60');
  await dialog.getByLabel('Purchased / in service').fill('2026-10-01');
  await dialog.getByLabel('Next service').fill('2027-10-01');
  await dialog.getByLabel('Service every (months)').fill('12');
  await dialog.getByTestId('save-equipment').click();
  await expect(dialog.getByTestId('error-salvageValue')).toHaveText('The salvage value is at least zero and less than the cost.');
  await dialog.getByLabel('Salvage value').fill('240.00');
  await expect(dialog.getByTestId('eq-monthly')).toContainText('$100.00 a month over 5 years');
  await screenshot(page, 'equipment-new');
  await dialog.getByTestId('save-equipment').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schiller Cardiovit AT-102 ECG' })).toBeVisible();
  // October has ended and is not in the ledger yet: posting it now.
  await expect(page.getByTestId('depreciation-schedule').getByTestId('month-due')).toHaveCount(1);
  await page.getByTestId('post-depreciation').click();
  await expect(page.getByTestId('notice')).toHaveText('1 month of depreciation posted to the ledger.');
  await expect(page.getByTestId('depreciation-schedule').getByTestId('month-posted')).toHaveCount(1);

  // A service on the monitor: it joins the history and the next one moves a year on.
  await page.getByRole('link', { name: 'Equipment' }).first().click();
  await page.getByTestId('equipment-table').getByRole('link', { name: 'Welch Allyn Connex vital signs monitor' }).click();
  await page.getByTestId('record-service').click();
  const service = page.getByTestId('service-dialog');
  await service.getByLabel('What was done').fill('Annual calibration and cuff check, Tri-County Biomedical');
  await service.getByTestId('save-service').click();
  await expect(page.getByTestId('notice')).toHaveText('Service recorded. The next one is due Nov 16, 2027.');
  await expect(page.getByTestId('service-history')).toContainText('Annual calibration and cuff check, Tri-County Biomedical');
  await expect(page.getByTestId('service-overdue')).toHaveCount(0);
  await screenshot(page, 'equipment-serviced');
});
