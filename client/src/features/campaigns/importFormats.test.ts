import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/shared/csv';
import { IMPORT_FORMATS, countOf, previewImport, sampleRows, type CampaignRef } from './importFormats';

const CAMPAIGNS: CampaignRef[] = [
  { id: 'c-1', name: 'Search ads: family medicine', trackingCode: 'GOOG-FM', status: 'ACTIVE' },
  { id: 'c-2', name: 'Flu clinic mailer', trackingCode: 'FLU-26', status: 'PLANNED' },
  { id: 'c-3', name: 'Radio spots', trackingCode: 'RADIO-RVR', status: 'CANCELLED' },
];

describe('checking a spend file before it is imported', () => {
  it('reads the columns the server reads, by any of their accepted names', () => {
    const csv = [
      'Day,Campaign Type,Cost,utm_campaign,Clicks',
      '2026-10-01,Search,412.50,goog-fm,120',
      '10/2/2026,Search,"1,050.00",GOOG-FM,98',
    ].join('\n');
    const p = previewImport('spend', parseCsv(csv), CAMPAIGNS);
    expect(p.roles.map((r) => r?.role ?? null)).toEqual(['date', null, 'amount', 'code', null]);
    expect(p.missing).toEqual([]);
    expect(p.rowCount).toBe(2);
    expect(p.sample[1]).toMatchObject({ row: 3, cells: ['10/2/2026', 'Search', '1,050.00', 'GOOG-FM', '98'] });
    expect(p.sample.every((s) => s.match?.campaign?.id === 'c-1' && s.match.problem === null)).toBe(true);
    expect(p.codes).toEqual([expect.objectContaining({ code: 'goog-fm', rows: 2, problem: null })]);
  });

  it('prefers the first accepted name when a file has two, as the server does', () => {
    const p = previewImport('spend', parseCsv('date,source,campaign,amount\n2026-10-01,google,GOOG-FM,5\n'), CAMPAIGNS);
    expect(p.roles.map((r) => r?.role ?? null)).toEqual(['date', null, 'code', 'amount']);
  });

  it('names the required columns a file lacks', () => {
    const p = previewImport('spend', parseCsv('Date,Campaign,Impressions\n2026-10-01,GOOG-FM,5000\n'), CAMPAIGNS);
    expect(p.missing.map((c) => c.role)).toEqual(['amount']);
    expect(previewImport('leads', parseCsv('date,name\n2026-10-01,Jo\n'), CAMPAIGNS).missing.map((c) => c.role)).toEqual(['code']);
  });

  it('flags unknown codes, and codes of campaigns that take no spend', () => {
    const csv = ['date,amount,tracking code', '2026-10-01,10,NOPE', '2026-10-01,10,FLU-26', '2026-10-02,10,nope', '2026-10-02,10,'].join(
      '\n',
    );
    const p = previewImport('spend', parseCsv(csv), CAMPAIGNS);
    expect(p.sample.map((s) => s.match?.problem)).toEqual(['unknown', 'refused', 'unknown', 'empty']);
    expect(p.codes.map((c) => [c.code, c.rows, c.problem])).toEqual([
      ['NOPE', 2, 'unknown'],
      ['', 1, 'empty'],
      ['FLU-26', 1, 'refused'],
    ]);
  });

  it('lets leads name a planned campaign: only spend needs it running', () => {
    const p = previewImport('leads', parseCsv('date,source\n2026-10-01,FLU-26\n'), CAMPAIGNS);
    expect(p.sample[0]!.match).toMatchObject({ problem: null, campaign: { id: 'c-2' } });
  });

  it('shows only the first rows, numbered as in the file (the header is row 1)', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `2026-10-01,${i + 1},GOOG-FM`);
    const p = previewImport('spend', parseCsv(['date,amount,tracking code', ...rows].join('\n')), CAMPAIGNS);
    expect(p.rowCount).toBe(25);
    expect(p.sample).toHaveLength(10);
    expect(p.sample.map((s) => s.row).slice(0, 2)).toEqual([2, 3]);
  });
});

describe('the sample file', () => {
  it('has every column and passes its own check with the practice’s codes', () => {
    for (const kind of ['spend', 'leads'] as const) {
      const csv = toCsv(sampleRows(kind, ['GOOG-FM'], '2026-10-15'));
      const p = previewImport(kind, parseCsv(csv), CAMPAIGNS);
      expect(p.missing).toEqual([]);
      expect(p.roles.every(Boolean)).toBe(true);
      expect(p.roles).toHaveLength(IMPORT_FORMATS[kind].columns.length);
      expect(p.codes.every((c) => c.problem === null)).toBe(true);
    }
  });

  it('quotes amounts with a thousands comma and writes a US date the spend import accepts', () => {
    const csv = toCsv(sampleRows('spend', [], '2026-10-15'));
    expect(csv).toContain('"1,050.00"');
    expect(csv).toContain('10/13/2026');
    expect(parseCsv(csv).rows[1]![1]).toBe('1,050.00');
  });
});

it('counts rows in words', () => {
  expect(countOf('leads', 1)).toBe('1 lead');
  expect(countOf('spend', 1200)).toBe('1,200 spend rows');
});
