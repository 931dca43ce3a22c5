import { usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();

test.describe('the office manager and compensation', () => {
  test('the UI shows no compensation item and refuses the page with a 403', async ({ page }) => {
    await signInAs(page, server, 'office-manager@demo.test');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Org chart' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Compensation' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

    await page.goto(`${server.url}/compensation`);
    await expect(page.getByTestId('forbidden-page')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
    await expect(page.getByTestId('pool-meter')).toHaveCount(0);
    await expect(page).toHaveURL(/\/compensation$/);
    await screenshot(page, 'forbidden');

    await page.goto(`${server.url}/audit`);
    await expect(page.getByTestId('forbidden-page')).toBeVisible();
  });

  test('the API refuses the same areas with FORBIDDEN', async ({ page }) => {
    await signInAs(page, server, 'office-manager@demo.test');
    const audit = await graphqlFromPage(page, '{ auditLog { total } }');
    expect(audit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(audit.data ?? null).toBeNull();
    // The same session may read what the role holds.
    const headcount = await graphqlFromPage(page, '{ headcount { total } }');
    expect(headcount.errors).toBeUndefined();
  });

  test('the practice manager may open compensation', async ({ page }) => {
    await signInAs(page, server, 'practice-manager@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compensation' }).click();
    await expect(page.getByTestId('cycle-name')).toBeVisible();
    await expect(page.getByTestId('pool-meter')).toBeVisible();
  });
});

test('an unknown address shows the 404 page inside the app', async ({ page }) => {
  await signInAs(page, server, 'staff@demo.test');
  await page.goto(`${server.url}/no-such-page`);
  await expect(page.getByTestId('not-found-page')).toBeVisible();
});

test('signed out, a deep link goes to sign-in and comes back after it', async ({ page }) => {
  await page.goto(`${server.url}/org-chart`);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await page.getByLabel('Email').fill('assistant@demo.test');
  await page.getByLabel('Password', { exact: true }).fill('praxis-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/org-chart$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Org chart' })).toBeVisible();
});
