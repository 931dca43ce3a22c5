import { usePraxisServer } from './support/server';
import { expect, newPage, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

test('the office manager finds a receptionist, fixes her email, and sees field errors inline', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const table = page.getByTestId('people-table');
  await expect(table.getByText('Nora Fitzgerald')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(21);
  await screenshot(page, 'people');

  await page.getByTestId('people-search').fill('powell');
  await expect(table.getByRole('row')).toHaveCount(2);
  await table.getByText('Jasmine Powell').click();

  await expect(page.getByRole('heading', { level: 1, name: 'Jasmine Powell' })).toBeVisible();
  await expect(page.getByTestId('chain-of-command')).toContainText('Olivia Grant');
  const form = page.getByTestId('person-edit-form');
  await form.getByLabel('Work email').fill('not-an-email');
  await form.getByTestId('save').click();
  await expect(form.getByTestId('error-workEmail')).toContainText('Enter an email address');
  await screenshot(page, 'person-edit-error');

  await form.getByLabel('Work email').fill('jasmine.powell@riverside.example');
  await form.getByTestId('save').click();
  await expect(page.getByText('Changes saved')).toBeVisible();
  await expect(form.getByTestId('error-workEmail')).toHaveCount(0);
  await expect(page.getByText('jasmine.powell@riverside.example').first()).toBeVisible();
  await screenshot(page, 'person-detail');
});

test('the office manager may not edit a physician; the administrator may', async ({ page }) => {
  await signInAs(page, server, 'office-manager@demo.test');
  await page.goto(`${server.url}/people`);
  await page.getByTestId('people-search').fill('Ruiz');
  await page.getByTestId('people-table').getByText('Elena Ruiz').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dr Elena Ruiz' })).toBeVisible();
  await expect(page.getByTestId('person-edit-form')).toHaveCount(0);
  await expect(page.getByText('Your role can view this person but not edit')).toBeVisible();
  const physician = page.url();

  await page.getByTestId('sign-out').click();
  await signInAs(page, server, 'administrator@demo.test');
  await page.goto(physician);
  await expect(page.getByRole('heading', { level: 1, name: 'Dr Elena Ruiz' })).toBeVisible();
  await expect(page.getByTestId('person-edit-form')).toBeVisible();
});

test('a stale edit shows the conflict banner with the other person’s values', async ({ browser }) => {
  const mine = await newPage(browser);
  const theirs = await newPage(browser);
  await signInAs(mine, server, 'practice-manager@demo.test');
  await signInAs(theirs, server, 'administrator@demo.test');
  for (const page of [mine, theirs]) {
    await page.goto(`${server.url}/people`);
    await page.getByTestId('people-search').fill('Fitzgerald');
    await page.getByTestId('people-table').getByText('Nora Fitzgerald').click();
    await expect(page.getByTestId('person-edit-form')).toBeVisible();
  }
  await theirs.getByTestId('person-edit-form').getByLabel('Last name').fill('Fitzgerald-Hale');
  await theirs.getByTestId('person-edit-form').getByTestId('save').click();
  await expect(theirs.getByText('Changes saved')).toBeVisible();

  const form = mine.getByTestId('person-edit-form');
  await form.getByLabel('First name').fill('Eleanor');
  await form.getByTestId('save').click();
  const banner = form.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(banner.locator('[data-conflict-field="lastName"]')).toHaveText('Fitzgerald-Hale');
  await screenshot(mine, 'person-conflict');
  await banner.getByTestId('take-theirs').click();
  await expect(form.getByLabel('Last name')).toHaveValue('Fitzgerald-Hale');
  await expect(form.getByLabel('First name')).toHaveValue('Nora');
  // The page fetched the other person's version too: nothing is left unsaved.
  await expect(mine.getByRole('heading', { level: 1, name: 'Nora Fitzgerald-Hale' })).toBeVisible();
  await expect(form.getByText('Unsaved changes')).toHaveCount(0);
});

test('the administrator sees the change in the audit log as a readable diff', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: 'Olivia Grant updated employee Jasmine Powell' }).first();
  await expect(row).toContainText('Work email');
  await expect(row).toContainText('jasmine.powell@riverside.example');
  await expect(row).toContainText('Office manager');
  await screenshot(page, 'audit-log');
});

test('views of pay are one line per page opened, apart from the changes', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Compensation' }).first().click();
  // The worksheet has loaded (its reads are what the audit log records), not just the dashboard's heading still showing.
  await expect(page).toHaveURL(/\/compensation/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Audit log' }).click();
  const changes = page.getByTestId('audit-table');
  await expect(changes).toBeVisible();
  await expect(changes.getByText('viewed', { exact: true })).toHaveCount(0);

  await page.getByTestId('audit-kind').getByText('Views of personal data').click();
  const reads = page.getByTestId('audit-reads-table');
  const line = reads
    .getByRole('row')
    .filter({ hasText: /Dana Whitfield viewed the .+ of \d+ people/ })
    .first();
  await expect(line).toBeVisible();
  // The line names the first people read and counts the rest, instead of one row per person.
  await expect(line).toContainText(/and \d+ more/);
  await screenshot(page, 'audit-log-views');
});
