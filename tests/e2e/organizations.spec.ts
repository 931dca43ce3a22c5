import { usePraxisServer } from './support/server';
import { expect, graphqlFromPage, newPage, screenshot, signIn, test } from './support/app';

const server = usePraxisServer();

test('the consultant chooses a practice, then switches to the other one', async ({ page }) => {
  await signIn(page, server, 'consultant@demo.test');
  await expect(page.getByRole('heading', { name: 'Choose a practice' })).toBeVisible();
  await screenshot(page, 'choose-organization');
  await page.getByRole('button', { name: /Riverside Family Medicine/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Consultant overview' })).toBeVisible();
  const switcher = page.getByTestId('organization-switcher');
  await expect(switcher).toContainText('Riverside Family Medicine');
  await expect(page.getByTestId('headcount-widget')).toContainText('46');

  await switcher.click();
  // Dates read the same everywhere: the consultant's end of access in the app's format, never ISO.
  await expect(page.getByRole('option').first()).toContainText(/access ends [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(page.getByRole('option').filter({ hasText: /\d{4}-\d{2}-\d{2}/ })).toHaveCount(0);
  await page.getByRole('option', { name: /Lakeside Pediatrics/ }).click();
  await expect(switcher).toContainText('Lakeside Pediatrics');
  await expect(page.locator('.sidebar')).toContainText('Lakeside Pediatrics');
  // Everything was fetched again for the other practice: four people work at Lakeside.
  await expect(page.getByTestId('headcount-widget')).toContainText('4');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org chart' }).click();
  await expect(page.getByTestId('org-chart')).toContainText('Hannah Brooks');
  await expect(page.getByTestId('org-chart')).not.toContainText('Dana Whitfield');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByTestId('organization-switcher')).toContainText('Lakeside Pediatrics');
});

test('a link to a record of another of my practices offers to switch there; to anyone else it is simply not found', async ({
  page,
  browser,
}) => {
  await signIn(page, server, 'consultant@demo.test');
  await page.getByRole('button', { name: /Riverside Family Medicine/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consultant overview' })).toBeVisible();
  type Ids = { budgets: { id: string; fiscalYear: number }[]; bills: { bills: { id: string }[] } };
  const ids = (await graphqlFromPage(page, '{ budgets(status: APPROVED) { id fiscalYear } bills(limit: 1) { bills { id } } }')).data as Ids;
  const budget = ids.budgets[0];
  const bill = ids.bills.bills[0].id;

  // Now working in Lakeside, the consultant opens a link to Riverside's budget.
  const switcher = page.getByTestId('organization-switcher');
  await switcher.click();
  await page.getByRole('option', { name: /Lakeside Pediatrics/ }).click();
  await expect(switcher).toContainText('Lakeside Pediatrics');
  await page.goto(`${server.url}/budgets/${budget.id}`);
  const elsewhere = page.getByTestId('record-elsewhere');
  await expect(elsewhere.getByRole('heading', { name: 'This budget belongs to Riverside Family Medicine' })).toBeVisible();
  await expect(elsewhere).toContainText('You are working in Lakeside Pediatrics');
  await screenshot(page, 'record-in-another-practice');
  await elsewhere.getByRole('button', { name: 'Switch to Riverside Family Medicine' }).click();
  await expect(switcher).toContainText('Riverside Family Medicine');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Fiscal ${budget.fiscalYear}`) })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/budgets/${budget.id}`);

  // The same for every record page, here a bill (whose page shows errors inline).
  await switcher.click();
  await page.getByRole('option', { name: /Lakeside Pediatrics/ }).click();
  await expect(switcher).toContainText('Lakeside Pediatrics');
  await page.goto(`${server.url}/bills/${bill}`);
  await expect(elsewhere.getByRole('heading', { name: 'This bill belongs to Riverside Family Medicine' })).toBeVisible();
  await elsewhere.getByRole('button', { name: 'Switch to Riverside Family Medicine' }).click();
  await expect(switcher).toContainText('Riverside Family Medicine');
  await expect(page.getByTestId('record-elsewhere')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('not found');

  // Lakeside's owner belongs only to Lakeside: the link is a plain "not found", saying nothing of Riverside.
  const owner = await newPage(browser);
  await signIn(owner, server, 'owner@demo.test');
  await expect(owner.getByTestId('viewer-name')).toBeVisible();
  await owner.goto(`${server.url}/budgets/${budget.id}`);
  await expect(owner.getByRole('heading', { level: 1, name: 'This budget does not exist' })).toBeVisible();
  await expect(owner.getByTestId('record-elsewhere')).toHaveCount(0);
  await expect(owner.locator('main')).not.toContainText('Riverside');
  await owner.close();
});
