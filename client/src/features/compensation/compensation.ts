import type { CompaBand, CycleStatus, PayBasis, PayFlag } from '@/gql/graphql';
import { centsToDecimal, formatMoney, formatMoneyCents } from '@/shared/money';
import { fromScaled } from '@/shared/exact';

type Severity = 'info' | 'success' | 'warn' | 'secondary' | 'danger' | 'contrast';

export const CYCLE_STATUS_LABEL: Record<CycleStatus, string> = {
  OPEN: 'Open',
  APPROVED: 'Approved',
  APPLIED: 'Applied',
  CANCELLED: 'Cancelled',
};

/** Open: being worked on; approved: waiting to be applied; applied: done. */
export const CYCLE_STATUS_SEVERITY: Record<CycleStatus, Severity> = {
  OPEN: 'info',
  APPROVED: 'warn',
  APPLIED: 'success',
  CANCELLED: 'secondary',
};

export const FLAG_LABEL: Record<PayFlag, string> = {
  NO_BAND: 'No band',
  BELOW_BAND: 'Below band',
  ABOVE_BAND: 'Above band',
  OUTSIDE_GUIDELINE: 'Outside guideline',
  NEW_PAY_ABOVE_BAND: 'New pay above band',
};

export const FLAG_HINT: Record<PayFlag, string> = {
  NO_BAND: 'This job has no salary band: add one to compare pay.',
  BELOW_BAND: 'Current pay is under the band minimum.',
  ABOVE_BAND: 'Current pay is over the band maximum.',
  OUTSIDE_GUIDELINE: 'The merit increase is outside the guideline for this rating and compa-ratio.',
  NEW_PAY_ABOVE_BAND: 'The proposed pay would be over the band maximum.',
};

export const FLAG_SEVERITY: Record<PayFlag, Severity> = {
  NO_BAND: 'secondary',
  BELOW_BAND: 'info',
  ABOVE_BAND: 'warn',
  OUTSIDE_GUIDELINE: 'warn',
  NEW_PAY_ABOVE_BAND: 'danger',
};

export const RATINGS = [1, 2, 3, 4, 5] as const;

export const RATING_LABEL: Record<number, string> = {
  1: 'Does not meet',
  2: 'Partially meets',
  3: 'Meets',
  4: 'Exceeds',
  5: 'Exceptional',
};

export const COMPA_BANDS: readonly CompaBand[] = ['BELOW', 'WITHIN', 'ABOVE'];

export const COMPA_BAND_LABEL: Record<CompaBand, string> = {
  BELOW: 'Below 0.90',
  WITHIN: '0.90 – 1.10',
  ABOVE: 'Above 1.10',
};

export const PAY_BASIS_LABEL: Record<PayBasis, string> = { SALARY: 'Salary', HOURLY: 'Hourly' };

/** 375 → "3.75%", 350 → "3.5%", 300 → "3%": basis points as people write percentages. */
export function formatBps(bps: number | null | undefined): string {
  if (bps == null) return '—';
  return `${bpsToPercentText(bps)}%`;
}

/** 375 → "3.75", 0 → "0": what a percentage field shows. */
export function bpsToPercentText(bps: number): string {
  return centsToDecimal(bps).replace(/\.?0+$/, '');
}

/** A guideline range: "3–4.5%", or "0%" when it is one value. */
export function formatRange(minBps: number, maxBps: number): string {
  return minBps === maxBps ? formatBps(minBps) : `${bpsToPercentText(minBps)}–${formatBps(maxBps)}`;
}

/** 0.9687 → "0.97". */
export const formatCompa = (ratio: number | null | undefined) => (ratio == null ? '—' : ratio.toFixed(2));

/** 0.3904 → "39%"; outside the band it goes below 0 or over 100. */
export const formatRangePosition = (position: number | null | undefined) => (position == null ? '—' : `${Math.round(position * 100)}%`);

/** A rate in its unit: "$19.56/h" or "$82,033/yr". */
export function formatRate(rate: number, basis: PayBasis): string {
  return basis === 'HOURLY' ? `${formatMoneyCents(rate)}/h` : `${formatMoney(rate)}/yr`;
}

/** 100 → "1.0 FTE", 60 → "0.6 FTE". */
export const formatFteHundredths = (fte: number) => `${fromScaled(fte, 2).toFixed(fte % 10 === 0 ? 1 : 2)} FTE`;

/** Below 0.90 reads as low in the band, above 1.10 as high. */
export function compaTone(ratio: number | null | undefined): 'low' | 'high' | 'within' | 'none' {
  if (ratio == null) return 'none';
  if (ratio < 0.9) return 'low';
  if (ratio > 1.1) return 'high';
  return 'within';
}

/** The cycle a page opens by default: the one open, else the one approved, else the latest. */
export function currentCycle<C extends { status: CycleStatus; effectiveDate: string }>(cycles: readonly C[]): C | null {
  const byDate = [...cycles].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  return byDate.find((c) => c.status === 'OPEN') ?? byDate.find((c) => c.status === 'APPROVED') ?? byDate[0] ?? null;
}

/** "2027-01-01": a calendar date as the API takes it. */
export const isIsoDateText = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
