import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/shared/csv';
import { previewFile, sampleTable } from '@/shared/import/importFile';
import { PROCEDURE_CODE_COLUMNS, encounterColumns, encounterHeaderKey } from './encounterImport';

describe('the encounter import’s columns', () => {
  it('read an export whose headers use underscores and capitals, as the server does', () => {
    const table = parseCsv(
      'Visit_Number,DATE_OF_SERVICE,Rendering Provider,MRN,CPT,Qty,Billed\nV-1,2026-11-15,a@b.example,P-1,99213,1,190.00\n',
    );
    const read = previewFile(table, encounterColumns('2026-11-16'), encounterHeaderKey);
    expect(read.missing).toEqual([]);
    expect(read.roles.map((c) => c?.role)).toEqual(['visit', 'date', 'provider', 'patient', 'code', 'units', 'charge']);
  });

  it('name the required columns a file lacks', () => {
    const read = previewFile(
      parseCsv('visit,date,provider\nV-1,2026-11-15,a@b.example\n'),
      encounterColumns('2026-11-16'),
      encounterHeaderKey,
    );
    expect(read.missing.map((c) => c.role)).toEqual(['patient', 'code', 'units', 'charge']);
  });

  it('give sample files that their own import reads completely, dated before today', () => {
    for (const columns of [encounterColumns('2026-11-16'), PROCEDURE_CODE_COLUMNS]) {
      const read = previewFile(parseCsv(toCsv(sampleTable(columns))), columns, encounterHeaderKey);
      expect(read.missing).toEqual([]);
      expect(read.roles.every(Boolean)).toBe(true);
      expect(read.rowCount).toBe(2);
    }
    expect(toCsv(sampleTable(encounterColumns('2026-11-16')))).toContain('2026-11-15');
  });
});
