import { usePraxisServer } from './support/server';
import { expect, screenshot, signIn, test } from './support/app';

const server = usePraxisServer();

test('the sign-in page lists the demo users and fills one in', async ({ page }) => {
  await page.goto(`${server.url}/sign-in`);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Explore the demo' })).toBeVisible();
  await screenshot(page, 'sign-in');
  await page.locator('[data-email="office-manager@demo.test"]').click();
  await expect(page.getByLabel('Email')).toHaveValue('office-manager@demo.test');
});

test('a wrong password says so and keeps the user on the page', async ({ page }) => {
  await signIn(page, server, 'administrator@demo.test', 'not-the-password');
  await expect(page.getByTestId('sign-in-error')).toHaveText(/The email or password is incorrect/);
  await expect(page).toHaveURL(/\/sign-in/);
  await screenshot(page, 'sign-in-error');
});

test('too many failed attempts say how long the account is locked', async ({ page }) => {
  const error = page.getByTestId('sign-in-error');
  for (let attempt = 0; attempt < 12; attempt++) {
    await signIn(page, server, 'staff@demo.test', `wrong-${attempt}`);
    await expect(error).toBeVisible();
    if (/locked/.test((await error.textContent()) ?? '')) break;
  }
  await expect(error).toHaveText(/Too many failed attempts.*locked for \d+ minutes?/);
});

test('sign out returns to the sign-in page and the session is gone', async ({ page }) => {
  await signIn(page, server, 'provider@demo.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Provider overview' })).toBeVisible();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`${server.url}/people`);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
});
