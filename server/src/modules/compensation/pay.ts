import { CompaBand, PayBasis, type Guideline } from './compensation.entity';
import { quotient, ratio, sqlDivRound, type Whole } from '../../core/exact';

/**
 * Pay arithmetic, in whole cents. Every division rounds half away from zero, once (core/exact); the same formulas exist once more
 * as SQL (`sql` below) so the pool the database sums is the pool the worksheet shows, to the cent.
 */
export const HOURS_PER_YEAR = 2080;

const roundDiv = (numerator: Whole, denominator: Whole) => quotient(numerator, denominator);

export interface PayTerms {
  payBasis: PayBasis;
  rate: number;
  fteHundredths: number;
}

/** The rate as a full-time annual amount: what bands and compa-ratios compare. */
export const fullTimeAnnual = (t: Pick<PayTerms, 'payBasis' | 'rate'>) =>
  t.payBasis === PayBasis.HOURLY ? t.rate * HOURS_PER_YEAR : t.rate;

/** What the employee is paid in a year at their FTE. */
export const annualPay = (t: PayTerms) => roundDiv(BigInt(fullTimeAnnual(t)) * BigInt(t.fteHundredths), 100);

/** The rate after a merit increase (basis points of the rate) and an adjustment (in the rate's unit). */
export const raisedRate = (rate: number, meritBps: number, adjustment: number) =>
  rate + roundDiv(BigInt(rate) * BigInt(meritBps), 10_000) + adjustment;

export interface ProposalTerms extends PayTerms {
  meritBps: number;
  adjustment: number;
  bonus: number;
  benefitsLoadBps: number;
}

/**
 * The annual cost of a proposal: the raise at the employee's FTE plus the one-time bonus; loaded adds
 * benefits. For hourly staff the new rate is rounded to the cent first, then new rate × 2 080 hours ×
 * FTE (rounded to the cent) is set against the same for the old rate: the pay record applying the
 * cycle writes that same new rate, so worksheet, pool and records agree.
 */
export function proposalCost(p: ProposalTerms): { newRate: number; newAnnualPay: number; cost: number; loadedCost: number } {
  const newRate = raisedRate(p.rate, p.meritBps, p.adjustment);
  const newAnnualPay = annualPay({ ...p, rate: newRate });
  const cost = newAnnualPay - annualPay(p) + p.bonus;
  return { newRate, newAnnualPay, cost, loadedCost: roundDiv(BigInt(cost) * BigInt(10_000 + p.benefitsLoadBps), 10_000) };
}

/** pay ÷ band midpoint, to four decimals; null without a band. */
export const compaRatio = (fullTime: number, midpoint: number | null | undefined) => (midpoint ? ratio(fullTime, midpoint, 4) : null);

/** Where pay sits in the band: 0 at the minimum, 1 at the maximum. */
export const rangePosition = (fullTime: number, band: { minimum: number; maximum: number } | null | undefined) =>
  band && band.maximum > band.minimum ? ratio(fullTime - band.minimum, band.maximum - band.minimum, 4) : null;

export function compaBandOf(ratio: number | null): CompaBand | null {
  if (ratio === null) return null;
  if (ratio < 0.9) return CompaBand.BELOW;
  if (ratio > 1.1) return CompaBand.ABOVE;
  return CompaBand.WITHIN;
}

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** A common merit matrix: more for better ratings, more for those low in their band. */
export function defaultGuidelines(): Guideline[] {
  const table: Record<number, [number, number, number, number, number, number]> = {
    // rating: BELOW min,max · WITHIN min,max · ABOVE min,max (basis points)
    1: [0, 0, 0, 0, 0, 0],
    2: [0, 150, 0, 100, 0, 50],
    3: [250, 400, 200, 350, 100, 250],
    4: [400, 550, 300, 450, 200, 350],
    5: [550, 700, 450, 600, 300, 450],
  };
  return RATINGS.flatMap((rating) => {
    const t = table[rating];
    return [
      { rating, compaBand: CompaBand.BELOW, minBps: t[0], maxBps: t[1] },
      { rating, compaBand: CompaBand.WITHIN, minBps: t[2], maxBps: t[3] },
      { rating, compaBand: CompaBand.ABOVE, minBps: t[4], maxBps: t[5] },
    ];
  });
}

export const guidelineFor = (guidelines: Guideline[], rating: number | null | undefined, band: CompaBand | null) =>
  rating && band ? (guidelines.find((g) => g.rating === rating && g.compaBand === band) ?? null) : null;

/** The same arithmetic as SQL over one `compensation_proposals` row aliased `p` (integers only, half away from zero). */
export const sql = (() => {
  const div = sqlDivRound;
  const factor = `(case when p.pay_basis = '${PayBasis.HOURLY}' then ${HOURS_PER_YEAR} else 1 end)`;
  const annual = (rate: string) => div(`(${rate}) * ${factor} * p.fte_hundredths`, '100');
  const newRate = `(p.rate + ${div('p.rate * p.merit_bps', '10000')} + p.adjustment)`;
  const cost = `(${annual(newRate)} - ${annual('p.rate')} + p.bonus)`;
  return {
    annualPay: annual('p.rate'),
    cost,
    loadedCost: div(`${cost} * (10000 + p.benefits_load_bps)`, '10000'),
  };
})();
