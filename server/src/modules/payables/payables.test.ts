import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { LedgerEntry } from '../ledger/ledger.entity';
import { invoiceKey, termsDiscount } from './bill.service';
import { comparableName, similarNames } from './vendor.service';

const SAVE_VENDOR = 'mutation ($input: VendorInput!) { saveVendor(input: $input) { id name terms taxId } }';
const SAVE_BILL = `mutation ($input: BillInput!) { saveBill(input: $input) {
  bill { id version status total dueDate discountDate discountAmount balance invoiceNumber } budgetWarnings { line outcome message } } }`;
const APPROVE = 'mutation ($id: ID!, $v: Int!) { approveBill(id: $id, expectedVersion: $v) { bill { id version status approvedByName } } }';
const PAY = 'mutation ($input: BillPaymentInput!) { payBill(input: $input) { id version status amountPaid discountTaken balance paidOn } }';
const BILL =
  'query ($id: ID!) { bill(id: $id) { id version status balance payments { id amount discount voidedAt } approveLockedBecause payLockedBecause } }';

let env: TestEnv;
let admin: ApiClient;
let practiceManager: ApiClient;
let officeManager: ApiClient;
let assistant: ApiClient;
let consultant: ApiClient;
let account: (code: string) => string;
let centre: (name: string) => string;
const today = () => process.env.PRAXIS_TODAY!;

const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

async function vendor(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  return expectNoErrors(
    await assistant.gql(SAVE_VENDOR, {
      input: {
        name,
        category: 'MEDICAL_SUPPLIES',
        termsDays: 30,
        defaultAccountId: account('5410'),
        defaultCostCentreId: centre('Riverside Main'),
        ...extra,
      },
    }),
  ).saveVendor.id;
}

function billInput(vendorId: string, invoiceNumber: string, amount: number, extra: Record<string, unknown> = {}) {
  return {
    vendorId,
    invoiceNumber,
    invoiceDate: today(),
    lines: [{ accountId: account('5410'), costCentreId: centre('Riverside Main'), amount, description: 'Gloves and gauze' }],
    ...extra,
  };
}

async function enter(vendorId: string, invoiceNumber: string, amount: number, extra: Record<string, unknown> = {}) {
  return expectNoErrors(await assistant.gql(SAVE_BILL, { input: billInput(vendorId, invoiceNumber, amount, extra) })).saveBill.bill;
}

async function approve(client: ApiClient, bill: { id: string; version: number }) {
  return expectNoErrors(await client.gql(APPROVE, { id: bill.id, v: bill.version })).approveBill.bill;
}

const ledgerLines = (key: string) =>
  env.orm.em
    .fork()
    .find(LedgerEntry, { postingKey: key }, { filters: false, populate: ['account'], orderBy: { line: 'asc' } })
    .then((rows) => rows.map((r) => [r.account.code, r.amount]));

beforeAll(async () => {
  env = await createTestEnv();
  [admin, practiceManager, officeManager, assistant] = await Promise.all(
    ['administrator', 'practice-manager', 'office-manager', 'assistant'].map((u) => env.as(`${u}@demo.test`)),
  );
  consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
  const chart = expectNoErrors(await admin.gql('{ accounts(includeBalanceSheet: true) { id code } costCentres { id name } }'));
  account = (c) => chart.accounts.find((a: any) => a.code === c).id;
  centre = (n) => chart.costCentres.find((c: any) => c.name === n).id;
});
afterAll(() => env?.close());

