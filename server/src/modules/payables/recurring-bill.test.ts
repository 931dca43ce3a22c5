import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, type JobRunner } from '../../core/jobs';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { MODULES } from '..';

const SAVE = `mutation ($input: RecurringBillInput!) { saveRecurringBill(input: $input) {
  id version name nextOn endsOn total active billsCreated vendor { name } lines { amount } } }`;
const TEMPLATES = '{ recurringBills { id nextOn active billsCreated } }';
const BILLS = `query ($vendorId: ID!) { bills(filter: { vendorId: $vendorId }, limit: 100) { total
  bills { invoiceNumber invoiceDate dueDate total status memo } } }`;

let env: TestEnv;
let runner: JobRunner;
let assistant: ApiClient;
let staff: ApiClient;
let account: (code: string) => string;
let centre: (name: string) => string;
const today = () => process.env.PRAXIS_TODAY!;
const error = (r: { errors?: { message: string; extensions?: Record<string, any> }[] }) => r.errors?.[0];

/** The first of the month `months` away from today's month, computed without the code under test. */
function firstOfMonth(months: number): string {
  const d = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

async function vendor(name: string, termsDays = 15): Promise<string> {
  return expectNoErrors(
    await assistant.gql('mutation ($input: VendorInput!) { saveVendor(input: $input) { id } }', {
      input: { name, category: 'RENT', termsDays },
    }),
  ).saveVendor.id;
}

const template = (vendorId: string, overrides: Record<string, unknown> = {}) => ({
  name: 'Suite 200 lease',
  vendorId,
  frequency: 'MONTHLY',
  nextOn: firstOfMonth(-3),
  lines: [
    { accountId: account('5310'), costCentreId: centre('Riverside Main'), amount: 8_250_00, description: 'Base rent' },
    { accountId: account('5310'), costCentreId: centre('Riverside Main'), amount: 412_37, description: 'Common-area charges' },
  ],
  ...overrides,
});

const bills = async (vendorId: string) => expectNoErrors(await assistant.gql(BILLS, { vendorId })).bills;

beforeAll(async () => {
  env = await createTestEnv();
  runner = createJobRunner(
    env.orm,
    MODULES.flatMap((m) => m.jobs ?? []),
    env.databaseUrl,
  );
  await runner.start();
  [assistant, staff] = await Promise.all(['assistant', 'staff'].map((u) => env.as(`${u}@demo.test`)));
  const chart = expectNoErrors(await assistant.gql('{ accounts { id code } costCentres { id name } }'));
  account = (c) => chart.accounts.find((a: any) => a.code === c).id;
  centre = (n) => chart.costCentres.find((c: any) => c.name === n).id;
});
afterAll(async () => {
  await runner?.stop();
  await env?.close();
});

describe('recurring bills', () => {
  it('refuses a bad template at the field at fault and keeps nothing', async () => {
    const vendorId = await vendor('Harbor Point Properties');
    const before = expectNoErrors(await assistant.gql(TEMPLATES)).recurringBills.length;
    const cases: [Record<string, unknown>, string][] = [
      [{ nextOn: `${today().slice(0, 7)}-30` }, 'input.nextOn'],
      [{ name: ' ' }, 'input.name'],
      [{ lines: [] }, 'input.lines'],
      [{ lines: [{ accountId: account('5310'), costCentreId: centre('Riverside Main'), amount: 0 }] }, 'input.lines.0.amount'],
      [
        { lines: [{ accountId: '00000000-0000-4000-8000-000000000000', costCentreId: centre('Riverside Main'), amount: 1 }] },
        'input.lines.0.accountId',
      ],
      [{ endsOn: firstOfMonth(-4) }, 'input.endsOn'],
    ];
    for (const [overrides, field] of cases) {
      const result = await assistant.gql(SAVE, { input: template(vendorId, overrides) });
      expect(error(result)?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect(expectNoErrors(await assistant.gql(TEMPLATES)).recurringBills).toHaveLength(before);
    expect(error(await staff.gql(SAVE, { input: template(vendorId) }))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('enter each month’s bill through the job queue once, however often the job runs', async () => {
    const vendorId = await vendor('Bayview Medical Plaza LLC');
    const saved = expectNoErrors(await assistant.gql(SAVE, { input: template(vendorId) })).saveRecurringBill;
    expect(saved).toMatchObject({ total: 8_662_37, active: true, billsCreated: 0, vendor: { name: 'Bayview Medical Plaza LLC' } });

    const first = await runner.runNow('payables.recurring-bills');
    expect(first.failed).toBe(0);
    const months = [-3, -2, -1, 0].map(firstOfMonth);
    const entered = await bills(vendorId);
    expect(entered.bills.map((b: any) => b.invoiceDate).sort()).toEqual(months);
    for (const bill of entered.bills) {
      expect(bill).toMatchObject({ total: 8_662_37, status: 'RECEIVED', memo: expect.stringContaining('Suite 200 lease') });
      expect(Date.parse(bill.dueDate) - Date.parse(bill.invoiceDate)).toBe(15 * 86_400_000);
    }

    await runner.runNow('payables.recurring-bills');
    expect(expectNoErrors(await assistant.gql('mutation { createDueRecurringBills }')).createDueRecurringBills).toBe(0);
    expect((await bills(vendorId)).total).toBe(4);
    const after = expectNoErrors(await assistant.gql(TEMPLATES)).recurringBills.find((t: any) => t.id === saved.id);
    expect(after).toMatchObject({ nextOn: firstOfMonth(1), billsCreated: 4, active: true });
  });

  it('stop at the end date and say so', async () => {
    const vendorId = await vendor('Cedar Lab Services', 30);
    const saved = expectNoErrors(
      await assistant.gql(SAVE, {
        input: template(vendorId, { name: 'Courier contract', frequency: 'QUARTERLY', nextOn: firstOfMonth(-9), endsOn: firstOfMonth(-5) }),
      }),
    ).saveRecurringBill;
    expect(expectNoErrors(await assistant.gql('mutation { createDueRecurringBills }')).createDueRecurringBills).toBe(2);
    expect((await bills(vendorId)).bills.map((b: any) => b.invoiceDate).sort()).toEqual([firstOfMonth(-9), firstOfMonth(-6)]);
    const after = expectNoErrors(await assistant.gql(TEMPLATES)).recurringBills.find((t: any) => t.id === saved.id);
    expect(after).toMatchObject({ active: false, billsCreated: 2 });
  });
});
