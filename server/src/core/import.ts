import { createHash } from 'node:crypto';
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

export const MAX_IMPORT_ROWS = 100_000;
/** Refused rows listed per answer: enough to fix a file, not a megabyte of the same mistake. */
export const MAX_ROW_ERRORS = 500;

export interface CsvRow {
  /** The row's line in the file, the header being 1. */
  row: number;
  values: Record<string, string>;
}

/** Header as exports spell it, made comparable: no byte-order mark, lower case, single spaces for underscores and runs of spaces. */
export const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/**
 * The first step of every import: a CSV export (comma, semicolon or tab separated, with or without
 * a byte-order mark) as rows keyed by header, blank lines skipped but counted, so a refused row is
 * named by its line in the file. Refuses an empty or oversized file at `field`.
 */
export function readCsv(
  csv: string,
  options: { field: string; normalizeHeaders?: boolean; maxRows?: number; allowEmpty?: boolean },
): { headers: string[]; rows: CsvRow[] } {
  const text = csv.replace(/^\uFEFF/, '');
  const headerLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: false,
    transformHeader: options.normalizeHeaders ? normalizeHeader : (h) => h.trim(),
  });
  const rows = parsed.data
    .map((values, i) => ({ row: i + 2, values }))
    .filter((r) => Object.values(r.values).some((v) => typeof v === 'string' && v.trim() !== ''));
  const max = options.maxRows ?? MAX_IMPORT_ROWS;
  if (rows.length === 0 && !options.allowEmpty) throw new ValidationError(options.field, 'The file has no rows.');
  if (rows.length > max)
    throw new ValidationError(options.field, `At most ${max.toLocaleString('en-US')} rows per file; split the export.`);
  return { headers: (parsed.meta.fields ?? []).filter(Boolean), rows };
}

/** Which header holds each field, by the names exports give it (normalized headers): the first alias present wins. */
export function findColumns<K extends string>(headers: string[], aliases: Record<K, readonly string[]>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, names] of Object.entries(aliases) as [K, readonly string[]][]) {
    const found = names.find((n) => headers.includes(n));
    if (found) out[key] = found;
  }
  return out;
}

/** Refuses a file missing any of the required fields, naming each by its first alias and listing the file's own columns. */
export function requireColumns<K extends string>(
  found: Partial<Record<K, string>>,
  required: K[],
  aliases: Record<K, readonly string[]>,
  headers: string[],
  field: string,
): void {
  const missing = required.filter((k) => !found[k]);
  if (missing.length) {
    throw new ValidationError(
      field,
      `The file needs ${missing.map((k) => aliases[k][0]).join(', ')} column${missing.length > 1 ? 's' : ''}. Its columns: ${headers.join(', ')}.`,
    );
  }
}

/** The refused rows of one import: any refuses the whole file. */
export class RowErrors {
  private readonly list: ImportRowError[] = [];

  add(row: number, column: string | null | undefined, message: string): void {
    this.list.push({ row, column: column ?? null, message });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** The first MAX_ROW_ERRORS, in file order. */
  get errors(): ImportRowError[] {
    return this.list.slice(0, MAX_ROW_ERRORS);
  }
}

const hashed = (text: string) => `import:${createHash('sha256').update(text).digest('hex').slice(0, 56)}`;
const joined = (parts: unknown[]) => parts.map((p) => String(p ?? '')).join('|');

/** A row's key by its content alone: the same row twice, in one file or two, is one record (a lead's inquiry). */
export function contentKey(parts: unknown[]): string {
  return hashed(joined(parts));
}

/**
 * Keys that make importing the same file twice add nothing: a row's content, and how many times the
 * same content came before it in the file, so two identical rows of one file both count (two equal
 * payments on one day).
 */
export class ContentKeys {
  private readonly seen = new Map<string, number>();

  next(parts: unknown[]): string {
    const content = joined(parts);
    const occurrence = (this.seen.get(content) ?? 0) + 1;
    this.seen.set(content, occurrence);
    return hashed(`${content}|${occurrence}`);
  }
}
