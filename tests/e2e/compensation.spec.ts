import type { Page } from '@playwright/test';
import { TODAY, usePraxisServer } from './support/server';
import { expect, graphqlFromPage, screenshot, signInAs, test } from './support/app';

/**
 * The demo's open merit cycle end to end: the practice manager proposes raises for two staff
 * members and watches the pool move as she types; the administrator approves and applies the
 * cycle; the staff member then finds the new pay on their own pay page.
 */
const server = usePraxisServer();
test.describe.configure({ mode: 'serial' });

const NEXT_YEAR = Number(TODAY.slice(0, 4)) + 1;

/** Whole dollars, as the pool meter shows them (half up, positive amounts). */
const dollars = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;
/** n ÷ d, half up, in integers. */
const halfUp = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d));

type Row = {
  id: string;
  name: string;
  payBasis: 'HOURLY' | 'SALARY';
  rate: number;
  fteHundredths: number;
  annualPay: number;
  proposedBy: string | null;
  rating: number | null;
  meritBps: number;
  rationale: string | null;
};

/** The raise for a year at the person's FTE, worked out here independently of the app. */
function raise(row: Row, meritBps: number) {
  const newRate = row.rate + halfUp(row.rate * meritBps, 10_000);
  const fullTime = row.payBasis === 'HOURLY' ? newRate * 2080 : newRate;
  return { newRate, cost: halfUp(fullTime * row.fteHundredths, 100) - row.annualPay };
}