describe('the duplicate guards', () => {
  it('compare invoice numbers and vendor names as people write them', () => {
    expect(invoiceKey('inv-00123')).toBe(invoiceKey('INV 123'));
    expect(invoiceKey('2026/0042')).toBe(invoiceKey('2026-42'));
    expect(invoiceKey('A-100')).not.toBe(invoiceKey('A-10'));
    expect(comparableName('The McKesson Co., Inc.')).toBe('mckesson');
    expect(similarNames('Henry Schein, Inc.', 'Henry Shein')).toBe(true);
    expect(similarNames('Quest Diagnostics', 'LabCorp')).toBe(false);
    expect(termsDiscount(1_250_00, 200)).toBe(25_00);
    expect(termsDiscount(333, 150)).toBe(5); // 4.995 → 5, half up
  });

  it('asks before saving a vendor with the same tax id or a very similar name', async () => {
    await vendor('Northwind Medical Supply, Inc.', { taxId: '36-1111111' });
    const similar = await assistant.gql(SAVE_VENDOR, { input: { name: 'Northwind Medical Supply LP', category: 'MEDICAL_SUPPLIES' } });
    expect(similar.errors?.[0].extensions).toMatchObject({
      code: 'NEEDS_CONFIRMATION',
      field: 'input.confirmPossibleDuplicate',
      duplicate: { name: 'Northwind Medical Supply, Inc.' },
    });
    const sameTaxId = await assistant.gql(SAVE_VENDOR, {
      input: { name: 'Contoso Surgical', category: 'MEDICAL_SUPPLIES', taxId: '36-1111111' },
    });
    expect(sameTaxId.errors?.[0].message).toMatch(/same tax id/);
    expect(
      expectNoErrors(await assistant.gql('{ vendors { name } }')).vendors.filter((v: any) => /Northwind|Contoso/.test(v.name)),
    ).toHaveLength(1);
    const confirmed = await assistant.gql(SAVE_VENDOR, {
      input: { name: 'Northwind Medical Supply LP', category: 'MEDICAL_SUPPLIES', confirmPossibleDuplicate: true },
    });
    expect(confirmed.errors).toBeUndefined();
  });

  it('refuses an invoice number the vendor already billed and asks about the same amount a few days apart', async () => {
    const id = await vendor('Tailspin Surgical', { discountBps: 200, discountDays: 10 });
    const first = await enter(id, 'INV-00123', 1_250_00);
    expect(first).toMatchObject({
      status: 'RECEIVED',
      total: 1_250_00,
      dueDate: addDays(today(), 30),
      discountDate: addDays(today(), 10),
      discountAmount: 25_00,
    });
    const count = async () =>
      expectNoErrors(await assistant.gql('query ($v: ID!) { bills(filter: { vendorId: $v }) { total } }', { v: id })).bills.total;
    const again = await assistant.gql(SAVE_BILL, { input: billInput(id, 'inv 123', 980_00) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.invoiceNumber' });
    expect(again.errors?.[0].message).toMatch(/INV-00123 from Tailspin Surgical is already entered/);
    const near = await assistant.gql(SAVE_BILL, { input: billInput(id, 'INV-00124', 1_250_00, { invoiceDate: addDays(today(), -3) }) });
    expect(code(near)).toBe('NEEDS_CONFIRMATION');
    expect(await count()).toBe(1);
    expect(
      (
        await assistant.gql(SAVE_BILL, {
          input: billInput(id, 'INV-00124', 1_250_00, { invoiceDate: addDays(today(), -3), confirmPossibleDuplicate: true }),
        })
      ).errors,
    ).toBeUndefined();
    expect(await count()).toBe(2);
  });
});

describe('approving', () => {
  it('lets the office manager approve within her limit and sends a larger bill to the practice manager', async () => {
    const id = await vendor('Fabrikam Biomed');
    const small = await enter(id, 'WA-1', 2_400_00);
    const large = await enter(id, 'WA-2', 3_000_00);
    expect(code(await assistant.gql(APPROVE, { id: small.id, v: small.version }))).toBe('FORBIDDEN');
    const asOffice = expectNoErrors(await officeManager.gql(BILL, { id: large.id })).bill;
    expect(asOffice.approveLockedBecause).toBe('Bills over $2,500.00 go to the practice manager or the administrator.');
    const refused = await officeManager.gql(APPROVE, { id: large.id, v: large.version });
    expect(refused.errors?.[0]).toMatchObject({ message: asOffice.approveLockedBecause, extensions: { code: 'FORBIDDEN' } });
    expect(await approve(officeManager, small)).toMatchObject({ status: 'APPROVED', approvedByName: 'Olivia Grant' });
    expect(await approve(practiceManager, large)).toMatchObject({ status: 'APPROVED', approvedByName: 'Marcus Bell' });
    const twice = await practiceManager.gql(APPROVE, { id: large.id, v: large.version + 1 });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    // Approved on accrual books: the expense now, owed on accounts payable until paid.
    expect(await ledgerLines(`bill:${large.id}`)).toEqual([
      ['5410', 3_000_00],
      ['2010', 3_000_00],
    ]);
  });

  it('refuses an approval the budget check stops, and changes nothing', async () => {
    expectNoErrors(
      await admin.gql('mutation { updateBudgetSettings(varianceThresholdBps: 1000, budgetCheckMode: STOP) { budgetCheckMode } }'),
    );
    try {
      const id = await vendor('Big Ticket Imaging');
      const saved = expectNoErrors(await assistant.gql(SAVE_BILL, { input: billInput(id, 'BT-1', 900_000_00) })).saveBill;
      expect(saved.budgetWarnings).toEqual([expect.objectContaining({ line: 0, outcome: 'STOP' })]);
      const refused = await admin.gql(APPROVE, { id: saved.bill.id, v: saved.bill.version });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BUDGET_EXCEEDED', field: 'lines.0' });
      expect(expectNoErrors(await admin.gql(BILL, { id: saved.bill.id })).bill.status).toBe('RECEIVED');
      expect(await ledgerLines(`bill:${saved.bill.id}`)).toEqual([]);
    } finally {
      expectNoErrors(
        await admin.gql('mutation { updateBudgetSettings(varianceThresholdBps: 1000, budgetCheckMode: WARN) { budgetCheckMode } }'),
      );
    }
  });
});

describe('paying', () => {
  it('takes the discount, clears payables and moves the budget’s actuals by exactly what was spent', async () => {
    const id = await vendor('Adventure Works Supply', { discountBps: 200, discountDays: 10 });
    const actual = async () => {
      const [budget] = expectNoErrors(await admin.gql(`{ budgets(fiscalYear: ${today().slice(0, 4)}, status: APPROVED) { id } }`)).budgets;
      const report = expectNoErrors(
        await admin.gql(
          'query ($id: ID!) { varianceReport(budgetId: $id, throughMonth: 12) { lines { accountCode costCentreName months { actual } } } }',
          { id: budget.id },
        ),
      ).varianceReport;
      const line = report.lines.find((l: any) => l.accountCode === '5410' && l.costCentreName === 'Riverside Main');
      return line.months[Number(today().slice(5, 7)) - 1].actual;
    };
    const before = await actual();
    const bill = await approve(officeManager, await enter(id, 'HS-7781', 1_250_00));
    expect(await actual()).toBe(before + 1_250_00);
    const payment = {
      billId: bill.id,
      expectedVersion: bill.version,
      paidOn: today(),
      amount: 1_225_00,
      discount: 25_00,
      method: 'CHECK',
      reference: '10442',
    };
    // Whoever approved does not pay.
    const byApprover = await officeManager.gql(PAY, { input: payment });
    expect(byApprover.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(byApprover.errors?.[0].message).toMatch(/Whoever approved a bill does not also pay it/);
    const paid = expectNoErrors(await assistant.gql(PAY, { input: payment })).payBill;
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: 1_225_00, discountTaken: 25_00, balance: 0, paidOn: today() });
    const [{ id: paymentId }] = expectNoErrors(await assistant.gql(BILL, { id: bill.id })).bill.payments;
    expect(await ledgerLines(`bill-payment:${paymentId}`)).toEqual([
      ['2010', -1_250_00],
      ['5410', -25_00],
      ['1010', -1_225_00],
    ]);
    expect(await actual()).toBe(before + 1_225_00);
  });

  it('lets one of two people paying the same bill at once through, and the other gets CONFLICT', async () => {
    const id = await vendor('Litware Waste Services');
    const bill = await approve(practiceManager, await enter(id, 'SC-55', 410_00));
    const input = { billId: bill.id, expectedVersion: bill.version, paidOn: today(), amount: 410_00, method: 'ACH' };
    const [a, b] = await Promise.all([assistant.gql(PAY, { input }), officeManager.gql(PAY, { input })]);
    expect([code(a), code(b)].sort()).toEqual(['CONFLICT', undefined].sort());
    const after = expectNoErrors(await assistant.gql(BILL, { id: bill.id })).bill;
    expect(after).toMatchObject({ status: 'PAID', balance: 0 });
    expect(after.payments).toHaveLength(1);
  });

  it('refuses to pay a voided bill or more than is owed, and a voided payment puts the bill back', async () => {
    const id = await vendor('Proseware Linens');
    const voided = await enter(id, 'CT-1', 120_00);
    expectNoErrors(
      await officeManager.gql('mutation ($id: ID!) { voidBill(id: $id, expectedVersion: 1, reason: "Entered twice") { status } }', {
        id: voided.id,
      }),
    );
    const onVoided = await assistant.gql(PAY, {
      input: { billId: voided.id, expectedVersion: 2, paidOn: today(), amount: 120_00, method: 'CHECK' },
    });
    expect(onVoided.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.billId' });

    const bill = await approve(officeManager, await enter(id, 'CT-2', 300_00));
    const tooMuch = await assistant.gql(PAY, {
      input: { billId: bill.id, expectedVersion: bill.version, paidOn: today(), amount: 300_01, method: 'CHECK' },
    });
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.amount' });
    const part = expectNoErrors(
      await assistant.gql(PAY, {
        input: { billId: bill.id, expectedVersion: bill.version, paidOn: today(), amount: 100_00, method: 'CHECK' },
      }),
    ).payBill;
    expect(part).toMatchObject({ status: 'PARTIALLY_PAID', balance: 200_00 });
    const [{ id: paymentId }] = expectNoErrors(await assistant.gql(BILL, { id: bill.id })).bill.payments;
    const back = expectNoErrors(
      await practiceManager.gql('mutation ($p: ID!) { voidBillPayment(paymentId: $p, reason: "Check bounced") { status balance } }', {
        p: paymentId,
      }),
    ).voidBillPayment;
    expect(back).toEqual({ status: 'APPROVED', balance: 300_00 });
    const posted = await ledgerLines(`bill-payment:${paymentId}`);
    const reversed = await ledgerLines(`bill-payment:${paymentId}:void`);
    expect(reversed).toEqual(posted.map(([c, a]) => [c, -(a as number)]));
  });
});

describe('the payment run', () => {
  const PROPOSE = `query ($payBy: String!) { paymentRunProposal(payBy: $payBy) { total discounts payments { amount discount reason bill { id version invoiceNumber } } } }`;
  const RUN = 'mutation ($input: PaymentRunInput!) { payBills(input: $input) { runId paid total discounts } }';

  it('pays the week’s bills, discounts ending first, with consecutive check numbers, and exports the run', async () => {
    const discounted = await vendor('Trey Research Supply', { discountBps: 200, discountDays: 10 });
    const plain = await vendor('Coho Linen Service', { category: 'SERVICES', termsDays: 30 });
    const soon = await approve(officeManager, await enter(discounted, 'TR-9', 2_000_00, { invoiceDate: addDays(today(), -5) }));
    const due = await approve(officeManager, await enter(plain, 'CL-3', 480_00, { invoiceDate: addDays(today(), -27) }));
    await approve(officeManager, await enter(plain, 'CL-4', 510_00, { invoiceDate: addDays(today(), -10) }));
    const proposal = expectNoErrors(await assistant.gql(PROPOSE, { payBy: addDays(today(), 7) })).paymentRunProposal;
    const mine = proposal.payments.filter((p: any) => ['TR-9', 'CL-3', 'CL-4'].includes(p.bill.invoiceNumber));
    expect(mine.map((p: any) => [p.bill.invoiceNumber, p.amount, p.discount, p.reason])).toEqual([
      ['TR-9', 1_960_00, 40_00, 'DISCOUNT'],
      ['CL-3', 480_00, 0, 'DUE'],
    ]);
    const run = expectNoErrors(
      await assistant.gql(RUN, {
        input: {
          paidOn: today(),
          method: 'CHECK',
          firstCheckNumber: 5001,
          payments: mine.map((p: any) => ({ billId: p.bill.id, expectedVersion: p.bill.version, amount: p.amount, discount: p.discount })),
        },
      }),
    ).payBills;
    expect(run).toMatchObject({ paid: 2, total: 2_440_00, discounts: 40_00 });
    for (const [bill, reference] of [
      [soon, '5001'],
      [due, '5002'],
    ] as const) {
      expect(
        expectNoErrors(await assistant.gql('query ($id: ID!) { bill(id: $id) { status payments { reference } } }', { id: bill.id })).bill,
      ).toEqual({ status: 'PAID', payments: [{ reference }] });
    }
    const csv = await fetch(`${env.baseUrl}/download/payables/runs/${run.runId}.csv`, {
      headers: { authorization: `Bearer ${assistant.token}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split(/\r?\n/)[0]).toBe('Payee,Remit to,Invoice,Paid on,Method,Reference,Amount,Discount');
    expect(text).toContain(`Trey Research Supply,,TR-9,${today()},CHECK,5001,1960.00,40.00`);
    expect(text).toContain(`Coho Linen Service,,CL-3,${today()},CHECK,5002,480.00,0.00`);
  });

  it('pays nothing when one bill of the run changed meanwhile', async () => {
    const id = await vendor('Fourth Coffee Supply');
    const [a, b] = [
      await approve(officeManager, await enter(id, 'FC-1', 100_00)),
      await approve(officeManager, await enter(id, 'FC-2', 200_00)),
    ];
    expectNoErrors(
      await assistant.gql(PAY, { input: { billId: b.id, expectedVersion: b.version, paidOn: today(), amount: 50_00, method: 'CASH' } }),
    );
    const run = await assistant.gql(RUN, {
      input: {
        paidOn: today(),
        method: 'ACH',
        reference: 'ACH 77',
        payments: [a, b].map((x) => ({ billId: x.id, expectedVersion: x.version, amount: x === a ? 100_00 : 200_00 })),
      },
    });
    expect(code(run)).toBe('CONFLICT');
    expect(expectNoErrors(await assistant.gql(BILL, { id: a.id })).bill).toMatchObject({ status: 'APPROVED', balance: 100_00 });
  });
});

describe('what the office manager sees', () => {
  it('ages what is owed and counts on-time payment exactly as by hand', async () => {
    const id = await vendor('Wingtip Labs', { termsDays: 15 });
    // Due 40, 10 and 0 days ago and in 20 days; one paid 5 days late, one on time.
    const dueAgo = async (n: string, days: number, amount: number) => enter(id, n, amount, { invoiceDate: addDays(today(), -days - 15) });
    await dueAgo('Q-40', 40, 410_10);
    await dueAgo('Q-10', 10, 99_99);
    await approve(officeManager, await dueAgo('Q-0', 0, 1_000_00));
    await dueAgo('Q+20', -20, 55_55);
    const late = await approve(officeManager, await dueAgo('Q-L', 5, 700_00));
    expectNoErrors(
      await assistant.gql(PAY, {
        input: { billId: late.id, expectedVersion: late.version, paidOn: today(), amount: 700_00, method: 'ACH' },
      }),
    );
    const onTime = await approve(officeManager, await dueAgo('Q-T', -2, 80_00));
    expectNoErrors(
      await assistant.gql(PAY, {
        input: { billId: onTime.id, expectedVersion: onTime.version, paidOn: today(), amount: 80_00, method: 'ACH' },
      }),
    );

    const overview = expectNoErrors(
      await officeManager.gql(`{ payablesOverview { asOf openBalance
      aging { key count amount } onTime { month paid onTime rate } overdue { count amount } dueThisWeek { count amount } } }`),
    ).payablesOverview;
    // By hand, from every bill's own figures.
    const all: any[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = expectNoErrors(
        await officeManager.gql(
          'query ($o: Int!) { bills(limit: 500, offset: $o, filter: { statuses: ["RECEIVED", "APPROVED", "SCHEDULED", "PARTIALLY_PAID", "PAID"] }) { total bills { status dueDate paidOn balance } } }',
          { o: offset },
        ),
      ).bills;
      all.push(...page.bills);
      if (all.length >= page.total) break;
    }
    const open = all.filter((b: any) => b.status !== 'PAID');
    const past = (b: any) => Math.round((Date.parse(today()) - Date.parse(b.dueDate)) / 86_400_000);
    const bucket = (lo: number, hi: number) => open.filter((b: any) => past(b) >= lo && past(b) <= hi);
    const sum = (bills: any[]) => bills.reduce((s, b) => s + b.balance, 0);
    const expected = [
      ['CURRENT', -99_999, 0],
      ['1_30', 1, 30],
      ['31_60', 31, 60],
      ['61_90', 61, 90],
      ['OVER_90', 91, 99_999],
    ].map(([key, lo, hi]) => ({ key, count: bucket(lo as number, hi as number).length, amount: sum(bucket(lo as number, hi as number)) }));
    expect(overview.aging).toEqual(expected);
    expect(overview.openBalance).toBe(sum(open));
    expect(overview.overdue).toEqual({ count: bucket(1, 99_999).length, amount: sum(bucket(1, 99_999)) });
    const thisMonth = overview.onTime.find((m: any) => m.month === today().slice(0, 7));
    const paidThisMonth = all.filter((b: any) => b.status === 'PAID' && b.paidOn.startsWith(today().slice(0, 7)));
    expect(thisMonth).toEqual({
      month: today().slice(0, 7),
      paid: paidThisMonth.length,
      onTime: paidThisMonth.filter((b: any) => b.paidOn <= b.dueDate).length,
      rate: Math.round((paidThisMonth.filter((b: any) => b.paidOn <= b.dueDate).length / paidThisMonth.length) * 10_000) / 10_000,
    });
  });

  it('shows the consultant payables without the vendors’ full tax ids, and nothing to providers', async () => {
    await vendor('Lucerne Accounting', { category: 'PROFESSIONAL_SERVICES', taxId: '23-7654321' });
    const seen = expectNoErrors(await consultant.gql('{ vendors { name taxId } }')).vendors.find(
      (v: any) => v.name === 'Lucerne Accounting',
    );
    expect(seen.taxId).toBe('•••••4321');
    expect(
      expectNoErrors(await assistant.gql('{ vendors { name taxId } }')).vendors.find((v: any) => v.name === 'Lucerne Accounting').taxId,
    ).toBe('23-7654321');
    const provider = await env.as('provider@demo.test');
    expect(code(await provider.gql('{ payablesOverview { asOf } }'))).toBe('FORBIDDEN');
  });
});
