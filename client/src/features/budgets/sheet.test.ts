import { describe, expect, it } from 'vitest';
import { allocate, columnTotals, orderLines, parseClipboard, pastedAmount, rowTotal, toClipboard } from './sheet';
import { fiscalMonths, fiscalRange } from './budget';

describe('parseClipboard', () => {
  it('reads an Excel block: tabs between cells, a newline after every row', () => {
    expect(parseClipboard('1,234.56\t(12.30)\r\n$5\t\r\n')).toEqual([
      ['1,234.56', '(12.30)'],
      ['$5', ''],
    ]);
  });

  it('keeps a single value and unquotes cells that hold tabs or newlines', () => {
    expect(parseClipboard('42')).toEqual([['42']]);
    expect(parseClipboard('"1\n2"\t3\n')).toEqual([['1\n2', '3']]);
    expect(parseClipboard('"say ""hi"""\n')).toEqual([['say "hi"']]);
  });

  it('treats blank pasted cells as zero and refuses words', () => {
    expect(pastedAmount('')).toBe(0);
    expect(pastedAmount('  ')).toBe(0);
    expect(pastedAmount('n/a')).toBeNull();
    expect(pastedAmount('(12.30)')).toBe(-1230);
  });
});

describe('totals', () => {
  it('adds rows and columns in whole cents', () => {
    const rows = [Array(12).fill(8333), Array(12).fill(1)];
    expect(rowTotal(rows[0]!)).toBe(99996);
    expect(columnTotals(rows)).toEqual(Array(12).fill(8334));
    expect(columnTotals([])).toEqual(Array(12).fill(0));
  });

  it('copies cells as plain decimals', () => {
    expect(
      toClipboard([
        [123456, -5],
        [0, 100],
      ]),
    ).toBe('1234.56\t-0.05\n0.00\t1.00');
  });
});

describe('allocate', () => {
  it('spreads an annual amount exactly, the remainder to the largest fractions', () => {
    const even = allocate(100000, Array(12).fill(1));
    expect(rowTotal(even)).toBe(100000);
    expect(even).toEqual([8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333, 8333]);
    const seasonal = allocate(-1000, [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(seasonal).toEqual([-500, -250, -250, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(allocate(12, Array(12).fill(0))).toEqual(Array(12).fill(1));
  });
});

describe('order and fiscal months', () => {
  it('puts revenue first, then expense, by code and cost centre', () => {
    const line = (code: string, kind: 'REVENUE' | 'EXPENSE', centre: string) => ({ account: { code, kind }, costCentre: { name: centre } });
    const ordered = orderLines([
      line('5410', 'EXPENSE', 'Oak Hill'),
      line('4010', 'REVENUE', 'Riverside'),
      line('4010', 'REVENUE', 'Oak Hill'),
    ]);
    expect(ordered.map((l) => `${l.account.code} ${l.costCentre.name}`)).toEqual(['4010 Oak Hill', '4010 Riverside', '5410 Oak Hill']);
  });

  it('labels fiscal months and gives the ledger’s date range', () => {
    const july = fiscalMonths(2026, 7);
    expect(july[0]!.label).toBe('Jul 2026');
    expect(july[11]!.label).toBe('Jun 2027');
    expect(fiscalRange(2026, 1, 1, 10)).toEqual({ from: '2026-01-01', to: '2026-11-01' });
    expect(fiscalRange(2026, 1, 12, 12)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(fiscalRange(2026, 7, 1, 12)).toEqual({ from: '2026-07-01', to: '2027-07-01' });
  });
});
