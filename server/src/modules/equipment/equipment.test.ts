import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, type JobRunner } from '../../core/jobs';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { MODULES } from '..';

const SAVE = `mutation ($input: EquipmentAssetInput!) { saveEquipmentAsset(input: $input) {
  id version name cost salvageValue usefulLifeMonths inServiceOn vendorName billId costCentre { name }
  monthlyDepreciation accumulatedDepreciation bookValue depreciatedThrough } }`;
const ASSET = `query ($id: ID!) { equipmentAsset(id: $id) { id version accumulatedDepreciation bookValue
  depreciationSchedule { month postOn amount accumulated bookValue posted } } }`;
const LEDGER = `query ($from: String!, $to: String!, $accountId: ID!) {
  ledgerEntries(from: $from, to: $to, accountId: $accountId, limit: 1000) { total entries { amount memo date } } }`;

let env: TestEnv;
let runner: JobRunner;
let assistant: ApiClient;
let officeManager: ApiClient;
let provider: ApiClient;
let account: (code: string) => string;
let centre: (name: string) => string;
const today = () => process.env.PRAXIS_TODAY!;
const error = (r: { errors?: { message: string; extensions?: Record<string, any> }[] }) => r.errors?.[0];

/** The first day of the month `months` from today's month, computed here rather than by the code under test. */
function monthStart(months: number): string {
  const d = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Months from `inService`'s month whose last day is on or before today. */
function endedMonths(inService: string): number {
  const [y, m] = inService.split('-').map(Number);
  const [ty, tm, td] = today().split('-').map(Number);
  const lastDayThisMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return ty * 12 + tm - (y * 12 + m) + (td === lastDayThisMonth ? 1 : 0);
}

/** The asset's postings to an account: its memo names the asset. */
async function ledgerFor(assetName: string, code: string) {
  const { entries } = expectNoErrors(
    await officeManager.gql(LEDGER, { from: '2000-01-01', to: '2100-01-01', accountId: account(code) }),
  ).ledgerEntries;
  return entries.filter((e: any) => e.memo?.endsWith(`: ${assetName}`));
}

beforeAll(async () => {
  env = await createTestEnv();
  runner = createJobRunner(
    env.orm,
    MODULES.flatMap((m) => m.jobs ?? []),
    env.databaseUrl,
  );
  await runner.start();
  [assistant, officeManager, provider] = await Promise.all(
    ['assistant', 'office-manager', 'provider'].map((u) => env.as(`${u}@demo.test`)),
  );
  const chart = expectNoErrors(await officeManager.gql('{ accounts(includeBalanceSheet: true) { id code } costCentres { id name } }'));
  account = (c) => chart.accounts.find((a: any) => a.code === c).id;
  centre = (n) => chart.costCentres.find((c: any) => c.name === n).id;
});
afterAll(async () => {
  await runner?.stop();
  await env?.close();
});

describe('the equipment register', () => {
  it('registers equipment from the bill it was bought on, and refuses a line that was expensed', async () => {
    const vendorId = expectNoErrors(
      await assistant.gql('mutation ($input: VendorInput!) { saveVendor(input: $input) { id } }', {
        input: { name: 'Tri-County Biomedical', category: 'EQUIPMENT', termsDays: 30 },
      }),
    ).saveVendor.id;
    const bill = expectNoErrors(
      await assistant.gql('mutation ($input: BillInput!) { saveBill(input: $input) { bill { id lines { id } } } }', {
        input: {
          vendorId,
          invoiceNumber: 'TCB-4410',
          invoiceDate: monthStart(-2),
          lines: [
            { accountId: account('1500'), costCentreId: centre('Oak Hill Clinic'), amount: 18_999_99, description: 'Spirometer' },
            { accountId: account('5610'), costCentreId: centre('Oak Hill Clinic'), amount: 250_00, description: 'Installation' },
          ],
        },
      }),
    ).saveBill.bill;
    const [equipmentLine, installLine] = bill.lines.map((l: any) => l.id);

    const expensed = await assistant.gql(SAVE, { input: { name: 'Installation', billLineId: installLine, usefulLifeMonths: 60 } });
    expect(error(expensed)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.billLineId' });
    expect(error(expensed)?.message).toContain('5610');

    const asset = expectNoErrors(
      await assistant.gql(SAVE, { input: { name: 'MGC spirometer', billLineId: equipmentLine, usefulLifeMonths: 60 } }),
    ).saveEquipmentAsset;
    expect(asset).toMatchObject({
      cost: 18_999_99,
      inServiceOn: monthStart(-2),
      vendorName: 'Tri-County Biomedical',
      billId: bill.id,
      costCentre: { name: 'Oak Hill Clinic' },
      monthlyDepreciation: 316_67, // 1,899,999 / 60 = 31,666.65 rounded half away from zero; months differ by at most a cent
    });
    const twice = await assistant.gql(SAVE, { input: { name: 'Again', billLineId: equipmentLine, usefulLifeMonths: 60 } });
    expect(error(twice)?.message).toContain('registered already');
  });

  it('refuses bad input at the field at fault and changes nothing', async () => {
    const before = expectNoErrors(await officeManager.gql('{ equipmentAssets { id } }')).equipmentAssets.length;
    const base = {
      name: 'Autoclave',
      costCentreId: centre('Riverside Main'),
      cost: 6_000_00,
      usefulLifeMonths: 84,
      inServiceOn: monthStart(-1),
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ cost: 0 }, 'input.cost'],
      [{ cost: -5 }, 'input.cost'],
      [{ salvageValue: 6_000_00 }, 'input.salvageValue'],
      [{ usefulLifeMonths: 0 }, 'input.usefulLifeMonths'],
      [{ inServiceOn: '2026-02-30' }, 'input.inServiceOn'],
      [{ costCentreId: null }, 'input.costCentreId'],
      [{ disposedOn: monthStart(-3) }, 'input.disposedOn'],
    ];
    for (const [overrides, field] of cases) {
      const result = await assistant.gql(SAVE, { input: { ...base, ...overrides } });
      expect(error(result)?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect(expectNoErrors(await officeManager.gql('{ equipmentAssets { id } }')).equipmentAssets).toHaveLength(before);
    expect(error(await provider.gql('{ equipmentAssets { id } }'))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('posts straight-line depreciation through the ledger once a month, to the cent, however often the job runs', async () => {
    const inServiceOn = `${monthStart(-7).slice(0, 8)}20`;
    const asset = expectNoErrors(
      await assistant.gql(SAVE, {
        input: {
          name: 'Holter monitor',
          costCentreId: centre('Riverside Main'),
          cost: 7_000_01,
          salvageValue: 100_00,
          usefulLifeMonths: 36,
          inServiceOn,
        },
      }),
    ).saveEquipmentAsset;
    await runner.runNow('equipment.depreciation');
    await runner.runNow('equipment.depreciation');

    // The months ended so far take 690,001 × k ÷ 36 cents rounded once, half away from zero (an exact
    // half has a remainder of 18 of 36): the independent reckoning of the schedule.
    const months = endedMonths(inServiceOn);
    const expected = (690_001 * months - ((690_001 * months) % 36)) / 36 + ((690_001 * months) % 36 >= 18 ? 1 : 0);
    const expense = await ledgerFor(asset.name, '5630');
    const accumulated = await ledgerFor(asset.name, '1590');
    expect(expense).toHaveLength(months);
    expect(expense.reduce((s: number, e: any) => s + e.amount, 0)).toBe(expected);
    expect(accumulated.reduce((s: number, e: any) => s + e.amount, 0)).toBe(-expected);
    for (const e of expense) expect([19_166, 19_167]).toContain(e.amount);

    const view = expectNoErrors(await officeManager.gql(ASSET, { id: asset.id })).equipmentAsset;
    expect(view).toMatchObject({ accumulatedDepreciation: expected, bookValue: 7_000_01 - expected });
    expect(view.depreciationSchedule).toHaveLength(36);
    expect(view.depreciationSchedule.reduce((s: number, m: any) => s + m.amount, 0)).toBe(690_001);
    expect(view.depreciationSchedule.at(-1).bookValue).toBe(100_00);
    expect(view.depreciationSchedule.filter((m: any) => m.posted)).toHaveLength(months);

    // Once posted, the figures the postings came from stay as posted.
    const changed = await assistant.gql(SAVE, {
      input: {
        id: asset.id,
        expectedVersion: view.version,
        name: 'Holter monitor',
        costCentreId: centre('Riverside Main'),
        cost: 8_000_00,
        salvageValue: 100_00,
        usefulLifeMonths: 36,
        inServiceOn,
      },
    });
    expect(error(changed)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.cost' });
  });

  it('stops at the end of the useful life, leaving the salvage value on the books', async () => {
    const asset = expectNoErrors(
      await assistant.gql(SAVE, {
        input: {
          name: 'Old fax machine',
          costCentreId: centre('Administration'),
          cost: 1_000_00,
          salvageValue: 1,
          usefulLifeMonths: 7,
          inServiceOn: monthStart(-20),
        },
      }),
    ).saveEquipmentAsset;
    expect(
      expectNoErrors(await assistant.gql('mutation { postDueDepreciation { postings } }')).postDueDepreciation.postings,
    ).toBeGreaterThanOrEqual(7);
    expect(expectNoErrors(await assistant.gql('mutation { postDueDepreciation { postings } }')).postDueDepreciation.postings).toBe(0);
    const expense = await ledgerFor(asset.name, '5630');
    expect(expense).toHaveLength(7);
    expect(expense.reduce((s: number, e: any) => s + e.amount, 0)).toBe(99_999);
    const view = expectNoErrors(await officeManager.gql(ASSET, { id: asset.id })).equipmentAsset;
    expect(view.bookValue).toBe(1);
  });

  it('reminds of service due or overdue and of warranties ending', async () => {
    const soon = new Date(Date.parse(`${today()}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    const asset = expectNoErrors(
      await assistant.gql(SAVE, {
        input: {
          name: 'Vaccine refrigerator',
          costCentreId: centre('Riverside Main'),
          cost: 4_200_00,
          usefulLifeMonths: 120,
          inServiceOn: monthStart(-30),
          nextServiceOn: soon,
          serviceEveryMonths: 6,
          warrantyEndsOn: soon,
        },
      }),
    ).saveEquipmentAsset;
    const reminders = expectNoErrors(
      await officeManager.gql('{ equipmentReminders(withinDays: 30) { kind on asset { id } } }'),
    ).equipmentReminders;
    expect(
      reminders
        .filter((r: any) => r.asset.id === asset.id)
        .map((r: any) => r.kind)
        .sort(),
    ).toEqual(['SERVICE_DUE', 'WARRANTY_ENDING']);
    const serviced = expectNoErrors(
      await assistant.gql(
        'mutation ($id: ID!, $v: Int!, $on: String!) { recordEquipmentService(id: $id, expectedVersion: $v, servicedOn: $on) { nextServiceOn } }',
        {
          id: asset.id,
          v: asset.version,
          on: today(),
        },
      ),
    ).recordEquipmentService;
    const sixMonths = new Date(`${today()}T00:00:00Z`);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(serviced.nextServiceOn.slice(0, 7)).toBe(sixMonths.toISOString().slice(0, 7));
  });

  it('keeps the service history, and a service recorded late does not move the next one back', async () => {
    const assets = expectNoErrors(
      await officeManager.gql('{ equipmentAssets { id name version nextServiceOn serviceEveryMonths } }'),
    ).equipmentAssets;
    const monitor = assets.find((a: any) => a.name === 'Welch Allyn Connex vital signs monitor');
    const RECORD = `mutation ($id: ID!, $v: Int!, $on: String!, $note: String) {
      recordEquipmentService(id: $id, expectedVersion: $v, servicedOn: $on, note: $note) { version nextServiceOn } }`;
    const first = expectNoErrors(
      await officeManager.gql(RECORD, {
        id: monitor.id,
        v: monitor.version,
        on: today(),
        note: 'Annual calibration, Tri-County Biomedical',
      }),
    ).recordEquipmentService;
    const older = expectNoErrors(
      await officeManager.gql(RECORD, { id: monitor.id, v: first.version, on: monthStart(-3), note: 'Cuff replaced' }),
    ).recordEquipmentService;
    expect(older.nextServiceOn).toBe(first.nextServiceOn);
    const future = await officeManager.gql(RECORD, { id: monitor.id, v: older.version, on: '2999-01-01' });
    expect(error(future)?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'servicedOn' });

    const history = expectNoErrors(
      await officeManager.gql('query ($id: ID!) { equipmentAsset(id: $id) { serviceHistory { servicedOn note recordedByName } } }', {
        id: monitor.id,
      }),
    ).equipmentAsset.serviceHistory;
    expect(history).toEqual([
      { servicedOn: today(), note: 'Annual calibration, Tri-County Biomedical', recordedByName: expect.any(String) },
      { servicedOn: monthStart(-3), note: 'Cuff replaced', recordedByName: expect.any(String) },
    ]);
  });
});
