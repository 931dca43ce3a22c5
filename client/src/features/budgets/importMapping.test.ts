import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/shared/csv';
import { columnsInput, distinctValues, guessColumns, suggestAccount } from './importMapping';

const QUICKBOOKS = [
  '\uFEFFDate,Transaction Type,Num,Name,Memo/Description,Account,Class,Debit,Credit',
  '10/14/2026,Bill,INV-88213,Henry Schein,"Gloves, nitrile (40 cases)",Medical Supplies:Gloves,Oak Hill Clinic,"1,250.00",',
  '10/20/2026,Vendor Credit,CR-1020,Henry Schein,Return,Medical Supplies:Gloves,Oak Hill Clinic,,130.00',
  '',
  '10/21/2026,Expense,7781,Meta Platforms,Campaign,5710 Marketing and advertising,Administration,850.00,',
].join('\r\n');

describe('parseCsv', () => {
  it('reads quoted fields, skips the BOM and blank lines', () => {
    const { headers, rows } = parseCsv(QUICKBOOKS);
    expect(headers[0]).toBe('Date');
    expect(rows).toHaveLength(3);
    expect(rows[0]![4]).toBe('Gloves, nitrile (40 cases)');
    expect(rows[0]![7]).toBe('1,250.00');
  });
});

describe('guessColumns', () => {
  it('recognises a QuickBooks transaction detail export', () => {
    expect(guessColumns(parseCsv(QUICKBOOKS).headers)).toEqual({
      date: 'Date',
      account: 'Account',
      costCentre: 'Class',
      amountMode: 'debitCredit',
      amount: null,
      debit: 'Debit',
      credit: 'Credit',
      memo: 'Memo/Description',
    });
  });

  it('takes one signed amount when there is no debit and credit', () => {
    const c = guessColumns(['Posting Date', 'GL Account', 'Department', 'Amount', 'Description']);
    expect(c).toMatchObject({
      date: 'Posting Date',
      account: 'GL Account',
      costCentre: 'Department',
      amountMode: 'amount',
      amount: 'Amount',
      memo: 'Description',
    });
    expect(columnsInput(c)).toEqual({
      ok: true,
      value: { date: 'Posting Date', account: 'GL Account', costCentre: 'Department', amount: 'Amount', memo: 'Description' },
    });
  });

  it('names the first column still missing', () => {
    expect(columnsInput({ ...guessColumns(['Date', 'Account', 'Amount']) })).toMatchObject({ ok: false, field: 'costCentre' });
  });
});

describe('account suggestions', () => {
  const accounts = [
    { id: 'a-5410', code: '5410', name: 'Medical supplies' },
    { id: 'a-5710', code: '5710', name: 'Marketing and advertising' },
  ];

  it('lists the accounts of the chosen column with their row counts', () => {
    const { headers, rows } = parseCsv(QUICKBOOKS);
    expect(distinctValues(headers, rows, 'Account')).toEqual([
      { value: '5710 Marketing and advertising', rows: 1 },
      { value: 'Medical Supplies:Gloves', rows: 2 },
    ]);
  });

  it('matches code, name or both exactly, ignoring case; remembers earlier choices first', () => {
    expect(suggestAccount('5710 marketing and  advertising', accounts, [])).toEqual({ accountId: 'a-5710', source: 'exact' });
    expect(suggestAccount('5410', accounts, [])).toEqual({ accountId: 'a-5410', source: 'exact' });
    expect(suggestAccount('Medical Supplies:Gloves', accounts, [])).toEqual({ accountId: null, source: null });
    expect(suggestAccount('Medical Supplies:Gloves', accounts, [{ externalName: 'medical supplies:gloves', accountId: 'a-5410' }])).toEqual(
      { accountId: 'a-5410', source: 'remembered' },
    );
  });
});
