import { usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';
import { audit, report } from './support/axe';

const server = usePraxisServer();
const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

/**
 * Issue 19.4: the physician owner of a three-person practice is not handed every manager page,
 * empty. The navigation shows what the practice uses, the dashboard leads with the setup steps,
 * and Get started takes them from last year's totals to a first budget by simple forms.
 */
test('the small practice’s owner sees only what the practice uses, and a Get started path on the dashboard', async ({ page }) => {
  await signInAs(page, server, 'owner@demo.test');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  for (const hidden of [
    'Budgets',
    'Compensation',
    'Provider productivity',
    'Encounters',
    'Campaigns',
    'Purchase orders',
    'Supplies',
    'Equipment',
    'Recurring bills',
  ])
    await expect(nav(page).getByRole('link', { name: hidden, exact: true })).toHaveCount(0);
  for (const shown of ['Get started', 'Payables', 'Bills', 'Vendors', 'People', 'Org chart'])
    await expect(nav(page).getByRole('link', { name: shown, exact: true })).toBeVisible();

  const widget = page.getByTestId('get-started-widget');
  await expect(widget).toContainText('2 of 4 setup steps done');
  // No empty budget, productivity or merit-cycle widgets saying "no data".
  for (const title of ['Budget year to date', 'Providers behind target', 'Merit cycle', 'Biggest unfavorable variances'])
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  await screenshot(page, 'get-started-owner-dashboard');

  await widget.getByRole('link', { name: 'Continue setup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get started' })).toBeVisible();
  await expect(page.getByTestId('setup-progress')).toHaveText('2 of 4 done');
  // Every area the practice has not started, with what it is for, is one click away.
  const areas = page.locator('[data-area]');
  await expect(areas).toHaveCount(7);
  await expect(page.locator('[data-area="PAYABLES"]')).toHaveCount(0);
  await screenshot(page, 'get-started-owner');

  // Your staff: Add a person opens the dialog on People at once.
  await page.locator('[data-step="4"]').getByRole('link', { name: 'Add a person' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a person' })).toBeVisible();
  await page.goBack();

  await page.getByRole('link', { name: 'Start marketing campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expect(page.getByText('No campaigns yet')).toBeVisible();
  await expect(page.getByText('Create a campaign with a tracking code')).toBeVisible();
});

test('last year’s totals from the accountant’s statement, then a first budget from them, bring budgets into the navigation', async ({
  page,
}) => {
  await signInAs(page, server, 'owner@demo.test');
  await page.goto(`${server.url}/get-started`);
  const totalsStep = page.locator('[data-step="2"]');
  await totalsStep.getByRole('button', { name: 'Enter totals' }).click();

  // A typo is caught at its field before anything is sent.
  await totalsStep.getByLabel('4010 Patient revenue: commercial insurance').fill('612,5x0');
  await expect(totalsStep.getByText('Enter an amount, e.g. 12,500.00.')).toBeVisible();
  await totalsStep.getByLabel('4010 Patient revenue: commercial insurance').fill('612,500');
  await totalsStep.getByLabel('5310 Rent').fill('$36,000.00');
  await totalsStep.getByLabel('5410 Medical supplies').fill('18,250.40');
  await expect(totalsStep.getByTestId('total-revenue')).toHaveText('$612,500.00');
  await expect(totalsStep.getByTestId('total-expense')).toHaveText('$54,250.40');
  await expect(totalsStep.getByTestId('total-net')).toHaveText('$558,249.60');
  await screenshot(page, 'get-started-totals');
  // The forms open inside the page: the accessibility crawl sees them closed, so they are audited here.
  await page.locator('[data-step="1"]').getByRole('button', { name: 'Review' }).click();
  await page.locator('[data-step="3"]').getByRole('button', { name: 'Plan a budget' }).click();
  await page.locator('[data-step="3"]').getByLabel('Annual amounts I enter').check();
  const findings = await audit(page, '/get-started (every step open)');
  expect(findings, report(findings)).toEqual([]);
  await screenshot(page, 'get-started-all-open');
  await page.locator('[data-step="3"]').getByRole('button', { name: 'Close' }).click();
  await page.locator('[data-step="1"]').getByRole('button', { name: 'Close' }).click();
  await totalsStep.getByRole('button', { name: 'Record fiscal 2025 totals' }).click();

  await expect(totalsStep).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('setup-progress')).toHaveText('3 of 4 done');
  const budgetStep = page.locator('[data-step="3"]');
  await expect(budgetStep.getByLabel(/Last year’s actuals/)).toBeChecked();
  await budgetStep.getByLabel('Uplift on every account (%)').fill('4');
  await budgetStep.getByRole('button', { name: 'Create draft budget' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Fiscal 2026/ })).toBeVisible();
  // Rent was $36,000 a year, $3,000 a month: plus 4 % it is $37,440 for the year.
  await expect(page.locator('[data-account-code="5310"], tr:has-text("5310")').first()).toContainText('37,440');
  await expect(nav(page).getByRole('link', { name: 'Budgets', exact: true })).toBeVisible();
});

test('a large group sees no Get started: every area is in use and every step done', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Budgets', exact: true })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Get started', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('get-started-widget')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Budget year to date' })).toBeVisible();
});
