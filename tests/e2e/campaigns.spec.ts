import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signIn, signInAs, test } from './support/app';

const server = usePraxisServer();

const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).getByTestId('kpi-value');
/** "$12,345" → 12345 */
const dollars = async (page: Page, key: string) => Number((await kpi(page, key).textContent())!.replace(/[$,]/g, ''));
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
const today = TODAY;
const usToday = (() => {
  const [y, m, d] = today.split('-');
  return `${Number(m)}/${Number(d)}/${y}`;
})();

test('the practice manager runs a campaign from creation to its first new patient', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  const table = page.getByTestId('campaigns-table');
  await expect(table.getByText('Search ads: family medicine')).toBeVisible();

  await page.getByTestId('new-campaign').click();
  const dialog = page.getByTestId('campaign-dialog');
  await dialog.getByLabel('Name').fill('Sports physicals: spring');
  await dialog.getByLabel('Tracking code').fill('GOOG-FM');
  await dialog.getByLabel('Budget', { exact: true }).fill('3,000');
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

test('the practice manager imports a spend file and a lead file through the wizards', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.goto(`${server.url}/campaigns`);
  await page.getByTestId('campaigns-table').getByText('Search ads: pediatrics').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: pediatrics' })).toBeVisible();
  const leadsBefore = Number(await kpi(page, 'leads').textContent());
  const spendBefore = await dollars(page, 'spend');
  await page.getByRole('link', { name: 'Campaigns' }).first().click();

  // Spend, from the list: an ad platform's export with one code no campaign has.
  await page.getByTestId('import-menu').click();
  await page.getByRole('menuitem', { name: 'Spend from an ad platform' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import spend' })).toBeVisible();
  const columns = page.getByTestId('expected-columns');
  await expect(columns.getByText('tracking code', { exact: true })).toBeVisible();
  await expect(page.getByTestId('sample-csv')).toContainText('date,amount,tracking code,memo');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await screenshot(page, 'campaign-import-spend-start');

  const spendRows = [
    'Day,Campaign,Cost,Memo',
    `${today},GOOG-PED,412.50,Google Ads week 47`,
    `${usToday},REFER,"1,050.00",Referral gift cards`,
  ];
  await page.getByTestId('csv-file').setInputFiles(csvFile('google-ads-november.csv', [...spendRows, `${today},RADIO-XX,300.00,Spot`]));
  const preview = page.getByTestId('preview-step');
  await expect(preview.getByTestId('row-count')).toContainText('3 spend rows');
  await expect(preview.getByTestId('preview-row').nth(0)).toContainText('Search ads: pediatrics');
  await expect(preview.getByTestId('preview-row').nth(2)).toContainText('no campaign has this code');
  await expect(preview.getByTestId('code-problems')).toContainText('RADIO-XX');
  await page.waitForFunction(() => document.getAnimations().length === 0); // the message slides in
  await screenshot(page, 'campaign-import-spend-preview');

  await preview.getByTestId('run-import').click();
  const refused = page.getByTestId('import-errors');
  await expect(refused.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
  await expect(refused.getByTestId('row-error')).toHaveCount(1);
  await expect(refused.getByTestId('row-error').locator('td')).toHaveText([
    '4',
    'campaign',
    '"RADIO-XX" is not the tracking code of a campaign.',
  ]);
  await screenshot(page, 'campaign-import-spend-errors');

  await refused.getByTestId('choose-another').click();
  await page.getByTestId('csv-file').setInputFiles(csvFile('google-ads-november-fixed.csv', spendRows));
  await page.getByTestId('run-import').click();
  const done = page.getByTestId('import-success');
  await expect(done.getByTestId('imported-count')).toHaveText('2 spend rows');
  await expect(done.getByTestId('duplicate-count')).toHaveText('0');
  await expect(done.getByTestId('imported-total')).toHaveText('$1,462.50');
  await screenshot(page, 'campaign-import-spend-done');

  // The same file again adds nothing.
  await done.getByTestId('import-another').click();
  await page.getByTestId('csv-file').setInputFiles(csvFile('google-ads-november-fixed.csv', spendRows));
  await page.getByTestId('run-import').click();
  await expect(page.getByTestId('import-success').getByTestId('imported-count')).toHaveText('0 spend rows');
  await expect(page.getByTestId('import-success').getByTestId('duplicate-count')).toHaveText('2');
  await page.getByTestId('back-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();

  // Leads, from a campaign: the way back leads to it, and its numbers include the new leads.
  await page.getByTestId('campaigns-table').getByText('Search ads: pediatrics').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: pediatrics' })).toBeVisible();
  expect(Math.abs((await dollars(page, 'spend')) - spendBefore - 412.5)).toBeLessThanOrEqual(1);
  await page.getByTestId('import-leads').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import leads' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search ads: pediatrics' })).toBeVisible();

  const leadRows = [
    'date,source,name,phone,email,service',
    `${today},GOOG-PED,Avery Quinn,555-0199,avery.quinn@example.com,Well-child visit`,
  ];
  await page
    .getByTestId('csv-file')
    .setInputFiles(csvFile('web-form-leads.csv', [...leadRows, `${today},GOOG-PED,Sam Ortiz,555-0123,sam.ortiz-at-example,Sick visit`]));
  await expect(page.getByTestId('preview-row')).toHaveCount(2);
  await page.getByTestId('run-import').click();
  await expect(page.getByTestId('row-error').locator('td')).toHaveText(['3', 'email', '"sam.ortiz-at-example" is not an email address.']);
  await screenshot(page, 'campaign-import-leads-errors');

  await page.getByTestId('choose-another').click();
  await page
    .getByTestId('csv-file')
    .setInputFiles(csvFile('web-form-leads.csv', [...leadRows, `${today},GOOG-PED,Sam Ortiz,555-0123,sam.ortiz@example.com,Sick visit`]));
  await page.getByTestId('run-import').click();
  await expect(page.getByTestId('import-success').getByTestId('imported-count')).toHaveText('2 leads');
  await expect(page.getByTestId('import-success').getByTestId('imported-total')).toHaveCount(0);
  await screenshot(page, 'campaign-import-leads-done');

  await page.getByTestId('back-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: pediatrics' })).toBeVisible();
  await expect(kpi(page, 'leads')).toHaveText(String(leadsBefore + 2));
  await expect(page.getByTestId('lead-board').getByText('Avery Quinn')).toBeVisible();
});

