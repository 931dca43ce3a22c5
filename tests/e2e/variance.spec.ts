import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signInAs, test } from './support/app';

/**
 * The variance report for one quarter beside the same quarter of last year (issue 19.9): the practice
 * manager picks a quarter, sorts by variance %, and keeps only the large unfavorable lines. The figures
 * expected here are added up from the months of this year's and last year's reports, so the page's
 * quarter sums (added by the database) are checked against another path.
 */
const server = usePraxisServer();

const THIS_YEAR = Number(TODAY.slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;
/** 123456 → "$1,235", as summaries round to the dollar (half away from zero). */
const dollars = (cents: number) => `${cents < 0 ? '-' : ''}$${Math.round(Math.abs(cents) / 100).toLocaleString('en-US')}`;

type Line = {
  key: string;
  accountCode: string | null;
  label: string;
  costCentreName: string | null;
  months: { budget: number; actual: number }[];
};
type PeriodLine = Line & {
  period: { budget: number; actual: number; variance: number; variancePercent: number | null; favourable: boolean };
  priorYear: { actual: number };
};

async function data<T>(page: Page, query: string): Promise<T> {
  const result = await graphqlFromPage(page, query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}
const q3 = (months: { actual: number; budget: number }[], field: 'actual' | 'budget') =>
  months.slice(6, 9).reduce((s, m) => s + m[field], 0);

test('the practice manager compares Q3 with last year’s, sorts by variance % and keeps the large unfavorable lines', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  const { currentBudget } = await data<{ currentBudget: { id: string } }>(page, '{ currentBudget { id } }');
  const [lastYearBudget] = (await data<{ budgets: { id: string }[] }>(page, `{ budgets(fiscalYear: ${LAST_YEAR}) { id } }`)).budgets;
  const linesOf = async (id: string, period = '') =>
    (
      await data<{ varianceReport: { lines: PeriodLine[]; revenue: { months: Line['months'] } } }>(
        page,
        `{ varianceReport(budgetId: "${id}"${period}) { revenue { months { budget actual } } lines { key accountCode label costCentreName months { budget actual }
          period { budget actual variance variancePercent favourable } priorYear { actual } } } }`,
      )
    ).varianceReport;
  const thisYear = await linesOf(currentBudget.id, ', period: { kind: QUARTER, quarter: 3 }');
  const lastYear = await linesOf(lastYearBudget!.id);
  const lastYearByKey = new Map(lastYear.lines.map((l) => [l.key, l]));

  await page.goto(`${server.url}/budgets/${currentBudget.id}/variance`);
  await expect(page.getByRole('heading', { level: 1, name: 'Variance report' })).toBeVisible();
  // Year to date through the last closed month is where the report opens.
  await expect(page.getByTestId('period-definition')).toContainText(`Jan–Oct ${THIS_YEAR}, the closed months`);
  await page.getByTestId('period-kind').getByRole('button', { name: 'Quarter' }).click();
  await page.getByTestId('period-quarter').click();
  await page.getByRole('option', { name: `Q3 · Jul–Sep ${THIS_YEAR}` }).click();
  await expect(page.getByTestId('period-quarter')).toContainText(`Q3 · Jul–Sep ${THIS_YEAR}`);

  // The quarter's revenue, and last year's Q3 beside it, as the months add up.
  const table = page.getByTestId('variance-table');
  await expect(table.getByTestId('table-period')).toHaveText(`Q3 · Jul–Sep ${THIS_YEAR}`);
  await expect(table.getByTestId('table-prior-period')).toHaveText(`Q3 · Jul–Sep ${LAST_YEAR}`);
  const revenueCard = page.locator('[data-kpi="revenue"]');
  await expect(revenueCard).toContainText('Revenue in Q3');
  await expect(revenueCard.getByTestId('kpi-actual')).toHaveText(dollars(q3(thisYear.revenue.months, 'actual')));
  await expect(revenueCard.getByTestId('kpi-prior')).toContainText(`Prior year ${dollars(q3(lastYear.revenue.months, 'actual'))}`);
  const revenueRow = table.locator('[data-row="s:REVENUE"]');
  await expect(revenueRow.getByTestId('budget')).toHaveText(dollars(q3(thisYear.revenue.months, 'budget')));
  await expect(revenueRow.getByTestId('prior-year')).toHaveText(dollars(q3(lastYear.revenue.months, 'actual')));

  // Largest variance % first: every line on its own row.
  await table.getByTestId('sort-percent').click();
  await expect(table.getByTestId('variance-summary')).toContainText('largest variance % first');
  const size = (l: PeriodLine) =>
    l.period.variancePercent == null ? (l.period.variance === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(l.period.variancePercent);
  const byPercent = [...thisYear.lines].sort((a, b) => size(b) - size(a));
  const top = byPercent[0]!;
  const firstRow = table.locator('[data-level="line"]').first();
  await expect(firstRow.locator('th')).toContainText(top.costCentreName ?? top.label);
  await expect(firstRow.getByTestId('budget')).toHaveText(dollars(q3(top.months, 'budget')));
  await expect(firstRow.getByTestId('actual')).toHaveText(dollars(q3(top.months, 'actual')));
  await expect(firstRow.getByTestId('prior-year')).toHaveText(dollars(q3(lastYearByKey.get(top.key)?.months ?? [], 'actual')));
  const shownPercents = (await table.locator('[data-level="line"]').getByTestId('variance-percent').allTextContents()).map((t) =>
    t === '—' ? Number.POSITIVE_INFINITY : Math.abs(Number(t.replace('−', '-').replace(/[+%]/g, ''))),
  );
  expect(shownPercents.length).toBe(thisYear.lines.length);
  for (let i = 1; i < shownPercents.length; i++) expect(shownPercents[i]!).toBeLessThanOrEqual(shownPercents[i - 1]!);

  // Only the unfavorable lines 10 % or more off their budget.
  await table.getByTestId('variance-show').click();
  await page.getByRole('option', { name: /^Unfavorable only/ }).click();
  await table.getByTestId('variance-unit').getByRole('button', { name: '%' }).click();
  await table.getByTestId('variance-at-least').fill('10');
  const expected = byPercent.filter((l) => !l.period.favourable && size(l) >= 10);
  expect(expected.length).toBeGreaterThan(0);
  const rows = table.locator('[data-level="line"]');
  await expect(rows).toHaveCount(expected.length);
  await expect(table.getByTestId('variance-summary')).toContainText(`${expected.length} ${expected.length === 1 ? 'line' : 'lines'}`);
  for (const cell of await rows.getByTestId('variance-percent').all()) await expect(cell).toHaveClass(/bad/);
  await page.waitForTimeout(1200); // the charts' entry animation
  await screenshot(page, 'variance-quarter-sorted-filtered');

  // Clearing the filter brings every line back; a month on its own has its own label.
  await table.getByTestId('clear-filter').click();
  await expect(rows).toHaveCount(thisYear.lines.length);
  await page.getByTestId('period-kind').getByRole('button', { name: 'Month' }).click();
  await page.getByTestId('period-month').click();
  await page.getByRole('option', { name: `Aug ${THIS_YEAR}` }).click();
  await expect(table.getByTestId('table-period')).toHaveText(`Aug ${THIS_YEAR}`);
  await expect(page.locator('[data-kpi="revenue"]')).toContainText(`Revenue in Aug ${THIS_YEAR}`);
  await expect(page.locator('[data-kpi="revenue"]').getByTestId('kpi-actual')).toHaveText(dollars(thisYear.revenue.months[7]!.actual));
});
