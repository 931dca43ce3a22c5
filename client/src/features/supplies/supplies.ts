import { divCeil, divFloor, toNumber } from '@/shared/exact';

/**
 * The reorder point as the server computes it: daily use × lead time, rounded up to a whole unit,
 * plus safety stock. Daily use goes in hundredths so 2.35 × 7 is 16.45, not 16.450000000000003.
 * Null while a figure is not a valid entry.
 */
export function reorderPoint(dailyUse: string, leadTimeDays: string, safetyStock: string): number | null {
  const use = parseHundredths(dailyUse);
  const lead = wholeNumber(leadTimeDays);
  const safety = wholeNumber(safetyStock);
  if (use == null || lead == null || safety == null) return null;
  return toNumber(divCeil(use * lead, 100)) + safety;
}

/** "2.35" → 235; more than two decimals, a sign or anything else → null. */
export function parseHundredths(text: string): number | null {
  const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Whole days the stock on hand lasts at the daily use (null when nothing is used): on hand × 100 ÷ use in hundredths, floored. */
export function daysOfStock(onHand: number, dailyUse: number): number | null {
  const use = parseHundredths(String(dailyUse));
  return use ? toNumber(divFloor(onHand * 100, use)) : null;
}
