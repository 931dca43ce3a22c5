import { usePraxisServer } from './support/server';
import { expect, expectCountMatchesList, graphqlFromPage, screenshot, signIn, signInAs, test } from './support/app';

/**
 * Every demo role signs in, lands on its own dashboard and sees exactly the navigation its
 * capabilities allow. The tables mirror the server's policy table and the navigation items of the
 * client's features (client/src/features/<area>/routes.ts, composed by client/src/app/navigation.ts);
 * the test also checks the first against what the server says the viewer holds.
 */
const MANAGEMENT_COMMON = [
  'ORG_CHART_READ',
  'PEOPLE_READ_DETAILS',
  'PEOPLE_EDIT_OFFICE_STAFF',
  'PAYABLES_READ',
  'PAYABLES_ENTER',
  'PAYABLES_APPROVE',
  'RECEIVABLES_READ',
  'RECEIVABLES_ENTER',
  'RECEIVABLES_APPROVE',
  'TIME_CARDS_OWN',
  'TIME_CARDS_ENTER',
  'BUDGETS_READ',
  'CAMPAIGNS_READ',
  'COMPENSATION_OWN_READ',
  'NOTIFICATIONS_OWN',
];
const ALL = [
  ...MANAGEMENT_COMMON,
  'LEAD_CONTACTS_READ',
  'PEOPLE_EDIT_NON_PROVIDER_STAFF',
  'PEOPLE_EDIT_PROVIDERS',
  'TIME_CARDS_APPROVE_ALL',
  'BUDGETS_EDIT',
  'BUDGETS_APPROVE',
  'CAMPAIGNS_EDIT',
  'STAFF_COMPENSATION_READ',
  'STAFF_COMPENSATION_PROPOSE',
  'PROVIDER_COMPENSATION',
  'COMPENSATION_APPROVE',
  'AUDIT_READ_ALL',
  'PAYABLES_SETTINGS',
];
const CAPABILITIES: Record<string, string[]> = {
  ADMINISTRATOR: ALL,
  PHYSICIAN_OWNER: ALL,
  PRACTICE_MANAGER: [
    ...MANAGEMENT_COMMON,
    'PEOPLE_EDIT_NON_PROVIDER_STAFF',
    'TIME_CARDS_APPROVE_ALL',
    'BUDGETS_EDIT',
    'CAMPAIGNS_EDIT',
    'LEAD_CONTACTS_READ',
    'STAFF_COMPENSATION_READ',
    'STAFF_COMPENSATION_PROPOSE',
    'AUDIT_READ_OWN',
  ],
  OFFICE_MANAGER: [...MANAGEMENT_COMMON, 'TIME_CARDS_APPROVE_REPORTS', 'LEAD_CONTACTS_READ'],
  CONSULTANT: [
    'ORG_CHART_READ',
    'PAYABLES_READ',
    'RECEIVABLES_READ',
    'BUDGETS_READ',
    'BUDGETS_EDIT',
    'CAMPAIGNS_READ',
    'CAMPAIGNS_EDIT',
    'NOTIFICATIONS_OWN',
  ],
  ASSISTANT: [
    'ORG_CHART_READ',
    'PAYABLES_READ',
    'PAYABLES_ENTER',
    'RECEIVABLES_READ',
    'RECEIVABLES_ENTER',
    'TIME_CARDS_OWN',
    'TIME_CARDS_ENTER',
    'COMPENSATION_OWN_READ',
    'NOTIFICATIONS_OWN',
  ],
  PROVIDER: ['ORG_CHART_READ', 'TIME_CARDS_OWN', 'COMPENSATION_OWN_READ', 'NOTIFICATIONS_OWN'],
  STAFF: ['ORG_CHART_READ', 'TIME_CARDS_OWN', 'COMPENSATION_OWN_READ', 'NOTIFICATIONS_OWN'],
};

/**
 * Each navigation item and the capabilities (any one of them) that show it; null = everyone. An
 * item of an area shows once the practice uses the area (issue 19.4); Get started shows while an
 * area is not started.
 */