async function data<T>(page: Page, query: string): Promise<T> {
  const result = await graphqlFromPage(page, query);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

async function worksheet(page: Page) {
  const { compensationCycles } = await data<{ compensationCycles: { id: string; status: string }[] }>(
    page,
    '{ compensationCycles { id status } }',
  );
  const cycle = compensationCycles.find((c) => c.status === 'OPEN' || c.status === 'APPROVED')!;
  return data<{ compensationCycle: { pool: { used: number } }; cycleWorksheet: Row[] }>(
    page,
    `{
    compensationCycle(id: "${cycle.id}") { pool { used } }
    cycleWorksheet(cycleId: "${cycle.id}") { id name payBasis rate fteHundredths annualPay proposedBy rating meritBps rationale }
  }`,
  );
}

async function chooseRating(page: Page, row: ReturnType<Page['locator']>, name: string, label: string) {
  await row.getByRole('combobox', { name: `Rating for ${name}` }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

type Completion = {
  eligible: number;
  proposed: number;
  missing: number;
  byManager: { managerName: string | null; eligible: number; proposed: number }[];
  unproposed: { name: string; managerName: string | null; isYou: boolean }[];
};

async function completion(page: Page) {
  const { currentCompensationCycle } = await data<{ currentCompensationCycle: { completion: Completion } }>(
    page,
    `{ currentCompensationCycle { completion { eligible proposed missing
      byManager { managerName eligible proposed } unproposed { name managerName isYou } } } }`,
  );
  return currentCompensationCycle.completion;
}

// Issue 19.3: the review panel said "Nothing unusual" with 42 of 46 people unproposed, and one click approved it.
test('the administrator sees who has no proposal yet, and cannot approve an incomplete cycle by a click', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  await page.getByTestId('compensation-cycle-widget').getByTestId('widget-review-cycle').click();
  await expect(page.getByRole('heading', { level: 2, name: `${NEXT_YEAR} merit cycle` })).toBeVisible();

  // Worked out from the worksheet, independently of the completion figures.
  const { cycleWorksheet } = await worksheet(page);
  const proposed = cycleWorksheet.filter((r) => r.proposedBy).length;
  const missing = cycleWorksheet.length - proposed;
  expect(missing).toBeGreaterThan(0);
  await expect(page.getByTestId('kpi-proposed')).toContainText(`${proposed} of ${cycleWorksheet.length}`);
  await expect(page.getByTestId('incomplete-warning')).toContainText(`${proposed} of ${cycleWorksheet.length} proposed`);
  await expect(page.getByTestId('attention')).not.toContainText('Nothing unusual');
  await expect(page.getByTestId('attention')).toContainText(`${missing} people still without a proposal`);

  // Completion by manager, and who has no proposal, by name.
  const c = await completion(page);
  expect([c.eligible, c.proposed]).toEqual([cycleWorksheet.length, proposed]);
  await expect(page.getByTestId('completion-summary')).toContainText(`${proposed} of ${cycleWorksheet.length} proposed`);
  await expect(page.getByTestId('manager-completion')).toHaveCount(c.byManager.length);
  for (const m of c.byManager) {
    const row = page.locator(`[data-testid="manager-completion"][data-manager="${m.managerName ?? 'No manager in post'}"]`);
    await expect(row.locator('td')).toHaveText([
      m.managerName ?? 'No manager in post',
      String(m.eligible),
      String(m.proposed),
      m.eligible - m.proposed ? String(m.eligible - m.proposed) : '—',
    ]);
  }
  const unproposed = page.getByTestId('unproposed-person');
  await expect(unproposed).toHaveCount(missing);
  await expect(page.getByTestId('unproposed')).toContainText('Keisha Young');
  await expect(unproposed.filter({ hasText: 'Dana Whitfield' })).toContainText('you (nobody proposes their own raise)');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await page.getByTestId('completion').scrollIntoViewIfNeeded();
  await screenshot(page, 'compensation-completion');

  // Approving asks for an explicit choice and a reason; without them nothing can be sent.
  await page.getByTestId('cycle-approve').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText(`Approve the ${NEXT_YEAR} merit cycle incomplete?`);
  await expect(dialog.getByTestId('incomplete-counts')).toContainText(`${proposed} of ${cycleWorksheet.length} proposed`);
  await expect(dialog.getByTestId('incomplete-counts')).toContainText(`${missing} people without a proposal`);
  const confirm = dialog.getByTestId('confirm-action');
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId('incomplete-reason').fill('Year end');
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId('incomplete-reason').fill('');
  await dialog.getByLabel(/I approve the cycle with \d+ people unproposed/).check();
  await expect(confirm).toBeDisabled();
  await screenshot(page, 'compensation-approve-incomplete-dialog');
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByTestId('cycle-status')).toHaveText('Open');

  // The API refuses it the same way, and the cycle stays open.
  const refused = await graphqlFromPage(
    page,
    `mutation { approveCompensationCycle(id: "${(await data<{ currentCompensationCycle: { id: string } }>(page, '{ currentCompensationCycle { id } }')).currentCompensationCycle.id}") { status } }`,
  );
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NEEDS_CONFIRMATION', kind: 'CYCLE_INCOMPLETE', missing });
  expect((await completion(page)).proposed).toBe(proposed);
});

test('the practice manager proposes raises for two staff members and sees the pool move', async ({ page }) => {
  await signInAs(page, server, 'practice-manager@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compensation' }).click();
  await expect(page.getByTestId('cycle-name')).toHaveText(`${NEXT_YEAR} merit cycle`);
  // Provider pay is the administrator's: the practice manager is told the worksheet and pool are staff only.
  await expect(page.getByTestId('staff-only')).toContainText('You see staff only');

  const before = await worksheet(page);
  const keisha = before.cycleWorksheet.find((r) => r.name === 'Keisha Young')!;
  const sam = before.cycleWorksheet.find((r) => r.name === 'Sam Carter')!;
  expect(keisha.proposedBy).toBeNull();
  expect(sam.proposedBy).toBeNull();
  const used = page.getByTestId('pool-used');
  await expect(used).toHaveText(dollars(before.compensationCycle.pool.used));

  // Keisha Young meets expectations: 3 %, inside the guideline. The meter moves as the digit is typed.
  const keishaRow = page.locator('[data-testid="worksheet-row"][data-employee="Keisha Young"]');
  await chooseRating(page, keishaRow, 'Keisha Young', '3 · Meets');
  await keishaRow.getByLabel('Merit increase % for Keisha Young').fill('3');
  const keishaRaise = raise(keisha, 300);
  await expect(used).toHaveText(dollars(before.compensationCycle.pool.used + keishaRaise.cost));
  await expect(page.getByTestId('pool-unsaved')).toContainText(`+${dollars(keishaRaise.cost)} not saved yet`);
  await expect(keishaRow.getByTestId('new-pay')).toHaveText(dollars(keisha.annualPay + keishaRaise.cost));
  await keishaRow.getByTestId('save-row').click();
  await expect(keishaRow.getByTestId('row-saved')).toBeVisible();
  await expect(page.getByTestId('pool-unsaved')).toHaveCount(0);
  await expect(page.getByTestId('pool-check')).toContainText('match this page’s to the cent');

  // Sam Carter, found through the department filter: 5 % is above the guideline for a 4, so the server asks why.
  await page.getByTestId('filter-department').click();
  await page.getByRole('option', { name: 'Front Office', exact: true }).click();
  await expect(page.locator('[data-testid="worksheet-row"][data-employee="Keisha Young"]')).toHaveCount(0);
  const samRow = page.locator('[data-testid="worksheet-row"][data-employee="Sam Carter"]');
  await chooseRating(page, samRow, 'Sam Carter', '4 · Exceeds');
  const samMerit = samRow.getByLabel('Merit increase % for Sam Carter');
  await samMerit.fill('5');
  await expect(samRow.getByTestId('guideline')).toContainText('guide 3–4.5%');
  await expect(samRow.getByTestId('pay-flags')).toContainText('Outside guideline');
  const samRaise = raise(sam, 500);
  await expect(used).toHaveText(dollars(before.compensationCycle.pool.used + keishaRaise.cost + samRaise.cost));
  await samMerit.press('Enter');
  await expect(samRow.getByTestId('rationale-error')).toContainText('say why this differs');
  await samRow.getByLabel('Rationale for Sam Carter').fill('Runs the front desk at both clinics since March');
  await expect(samRow.getByTestId('rationale-error')).toHaveCount(0);
  await samRow.getByLabel('Rationale for Sam Carter').press('Enter');
  await expect(samRow.getByTestId('row-saved')).toBeVisible();
  await expect(page.getByTestId('pool-check')).toContainText('Saved Sam Carter');

  // The server's pool agrees with what the meter showed while typing.
  const after = await worksheet(page);
  expect(after.compensationCycle.pool.used).toBe(before.compensationCycle.pool.used + keishaRaise.cost + samRaise.cost);
  await expect(used).toHaveText(dollars(after.compensationCycle.pool.used));
  // The demo's administrator proposed for the managers beforehand; these two are the practice manager's.
  const saved = Object.fromEntries(
    after.cycleWorksheet.filter((r) => r.proposedBy === 'Marcus Bell').map((r) => [r.name, [r.rating, r.meritBps, r.proposedBy]]),
  );
  expect(saved).toEqual({ 'Keisha Young': [3, 300, 'Marcus Bell'], 'Sam Carter': [4, 500, 'Marcus Bell'] });

  // Everyone again, scrolled to the top, for the picture.
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('[data-testid="worksheet-row"][data-employee="Keisha Young"]')).toBeVisible();
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await screenshot(page, 'compensation-worksheet');
});