test('the practice manager edits a campaign, and is told when someone else saved first', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.goto(`${server.url}/campaigns`);
  await page.getByTestId('campaigns-table').getByText('Search ads: family medicine').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search ads: family medicine' })).toBeVisible();
  const id = page.url().split('/').pop()!;

  await page.getByTestId('edit-campaign').click();
  const dialog = page.getByTestId('campaign-dialog');
  await expect(dialog.locator('.p-dialog-title')).toHaveText('Edit campaign');
  await expect(dialog.getByLabel('Name')).toHaveValue('Search ads: family medicine');
  await expect(dialog.getByLabel('Tracking code')).toHaveValue('GOOG-FM');
  await screenshot(page, 'campaign-edit');

  // A field error from the server appears at its field.
  await dialog.getByLabel('Tracking code').fill('REFER');
  await dialog.getByTestId('save-campaign').click();
  await expect(dialog.getByTestId('error-trackingCode')).toContainText('already uses this tracking code');
  await dialog.getByLabel('Tracking code').fill('GOOG-FM');

  // Someone pauses the campaign meanwhile: its version moves on.
  const paused = await graphqlFromPage(page, `mutation { setCampaignStatus(id: "${id}", status: PAUSED) { version } }`);
  expect(paused.errors).toBeUndefined();
  await dialog.getByLabel('Objective').fill('More new families in the north end');
  await dialog.getByTestId('save-campaign').click();
  await expect(dialog.getByTestId('campaign-conflict')).toContainText('Someone else changed this campaign');
  await screenshot(page, 'campaign-edit-conflict');
  await dialog.getByTestId('reload-campaign').click();
  await expect(dialog.getByTestId('campaign-reloaded')).toBeVisible();
  await expect(page.getByTestId('campaign-status')).toHaveText('Paused');

  await expect(dialog.getByLabel('Objective')).toHaveValue('New patients for the practice');
  await dialog.getByLabel('Objective').fill('More new families in the north end');
  await dialog.getByLabel('Budget', { exact: true }).fill('31,500');
  await dialog.getByTestId('save-campaign').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Budget $31,500')).toBeVisible();
  await expect(page.getByTestId('campaign-warning')).toHaveCount(0);

  // Drawing on a marketing line of the approved budget beyond what it holds: saved, with a warning.
  await page.getByTestId('edit-campaign').click();
  await expect(dialog.getByLabel('Objective')).toHaveValue('More new families in the north end');
  await dialog.getByLabel('Budget line').click();
  await page.getByRole('option').first().click();
  await dialog.getByLabel('Budget', { exact: true }).fill('900,000');
  await screenshot(page, 'campaign-edit-budget-line');
  await dialog.getByTestId('save-campaign').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Budget $900,000')).toBeVisible();
  await expect(page.getByTestId('campaign-warning')).toContainText('more than it holds');
  await screenshot(page, 'campaign-edit-warning');
});

