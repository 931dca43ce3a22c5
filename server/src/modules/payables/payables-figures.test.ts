import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../core/organization.entity';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { EquipmentAsset } from '../equipment/equipment.entity';
import { Bill, BillAttachment, BillLine, BillPayment } from './payables.entity';

/**
 * The payables figures people act on, against numbers worked out by hand, and the list reads that
 * must not cost a statement per row.
 */

const SAVE_VENDOR = 'mutation ($input: VendorInput!) { saveVendor(input: $input) { id } }';
const SAVE_BILL = 'mutation ($input: BillInput!) { saveBill(input: $input) { bill { id version } } }';
const APPROVE = 'mutation ($id: ID!, $v: Int!) { approveBill(id: $id, expectedVersion: $v) { bill { id version } } }';
const PAY = 'mutation ($input: BillPaymentInput!) { payBill(input: $input) { id version status } }';
const VOID = 'mutation ($id: ID!, $v: Int!) { voidBill(id: $id, expectedVersion: $v, reason: "Entered by mistake") { id } }';
const SAVE_PO = 'mutation ($input: PurchaseOrderInput!) { savePurchaseOrder(input: $input) { order { id version } } }';
const APPROVE_PO = 'mutation ($id: ID!, $v: Int!) { approvePurchaseOrder(id: $id, expectedVersion: $v) { order { id version } } }';

const OVERVIEW = `{ payablesOverview { asOf openBalance discountsTaken discountsMissed
  aging { key count amount } onTime { month paid onTime rate }
  overdue { count amount } dueThisWeek { count amount } awaitingMyApproval { count amount }
  dueThisWeekList: dueThisWeek { bills { invoiceNumber vendor { name } } }
  overdueList: overdue { bills { invoiceNumber vendor { name } } }
  topVendors { vendorName amount bills } } }`;
const BILL_LIST = `query ($vendorId: ID!) { bills(limit: 500, filter: { vendorId: $vendorId, statuses: ["RECEIVED", "APPROVED", "PARTIALLY_PAID", "PAID"] }) { total bills {
  id invoiceNumber status total balance daysPastDue approvedByName enteredByName approveLockedBecause payLockedBecause
  vendor { name terms taxId defaultAccount { code } defaultCostCentre { name } }
  lines { amount description account { code name } costCentre { name } poLine { id description } }
  payments { amount paidOn } attachments { fileName } } } }`;
const PO_LIST = `{ purchaseOrders { id number status total approvedByName createdByName approveLockedBecause
  vendor { name terms } bills { invoiceNumber }
  lines { description quantity quantityReceived quantityBilled amount account { code } costCentre { name } receipts { quantity } } } }`;

let env: TestEnv;
let officeManager: ApiClient;
let assistant: ApiClient;
let account: (code: string) => string;
let centre: (name: string) => string;
const today = () => process.env.PRAXIS_TODAY!;

beforeAll(async () => {
  env = await createTestEnv();
  [officeManager, assistant] = await Promise.all(['office-manager', 'assistant'].map((u) => env.as(`${u}@demo.test`)));
  const chart = expectNoErrors(await officeManager.gql('{ accounts { id code } costCentres { id name } }'));
  account = (c) => chart.accounts.find((a: any) => a.code === c).id;
  centre = (n) => chart.costCentres.find((c: any) => c.name === n).id;
});
afterAll(() => env?.close());

async function vendor(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  return expectNoErrors(
    await assistant.gql(SAVE_VENDOR, {
      input: { name, category: 'MEDICAL_SUPPLIES', termsDays: 30, discountBps: 0, discountDays: 0, ...extra },
    }),
  ).saveVendor.id;
}

let numbered = 0;
/** A bill of one line, due when said (or by the vendor's terms). */
async function enter(vendorId: string, amount: number, invoiceDate: string, dueDate?: string) {
  const input = {
    vendorId,
    invoiceNumber: `HC-${++numbered}`,
    invoiceDate,
    ...(dueDate ? { dueDate } : {}),
    confirmPossibleDuplicate: true,
    lines: [{ accountId: account('5410'), costCentreId: centre('Riverside Main'), amount, description: 'Supplies' }],
  };
  return expectNoErrors(await assistant.gql(SAVE_BILL, { input })).saveBill.bill as { id: string; version: number };
}

async function approve(bill: { id: string; version: number }) {
  return expectNoErrors(await officeManager.gql(APPROVE, { id: bill.id, v: bill.version })).approveBill.bill as {
    id: string;
    version: number;
  };
}

