import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsv, parseCsvInBackground, readCsvFile, toCsv } from './csv';

/**
 * Browsers decode windows-1252 by the Encoding Standard; Node 20.18.3 and later read it as Latin-1
 * (nodejs/node#60888), so 0x80–0x9F ("€", curly quotes, dashes) come out as control characters.
 * Where the test runs on such a Node, give it the standard's table for those 32 bytes.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
class StandardTextDecoder extends TextDecoder {
  override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    const text = super.decode(input, options);
    return this.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!) : text;
  }
}
beforeAll(() => {
  if (new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€') vi.stubGlobal('TextDecoder', StandardTextDecoder);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const bytes = (...parts: (string | number[])[]) =>
  new Blob(parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : new Uint8Array(p))));

describe('reading an exported file', () => {
  it('reads a Windows-1252 export from an accounting system: “Café” and “€” come out right', async () => {
    // "Café Lumière;€ 12,50" in Windows-1252: é = E9, è = E8, € = 80; not valid UTF-8.
    const file = bytes('Vendor;Memo\nCaf', [0xe9], ' Lumi', [0xe8], 're;', [0x80], ' 12,50\n');
    const text = await readCsvFile(file);
    expect(parseCsv(text)).toEqual({ headers: ['Vendor', 'Memo'], rows: [['Café Lumière', '€ 12,50']] });
  });

  it('reads UTF-8 as UTF-8, and drops its byte-order mark', async () => {
    const text = await readCsvFile(bytes([0xef, 0xbb, 0xbf], 'Date,Vendor\n2026-11-02,Café Lumière\n'));
    expect(text.startsWith('Date')).toBe(true);
    expect(parseCsv(text)).toEqual({ headers: ['Date', 'Vendor'], rows: [['2026-11-02', 'Café Lumière']] });
  });
});

describe('parseCsv', () => {
  it('finds the delimiter: a semicolon export with decimal commas', () => {
    const { headers, rows } = parseCsv('Datum;Konto;Betrag\n14.10.2026;5410;1.250,00\n15.10.2026;5710;850,00\n');
    expect(headers).toEqual(['Datum', 'Konto', 'Betrag']);
    expect(rows).toEqual([
      ['14.10.2026', '5410', '1.250,00'],
      ['15.10.2026', '5710', '850,00'],
    ]);
  });

  it('reads rows pasted from a spreadsheet, separated by tabs, with commas inside the amounts', () => {
    const { headers, rows } = parseCsv('date\tamount\ttracking code\n2026-11-02\t1,050.00\tGOOG-FM\n');
    expect(headers).toEqual(['date', 'amount', 'tracking code']);
    expect(rows).toEqual([['2026-11-02', '1,050.00', 'GOOG-FM']]);
  });

  it('keeps a quoted line break, comma and quote inside one field', () => {
    const { rows } = parseCsv('Date,Memo,Amount\r\n2026-10-14,"Gloves, nitrile\r\n40 cases, ""large""",1250.00\r\n');
    expect(rows).toEqual([['2026-10-14', 'Gloves, nitrile\r\n40 cases, "large"', '1250.00']]);
  });

  it('ignores a byte-order mark, blank lines and lines of empty fields', () => {
    const { headers, rows } = parseCsv('\uFEFFDate,Amount\n\n2026-10-14,5\n,\n2026-10-15,6\n\n');
    expect(headers).toEqual(['Date', 'Amount']);
    expect(rows).toEqual([
      ['2026-10-14', '5'],
      ['2026-10-15', '6'],
    ]);
  });

  it('reads a large export completely: every row, the last one intact', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `2026-10-${String((i % 28) + 1).padStart(2, '0')},"${i},00",GOOG-FM`);
    const text = ['date,amount,tracking code', ...lines].join('\n');
    const table = await parseCsvInBackground(text);
    expect(table.rows).toHaveLength(60_000);
    expect(table.rows[59_999]).toEqual(['2026-10-24', '59999,00', 'GOOG-FM']);
  });
});

it('writes CSV that reads back the same', () => {
  const rows = [
    ['date', 'amount', 'memo'],
    ['2026-10-13', '1,050.00', 'Invoice "88213"\nsecond line'],
  ];
  const csv = toCsv(rows);
  expect(csv).toBe('date,amount,memo\n2026-10-13,"1,050.00","Invoice ""88213""\nsecond line"\n');
  expect(parseCsv(csv)).toEqual({ headers: rows[0], rows: [rows[1]] });
});