test('the practice manager’s dashboard shows this month’s new patients from campaigns', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  const widget = page.getByTestId('new-patients-widget');
  await expect(widget).toBeVisible();
  await expect(widget.getByTestId('new-patients-definition')).toContainText(
    'Cost per new patient = this month’s campaign spend ÷ those new patients',
  );
  await expect(widget.getByTestId('new-patients-count')).toHaveText(/^\d+$/);
  await expect(widget).not.toContainText('NaN');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await screenshot(page, 'practice-manager-new-patients');
});

test('a spend export saved by Excel on Windows reads as written, and a long export is read without holding up the page', async ({
  page,
}) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.goto(`${server.url}/campaigns/import/spend`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import spend' })).toBeVisible();

  // Excel on Windows writes "CSV" with semicolons, in Windows-1252: é is the byte E9 and € is 80.
  const windows1252 = (text: string) => Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
  const excel = ['Day;Campaign;Cost;Memo', `${today};GOOG-PED;87.40;Café Lumière flyers, 80 €`].join('\r\n');
  await page.getByTestId('csv-file').setInputFiles({ name: 'excel-export.csv', mimeType: 'text/csv', buffer: windows1252(excel) });
  const preview = page.getByTestId('preview-step');
  await expect(preview.getByTestId('row-count')).toHaveText('1 spend row · 4 columns');
  await expect(preview.getByTestId('preview-row')).toContainText('Café Lumière flyers, 80 €');
  await expect(preview.getByTestId('preview-row')).toContainText('Search ads: pediatrics');
  await preview.getByTestId('run-import').click();
  await expect(page.getByTestId('import-success').getByTestId('imported-count')).toHaveText('1 spend row');
  await expect(page.getByTestId('import-success').getByTestId('imported-total')).toHaveText('$87.40');

  // Eighty thousand rows (about 4 MB) are parsed in a worker, beside the page, and previewed.
  await page.getByTestId('import-another').click();
  const long = [
    'date,amount,tracking code,memo',
    ...Array.from({ length: 80_000 }, (_, i) => `${today},1.00,GOOG-PED,Row ${i + 1} of a long export`),
  ].join('\n');
  const worker = page.waitForEvent('worker');
  await page.getByTestId('csv-file').setInputFiles({ name: 'a-year-of-clicks.csv', mimeType: 'text/csv', buffer: Buffer.from(long) });
  await worker;
  await expect(page.getByTestId('preview-step').getByTestId('row-count')).toHaveText('80,000 spend rows · 4 columns');
  await expect(page.getByTestId('preview-step').getByText('10 of 80,000')).toBeVisible();
  await screenshot(page, 'campaign-import-long-file');
});
