/**
 * Sorting and filtering the variance report's rows, on the figures the server computed (nothing is
 * recomputed here: amounts stay integer cents, percentages are the server's two-decimal values).
 */
import { parseMoney, percentToBasisPoints } from '@/shared/money';

export interface Figures {
  variance: number;
  variancePercent?: number | null;
  favourable: boolean;
  flagged: boolean;
}

/** ACCOUNT keeps the chart of accounts' order; the others put the largest variance first (or last). */
export type VarianceSort = 'ACCOUNT' | 'AMOUNT' | 'PERCENT';
export type SortDirection = 'LARGEST' | 'SMALLEST';
export type VarianceShow = 'ALL' | 'UNFAVORABLE' | 'FLAGGED';
export type ThresholdUnit = 'AMOUNT' | 'PERCENT';

export interface VarianceFilter {
  show: VarianceShow;
  /** What the user typed as the smallest variance to show: dollars or percent, by `unit`; empty for none. */
  atLeast: string;
  unit: ThresholdUnit;
}

export const NO_FILTER: VarianceFilter = { show: 'ALL', atLeast: '', unit: 'AMOUNT' };

/** The typed threshold in cents or basis points; null when empty, undefined when it is not a number. */
export function threshold(filter: VarianceFilter): number | null | undefined {
  if (!filter.atLeast.trim()) return null;
  const value = filter.unit === 'AMOUNT' ? parseMoney(filter.atLeast) : percentToBasisPoints(filter.atLeast);
  return value === null ? undefined : Math.abs(value);
}

/** |variance %| in basis points; a variance against no budget counts as larger than any percentage. */
function percentSize(f: Figures): number {
  if (f.variancePercent == null) return f.variance === 0 ? 0 : Number.POSITIVE_INFINITY;
  return Math.round(Math.abs(f.variancePercent) * 100);
}

export function matches(f: Figures, filter: VarianceFilter): boolean {
  if (filter.show === 'UNFAVORABLE' && f.favourable) return false;
  if (filter.show === 'FLAGGED' && !f.flagged) return false;
  const min = threshold(filter);
  if (min === null || min === undefined) return true;
  return filter.unit === 'AMOUNT' ? Math.abs(f.variance) >= min : percentSize(f) >= min;
}

export const isFiltering = (filter: VarianceFilter) => filter.show !== 'ALL' || typeof threshold(filter) === 'number';

/** Orders rows by the size of their variance; equal sizes keep their given (account) order. */
export function sortByVariance<T>(rows: readonly T[], sort: VarianceSort, direction: SortDirection, figures: (row: T) => Figures): T[] {
  if (sort === 'ACCOUNT') return [...rows];
  const size = (row: T) => (sort === 'AMOUNT' ? Math.abs(figures(row).variance) : percentSize(figures(row)));
  const sign = direction === 'LARGEST' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, size: size(row) }))
    .sort((a, b) => (a.size === b.size ? a.index - b.index : a.size < b.size ? sign * -1 : sign))
    .map((x) => x.row);
}