const NAVIGATION: {
  label: string;
  route: string;
  needs: string[] | null;
  providersOnly?: boolean;
  area?: string;
  whileUnstarted?: boolean;
}[] = [
  { label: 'Dashboard', route: 'dashboard', needs: null },
  {
    label: 'Get started',
    route: 'setup',
    needs: ['BUDGETS_EDIT', 'PEOPLE_EDIT_OFFICE_STAFF', 'PEOPLE_EDIT_NON_PROVIDER_STAFF', 'PEOPLE_EDIT_PROVIDERS'],
    whileUnstarted: true,
  },
  { label: 'Org chart', route: 'org-chart', needs: ['ORG_CHART_READ'] },
  { label: 'People', route: 'people', needs: ['ORG_CHART_READ'] },
  { label: 'Budgets', route: 'budgets', needs: ['BUDGETS_READ'], area: 'BUDGETS' },
  { label: 'Team cards', route: 'team-cards', needs: ['TIME_CARDS_ENTER', 'TIME_CARDS_APPROVE_REPORTS', 'TIME_CARDS_APPROVE_ALL'] },
  { label: 'Compensation', route: 'compensation', needs: ['STAFF_COMPENSATION_READ', 'PROVIDER_COMPENSATION'], area: 'COMPENSATION' },
  { label: 'Payroll export', route: 'payroll', needs: ['TIME_CARDS_APPROVE_ALL'] },
  { label: 'Payables', route: 'payables', needs: ['PAYABLES_READ'], area: 'PAYABLES' },
  { label: 'Bills', route: 'bills', needs: ['PAYABLES_READ'], area: 'PAYABLES' },
  { label: 'Payment run', route: 'payment-run', needs: ['PAYABLES_ENTER'], area: 'PAYABLES' },
  { label: 'Recurring bills', route: 'recurring-bills', needs: ['PAYABLES_READ'], area: 'RECURRING_BILLS' },
  { label: 'Vendors', route: 'vendors', needs: ['PAYABLES_READ'], area: 'PAYABLES' },
  { label: 'Purchase orders', route: 'purchase-orders', needs: ['PAYABLES_READ'], area: 'PURCHASING' },
  { label: 'Supplies', route: 'supplies', needs: ['PAYABLES_READ'], area: 'SUPPLIES' },
  { label: 'Equipment', route: 'equipment', needs: ['PAYABLES_READ'], area: 'EQUIPMENT' },
  { label: 'Campaigns', route: 'campaigns', needs: ['CAMPAIGNS_READ'], area: 'CAMPAIGNS' },
  { label: 'Audit log', route: 'audit', needs: ['AUDIT_READ_ALL', 'AUDIT_READ_OWN'] },
  { label: 'Provider productivity', route: 'productivity', needs: ['PROVIDER_COMPENSATION'], area: 'PRODUCTIVITY' },
  { label: 'Encounters', route: 'import-encounters', needs: ['RECEIVABLES_ENTER'], area: 'PRODUCTIVITY' },
  { label: 'My week', route: 'my-week', needs: ['TIME_CARDS_OWN'] },
  { label: 'My pay', route: 'my-pay', needs: ['COMPENSATION_OWN_READ'] },
  { label: 'My productivity', route: 'my-productivity', needs: ['COMPENSATION_OWN_READ'], providersOnly: true, area: 'PRODUCTIVITY' },
];

/** Self-service dashboards lead with the person's own widget, not the practice's headcount (issue 19.5). */
const FIRST_WIDGET: Record<string, string> = { PROVIDER: 'My productivity this month', STAFF: 'My week', ASSISTANT: 'Payables today' };

/** Lakeside, the owner's three-person practice, has started payables only. */
const LAKESIDE_UNSTARTED = [
  'BUDGETS',
  'COMPENSATION',
  'PRODUCTIVITY',
  'CAMPAIGNS',
  'RECURRING_BILLS',
  'PURCHASING',
  'SUPPLIES',
  'EQUIPMENT',
];

const USERS: {
  email: string;
  role: string;
  heading: string;
  screenshot: string;
  organization?: string;
  provider?: boolean;
  unstarted?: string[];
}[] = [
  { email: 'administrator@demo.test', role: 'ADMINISTRATOR', heading: 'Practice overview', screenshot: 'dashboard-administrator' },
  {
    email: 'owner@demo.test',
    role: 'PHYSICIAN_OWNER',
    heading: 'Practice overview',
    screenshot: 'dashboard-physician-owner',
    provider: true,
    unstarted: LAKESIDE_UNSTARTED,
  },
  {
    email: 'practice-manager@demo.test',
    role: 'PRACTICE_MANAGER',
    heading: 'Operations overview',
    screenshot: 'dashboard-practice-manager',
  },
  { email: 'office-manager@demo.test', role: 'OFFICE_MANAGER', heading: 'Office overview', screenshot: 'dashboard-office-manager' },
  {
    email: 'consultant@demo.test',
    role: 'CONSULTANT',
    heading: 'Consultant overview',
    screenshot: 'dashboard-consultant',
    organization: 'Riverside Family Medicine',
  },
  { email: 'assistant@demo.test', role: 'ASSISTANT', heading: 'Assistant overview', screenshot: 'dashboard-assistant' },
  { email: 'provider@demo.test', role: 'PROVIDER', heading: 'Provider overview', screenshot: 'dashboard-provider', provider: true },
  { email: 'staff@demo.test', role: 'STAFF', heading: 'Staff overview', screenshot: 'dashboard-staff' },
];

const server = usePraxisServer();

