import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';

const LIST = `query ($toReorder: Boolean) { supplies(toReorder: $toReorder) {
  id name unit unitPrice onHand countedOn dailyUse leadTimeDays safetyStock parLevel reorderPoint toReorder quantityToPar costToPar
  vendor { id name } costCentre { id name } account { code } openOrder { id number } } }`;
const SAVE = `mutation ($input: SupplyInput!) { saveSupply(input: $input) { id version reorderPoint dailyUse toReorder quantityToPar } }`;
const COUNT = `mutation ($input: SupplyCountInput!) { recordSupplyCounts(input: $input) { id onHand countedOn toReorder } }`;
const ORDER = `mutation ($ids: [ID!]!) { createSupplyOrders(supplyIds: $ids) {
  id number status total memo vendor { name } lines { description quantity unitPrice amount account { code } costCentre { name } } } }`;

let env: TestEnv;
let officeManager: ApiClient;
let assistant: ApiClient;
let consultant: ApiClient;
let provider: ApiClient;
const today = () => process.env.PRAXIS_TODAY!;
const error = (r: { errors?: { message: string; extensions?: Record<string, any> }[] }) => r.errors?.[0];
type Row = {
  id: string;
  name: string;
  onHand: number;
  reorderPoint: number;
  toReorder: boolean;
  quantityToPar: number;
  vendor: { id: string; name: string };
  costCentre: { id: string; name: string };
  openOrder: { id: string; number: string } | null;
};
const list = async (toReorder = false): Promise<Row[]> => expectNoErrors(await officeManager.gql(LIST, { toReorder })).supplies;
const byName = async (name: string) => (await list()).find((s) => s.name === name)!;
const orderCount = async () => expectNoErrors(await officeManager.gql('{ purchaseOrders { id } }')).purchaseOrders.length;

beforeAll(async () => {
  env = await createTestEnv();
  [officeManager, assistant, provider] = await Promise.all(
    ['office-manager', 'assistant', 'provider'].map((u) => env.as(`${u}@demo.test`)),
  );
  consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
});
afterAll(async () => {
  await env?.close();
});

