import { TODAY, usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

test('the org chart draws the practice, finds a person and shows the dotted clinical line', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  const chart = page.getByTestId('org-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('[data-node-id]').filter({ hasText: 'Dana Whitfield' })).toBeVisible();
  // Vacancies are drawn as such.
  await expect(chart.getByText('Vacant').first()).toBeVisible();

  await page.locator('#org-search').fill('Megan Tor');
  await page.getByRole('option', { name: /Megan Torres/ }).click();

  const megan = chart.locator('[data-node-id]').filter({ hasText: 'Megan Torres' });
  await expect(megan).toBeVisible();
  await expect(megan).toHaveClass(/match/);
  await expect(megan.getByTestId('clinical-supervisor')).toHaveText(/Clinical supervisor: Dr Robert Kline/);
  // Selecting her highlights her supervisor's card with the dotted outline and fills the side panel.
  await expect(page.getByTestId('panel-supervisor')).toHaveText('Dr Robert Kline');
  await expect(chart.locator('[data-node-id].related').filter({ hasText: 'Robert Kline' })).toBeVisible();
  await screenshot(page, 'org-chart');

  await page.getByTestId('view-toggle').getByText('List').click();
  const table = page.getByTestId('org-table');
  await expect(table.getByRole('row').filter({ hasText: 'Megan Torres' })).toContainText('Dr Robert Kline');
  await screenshot(page, 'org-chart-list');
});

test('the as-of date redraws the chart for that day', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  await page.goto(`${server.url}/org-chart`);
  await expect(page.getByTestId('org-chart').locator('[data-node-id]').first()).toBeVisible();
  // The demo practice opened ten years ago: twenty years back there is nobody.
  const [year, month, day] = TODAY.split('-').map(Number);
  const longAgo = new Date(year! - 20, month! - 1, day);
  const label = longAgo.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  await page.locator('#as-of').fill(label);
  await page.locator('#as-of').press('Enter');
  await expect(page.getByText('No positions on this date')).toBeVisible();
});

test('a seat’s count of direct reports is the list of them; the whole team is labeled as such (issue 19.6)', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  const top = page.getByTestId('org-chart').locator('[data-node-id]').filter({ hasText: 'Dana Whitfield' });
  const label = await top.getByTestId('seat-reports').textContent();
  const [, direct, all] = /(\d+) direct(?:\s*·\s*(\d+) in all)?/.exec(label ?? '') ?? [];
  expect(Number(direct)).toBeGreaterThan(0);
  expect(Number(all)).toBeGreaterThan(Number(direct));

  await top.click();
  const panel = page.getByTestId('seat-panel');
  await expect(panel.getByTestId('panel-team-count')).toHaveText(`${direct} direct reports, ${all} in the whole team`);
  await expect(panel.getByTestId('panel-reports').locator('li')).toHaveCount(Number(direct));
  await screenshot(page, 'org-chart-team');
});
