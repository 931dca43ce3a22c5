/**
 * CSV as people export it from spreadsheets, accounting systems and ad platforms, read with the
 * parser the server uses (papaparse): the delimiter is detected (comma, semicolon, tab …), quoted
 * fields may hold delimiters, quotes and line breaks, a BOM and blank lines are ignored.
 */
import Papa from 'papaparse';

export interface CsvTable {
  /** The first row, trimmed. */
  headers: string[];
  rows: string[][];
}

/** Above this many characters the parsing runs in a worker, so the page keeps answering. */
const BACKGROUND_FROM = 2_000_000;

/**
 * A file's text. UTF-8 when its bytes are valid UTF-8 (a BOM dropped); otherwise Windows-1252, what
 * accounting systems on Windows export, where "é" or "€" are single bytes that UTF-8 rejects.
 */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function tableOf(records: string[][]): CsvTable {
  const [head = [], ...rows] = records;
  return { headers: head.map((h) => h.trim()), rows };
}

export function parseCsv(text: string): CsvTable {
  return tableOf(Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data);
}

/** parseCsv, in a worker for large texts. */
export function parseCsvInBackground(text: string): Promise<CsvTable> {
  if (text.length < BACKGROUND_FROM || !Papa.WORKERS_SUPPORTED) return Promise.resolve(parseCsv(text));
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      worker: true,
      skipEmptyLines: 'greedy',
      complete: (result) => resolve(tableOf(result.data)),
      error: reject,
    });
  });
}

/** Rows to CSV text: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(
    rows.map((r) => [...r]),
    { newline: '\n' },
  )}\n`;
}
