import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { TODAY, type PraxisServer } from './server';

export { expect };

/** The browser's clock: the afternoon of the server's fixed day, running on from there. */
const NOW = new Date(`${TODAY}T14:00:00`);

/** Playwright's `test`, whose pages live on the same day as the server. */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.install({ time: NOW });
    await use(page);
  },
});

/** A page of its own (another user signed in beside the first), on the same day. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.clock.install({ time: NOW });
  return page;
}

export const DEMO_PASSWORD = 'praxis-demo';

export async function signIn(page: Page, server: PraxisServer, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits until the app shell shows the user. */
export async function signInAs(page: Page, server: PraxisServer, email: string) {
  await signIn(page, server, email);
  await expect(page.getByTestId('viewer-name')).toBeVisible();
}

/** Full-page screenshots for people to look at; git ignores the PNGs. */
export async function screenshot(page: Page, name: string) {
  // From the top: a scrolled page would draw its sticky bar and sidebar in the middle of the picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(__dirname, '..', 'screenshots', `${name}.png`), fullPage: true });
}

/** POSTs a GraphQL operation from inside the page, with the page's session cookie and organization. */
export function graphqlFromPage(page: Page, query: string, organizationId?: string) {
  return page.evaluate(
    async ({ query, organizationId }) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const org = organizationId ?? localStorage.getItem('praxis.organizationId');
      if (org) headers['X-Praxis-Organization'] = org;
      const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) });
      return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    },
    { query, organizationId },
  );
}

/**
 * A dashboard widget that states a count beside a list (issue 19.6): the number in its subtitle
 * (the sum of the numbers `pattern` captures) equals the items it lists, or its empty state shows for 0.
 * Returns the count, or null when the page has no such widget.
 */
export async function expectCountMatchesList(page: Page, title: string, pattern: RegExp, listTestId: string): Promise<number | null> {
  const widget = page.locator('section.widget').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  if ((await widget.count()) === 0) return null;
  const subtitle = widget.locator('.subtitle');
  await expect(subtitle).toHaveText(pattern);
  const match = pattern.exec((await subtitle.textContent()) ?? '')!;
  const count = match.slice(1).reduce((sum, n) => sum + Number(n ?? 0), 0);
  const list = widget.getByTestId(listTestId);
  if (count === 0) await expect(list).toHaveCount(0);
  else await expect(list.locator(':scope > li')).toHaveCount(count);
  return count;
}
