import { graphql } from '@/gql';
import type { AccountKind, BudgetSheet_LineFragment } from '@/gql/graphql';
import { centsToDecimal, parseMoney } from '@/shared/money';
import { allocate as exactAllocate } from '@/shared/exact';

/** What the budget grid needs of one line. */
export const BudgetSheetLineFragment = graphql(`
  fragment BudgetSheet_line on BudgetLine {
    id
    version
    months
    total
    account { id code name kind group }
    costCentre { id name }
  }
`);

export type SheetLine = BudgetSheet_LineFragment;

export const MONTHS = 12;

/** Revenue lines first, then expenses; within each by account code, then cost centre. */
export function orderLines<L extends { account: { code: string; kind: AccountKind }; costCentre: { name: string } }>(
  lines: readonly L[],
): L[] {
  const rank = (l: L) => (l.account.kind === 'REVENUE' ? 0 : 1);
  return [...lines].sort(
    (a, b) => rank(a) - rank(b) || a.account.code.localeCompare(b.account.code) || a.costCentre.name.localeCompare(b.costCentre.name),
  );
}

/**
 * A block copied from Excel or Google Sheets: rows by newline, cells by tab. The trailing newline
 * spreadsheets add is dropped; quoted cells ("1,234.00" with a tab or newline inside) are unquoted.
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A pasted cell: blank clears to zero, anything else must be an amount. */
export function pastedAmount(text: string): number | null {
  return text.trim() === '' ? 0 : parseMoney(text);
}

/** Sum of each month across lines. */
export function columnTotals(rows: readonly (readonly number[])[]): number[] {
  const totals: number[] = Array(MONTHS).fill(0);
  for (const months of rows) for (let m = 0; m < MONTHS; m++) totals[m]! += months[m] ?? 0;
  return totals;
}

export const rowTotal = (months: readonly number[]) => months.reduce((a, b) => a + b, 0);

/** Cells as they go to the clipboard: plain decimals Excel reads as numbers. */
export function toClipboard(block: readonly (readonly number[])[]): string {
  return block.map((row) => row.map(centsToDecimal).join('\t')).join('\n');
}

/**
 * Splits `total` cents over `weights` in whole cents that add up exactly (largest remainder, ties to
 * the earliest month), with the server's own arithmetic, so the dialog's preview is what it saves.
 */
export const allocate = (total: number, weights: readonly number[]): number[] => exactAllocate(total, weights);
