import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../server/src/test/harness';
import { SCALE_USERS, scaledSizes, seedScale } from '../../server/src/db/seeders/scale';
import {
  AdministratorDashboardDocument,
  BillsDocument,
  OfficeManagerDashboardDocument,
  OrgChartDocument,
  PayablesOverviewDocument,
  PracticeManagerDashboardDocument,
  ProviderDashboardDocument,
  StaffDashboardDocument,
  VarianceReportDocument,
} from '../../client/src/gql/graphql';
import { today, todayAsDate } from '../../server/src/core/dates';

/**
 * The operations `pnpm bench` measures make as many SQL statements for the demo practice as for a
 * multi-site group: here a small copy of the large data set (PostgreSQL, like the bench), so CI
 * catches an N+1 that only shows with more rows.
 */
let env: TestEnv;
const demo: Record<string, ApiClient> = {};
const group: Record<string, ApiClient> = {};
const year = todayAsDate().getUTCFullYear();
const month = today().slice(0, 7);
const nextMonth = new Date(Date.UTC(year, todayAsDate().getUTCMonth() + 1, 1)).toISOString().slice(0, 7);

const TIERS = {
  administrator: ['administrator@demo.test', SCALE_USERS.administrator],
  practiceManager: ['practice-manager@demo.test', SCALE_USERS.practiceManager],
  officeManager: ['office-manager@demo.test', SCALE_USERS.officeManager],
  provider: ['provider@demo.test', SCALE_USERS.provider],
  staff: ['staff@demo.test', SCALE_USERS.staff],
} as const;

async function employeeOf(client: ApiClient): Promise<string> {
  return expectNoErrors(await client.gql('{ viewer { employeeId } }')).viewer.employeeId;
}
async function approvedBudget(client: ApiClient): Promise<string> {
  const budgets = expectNoErrors(await client.gql('{ budgets { id status fiscalYear } }')).budgets;
  return budgets.find((b: any) => b.status === 'APPROVED' && b.fiscalYear === year).id;
}

interface Operation {
  name: string;
  tier: keyof typeof TIERS;
  document: DocumentNode | string;
  variables?: (client: ApiClient) => Promise<Record<string, unknown>>;
}

const OPERATIONS: Operation[] = [
  {
    name: 'administrator dashboard',
    tier: 'administrator',
    document: AdministratorDashboardDocument,
    variables: async () => ({ productivityYear: year, owner: false }),
  },
  {
    name: 'practice manager dashboard',
    tier: 'practiceManager',
    document: PracticeManagerDashboardDocument,
    variables: async () => ({ monthStart: `${month}-01`, nextMonthStart: `${nextMonth}-01` }),
  },
  { name: 'office manager dashboard', tier: 'officeManager', document: OfficeManagerDashboardDocument },
  {
    name: 'provider dashboard',
    tier: 'provider',
    document: ProviderDashboardDocument,
    variables: async (c) => ({ employeeId: await employeeOf(c), hasEmployee: true, productivityMonth: todayAsDate().getUTCMonth() + 1 }),
  },
  {
    name: 'staff dashboard',
    tier: 'staff',
    document: StaffDashboardDocument,
    variables: async (c) => ({ employeeId: await employeeOf(c), hasEmployee: true }),
  },
  { name: 'org chart', tier: 'administrator', document: OrgChartDocument },
  {
    name: 'year-to-date variance',
    tier: 'administrator',
    document: VarianceReportDocument,
    variables: async (c) => ({ budgetId: await approvedBudget(c) }),
  },
  {
    name: 'campaign measures by channel',
    tier: 'practiceManager',
    document: '{ campaignMeasures(groupBy: CHANNEL) { key spend leads newPatients costPerNewPatient roi } }',
  },
  {
    name: 'productivity for all providers',
    tier: 'administrator',
    document: `query ($year: Int!) { productivity(year: $year) { providers { providerId visits { actual target } wrvuHundredths { actual target } projectedPay }
      distribution { wrvuHundredths { median } } } }`,
    variables: async () => ({ year }),
  },
  // Payables (issue 11): the overview page and the bills list as the office manager opens them.
  { name: 'payables overview', tier: 'officeManager', document: PayablesOverviewDocument },
  {
    name: 'bills to pay, first page',
    tier: 'officeManager',
    document: BillsDocument,
    variables: async () => ({ filter: { statuses: ['APPROVED', 'SCHEDULED', 'PARTIALLY_PAID'] }, limit: 50, offset: 0 }),
  },
  {
    name: 'bills waiting for approval, first page',
    tier: 'officeManager',
    document: BillsDocument,
    variables: async () => ({ filter: { statuses: ['RECEIVED'] }, limit: 50, offset: 0 }),
  },
  {
    name: 'every bill, first page',
    tier: 'officeManager',
    document: BillsDocument,
    variables: async () => ({ filter: { statuses: null }, limit: 50, offset: 0 }),
  },
];

beforeAll(async () => {
  env = await createTestEnv();
  await seedScale(env.orm, scaledSizes(0.02));
  for (const [tier, [demoEmail, groupEmail]] of Object.entries(TIERS)) {
    demo[tier] = await env.as(demoEmail, { organization: 'riverside' });
    group[tier] = await env.as(groupEmail);
  }
}, 120_000);
afterAll(() => env?.close());

describe.skipIf(process.env.TEST_DB !== 'postgresql')('SQL statements per request', () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    'are the same for the demo practice and a multi-site group: %s',
    async (_, operation) => {
      const query = typeof operation.document === 'string' ? operation.document : print(operation.document);
      const run = async (client: ApiClient) => {
        const result = await client.gql(query, (await operation.variables?.(client)) ?? {});
        expectNoErrors(result);
        return result.sqlStatements;
      };
      const small = await run(demo[operation.tier]);
      const large = await run(group[operation.tier]);
      expect(small).toBeGreaterThan(0);
      expect({ operation: operation.name, statements: large }).toEqual({ operation: operation.name, statements: small });
    },
  );
});