test('the administrator approves and applies the cycle and sees what it wrote', async ({ page }) => {
  await signInAs(page, server, 'administrator@demo.test');
  const widget = page.getByTestId('compensation-cycle-widget');
  await expect(widget.getByTestId('widget-cycle-status')).toHaveText('Open');
  const before = await worksheet(page);
  const proposed = before.cycleWorksheet.filter((r) => r.rating != null || r.meritBps > 0);
  await widget.getByTestId('widget-review-cycle').click();

  await expect(page.getByRole('heading', { level: 2, name: `${NEXT_YEAR} merit cycle` })).toBeVisible();
  await expect(page.getByTestId('kpi-proposed')).toContainText(`${proposed.length} of ${before.cycleWorksheet.length}`);
  // Sam Carter's raise is outside the guideline with its reason; the administrator's seeded ones are inside it.
  const samLine = page.locator('[data-testid="attention-row"][data-employee="Sam Carter"]');
  await expect(samLine).toContainText('Runs the front desk at both clinics');
  await expect(page.getByTestId('attention')).not.toContainText('No rationale given');
  await expect(page.getByTestId('guideline-matrix')).toContainText('Exceeds');
  await expect(page.locator('.p-skeleton')).toHaveCount(0);
  await screenshot(page, 'compensation-approval');

  // Most people still have no proposal: the administrator approves anyway, on purpose and saying why.
  const missing = before.cycleWorksheet.length - before.cycleWorksheet.filter((r) => r.proposedBy).length;
  await page.getByTestId('cycle-approve').click();
  const dialog = page.getByTestId('confirm-dialog');
  await dialog.getByLabel(/I approve the cycle with \d+ people unproposed/).check();
  const reason = 'Payroll closes Friday; the rest follow in a mid-year cycle.';
  await dialog.getByTestId('incomplete-reason').fill(reason);
  await dialog.getByTestId('confirm-action').click();
  await expect(page.getByTestId('cycle-status')).toHaveText('Approved');
  await expect(page.getByTestId('approved-incomplete')).toContainText(
    `Approved with ${before.cycleWorksheet.length - missing} of ${before.cycleWorksheet.length} proposed`,
  );
  await expect(page.getByTestId('approved-incomplete')).toContainText(reason);

  await page.getByTestId('cycle-apply').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('all at once');
  await page.getByTestId('confirm-action').click();
  const result = page.getByTestId('apply-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('cycle-status')).toHaveText('Applied');
  await expect(page.getByTestId('apply-records')).toContainText(
    `${proposed.length} new pay records written, effective Jan 1, ${NEXT_YEAR}`,
  );
  await expect(page.getByTestId('apply-budget')).toContainText(/The draft budget rose by \$[\d,]+ across \d+ salary and benefits lines/);
  await expect(page.getByTestId('cycle-apply')).toHaveCount(0);

  // The pay record the cycle wrote for Sam Carter: the new rate from next year's first day.
  const sam = before.cycleWorksheet.find((r) => r.name === 'Sam Carter')!;
  const { employees } = await data<{ employees: { id: string; fullName: string }[] }>(page, '{ employees { id fullName } }');
  const samId = employees.find((e) => e.fullName === 'Sam Carter')!.id;
  const { payHistory } = await data<{ payHistory: { effectiveFrom: string; rate: number; reason: string }[] }>(
    page,
    `{ payHistory(employeeId: "${samId}") { effectiveFrom rate reason } }`,
  );
  expect(payHistory[0]).toEqual({ effectiveFrom: `${NEXT_YEAR}-01-01`, rate: raise(sam, 500).newRate, reason: 'MERIT' });
  await screenshot(page, 'compensation-applied');

  // The draft budget the result links to.
  await page.getByTestId('apply-budget-link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Fiscal ${NEXT_YEAR}`) })).toBeVisible();
});

test('the staff member sees only their own pay, with the raise to come', async ({ page }) => {
  await signInAs(page, server, 'staff@demo.test');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Compensation' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'My pay' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My pay' })).toBeVisible();
  await expect(page.getByTestId('upcoming-pay')).toContainText(`New pay from Jan 1, ${NEXT_YEAR}`);
  await expect(page.getByTestId('upcoming-pay')).toContainText('merit increase');
  await expect(page.getByTestId('pay-record').first()).toContainText('Upcoming');
  // The reviewers' rationale stays with them: the record names the cycle.
  await expect(page.getByTestId('pay-record').first()).toContainText(`${NEXT_YEAR} merit cycle`);
  await expect(page.getByTestId('pay-record').first()).not.toContainText('Runs the front desk');
  await screenshot(page, 'my-pay');
  // The worksheet is refused to staff, in the UI and by the API.
  await page.goto(`${server.url}/compensation`);
  await expect(page.getByTestId('forbidden-page')).toBeVisible();
  const refused = await graphqlFromPage(page, '{ compensationCycles { id } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
