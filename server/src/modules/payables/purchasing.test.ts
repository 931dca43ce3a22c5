import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';

const SAVE_PO = `mutation ($input: PurchaseOrderInput!) { savePurchaseOrder(input: $input) {
  order { id version number status total lines { id quantity unitPrice amount } } budgetWarnings { line outcome } } }`;
const APPROVE_PO = `mutation ($id: ID!, $v: Int!) { approvePurchaseOrder(id: $id, expectedVersion: $v) { order { id version status approvedByName } } }`;
const ORDERED = `mutation ($id: ID!, $v: Int!, $on: String!) { markPurchaseOrderOrdered(id: $id, expectedVersion: $v, orderedOn: $on) { id version status } }`;
const RECEIVE = `mutation ($input: ReceiveInput!) { receivePurchaseOrder(input: $input) { id version status } }`;
const PO = `query ($id: ID!) { purchaseOrder(id: $id) { id version status approveLockedBecause
  lines { id description quantity quantityReceived quantityBilled receipts { quantity receivedOn } }
  bills { invoiceNumber status holdReason } } }`;
const SAVE_BILL = `mutation ($input: BillInput!) { saveBill(input: $input) { bill { id version status total holdReason
  lines { amount quantity unitPrice poLine { id } account { code } } } } }`;
const APPROVE_BILL = 'mutation ($id: ID!, $v: Int!) { approveBill(id: $id, expectedVersion: $v) { bill { id version status } } }';
const RELEASE =
  'mutation ($id: ID!, $v: Int!, $r: String!) { releaseBillHold(id: $id, expectedVersion: $v, reason: $r) { id version holdReason memo } }';

let env: TestEnv;
let officeManager: ApiClient;
let practiceManager: ApiClient;
let assistant: ApiClient;
let account: (code: string) => string;
let centre: (name: string) => string;
const today = () => process.env.PRAXIS_TODAY!;
const error = (r: { errors?: { message: string; extensions?: Record<string, any> }[] }) => r.errors?.[0];

const VENDORS = [
  'Northwind Office Furniture',
  'Alpine Exam Seating',
  'Contoso Clinic Interiors',
  'Woodgrove Fixtures',
  'Litware Medical Chairs',
];
async function vendor(): Promise<string> {
  return expectNoErrors(
    await assistant.gql('mutation ($input: VendorInput!) { saveVendor(input: $input) { id } }', {
      input: { name: VENDORS.shift(), category: 'EQUIPMENT', termsDays: 30 },
    }),
  ).saveVendor.id;
}

/** A placed order: 10 exam-room chairs at $120 and 4 stools at $85, approved by the office manager. */
async function placedOrder(vendorId: string) {
  const saved = expectNoErrors(
    await assistant.gql(SAVE_PO, {
      input: {
        vendorId,
        lines: [
          {
            description: 'Exam-room side chair',
            accountId: account('5410'),
            costCentreId: centre('Riverside Main'),
            quantity: 10,
            unitPrice: 120_00,
          },
          {
            description: 'Rolling stool',
            accountId: account('5410'),
            costCentreId: centre('Riverside Main'),
            quantity: 4,
            unitPrice: 85_00,
          },
        ],
      },
    }),
  ).savePurchaseOrder.order;
  const approved = expectNoErrors(await officeManager.gql(APPROVE_PO, { id: saved.id, v: saved.version })).approvePurchaseOrder.order;
  const ordered = expectNoErrors(
    await assistant.gql(ORDERED, { id: saved.id, v: approved.version, on: addDays(today(), -7) }),
  ).markPurchaseOrderOrdered;
  return { ...saved, version: ordered.version, status: ordered.status };
}

const order = async (id: string) => expectNoErrors(await officeManager.gql(PO, { id })).purchaseOrder;

function billFor(vendorId: string, invoiceNumber: string, lines: { poLineId: string; quantity: number; unitPrice: number }[]) {
  return { vendorId, invoiceNumber, invoiceDate: today(), lines: lines.map((l) => ({ ...l, amount: l.quantity * l.unitPrice })) };
}

beforeAll(async () => {
  env = await createTestEnv();
  [officeManager, practiceManager, assistant] = await Promise.all(
    ['office-manager', 'practice-manager', 'assistant'].map((u) => env.as(`${u}@demo.test`)),
  );
  const chart = expectNoErrors(await officeManager.gql('{ accounts { id code } costCentres { id name } }'));
  account = (c) => chart.accounts.find((a: any) => a.code === c).id;
  centre = (n) => chart.costCentres.find((c: any) => c.name === n).id;
});
afterAll(() => env?.close());

