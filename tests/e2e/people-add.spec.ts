import type { AxeResults } from 'axe-core';
import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

const AXE = require.resolve('axe-core/axe.min.js');

/** Serious or critical WCAG 2.1 A/AA violations inside the open dialog (the page crawl never opens it). */
async function dialogViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
      { include: [['[data-testid="add-person-dialog"]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    ),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const headcount = (page: Page) => page.getByTestId('headcount-widget').locator('.stat').filter({ hasText: 'Headcount' }).locator('.value');

test('the physician owner adds a nurse in a new seat reporting to her, and a duplicate email is refused at its field', async ({ page }) => {
  await signInAs(page, server, 'owner@demo.test');
  await expect(headcount(page)).toHaveText('4');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'People' }).click();
  const table = page.getByTestId('people-table');
  await expect(table.getByText('Katie Morgan')).toBeVisible();

  await page.getByTestId('add-person').click();
  const dialog = page.getByTestId('add-person-dialog');
  await expect(page.getByRole('dialog', { name: 'Add a person' })).toBeVisible();
  // Defaults: hired today, full time, in a new seat reporting to the owner's own.
  await expect(dialog.getByLabel('Hire date')).toHaveValue(TODAY);
  await expect(dialog.getByTestId('reports-to')).toContainText('Dr Hannah Brooks — Physician Owner');
  await expect(dialog.locator('#ap-location')).toContainText('Lakeside Office');

  await dialog.getByLabel('First name').fill('Priya');
  await dialog.getByLabel('Last name').fill('Nair');
  await dialog.getByLabel('Work email').fill('priya.nair@lakesidepeds.example');
  await dialog.getByLabel('Staff category').click();
  await page.getByRole('option', { name: 'Clinical staff' }).click();
  await dialog.getByLabel('Employment type').click();
  await page.getByRole('option', { name: 'Part time' }).click();
  await dialog.getByLabel('FTE').fill('0.6');
  await dialog.getByLabel('Job title').fill('Pediatric Nurse');
  await screenshot(page, 'people-add-dialog');
  expect(await dialogViolations(page)).toEqual([]);

  await dialog.getByTestId('add-person-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Person added')).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: 'Priya Nair' });
  await expect(row).toContainText('Pediatric Nurse');
  await expect(row).toContainText('Part time');
  await expect(page.getByText('5 current employees')).toBeVisible();

  // The same email again: the error shows at the email field, and nobody is added.
  await page.getByTestId('add-person').click();
  await expect(dialog.getByLabel('First name')).toHaveValue('');
  await dialog.getByLabel('First name').fill('Pat');
  await dialog.getByLabel('Last name').fill('Nair');
  await dialog.getByLabel('Work email').fill('Priya.Nair@lakesidepeds.example');
  await dialog.getByLabel('Job title').fill('Scheduler');
  await dialog.getByTestId('add-person-save').click();
  await expect(dialog.getByTestId('error-workEmail')).toHaveText('Another employee already has this work email.');
  await expect(dialog.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'people-add-duplicate-email');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('5 current employees')).toBeVisible();

  // The dashboard's headcount counts her, without a reload.
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(headcount(page)).toHaveText('5');

  // The org chart draws her seat under the owner's.
  await nav.getByRole('link', { name: 'Org chart' }).click();
  const seat = page.getByTestId('org-chart').locator('[data-node-id]').filter({ hasText: 'Priya Nair' });
  await expect(seat).toContainText('Pediatric Nurse');
  await seat.click();
  const panel = page.getByTestId('seat-panel');
  await expect(panel.getByRole('heading', { name: 'Priya Nair' })).toBeVisible();
  await expect(panel).toContainText('Reports to');
  await expect(panel).toContainText('Dr Hannah Brooks');
  await expect(page.getByTestId('org-chart').locator('[data-node-id]').filter({ hasText: 'Scheduler' })).toHaveCount(0);
});

test('people who may not edit anyone see no Add person button', async ({ page }) => {
  await signInAs(page, server, 'assistant@demo.test');
  await page.goto(`${server.url}/people`);
  await expect(page.getByTestId('people-table')).toBeVisible();
  await expect(page.getByTestId('add-person')).toHaveCount(0);
});