async function pay(bill: { id: string; version: number }, paidOn: string, amount: number, discount = 0) {
  return expectNoErrors(
    await assistant.gql(PAY, { input: { billId: bill.id, expectedVersion: bill.version, paidOn, amount, discount, method: 'CHECK' } }),
  ).payBill as { id: string; version: number };
}

describe('list reads cost the same number of SQL statements however long the list', () => {
  it('the bills list with vendors, lines, payments and attachments', async () => {
    const id = await vendor('Statement Count Supply');
    // One of each kind first (entered; approved and paid), so both reads meet the same relations.
    await enter(id, 10_00, today());
    await pay(await approve(await enter(id, 9_00, today())), today(), 9_00);
    const before = await assistant.gql(BILL_LIST, { vendorId: id });
    expect(before.errors).toBeUndefined();
    expect(before.data.bills.bills).toHaveLength(2);
    for (let i = 0; i < 40; i++) {
      const bill = await enter(id, 11_00 + i, today());
      if (i % 2) await pay(await approve(bill), today(), 11_00 + i);
    }
    const after = await assistant.gql(BILL_LIST, { vendorId: id });
    expect(after.data.bills.bills).toHaveLength(42);
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });

  it('the purchase order list with vendors, lines, receipts and bills', async () => {
    const id = await vendor('Statement Count Furniture', { category: 'EQUIPMENT' });
    const order = async (n: number) =>
      expectNoErrors(
        await assistant.gql(SAVE_PO, {
          input: {
            vendorId: id,
            lines: [
              {
                description: `Chair ${n}`,
                accountId: account('5410'),
                costCentreId: centre('Riverside Main'),
                quantity: 2,
                unitPrice: 50_00,
              },
              {
                description: `Stool ${n}`,
                accountId: account('5410'),
                costCentreId: centre('Oak Hill Clinic'),
                quantity: 1,
                unitPrice: 40_00,
              },
            ],
          },
        }),
      ).savePurchaseOrder.order;
    await order(0);
    const before = await officeManager.gql(PO_LIST);
    expect(before.errors).toBeUndefined();
    const count = before.data.purchaseOrders.length;
    for (let n = 1; n <= 25; n++) {
      const o = await order(n);
      if (n % 2) expectNoErrors(await officeManager.gql(APPROVE_PO, { id: o.id, v: o.version }));
    }
    const after = await officeManager.gql(PO_LIST);
    expect(after.data.purchaseOrders.length).toBe(count + 25);
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });

  it('the payables overview', async () => {
    const before = await officeManager.gql(OVERVIEW);
    expect(before.errors).toBeUndefined();
    const id = await vendor('Statement Count Labs', { category: 'LAB' });
    for (let i = 0; i < 30; i++) await enter(id, 20_00 + i, today(), i % 3 ? today() : '2026-11-20');
    const after = await officeManager.gql(OVERVIEW);
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });
});

