import { usePraxisServer } from './support/server';
import { expect, screenshot, signIn, test } from './support/app';

const server = usePraxisServer();

test('the consultant chooses a practice, then switches to the other one', async ({ page }) => {
  await signIn(page, server, 'consultant@demo.test');
  await expect(page.getByRole('heading', { name: 'Choose a practice' })).toBeVisible();
  await screenshot(page, 'choose-organization');
  await page.getByRole('button', { name: /Riverside Family Medicine/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Consultant overview' })).toBeVisible();
  const switcher = page.getByTestId('organization-switcher');
  await expect(switcher).toContainText('Riverside Family Medicine');
  await expect(page.getByTestId('headcount-widget')).toContainText('46');

  await switcher.click();
  await page.getByRole('option', { name: /Lakeside Pediatrics/ }).click();
  await expect(switcher).toContainText('Lakeside Pediatrics');
  await expect(page.locator('.sidebar')).toContainText('Lakeside Pediatrics');
  // Everything was fetched again for the other practice: four people work at Lakeside.
  await expect(page.getByTestId('headcount-widget')).toContainText('4');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  await expect(page.getByTestId('org-chart')).toContainText('Hannah Brooks');
  await expect(page.getByTestId('org-chart')).not.toContainText('Dana Whitfield');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByTestId('organization-switcher')).toContainText('Lakeside Pediatrics');
});