describe('supplies with par levels and reorder points', () => {
  it('lists what is at or below its reorder point: daily use × lead time + safety stock', async () => {
    const all = await list();
    expect(all).toHaveLength(12);
    const gloves = all.find((s) => s.name === 'Nitrile exam gloves, medium')!;
    // 3 a day × 5 days + 6 = 21; 14 on hand, so 36 more bring it to its par of 50.
    expect(gloves).toMatchObject({ reorderPoint: 21, toReorder: true, quantityToPar: 36, costToPar: 36 * 8_95 });
    // 0.25 a day × 7 days = 1.75 units, which rounds up to 2; + 2 safety = 4.
    expect(all.find((s) => s.name === 'Exam table paper, 21"')).toMatchObject({ reorderPoint: 4, onHand: 3, toReorder: true });
    // Exactly at the reorder point is time to reorder.
    expect(all.find((s) => s.name === 'Copy paper, letter')).toMatchObject({ reorderPoint: 4, onHand: 4, toReorder: true });

    const toReorder = await list(true);
    expect(toReorder.map((s) => s.name).sort()).toEqual([
      'Copy paper, letter',
      'Disposable otoscope specula, 4 mm',
      'Exam table paper, 21"',
      'Nitrile exam gloves, medium',
      'Safety syringes 3 mL, 25G',
    ]);
    expect(toReorder.every((s) => s.onHand <= s.reorderPoint)).toBe(true);
  });

  it('reads the list in the same number of statements however many supplies there are', async () => {
    const measure = async () => (await officeManager.gql(LIST, { toReorder: false })).sqlStatements;
    const before = await measure();
    const template = await byName('Alcohol prep pads');
    for (const i of [1, 2, 3]) {
      expectNoErrors(
        await assistant.gql(SAVE, {
          input: {
            name: `Bandages, assorted ${i}`,
            unit: 'box',
            vendorId: template.vendor.id,
            costCentreId: template.costCentre.id,
            unitPrice: 3_10,
            dailyUse: 1,
            leadTimeDays: 3,
            safetyStock: 1,
            parLevel: 10,
          },
        }),
      );
    }
    expect(await measure()).toBe(before);
  });

  it('computes the reorder point exactly from a fractional daily use, and refuses bad input at its field', async () => {
    const pads = await byName('Alcohol prep pads');
    const input = {
      name: 'Tongue depressors',
      unit: 'box of 500',
      vendorId: pads.vendor.id,
      costCentreId: pads.costCentre.id,
      unitPrice: 6_45,
      dailyUse: 2.35,
      leadTimeDays: 7,
      safetyStock: 3,
      parLevel: 30,
    };
    const saved = expectNoErrors(await assistant.gql(SAVE, { input })).saveSupply;
    // 2.35 × 7 = 16.45 (not 16.450000000000003), up to 17, + 3.
    expect(saved).toMatchObject({ reorderPoint: 20, dailyUse: 2.35, toReorder: true, quantityToPar: 30 });

    const before = (await list()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ parLevel: 20 }, 'input.parLevel'],
      [{ dailyUse: 1.234 }, 'input.dailyUse'],
      [{ dailyUse: -1 }, 'input.dailyUse'],
      [{ unitPrice: 0 }, 'input.unitPrice'],
      [{ leadTimeDays: -2 }, 'input.leadTimeDays'],
      [{ name: '  ' }, 'input.name'],
      [{ name: 'Tongue depressors' }, 'input.name'],
      [{ vendorId: pads.id }, 'input.vendorId'],
    ];
    for (const [change, field] of cases) {
      const result = await assistant.gql(SAVE, { input: { ...input, name: 'Cotton swabs', ...change } });
      expect(error(result)?.extensions, JSON.stringify(change)).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect((await list()).length).toBe(before);
  });

  it('records a stock count all or nothing', async () => {
    const large = await byName('Nitrile exam gloves, large');
    const gowns = await byName('Patient gowns, disposable');
    const bad = await assistant.gql(COUNT, {
      input: {
        countedOn: today(),
        counts: [
          { supplyId: large.id, onHand: 12 },
          { supplyId: gowns.id, onHand: -1 },
        ],
      },
    });
    expect(error(bad)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.counts.1.onHand' });
    expect((await byName('Nitrile exam gloves, large')).onHand).toBe(40);
    const future = await assistant.gql(COUNT, { input: { countedOn: '2999-01-01', counts: [{ supplyId: large.id, onHand: 1 }] } });
    expect(error(future)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.countedOn' });

    const counted = expectNoErrors(
      await assistant.gql(COUNT, { input: { countedOn: today(), counts: [{ supplyId: large.id, onHand: 12 }] } }),
    );
    expect(counted.recordSupplyCounts).toEqual([{ id: large.id, onHand: 12, countedOn: today(), toReorder: true }]);
    expect((await list(true)).map((s) => s.name)).toContain('Nitrile exam gloves, large');
  });

  it('turns the chosen supplies into draft purchase orders, one per vendor, each line up to par', async () => {
    const [paper, specula, syringes] = await Promise.all(
      ['Exam table paper, 21"', 'Disposable otoscope specula, 4 mm', 'Safety syringes 3 mL, 25G'].map(byName),
    );
    const orders = expectNoErrors(await assistant.gql(ORDER, { ids: [paper.id, specula.id, syringes.id] })).createSupplyOrders;
    expect(orders).toHaveLength(2);
    const schein = orders.find((o: any) => o.vendor.name === 'Henry Schein');
    expect(schein).toMatchObject({ status: 'DRAFT', total: 9 * 85_00 + 6 * 12_00 });
    expect(schein.lines).toEqual([
      {
        description: 'Exam table paper, 21" (case of 12 rolls)',
        quantity: 9,
        unitPrice: 85_00,
        amount: 765_00,
        account: { code: '5410' },
        costCentre: { name: 'Riverside Main' },
      },
      {
        description: 'Disposable otoscope specula, 4 mm (box of 250)',
        quantity: 6,
        unitPrice: 12_00,
        amount: 72_00,
        account: { code: '5410' },
        costCentre: { name: 'Oak Hill Clinic' },
      },
    ]);
    const medline = orders.find((o: any) => o.vendor.name === 'Medline Industries');
    expect(medline).toMatchObject({ status: 'DRAFT', total: 10 * 27_50, lines: [{ quantity: 10 }] });

    // The orders are ordinary drafts of the purchasing list, and the supplies say which order they are on.
    const drafts = expectNoErrors(await officeManager.gql('{ purchaseOrders(statuses: [DRAFT]) { id } }')).purchaseOrders.map(
      (o: any) => o.id,
    );
    expect(drafts).toEqual(expect.arrayContaining([schein.id, medline.id]));
    expect((await byName('Exam table paper, 21"')).openOrder).toEqual({ id: schein.id, number: schein.number });
  });

  it('refuses a supply above its reorder point or already on an open order, and drafts nothing then', async () => {
    const [paper, gowns, copy] = await Promise.all(
      ['Exam table paper, 21"', 'Patient gowns, disposable', 'Copy paper, letter'].map(byName),
    );
    const before = await orderCount();
    const onOrder = await assistant.gql(ORDER, { ids: [copy.id, paper.id] });
    expect(error(onOrder)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supplyIds.1' });
    expect(error(onOrder)?.message).toMatch(/is on PO-\d+ already/);
    const above = await assistant.gql(ORDER, { ids: [gowns.id] });
    expect(error(above)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supplyIds.0' });
    const unknown = await assistant.gql(ORDER, { ids: [copy.id, '00000000-0000-4000-8000-000000000000'] });
    expect(error(unknown)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supplyIds.1' });
    const none = await assistant.gql(ORDER, { ids: [] });
    expect(error(none)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supplyIds' });
    expect(await orderCount()).toBe(before);
    expect((await byName('Copy paper, letter')).openOrder).toBeNull();
  });

  it('drafts a supply once when two people order it at the same moment', async () => {
    const copy = await byName('Copy paper, letter');
    const before = await orderCount();
    const results = await Promise.all([assistant.gql(ORDER, { ids: [copy.id] }), officeManager.gql(ORDER, { ids: [copy.id] })]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.errors)!;
    expect(['CONFLICT', 'VALIDATION_FAILED']).toContain(error(lost)?.extensions?.code);
    expect(await orderCount()).toBe(before + 1);
    expect((await byName('Copy paper, letter')).openOrder?.id).toBe(won[0]!.data.createSupplyOrders[0].id);
  });

  it('lets readers read and only those who enter payables change anything', async () => {
    const copy = await byName('Copy paper, letter');
    expect(expectNoErrors(await consultant.gql('{ supplies { id } }')).supplies.length).toBeGreaterThan(0);
    expect(error(await consultant.gql(ORDER, { ids: [copy.id] }))?.extensions?.code).toBe('FORBIDDEN');
    expect(error(await provider.gql('{ supplies { id } }'))?.extensions?.code).toBe('FORBIDDEN');
  });
});