describe('aging, on-time rate and discounts, worked out by hand', () => {
  it('match the hand-computed figures to the cent', async () => {
    expect(today()).toBe('2026-11-16'); // the figures below are worked out for this day
    // A practice with no bills yet: the demo year's bills are taken out of this copy of the database.
    const em = env.orm.em.fork({ disableTransactions: true });
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const opts = { filters: false } as const;
    await em.nativeUpdate(EquipmentAsset, { organization: org }, { billLine: null }, opts);
    await em.nativeDelete(BillPayment, { organization: org }, opts);
    await em.nativeDelete(BillAttachment, { organization: org }, opts);
    await em.nativeDelete(BillLine, { organization: org }, opts);
    await em.nativeDelete(Bill, { organization: org }, opts);

    const plain = await vendor('Hand Check Supply');
    const discounting = await vendor('Hand Check Pharma', { category: 'VACCINES_AND_DRUGS', discountBps: 200, discountDays: 10 });
    const INVOICED = '2026-08-01';

    // Open bills, by days past due on 2026-11-16:
    await enter(plain, 100_00, INVOICED, '2026-11-16'); //   0 days: current (due today)
    await enter(plain, 250_50, INVOICED, '2026-11-30'); //   not yet due: current
    await enter(plain, 40_00, INVOICED, '2026-11-15'); //    1 day: 1–30
    await enter(plain, 12_34, INVOICED, '2026-10-17'); //   30 days: 1–30
    await enter(plain, 1_000_00, INVOICED, '2026-10-16'); // 31 days: 31–60
    await enter(plain, 500_00, INVOICED, '2026-09-17'); //  60 days: 31–60
    await enter(plain, 75_25, INVOICED, '2026-09-16'); //   61 days: 61–90
    await enter(plain, 20_00, INVOICED, '2026-08-18'); //   90 days: 61–90
    await enter(plain, 3_333_33, INVOICED, '2026-08-17'); // 91 days: over 90
    // 46 days past due, $800.00 with $300.00 paid: $500.00 owed, 31–60.
    await pay(await approve(await enter(plain, 800_00, INVOICED, '2026-10-01')), '2026-10-20', 300_00);
    // Void: owed nothing, counted nowhere.
    const voided = await enter(plain, 999_99, INVOICED, '2026-10-01');
    expectNoErrors(await officeManager.gql(VOID, { id: voided.id, v: voided.version }));

    // Settled bills, by the day of the last payment against the due date.
    const settle = async (amount: number, due: string, paidOn: string) =>
      pay(await approve(await enter(plain, amount, INVOICED, due)), paidOn, amount);
    // October: 5 settled, 4 on or before the due date.
    await settle(61_00, '2026-10-05', '2026-10-31'); // late
    await settle(62_00, '2026-10-31', '2026-10-31'); // on the day: on time
    await settle(63_00, '2026-10-25', '2026-10-24'); // on time
    // 2/10 net 30 on $1,000.00 invoiced 10-20: $20.00 off until 10-30, due 11-19; paid 10-28 with the discount: on time, taken.
    await pay(await approve(await enter(discounting, 1_000_00, '2026-10-20')), '2026-10-28', 980_00, 20_00);
    // 2/10 net 30 on $500.00 invoiced 10-01: $10.00 off until 10-11, due 10-31; paid in full 10-25: on time, discount missed.
    await pay(await approve(await enter(discounting, 500_00, '2026-10-01')), '2026-10-25', 500_00);
    // November: 6 settled, 4 on time.
    await settle(71_00, '2026-11-10', '2026-11-10'); // on time
    await settle(72_00, '2026-11-10', '2026-11-11'); // late
    await settle(73_00, '2026-11-20', '2026-11-02'); // on time
    await settle(74_00, '2026-11-16', '2026-11-16'); // on time
    await settle(75_00, '2026-11-30', '2026-11-05'); // on time
    // Paid in two parts, the second after the due date: settled 11-03, late.
    const split = await pay(await approve(await enter(plain, 600_00, INVOICED, '2026-10-20')), '2026-10-15', 200_00);
    await pay(split, '2026-11-03', 400_00);

    const o = expectNoErrors(await officeManager.gql(OVERVIEW)).payablesOverview;
    expect(o.asOf).toBe('2026-11-16');
    expect(o.aging).toEqual([
      { key: 'CURRENT', count: 2, amount: 350_50 }, //       100.00 + 250.50
      { key: '1_30', count: 2, amount: 52_34 }, //           40.00 + 12.34
      { key: '31_60', count: 3, amount: 2_000_00 }, //       1,000.00 + 500.00 + 500.00 still owed
      { key: '61_90', count: 2, amount: 95_25 }, //          75.25 + 20.00
      { key: 'OVER_90', count: 1, amount: 3_333_33 },
    ]);
    expect(o.openBalance).toBe(5_831_42); //                 350.50 + 52.34 + 2,000.00 + 95.25 + 3,333.33
    expect(o.overdue).toEqual({ count: 8, amount: 5_480_92 }); // everything past due: 5,831.42 − 350.50
    expect(o.dueThisWeek).toEqual({ count: 1, amount: 100_00 }); // due 11-16 up to 11-22: only the one due today
    // Entered, not approved, within the office manager's $2,500 limit: all open ones but the $800 (approved) and the $3,333.33.
    expect(o.awaitingMyApproval).toEqual({ count: 8, amount: 1_998_09 }); // 100 + 250.50 + 40 + 12.34 + 1,000 + 500 + 75.25 + 20
    expect(o.onTime.find((m: any) => m.month === '2026-10')).toEqual({ month: '2026-10', paid: 5, onTime: 4, rate: 0.8 });
    expect(o.onTime.find((m: any) => m.month === '2026-11')).toEqual({ month: '2026-11', paid: 6, onTime: 4, rate: 0.6667 });
    expect(o.onTime.filter((m: any) => !['2026-10', '2026-11'].includes(m.month))).toEqual(
      o.onTime.filter((m: any) => !['2026-10', '2026-11'].includes(m.month)).map((m: any) => ({ ...m, paid: 0, onTime: 0, rate: null })),
    );
    expect(o.discountsTaken).toBe(20_00);
    expect(o.discountsMissed).toBe(10_00);
  });
});
