import { usePraxisServer } from './support/server';
import { expect, newPage, screenshot, signInAs, test } from './support/app';

const server = usePraxisServer();
const LAST_WEEK = '2026-11-08';

test('a staff member’s week: a missed clock-out fixed by the office manager, approved by the manager, exported once', async ({
  page,
  browser,
}) => {
  // Sam clocks in on his phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, server, 'staff@demo.test');
  await page.goto(`${server.url}/my-week`);
  await expect(page.getByRole('heading', { level: 1, name: 'My week' })).toBeVisible();
  await page.getByTestId('clock-in').click();
  await expect(page.getByTestId('notice')).toContainText('Clocked in');
  await expect(page.getByTestId('clock-out')).toBeVisible();
  await expect(page.getByTestId('meal-start')).toBeVisible();
  await screenshot(page, 'timecards-my-week-390');

  // Last week he forgot to clock out on Thursday: the card cannot be submitted.
  await page.getByTestId('prev-week').click();
  await expect(page.getByTestId('week-range')).toContainText('Nov 8, 2026');
  await expect(page.getByTestId(`day-2026-11-12`).getByTestId('missed-clock-out')).toBeVisible();
  await expect(page.getByTestId('submit-week')).toBeDisabled();
  await screenshot(page, 'timecards-missed-clock-out-390');

  // The office manager corrects it with a reason.
  const office = await newPage(browser);
  await office.setViewportSize({ width: 1440, height: 900 });
  await signInAs(office, server, 'office-manager@demo.test');
  await office.goto(`${server.url}/team-cards?week=${LAST_WEEK}`);
  await expect(office.getByRole('heading', { level: 1, name: 'Team cards' })).toBeVisible();
  await screenshot(office, 'timecards-team-cards-1440');
  await office
    .getByTestId('team-cards')
    .getByRole('row', { name: /Sam Carter/ })
    .click();
  await expect(office.getByRole('heading', { level: 1, name: /Sam Carter · week of Nov 8, 2026/ })).toBeVisible();
  await office.getByTestId('day-2026-11-12').getByTestId('correct-entry').click();
  const dialog = office.getByTestId('entry-dialog');
  await dialog.getByLabel('Clock out', { exact: true }).fill('16:30');
  await dialog.getByTestId('save-entry').click();
  await expect(dialog.getByTestId('error-reason')).toContainText('Say why');
  await dialog.getByLabel('Reason').fill('Missed clock-out; left at 4:30 per the schedule');
  await screenshot(office, 'timecards-correction-dialog-1440');
  await dialog.getByTestId('save-entry').click();
  await expect(office.getByTestId('notice')).toContainText('the original punch is kept');
  await expect(office.getByTestId('week-corrections')).toContainText('Missed clock-out; left at 4:30 per the schedule');
  await expect(office.getByTestId('day-2026-11-12').getByTestId('missed-clock-out')).toHaveCount(0);
  await screenshot(office, 'timecards-corrected-card-1440');

  // Sam submits the week.
  await page.reload();
  await expect(page.getByTestId('submit-week')).toBeEnabled();
  await page.getByTestId('submit-week').click();
  await expect(page.getByTestId('card-status')).toHaveText('Submitted');

  // His manager approves it.
  await office.goto(`${server.url}/team-cards?week=${LAST_WEEK}`);
  await office.getByRole('button', { name: 'Approve Sam Carter' }).click();
  await expect(office.getByTestId('notice')).toHaveText('Approved Sam Carter’s card.');

  // The practice manager exports the week once.
  const manager = await newPage(browser);
  await manager.setViewportSize({ width: 1440, height: 900 });
  await signInAs(manager, server, 'practice-manager@demo.test');
  await manager.goto(`${server.url}/payroll?week=${LAST_WEEK}`);
  await expect(manager.getByRole('heading', { level: 1, name: 'Payroll export' })).toBeVisible();
  await expect(manager.getByTestId('period-cards').getByRole('row', { name: /Sam Carter/ })).toContainText('Approved');
  await manager.getByTestId('export').click();
  await expect(manager.getByTestId('notice')).toContainText('Batch 8');
  await expect(manager.getByTestId('period-cards').getByRole('row', { name: /Sam Carter/ })).toContainText('Exported');
  await expect(manager.getByTestId('export')).toBeDisabled();
  await screenshot(manager, 'timecards-payroll-1440');
  const csv = await manager.evaluate(async () => {
    const href = document.querySelector('[data-testid="download-gusto"]')!.getAttribute('href')!;
    const org = localStorage.getItem('praxis.organizationId');
    return (await fetch(`${href}${org ? `?organization=${org}` : ''}`)).text();
  });
  expect(csv.split('\r\n')[0]).toBe('last_name,first_name,regular_hours,overtime_hours,double_overtime_hours,pto_hours,sick_hours');
  expect(csv).toMatch(/\r\nCarter,Sam,\d+\.\d\d,/);

  // Sam's week is exported: no more changes.
  await page.reload();
  await expect(page.getByTestId('card-status')).toHaveText('Exported');
  await screenshot(page, 'timecards-exported-390');
});
