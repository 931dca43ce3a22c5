import type { CompaBand, PayBasis, PayFlag } from '@/gql/graphql';
import { quotient, ratio, type Whole } from '@/shared/exact';

/**
 * The server's pay arithmetic (server/src/modules/compensation/pay.ts), once more for the browser,
 * so the worksheet can show new pay and the pool as the user types. Whole cents throughout; every
 * division rounds half away from zero, once, with the server's own arithmetic (shared/exact). After each save the page checks these
 * figures against the server's and shows the server's.
 */
export const HOURS_PER_YEAR = 2080;

/** n ÷ d rounded half away from zero, exactly (the server's `roundDiv`). */
export const roundDiv = (numerator: Whole, denominator: Whole) => quotient(numerator, denominator);

export interface PayTerms {
  payBasis: PayBasis;
  /** Annual full-time salary, or pay per hour, in cents. */
  rate: number;
  fteHundredths: number;
}

export interface ProposalTerms extends PayTerms {
  meritBps: number;
  /** Added to the rate, in the rate's unit (a year, or an hour). */
  adjustment: number;
  bonus: number;
  benefitsLoadBps: number;
}

/** The rate as a full-time annual amount: what bands and compa-ratios compare. */
export const fullTimeAnnual = (t: Pick<PayTerms, 'payBasis' | 'rate'>) => (t.payBasis === 'HOURLY' ? t.rate * HOURS_PER_YEAR : t.rate);

/** What the employee is paid in a year at their FTE. */
export const annualPay = (t: PayTerms) => roundDiv(BigInt(fullTimeAnnual(t)) * BigInt(t.fteHundredths), 100);

/** From pay records newest first: the one in effect on `day`, and the nearest one already decided after it. */
export function payOn<T extends { effectiveFrom: string }>(
  newestFirst: readonly T[],
  day: string,
): { current: T | null; upcoming: T | null } {
  return {
    current: newestFirst.find((r) => r.effectiveFrom <= day) ?? null,
    upcoming: newestFirst.filter((r) => r.effectiveFrom > day).at(-1) ?? null,
  };
}

/** The rate after a merit increase (basis points of the rate) and an adjustment. */
export const raisedRate = (rate: number, meritBps: number, adjustment: number) =>
  rate + roundDiv(BigInt(rate) * BigInt(meritBps), 10_000) + adjustment;

export interface ProposalCost {
  newRate: number;
  newAnnualPay: number;
  /** The raise for a year at the employee's FTE, plus the one-time bonus. */
  cost: number;
  /** The cost with the employee's benefits load on top. */
  loadedCost: number;
}

export function proposalCost(p: ProposalTerms): ProposalCost {
  const newRate = raisedRate(p.rate, p.meritBps, p.adjustment);
  const newAnnualPay = annualPay({ ...p, rate: newRate });
  const cost = newAnnualPay - annualPay(p) + p.bonus;
  return { newRate, newAnnualPay, cost, loadedCost: roundDiv(BigInt(cost) * BigInt(10_000 + p.benefitsLoadBps), 10_000) };
}

/** Full-time pay ÷ band midpoint, to four decimals; null without a band. */
export const compaRatio = (fullTime: number, midpoint: number | null | undefined) => (midpoint ? ratio(fullTime, midpoint, 4) : null);

/** Where pay sits in its band: 0 at the minimum, 1 at the maximum (below 0 or above 1 outside it). */
export const rangePosition = (fullTime: number, band: { minimum: number; maximum: number } | null | undefined) =>
  band && band.maximum > band.minimum ? ratio(fullTime - band.minimum, band.maximum - band.minimum, 4) : null;

export function compaBandOf(ratio: number | null | undefined): CompaBand | null {
  if (ratio == null) return null;
  if (ratio < 0.9) return 'BELOW';
  if (ratio > 1.1) return 'ABOVE';
  return 'WITHIN';
}

export interface Guideline {
  rating: number;
  compaBand: CompaBand;
  minBps: number;
  maxBps: number;
}

export const guidelineFor = <G extends Guideline>(
  guidelines: readonly G[],
  rating: number | null | undefined,
  band: CompaBand | null,
): G | null => (rating && band ? (guidelines.find((g) => g.rating === rating && g.compaBand === band) ?? null) : null);

export const outsideGuideline = (guideline: Guideline | null, meritBps: number) =>
  !!guideline && (meritBps < guideline.minBps || meritBps > guideline.maxBps);

export interface BandTerms {
  bandMinimum: number | null;
  bandMaximum: number | null;
}

/** The flags the server puts on a worksheet row, for the terms as typed. */
export function proposalFlags(row: PayTerms & BandTerms, guideline: Guideline | null, meritBps: number, newRate: number): PayFlag[] {
  const flags: PayFlag[] = [];
  const fullTime = fullTimeAnnual(row);
  const hasBand = row.bandMinimum != null && row.bandMaximum != null;
  if (!hasBand) flags.push('NO_BAND');
  else if (fullTime < row.bandMinimum!) flags.push('BELOW_BAND');
  else if (fullTime > row.bandMaximum!) flags.push('ABOVE_BAND');
  if (outsideGuideline(guideline, meritBps)) flags.push('OUTSIDE_GUIDELINE');
  if (hasBand && fullTimeAnnual({ payBasis: row.payBasis, rate: newRate }) > row.bandMaximum! && !flags.includes('ABOVE_BAND'))
    flags.push('NEW_PAY_ABOVE_BAND');
  return flags;
}

export interface PoolFigures {
  pool: number;
  used: number;
  usedWithBenefits: number;
  remaining: number;
  over: number;
}

/** Pool figures from a pool and what is used of it: remaining and over are never negative. */
export function poolFigures(pool: number, used: number, usedWithBenefits: number): PoolFigures {
  return { pool, used, usedWithBenefits, remaining: Math.max(0, pool - used), over: Math.max(0, used - pool) };
}
