import Papa from 'papaparse';
import { Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from './errors';
import { isIsoDate } from './dates';

/** A refused row of an imported file: every import answers with these, all or nothing. */
@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Row number in the file, the header being row 1.' })
  row!: number;

  @Field(() => String, { nullable: true })
  column?: string | null;

  @Field(() => String)
  message!: string;
}

/** "1,234.56", "$1,234.56", "(1,234.56)", "-12" → cents, exactly (no floating point). */
export function parseAmount(text: string): number | null {
  let s = text.trim().replace(/[$,\s]/g, '');
  if (!s) return 0;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** ISO dates and the US exports' M/D/YYYY. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!us) return null;
  const iso = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A CSV export as rows keyed by header (trimmed; lower-cased when columns are found by name). The
 * delimiter is detected, a byte-order mark ignored, blank lines skipped.
 */
export function parseCsv(csv: string, options: { field?: string; lowerCaseHeaders?: boolean } = {}): { headers: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => (options.lowerCaseHeaders ? h.trim().toLowerCase() : h.trim()),
  });
  if (parsed.errors.some((e) => e.type === 'Delimiter')) throw new ValidationError(options.field ?? 'input.csv', 'This does not look like a CSV file.');
  return { headers: parsed.meta.fields ?? [], rows: parsed.data };
}