describe('purchase orders', () => {
  it('go from draft to approved to ordered, are received in part, and refuse more than is outstanding', async () => {
    const id = await vendor();
    const po = await placedOrder(id);
    expect(po).toMatchObject({ number: expect.stringMatching(/^PO-\d{4}$/), total: 10 * 120_00 + 4 * 85_00, status: 'ORDERED' });
    const [chairs, stools] = po.lines;

    const received = expectNoErrors(
      await assistant.gql(RECEIVE, {
        input: { orderId: po.id, expectedVersion: po.version, receivedOn: today(), lines: [{ lineId: chairs.id, quantity: 6 }] },
      }),
    ).receivePurchaseOrder;
    expect(received.status).toBe('PARTLY_RECEIVED');

    const tooMany = await assistant.gql(RECEIVE, {
      input: {
        orderId: po.id,
        expectedVersion: received.version,
        receivedOn: today(),
        lines: [
          { lineId: stools.id, quantity: 4 },
          { lineId: chairs.id, quantity: 5 },
        ],
      },
    });
    expect(error(tooMany)).toMatchObject({
      message: 'Receive 1 to 4 (still outstanding).',
      extensions: { code: 'VALIDATION_FAILED', field: 'input.lines.1.quantity' },
    });
    // Nothing of the refused receipt was written, not even its valid first line.
    const after = await order(po.id);
    expect(after).toMatchObject({ status: 'PARTLY_RECEIVED', version: received.version });
    expect(after.lines.map((l: any) => [l.quantityReceived, l.receipts.length])).toEqual([
      [6, 1],
      [0, 0],
    ]);

    const future = await assistant.gql(RECEIVE, {
      input: {
        orderId: po.id,
        expectedVersion: received.version,
        receivedOn: addDays(today(), 1),
        lines: [{ lineId: stools.id, quantity: 1 }],
      },
    });
    expect(error(future)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.receivedOn' });
    const cancel = await practiceManager.gql(
      'mutation ($id: ID!, $v: Int!) { cancelPurchaseOrder(id: $id, expectedVersion: $v, reason: "no longer needed") { id } }',
      {
        id: po.id,
        v: received.version,
      },
    );
    expect(error(cancel)?.message).toMatch(/Part of this order has arrived: close it instead/);
  });

  it('are approved within the same limits as bills', async () => {
    const id = await vendor();
    const big = expectNoErrors(
      await assistant.gql(SAVE_PO, {
        input: {
          vendorId: id,
          lines: [
            {
              description: 'Ultrasound unit',
              accountId: account('5410'),
              costCentreId: centre('Riverside Main'),
              quantity: 1,
              unitPrice: 18_500_00,
            },
          ],
        },
      }),
    ).savePurchaseOrder.order;
    expect((await order(big.id)).approveLockedBecause).toBe('Orders over $2,500.00 go to the practice manager or the administrator.');
    expect(error(await officeManager.gql(APPROVE_PO, { id: big.id, v: big.version }))?.extensions?.code).toBe('FORBIDDEN');
    expect(error(await assistant.gql(APPROVE_PO, { id: big.id, v: big.version }))?.extensions?.code).toBe('FORBIDDEN');
    expect(expectNoErrors(await practiceManager.gql(APPROVE_PO, { id: big.id, v: big.version })).approvePurchaseOrder.order).toMatchObject({
      status: 'APPROVED',
      approvedByName: 'Marcus Bell',
    });
    const placeDraft = expectNoErrors(
      await assistant.gql(SAVE_PO, {
        input: {
          vendorId: id,
          lines: [
            { description: 'Lamp', accountId: account('5410'), costCentreId: centre('Riverside Main'), quantity: 1, unitPrice: 40_00 },
          ],
        },
      }),
    ).savePurchaseOrder.order;
    expect(error(await assistant.gql(ORDERED, { id: placeDraft.id, v: placeDraft.version, on: today() }))?.message).toBe(
      'Approve the order before placing it.',
    );
  });
});

describe('the three-way match', () => {
  it('lets a bill for what arrived at the ordered price through, and holds one priced outside the tolerance', async () => {
    const id = await vendor();
    const po = await placedOrder(id);
    const [chairs, stools] = po.lines;
    const received = expectNoErrors(
      await assistant.gql(RECEIVE, {
        input: {
          orderId: po.id,
          expectedVersion: po.version,
          receivedOn: today(),
          lines: [
            { lineId: chairs.id, quantity: 6 },
            { lineId: stools.id, quantity: 4 },
          ],
        },
      }),
    ).receivePurchaseOrder;
    expect(received.status).toBe('PARTLY_RECEIVED');

    // Six chairs at the ordered price: matched, not held, approved; the order line shows them billed.
    const chairsBill = expectNoErrors(
      await assistant.gql(SAVE_BILL, { input: billFor(id, 'NW-100', [{ poLineId: chairs.id, quantity: 6, unitPrice: 120_00 }]) }),
    ).saveBill.bill;
    expect(chairsBill).toMatchObject({
      holdReason: null,
      total: 720_00,
      lines: [{ amount: 720_00, quantity: 6, unitPrice: 120_00, poLine: { id: chairs.id }, account: { code: '5410' } }],
    });
    expect(
      expectNoErrors(await officeManager.gql(APPROVE_BILL, { id: chairsBill.id, v: chairsBill.version })).approveBill.bill.status,
    ).toBe('APPROVED');

    // Stools at $89.00 instead of $85.00: $16.00 over; 2 % of $340.00 allows $6.80. Held.
    const stoolsBill = expectNoErrors(
      await assistant.gql(SAVE_BILL, { input: billFor(id, 'NW-101', [{ poLineId: stools.id, quantity: 4, unitPrice: 89_00 }]) }),
    ).saveBill.bill;
    expect(stoolsBill.holdReason).toBe(
      `${po.number} line 2 (Rolling stool): billed at $89.00 a unit against $85.00 ordered, $16.00 over the order (the tolerance allows $6.80).`,
    );
    const refused = await officeManager.gql(APPROVE_BILL, { id: stoolsBill.id, v: stoolsBill.version });
    expect(error(refused)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    expect(error(refused)?.message).toMatch(/^This bill is held: /);
    expect(
      error(await assistant.gql(RELEASE, { id: stoolsBill.id, v: stoolsBill.version, r: 'Price rise agreed' }))?.extensions?.code,
    ).toBe('FORBIDDEN');
    const released = expectNoErrors(
      await practiceManager.gql(RELEASE, { id: stoolsBill.id, v: stoolsBill.version, r: 'Price rise agreed by phone' }),
    ).releaseBillHold;
    expect(released.holdReason).toBeNull();
    expect(released.memo).toMatch(/^Hold released: Price rise agreed by phone \(was: PO-\d+ line 2/);
    expect(expectNoErrors(await officeManager.gql(APPROVE_BILL, { id: stoolsBill.id, v: released.version })).approveBill.bill.status).toBe(
      'APPROVED',
    );

    // Four more chairs than arrived: held on the quantity.
    const early = expectNoErrors(
      await assistant.gql(SAVE_BILL, { input: billFor(id, 'NW-102', [{ poLineId: chairs.id, quantity: 4, unitPrice: 120_00 }]) }),
    ).saveBill.bill;
    expect(early.holdReason).toBe(`${po.number} line 1 (Exam-room side chair): billed for 10 but 6 received.`);

    const after = await order(po.id);
    expect(after.lines.map((l: any) => [l.quantity, l.quantityReceived, l.quantityBilled])).toEqual([
      [10, 6, 10],
      [4, 4, 4],
    ]);
    expect(after.bills.map((b: any) => [b.invoiceNumber, b.status, !!b.holdReason])).toEqual([
      ['NW-100', 'APPROVED', false],
      ['NW-101', 'APPROVED', false],
      ['NW-102', 'RECEIVED', true],
    ]);
  });

  it('refuses a line for another vendor’s order or one not placed, and a total that is not quantity × price', async () => {
    const [mine, theirs] = [await vendor(), await vendor()];
    const po = await placedOrder(theirs);
    const line = po.lines[0];
    const other = await assistant.gql(SAVE_BILL, { input: billFor(mine, 'X-1', [{ poLineId: line.id, quantity: 1, unitPrice: 120_00 }]) });
    expect(error(other)).toMatchObject({
      message: `${po.number} is another vendor’s order.`,
      extensions: { field: 'input.lines.0.poLineId' },
    });
    const wrongTotal = await assistant.gql(SAVE_BILL, {
      input: {
        ...billFor(theirs, 'X-2', [{ poLineId: line.id, quantity: 2, unitPrice: 120_00 }]),
        lines: [{ poLineId: line.id, quantity: 2, unitPrice: 120_00, amount: 250_00 }],
      },
    });
    expect(error(wrongTotal)).toMatchObject({
      message: 'Quantity × unit price is $240.00.',
      extensions: { field: 'input.lines.0.amount' },
    });
    const count = expectNoErrors(await assistant.gql('query ($v: ID!) { bills(filter: { vendorId: $v }) { total } }', { v: theirs })).bills
      .total;
    expect(count).toBe(0);
  });
});
