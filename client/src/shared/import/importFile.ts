/**
 * What every CSV import of Praxis has in common: the columns it reads, the file as read, and the
 * server's answer (all or nothing, with the refused rows). ImportWizard walks a user through one.
 */
import type { CombinedError } from '@urql/core';
import type { CsvTable } from '@/shared/csv';
import { describeError, findError } from '@/shared/errors';

export interface ImportColumn {
  /** What the column is for, e.g. `date`, `amount`. */
  role: string;
  /** Shown over the file's column that feeds it. */
  label: string;
  /** Header names the import accepts, compared ignoring case; the first one the file has wins. The first is the sample's. */
  names: readonly string[];
  required: boolean;
  /** What goes in it. */
  description: string;
  /** One value per row of the sample file. */
  examples: readonly string[];
}

export interface ImportFile {
  /** The file's name, or "Pasted rows". */
  name: string;
  text: string;
  table: CsvTable;
}

export interface ImportRowError {
  /** Line in the file; the header is row 1. */
  row: number;
  column?: string | null;
  message: string;
}

/** What an import mutation answers: `ok` false means nothing was imported, and `errors` say why. */
export interface ImportOutcome {
  ok: boolean;
  errors: readonly ImportRowError[];
}

/** The server's outcome, or a sentence for the user when the request itself failed. */
export type ImportReply<T extends ImportOutcome> = { outcome: T } | { error: string; backToCheck?: boolean };

/** A request refused as a whole (VALIDATION_FAILED: no rows, a column missing …) or one that failed, in words. */
export function failedImport(error: CombinedError | undefined): { error: string } {
  return { error: findError(error, 'VALIDATION_FAILED')?.message ?? describeError(error) };
}

export const headerKey = (header: string) => header.trim().toLowerCase();

/** What Praxis makes of a row, shown beside it. */
export interface RowNote {
  text: string;
  problem: boolean;
}

/** How an import will read a file, before anything is sent. */
export interface ImportPreview<C extends Pick<ImportColumn, 'label' | 'names'> = Pick<ImportColumn, 'label' | 'names'>> {
  headers: string[];
  /** For each column of the file, the import's column it feeds; null: ignored. */
  roles: (C | null)[];
  /** Required columns the file lacks: the server would refuse the whole file. */
  missing: C[];
  rowCount: number;
  /** The first rows, numbered as in the file (the header is row 1). */
  sample: { row: number; cells: string[]; note?: RowNote | null }[];
}

/**
 * How an import that reads columns by their header names will read a file: a column takes the
 * first of its accepted names the file has, as the server does.
 */
export function previewFile<C extends Pick<ImportColumn, 'label' | 'names' | 'required'>>(
  { headers, rows }: CsvTable,
  columns: readonly C[],
  key: (header: string) => string = headerKey,
  limit = 10,
): ImportPreview<C> {
  const keys = headers.map(key);
  const at = new Map(columns.map((c) => [c, c.names.map((n) => keys.indexOf(key(n))).find((i) => i >= 0) ?? -1] as const));
  return {
    headers,
    roles: headers.map((_, i) => columns.find((c) => at.get(c) === i) ?? null),
    missing: columns.filter((c) => c.required && at.get(c)! < 0),
    rowCount: rows.length,
    sample: rows.slice(0, limit).map((cells, i) => ({ row: i + 2, cells: headers.map((_, j) => cells[j] ?? '') })),
  };
}

/** The sample file of an import: each column's first accepted name, then a row per example. */
export function sampleTable(columns: readonly ImportColumn[]): string[][] {
  const rows = Math.max(0, ...columns.map((c) => c.examples.length));
  return [columns.map((c) => c.names[0]!), ...Array.from({ length: rows }, (_, i) => columns.map((c) => c.examples[i] ?? ''))];
}

/** "1 lead", "1,200 spend rows". */
export function countOf(noun: readonly [singular: string, plural: string], n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun[0] : noun[1]}`;
}
