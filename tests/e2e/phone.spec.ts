import type { Page } from '@playwright/test';
import { usePraxisServer } from './support/server';
import { expect, screenshot, signIn, test } from './support/app';

/**
 * Praxis on a phone (390 × 844, an iPhone 14) and a small laptop: the navigation is a drawer behind
 * the menu button, nothing is wider than the screen, and tables keep the columns people read them for.
 */
const PHONE = { width: 390, height: 844 };

const DASHBOARDS: { email: string; role: string; heading: string; organization?: string; timeCards?: string[] }[] = [
  { email: 'administrator@demo.test', role: 'administrator', heading: 'Practice overview' },
  { email: 'owner@demo.test', role: 'physician-owner', heading: 'Practice overview' },
  { email: 'practice-manager@demo.test', role: 'practice-manager', heading: 'Operations overview', timeCards: ['/team-cards', '/payroll'] },
  { email: 'office-manager@demo.test', role: 'office-manager', heading: 'Office overview', timeCards: ['/team-cards', '/my-week'] },
  { email: 'consultant@demo.test', role: 'consultant', heading: 'Consultant overview', organization: 'Riverside Family Medicine' },
  { email: 'assistant@demo.test', role: 'assistant', heading: 'Assistant overview', timeCards: ['/my-week'] },
  { email: 'provider@demo.test', role: 'provider', heading: 'Provider overview' },
  { email: 'staff@demo.test', role: 'staff', heading: 'Staff overview', timeCards: ['/my-week'] },
];

const server = usePraxisServer();

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function loaded(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.p-skeleton')).toHaveCount(0, { timeout: 15_000 });
}

for (const user of DASHBOARDS) {
  test(`the ${user.role}'s dashboard fits a phone and the navigation opens from the menu`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signIn(page, server, user.email);
    if (user.organization) await page.getByRole('button', { name: new RegExp(user.organization) }).click();
    await expect(page.getByRole('heading', { level: 1, name: user.heading })).toBeVisible();
    await loaded(page);

    // The content has the whole width: no sidebar beside it, nothing to scroll sideways.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.x).toBeLessThan(40);
    await screenshot(page, `phone-dashboard-${user.role}`);

    // The menu opens the navigation over the page; choosing a page closes it again.
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(nav).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    if (user.role === 'administrator') await screenshot(page, 'phone-navigation-open');
    const links = nav.getByRole('link');
    const target = links.nth((await links.count()) - 1);
    const label = (await target.innerText()).trim();
    await target.click();
    await expect(nav).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.title()).toContain(label);

    // The keyboard: focus moves into the drawer, Escape closes it and returns to the menu button.
    await menu.click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    for (const path of user.timeCards ?? []) {
      await page.goto(`${server.url}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await loaded(page);
      expect(await overflow(page), `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      await screenshot(page, `phone-${user.role}${path.replaceAll('/', '-')}`);
    }
  });
}

test('on a 1024 px laptop the campaigns table keeps cost per new patient and ROI in view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, server, 'practice-manager@demo.test');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto(`${server.url}/campaigns`);
  await loaded(page);
  for (const column of ['Cost / new patient', 'ROI']) {
    await expect(page.getByRole('columnheader', { name: column })).toBeInViewport({ ratio: 1 });
  }
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'laptop-campaigns');
});
