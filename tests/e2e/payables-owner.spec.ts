import { usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();
const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('the physician owner sees on the dashboard what the practice owes this week and the cash it takes; the administrator does not get the widget', async ({
  page,
}) => {
  await signInAs(page, server, 'owner@demo.test');
  const widget = page.getByTestId('owner-payables');
  await expect(widget).toBeVisible();
  const result = await graphqlFromPage(page, '{ payablesOverview { overdue { count amount } dueThisWeek { count amount } } }');
  const o = (result.data as any).payablesOverview;
  await expect(widget.getByTestId('cash-needed')).toHaveText(dollars(o.overdue.amount + o.dueThisWeek.amount));
  await expect(widget.getByTestId('owner-overdue').getByTestId('owner-count')).toHaveText(String(o.overdue.count));
  await expect(widget.getByTestId('owner-due').getByTestId('owner-amount')).toHaveText(dollars(o.dueThisWeek.amount));
  await expect(widget.getByTestId('owner-approve')).toBeVisible(); // one approver, no limit: every bill is hers to approve
  await screenshot(page, 'dashboard-owner-payables');

  await widget.getByTestId('owner-pay-bills').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payment run' })).toBeVisible();

  await page.getByTestId('sign-out').click();
  await signInAs(page, server, 'administrator@demo.test');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await expect(page.getByTestId('owner-payables')).toHaveCount(0);
});
