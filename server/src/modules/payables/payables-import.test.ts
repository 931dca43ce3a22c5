import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { categoryOf, parseTerms } from './payables-import.service';

const FIXTURES = path.resolve(__dirname, '../../../../tests/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const IMPORT_VENDORS = `mutation ($csv: String!, $dryRun: Boolean) { importVendors(csv: $csv, dryRun: $dryRun) {
  ok dryRun rows added alreadyThere possibleDuplicates { row name similarTo reason } errors { row column message } } }`;
const IMPORT_BILLS = `mutation ($csv: String!, $dryRun: Boolean) { importBills(csv: $csv, dryRun: $dryRun) {
  ok dryRun rows bills lines total alreadyEntered errors { row column message } } }`;
const VENDORS = `{ vendors(includeInactive: true) { name category terms termsDays discountBps discountDays taxId is1099 remitTo active
  defaultAccount { code } defaultCostCentre { name } } }`;
const BILLS = `{ all: bills(limit: 1, filter: { statuses: ["RECEIVED", "APPROVED", "SCHEDULED", "PARTIALLY_PAID", "PAID", "VOID"] }) { total }
  bills(limit: 500, filter: { statuses: ["RECEIVED"] }) {
  total bills { invoiceNumber status invoiceDate dueDate discountDate discountAmount total balance memo vendor { name }
  lines { amount description account { code } costCentre { name } } } } }`;

let env: TestEnv;
let assistant: ApiClient;
let consultant: ApiClient;
let provider: ApiClient;
const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  env = await createTestEnv();
  assistant = await env.as('assistant@demo.test');
  consultant = await env.as('consultant@demo.test', { organization: 'riverside' });
  provider = await env.as('provider@demo.test');
});
afterAll(() => env?.close());

const vendorsNow = async () => expectNoErrors(await assistant.gql(VENDORS)).vendors as any[];
const billsNow = async () => {
  const data = expectNoErrors(await assistant.gql(BILLS));
  return { total: data.all.total as number, bills: data.bills.bills as any[] };
};

describe('reading QuickBooks’ words', () => {
  it('understands terms and vendor types as QuickBooks users write them', () => {
    expect(parseTerms('Net 30')).toEqual({ termsDays: 30, discountBps: 0, discountDays: 0 });
    expect(parseTerms('Due on receipt')).toEqual({ termsDays: 0, discountBps: 0, discountDays: 0 });
    expect(parseTerms('2% 10 Net 30')).toEqual({ termsDays: 30, discountBps: 200, discountDays: 10 });
    expect(parseTerms('2/10 net 30')).toEqual({ termsDays: 30, discountBps: 200, discountDays: 10 });
    expect(parseTerms('1.5% 15, Net 45')).toEqual({ termsDays: 45, discountBps: 150, discountDays: 15 });
    expect(parseTerms('whenever')).toBeNull();
    expect(categoryOf('Medical Supplies')).toBe('MEDICAL_SUPPLIES');
    expect(categoryOf('Lab services')).toBe('LAB');
    expect(categoryOf('')).toBe('OTHER');
  });
});

describe('importing vendors and open bills', () => {
  it('refuses a vendor file with a bad row, naming the row and column, and adds nothing', async () => {
    const before = (await vendorsNow()).length;
    const bad = fixture('quickbooks-vendors.csv')
      .replace('2% 10 Net 30', 'whenever')
      .replace('123-45-6789', '12345')
      .replace(',No,,6090,Oak Hill Clinic', ',No,,9999,Oak Hill Clinic');
    const result = expectNoErrors(await assistant.gql(IMPORT_VENDORS, { csv: bad })).importVendors;
    expect(result.ok).toBe(false);
    expect(result.added).toBe(0);
    expect(result.errors).toEqual([
      { row: 2, column: 'terms', message: expect.stringContaining('“whenever” is not a payment term') },
      { row: 3, column: 'tax id', message: expect.stringContaining('“12345” is not an EIN') },
      { row: 4, column: 'account', message: '“9999” is not an account of this practice.' },
    ]);
    expect((await vendorsNow()).length).toBe(before);
  });

  it('checks the vendor list in a dry run, imports it with terms, tax ids and defaults, and a second import adds nothing', async () => {
    const csv = fixture('quickbooks-vendors.csv');
    const before = (await vendorsNow()).length;
    const checked = expectNoErrors(await assistant.gql(IMPORT_VENDORS, { csv, dryRun: true })).importVendors;
    expect(checked).toMatchObject({ ok: true, dryRun: true, rows: 3, added: 3, alreadyThere: 0, errors: [] });
    expect((await vendorsNow()).length).toBe(before);

    const done = expectNoErrors(await assistant.gql(IMPORT_VENDORS, { csv })).importVendors;
    expect(done).toMatchObject({ ok: true, dryRun: false, added: 3, alreadyThere: 0 });
    const byName = new Map((await vendorsNow()).map((v) => [v.name, v]));
    expect(byName.get('Summit Surgical Supply')).toEqual({
      name: 'Summit Surgical Supply',
      category: 'MEDICAL_SUPPLIES',
      terms: '2/10 net 30',
      termsDays: 30,
      discountBps: 200,
      discountDays: 10,
      taxId: '37-1122334',
      is1099: false,
      remitTo: '400 Mill Road\nSpringfield, IL 62701',
      active: true,
      defaultAccount: { code: '5410' },
      defaultCostCentre: { name: 'Riverside Main' },
    });
    expect(byName.get('Prairie Pest Control')).toMatchObject({
      category: 'SERVICES',
      terms: 'Net 15',
      is1099: true,
      taxId: '123-45-6789',
      defaultAccount: { code: '5320' },
    });
    expect(byName.get('Lincoln Land Courier')).toMatchObject({
      category: 'OTHER',
      terms: 'Due on receipt',
      taxId: null,
      defaultAccount: { code: '6090' },
      defaultCostCentre: { name: 'Oak Hill Clinic' },
    });

    const again = expectNoErrors(await assistant.gql(IMPORT_VENDORS, { csv })).importVendors;
    expect(again).toMatchObject({ ok: true, added: 0, alreadyThere: 3 });
    expect((await vendorsNow()).length).toBe(before + 3);
  });

  it('warns of a vendor that looks like one already here, as entering one does', async () => {
    const csv = 'Vendor,Tax ID\nMcKesson Medical Surgical Inc.,\nSummit Surgical Supply Co.,\nNew Leaf Landscaping,37-1122334\n';
    const checked = expectNoErrors(await assistant.gql(IMPORT_VENDORS, { csv, dryRun: true })).importVendors;
    expect(checked.ok).toBe(true);
    expect(checked.possibleDuplicates).toEqual([
      { row: 2, name: 'McKesson Medical Surgical Inc.', similarTo: 'McKesson Medical-Surgical', reason: 'a very similar name' },
      { row: 3, name: 'Summit Surgical Supply Co.', similarTo: 'Summit Surgical Supply', reason: 'a very similar name' },
      { row: 4, name: 'New Leaf Landscaping', similarTo: 'Summit Surgical Supply', reason: 'the same tax id' },
    ]);
  });

  it('refuses a bill file with a bad row, naming the row and column, and writes no bill at all', async () => {
    const before = await billsNow();
    const bad = [
      fixture('quickbooks-open-bills.csv').trimEnd(),
      'NB-1,Nobody Supplies,11/03/2026,,,,5410,Gloves,10.00,Riverside Main',
      'SS-20418,Summit Surgical Supply,13/45/2026,,,,5410,Gloves,10.00,Riverside Main',
      'SS-20419,Summit Surgical Supply,11/03/2026,,,,5410,Gloves,ten dollars,Riverside Main',
      'SS-20420,Summit Surgical Supply,11/03/2026,,,,2010 Accounts payable,Gloves,10.00,Riverside Main',
      'SS-20421,Summit Surgical Supply,11/03/2026,10/01/2026,,,5410,Gloves,10.00,Basement',
      'SS-20422,Summit Surgical Supply,06/03/1999,,,,5410,Gloves,0,Riverside Main',
      'SS-20417,Summit Surgical Supply,11/05/2026,,,,5410,Gloves,1.00,Riverside Main',
    ].join('\n');
    const result = expectNoErrors(await assistant.gql(IMPORT_BILLS, { csv: bad })).importBills;
    expect(result).toMatchObject({ ok: false, bills: 0, lines: 0, total: 0 });
    expect(result.errors.map((e: any) => [e.row, e.column])).toEqual([
      [6, 'vendor'],
      [7, 'bill date'],
      [8, 'line amount'],
      [9, 'account'],
      [10, 'due date'],
      [10, 'class'],
      [11, 'bill date'],
      [11, 'line amount'],
      [12, 'bill date'],
    ]);
    expect(result.errors[0].message).toBe('“Nobody Supplies” is not a vendor here: import the vendor list first, or add it.');
    expect(result.errors[3].message).toBe('2010 Accounts payable is not an expense (or asset) account.');
    expect(result.errors[8].message).toBe('Bill SS-20417 is dated 2026-11-02 on row 2.');
    expect(await billsNow()).toEqual(before);
  });

  it('imports open bills awaiting approval, due by the vendor’s terms, and importing the file again adds nothing', async () => {
    const csv = fixture('quickbooks-open-bills.csv');
    const before = await billsNow();
    const checked = expectNoErrors(await assistant.gql(IMPORT_BILLS, { csv, dryRun: true })).importBills;
    expect(checked).toEqual({ ok: true, dryRun: true, rows: 4, bills: 3, lines: 4, total: 1_831_55, alreadyEntered: 0, errors: [] });
    expect((await billsNow()).total).toBe(before.total);

    const done = expectNoErrors(await assistant.gql(IMPORT_BILLS, { csv })).importBills;
    expect(done).toEqual({ ok: true, dryRun: false, rows: 4, bills: 3, lines: 4, total: 1_831_55, alreadyEntered: 0, errors: [] });
    const after = await billsNow();
    expect(after.total).toBe(before.total + 3);
    const find = (n: string) => after.bills.find((b) => b.invoiceNumber === n);
    expect(find('SS-20417')).toEqual({
      invoiceNumber: 'SS-20417',
      status: 'RECEIVED',
      invoiceDate: '2026-11-02',
      dueDate: '2026-12-02',
      discountDate: '2026-11-12',
      discountAmount: 31_01,
      total: 1_550_55,
      balance: 1_550_55,
      memo: 'October restock',
      vendor: { name: 'Summit Surgical Supply' },
      lines: [
        { amount: 1_240_00, description: 'Exam gloves (40 cases)', account: { code: '5410' }, costCentre: { name: 'Riverside Main' } },
        { amount: 310_55, description: 'Gauze and tape', account: { code: '5410' }, costCentre: { name: 'Riverside Main' } },
      ],
    });
    expect(find('PPC-1188')).toMatchObject({
      dueDate: '2026-11-04',
      total: 185_00,
      lines: [{ account: { code: '5320' }, costCentre: { name: 'Riverside Main' } }],
    });
    expect(find('LLC-77')).toMatchObject({ dueDate: '2026-11-12', total: 96_00, lines: [{ costCentre: { name: 'Oak Hill Clinic' } }] });

    const again = expectNoErrors(await assistant.gql(IMPORT_BILLS, { csv })).importBills;
    expect(again).toMatchObject({ ok: true, bills: 0, lines: 0, total: 0, alreadyEntered: 3 });
    expect((await billsNow()).total).toBe(before.total + 3);
  });

  it('is for those who enter payables: the consultant and providers are refused', async () => {
    const csv = fixture('quickbooks-vendors.csv');
    expect(code(await consultant.gql(IMPORT_VENDORS, { csv, dryRun: true }))).toBe('FORBIDDEN');
    expect(code(await provider.gql(IMPORT_BILLS, { csv, dryRun: true }))).toBe('FORBIDDEN');
  });

  it('refuses a file without the columns it needs, as a whole', async () => {
    const result = await assistant.gql(IMPORT_BILLS, { csv: 'Vendor,Amount\nSummit Surgical Supply,10.00\n' });
    expect(code(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0]?.extensions?.field).toBe('csv');
    expect(result.errors?.[0]?.message).toContain('bill no., bill date');
  });
});
