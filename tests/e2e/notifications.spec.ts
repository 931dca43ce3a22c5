import path from 'node:path';
import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, newPage, signInAs, test } from './support/app';

/**
 * Issue 19.10: a budget submitted or sent back used to show only on its own page. Now the other
 * person sees it at the bell in the top bar, opens it, lands on the budget, and the count drops.
 */
const server = usePraxisServer();

const NEXT_YEAR = Number(TODAY.slice(0, 4)) + 1;

const bell = (page: Page) => page.getByTestId('notification-bell');

/** The visible window only: a full-page capture resizes the page, which closes the panel. */
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(__dirname, 'screenshots', `${name}.png`) });

async function draftBudgetId(page: Page): Promise<string> {
  const result = await graphqlFromPage(page, `{ budgets(fiscalYear: ${NEXT_YEAR}) { id status budgetVersion } }`);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const budgets = (result.data as { budgets: { id: string; status: string; budgetVersion: string }[] }).budgets;
  return budgets.find((b) => b.budgetVersion === 'ORIGINAL' && b.status === 'DRAFT')!.id;
}

test('a budget submitted reaches the administrator at the bell, and sent back reaches the practice manager', async ({ browser }) => {
  test.slow(); // two people, each signing in and opening a dashboard and the budget grid
  // The practice manager submits next year's draft; nothing is waiting for her.
  const pm = await newPage(browser);
  await signInAs(pm, server, 'practice-manager@demo.test');
  await expect(bell(pm)).toHaveAccessibleName('Notifications, none unread');
  await expect(pm.getByTestId('notification-count')).toHaveCount(0);
  const id = await draftBudgetId(pm);
  await pm.goto(`${server.url}/budgets/${id}`);
  await pm.getByTestId('budget-action-submit').click();
  await expect(pm.getByTestId('budget-status').first()).toHaveAttribute('data-status', 'SUBMITTED');

  // The administrator signs in and sees one unread at the bell.
  const admin = await newPage(browser);
  await signInAs(admin, server, 'administrator@demo.test');
  await expect(bell(admin)).toHaveAccessibleName('Notifications, 1 unread');
  await expect(admin.getByTestId('notification-count')).toHaveText('1');
  await bell(admin).click();
  const panel = admin.getByTestId('notification-panel');
  const item = panel.getByTestId('notification-item').first();
  await expect(item).toContainText(`Fiscal ${NEXT_YEAR} original budget submitted for your approval`);
  await expect(item).toContainText('submitted it.');
  // The older, read one from the demo is listed below it.
  await expect(panel.getByTestId('notification-item')).toHaveCount(2);
  await shot(admin, 'notifications-administrator-open');

  // Opening it lands on the budget and the count drops.
  await item.click();
  await expect(admin.getByRole('heading', { level: 1, name: `Fiscal ${NEXT_YEAR} · Original budget` })).toBeVisible();
  await expect(admin).toHaveURL(new RegExp(`/budgets/${id}$`));
  await expect(bell(admin)).toHaveAccessibleName('Notifications, none unread');
  await expect(admin.getByTestId('notification-count')).toHaveCount(0);

  // She sends it back with a comment.
  await admin.getByTestId('budget-action-reject').click();
  await admin.getByTestId('reject-comment').fill('Marketing is 20 % above last year; keep it flat.');
  await admin.getByTestId('confirm-reject').click();
  await expect(admin.getByTestId('budget-status').first()).toHaveAttribute('data-status', 'DRAFT');
  await expect(bell(admin)).toHaveAccessibleName('Notifications, none unread');

  // The practice manager, on her dashboard, sees it at the bell.
  await pm.goto(`${server.url}/`);
  await expect(bell(pm)).toHaveAccessibleName('Notifications, 1 unread');
  await bell(pm).click();
  const sentBack = pm.getByTestId('notification-panel').getByTestId('notification-item').first();
  await expect(sentBack).toContainText(`Fiscal ${NEXT_YEAR} original budget sent back`);
  await expect(sentBack).toContainText('Marketing is 20 % above last year; keep it flat.');
  await shot(pm, 'notifications-practice-manager-open');
  await sentBack.click();
  await expect(pm.getByTestId('rejection-banner')).toContainText('Marketing is 20 % above last year; keep it flat.');
  await expect(bell(pm)).toHaveAccessibleName('Notifications, none unread');

  // Read stays read after a reload.
  await pm.reload();
  await expect(bell(pm)).toHaveAccessibleName('Notifications, none unread');
  await admin.close();
  await pm.close();
});