for (const user of USERS) {
  test(`${user.role} sees their dashboard and only their navigation`, async ({ page }) => {
    if (user.organization) {
      await signIn(page, server, user.email);
      await expect(page.getByRole('heading', { name: 'Choose a practice' })).toBeVisible();
      await page.getByRole('button', { name: new RegExp(user.organization) }).click();
    } else {
      await signInAs(page, server, user.email);
    }
    await expect(page.getByRole('heading', { level: 1, name: user.heading })).toBeVisible();

    // The table above must match what the server grants.
    const viewer = await graphqlFromPage(page, '{ viewer { capabilities current { role } } }');
    const granted = (viewer.data as { viewer: { capabilities: string[]; current: { role: string } } }).viewer;
    expect(granted.current.role).toBe(user.role);
    expect([...granted.capabilities].sort()).toEqual([...CAPABILITIES[user.role]!].sort());

    const nav = page.getByRole('navigation', { name: 'Main' });
    const shows = (item: (typeof NAVIGATION)[number]) =>
      (!item.needs || item.needs.some((c) => CAPABILITIES[user.role]!.includes(c))) &&
      (!item.providersOnly || !!user.provider) &&
      (!item.area || !user.unstarted?.includes(item.area)) &&
      (!item.whileUnstarted || !!user.unstarted?.length);
    for (const item of NAVIGATION) {
      const allowed = shows(item);
      const link = nav.getByRole('link', { name: item.label, exact: true });
      if (allowed) await expect(link, `${item.label} for ${user.role}`).toBeVisible();
      else await expect(link, `${item.label} hidden for ${user.role}`).toHaveCount(0);
    }
    const expected = NAVIGATION.filter(shows);
    await expect(nav.getByRole('link')).toHaveCount(expected.length);

    // Budget widgets only for the roles that may read budgets; their fields are not even asked for otherwise.
    const readsBudgets = CAPABILITIES[user.role]!.includes('BUDGETS_READ') && !user.unstarted?.includes('BUDGETS');
    await expect(page.getByRole('heading', { name: 'Budget year to date' })).toHaveCount(readsBudgets ? 1 : 0);
    if (user.role === 'ADMINISTRATOR') {
      // Something to decide on: the demo's draft for next year, submitted.
      const drafts = await graphqlFromPage(page, '{ budgets(status: DRAFT) { id } }');
      const [draft] = (drafts.data as { budgets: { id: string }[] }).budgets;
      await graphqlFromPage(page, `mutation { submitBudget(id: "${draft!.id}") { id } }`);
      await page.reload();
      await expect(page.getByTestId('budgets-awaiting')).toContainText('Fiscal');
      await expect(page.getByTestId('biggest-variances')).toBeVisible();
    }
    // A practice without a budget is shown how to start one, not a budget widget saying "no data".
    if (user.role === 'PHYSICIAN_OWNER') await expect(page.getByTestId('get-started-widget')).toContainText('A first budget');
    if (user.role === 'PRACTICE_MANAGER') {
      await expect(page.getByTestId('biggest-variances')).toBeVisible();
      // A manager's size is labeled ("team of 14"), not a bare "14 below".
      await expect(page.getByTestId('my-team')).toContainText(/team of \d+/);
      await expect(page.getByTestId('my-team')).not.toContainText(/\d+ below/);
    }

    // Widgets finished loading (no skeletons left) before the picture.
    const first = FIRST_WIDGET[user.role];
    if (first) {
      await expect(page.locator('main h2').first()).toHaveText(first);
      await expect(page.getByTestId('headcount-widget')).toHaveCount(0);
      await expect(page.getByTestId('my-week-widget')).toContainText('hours worked');
      await expect(page.getByTestId('my-pay-widget')).toContainText(/\$[\d,]+\s*a year/);
      // No empty "My team" for someone who leads nobody.
      const myTeam = page.locator('section.widget').filter({ has: page.getByRole('heading', { level: 2, name: 'My team', exact: true }) });
      if ((await myTeam.count()) > 0) await expect(page.getByTestId('my-team').locator(':scope > li').first()).toBeVisible();
    } else {
      await expect(page.getByTestId('headcount-widget')).toBeVisible();
    }
    await expect(page.locator('.p-skeleton')).toHaveCount(0);

    // A count beside a list is the length of that list (issue 19.6).
    const team = await expectCountMatchesList(page, 'My team', /^(\d+) direct reports?(?:, (\d+) open)?$/, 'my-team');
    // A team taller than the card says the rest scroll.
    if (team !== null) await expect(page.getByTestId('my-team-scroll')).toHaveCount(team > 8 ? 1 : 0);
    await expectCountMatchesList(
      page,
      'Providers behind target',
      /^(\d+) of \d+ providers? with a target behind/,
      'providers-below-target',
    );
    await screenshot(page, user.screenshot);
  });
}
