import { expect, test, type Page } from '@playwright/test';
import { usePraxisServer } from './support/server';
import { graphqlFromPage, screenshot, signIn, signInAs } from './support/app';

const server = usePraxisServer();

const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).getByTestId('kpi-value');

test('the practice manager runs a campaign from creation to its first new patient', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  const table = page.getByTestId('campaigns-table');
  await expect(table.getByText('Search ads: family medicine')).toBeVisible();

  await page.getByTestId('new-campaign').click();
  const dialog = page.getByTestId('campaign-dialog');
  await dialog.getByLabel('Name').fill('Sports physicals: spring');
  await dialog.getByLabel('Tracking code').fill('GOOG-FM');
  await dialog.getByLabel('Budget').fill('3,000');
  await dialog.getByTestId('save-campaign').click();
  await expect(dialog.getByTestId('error-trackingCode')).toContainText('already uses this tracking code');

  await dialog.getByLabel('Tracking code').fill('E2E-SPRING');
  await dialog.getByTestId('save-campaign').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sports physicals: spring' })).toBeVisible();
  await expect(page.getByTestId('campaign-status')).toHaveText('Planned');
  await expect(page.getByText('Budget $3,000')).toBeVisible();
  await expect(kpi(page, 'costPerNewPatient')).toHaveText('—');

  await page.getByTestId('status-active').click();
  await expect(page.getByTestId('campaign-status')).toHaveText('Active');

  await page.getByTestId('record-spend').click();
  const spend = page.getByTestId('spend-dialog');
  await spend.getByLabel('Amount').fill('1,200.00');
  await spend.getByTestId('save-spend').click();
  await expect(spend).toBeHidden();
  await expect(kpi(page, 'spend')).toHaveText('$1,200');
  await expect(kpi(page, 'costPerNewPatient')).toHaveText('—');

  await page.getByTestId('add-lead').click();
  const leadDialog = page.getByTestId('lead-dialog');
  await expect(leadDialog.getByTestId('lead-source')).toHaveValue('E2E-SPRING');
  await leadDialog.getByLabel('Service wanted').fill('Sports physical');
  await leadDialog.getByLabel('Name', { exact: true }).fill('Jordan Hale');
  await leadDialog.getByLabel('Phone').fill('555-0142');
  await leadDialog.getByTestId('save-lead').click();
  await expect(leadDialog).toBeHidden();
  await expect(kpi(page, 'leads')).toHaveText('1');

  const board = page.getByTestId('lead-board');
  const inquiry = board.locator('[data-stage="INQUIRY"]');
  await expect(inquiry.getByText('Jordan Hale')).toBeVisible();
  await inquiry.getByTestId('lead-card').filter({ hasText: 'Jordan Hale' }).getByTestId('move-scheduled').click();
  const scheduled = board.locator('[data-stage="SCHEDULED"]');
  await expect(scheduled.getByText('Jordan Hale')).toBeVisible();
  await scheduled.getByTestId('lead-card').filter({ hasText: 'Jordan Hale' }).getByTestId('move-new-patient').click();
  await expect(board.locator('[data-stage="NEW_PATIENT"]').getByText('Jordan Hale')).toBeVisible();

  await expect(kpi(page, 'newPatients')).toHaveText('1');
  await expect(kpi(page, 'costPerNewPatient')).toHaveText('$1,200');
  await expect(page.getByTestId('conversion-newPatients')).toHaveText('100% of scheduled');

  await page.getByTestId('tab-list').click();
  await expect(page.getByTestId('lead-table').getByText('Jordan Hale')).toBeVisible();

  await page.getByRole('link', { name: 'Campaigns' }).first().click();
  const row = page.getByTestId('campaigns-table').getByRole('row').filter({ hasText: 'Sports physicals: spring' });
  await expect(row.getByTestId('cost-per-new-patient')).toHaveText('$1,200');
});

test('demo campaign detail and the channel comparison', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.goto(`${server.url}/campaigns`);
  await expect(page.getByTestId('campaigns-table').getByText('Search ads: family medicine')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('[data-nav="campaigns"]')).toHaveClass(/active/);
  await screenshot(page, 'campaigns-list');
  await page.getByTestId('campaigns-table').getByText('Search ads: family medicine').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: family medicine' })).toBeVisible();
  await expect(page.getByTestId('pace-sentence')).toBeVisible();
  await expect(page.getByTestId('lead-card').first()).toBeVisible();
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('[data-nav="campaigns"]')).toHaveClass(/active/);
  await screenshot(page, 'campaign-detail');

  await page.goto(`${server.url}/campaigns`);
  await page.getByTestId('channels-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Channel comparison' })).toBeVisible();
  const bars = page.getByTestId('channel-bar');
  await expect(bars.first()).toBeVisible();
  const order = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
  expect(order.indexOf('REFERRAL_PROGRAM')).toBeLessThan(order.indexOf('RADIO'));
  expect(order.indexOf('SEARCH_ADS')).toBeLessThan(order.indexOf('DIRECT_MAIL'));
  await screenshot(page, 'channel-comparison');
});

test('the consultant sees campaigns but no lead contact details', async ({ page }) => {
  await signIn(page, server, 'consultant@demo.test');
  await page.getByRole('button', { name: /Riverside Family Medicine/ }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expect(page.getByTestId('campaigns-table').getByText('Patient referral program')).toBeVisible();
  await page.getByTestId('campaigns-table').getByText('Search ads: family medicine').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: family medicine' })).toBeVisible();
  await expect(page.getByTestId('lead-card').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByTestId('tab-list').click();
  const leads = page.getByTestId('lead-table');
  await expect(leads.getByRole('columnheader', { name: 'Source' })).toBeVisible();
  await expect(leads.getByRole('columnheader', { name: 'Contact' })).toHaveCount(0);

  // The server refuses the contact fields outright; the page never asked for them.
  const denied = await graphqlFromPage(page, '{ leads { id contactName } }');
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
