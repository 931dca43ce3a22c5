import { PlanModel } from './productivity.entity';
import { divRound as exactDivRound } from '../../core/exact';

/**
 * The arithmetic of provider pay, exact: integers and BigInt rationals, rounded once.
 *
 * A year's actuals are annualized from the days elapsed: W wRVUs after d of the year's D days
 * project to W × D / d (a complete year is taken as it is). The plan's formula is applied to that
 * rational and the result is rounded to the cent once, half away from zero:
 *
 * - SALARY: base
 * - PRODUCTIVITY: max(0, W × D/d − threshold) × rate
 * - SALARY_PLUS_PRODUCTIVITY: base + max(0, W × D/d − threshold) × rate
 * - COLLECTIONS_PERCENT: max(0, C × D/d) × bps / 10 000
 *
 * plus the quality bonus. wRVUs are hundredths, money is cents, rates are cents per whole wRVU.
 */
export interface PlanTerms {
  model: PlanModel;
  baseSalary: number;
  wrvuThresholdHundredths: number;
  ratePerWrvu: number;
  collectionsBps: number;
  qualityBonus: number;
}

export interface YearToDate {
  /** wRVUs (hundredths) of service dates in the year up to the as-of date. */
  wrvuHundredths: number;
  /** Collections (cents) posted in the year up to the as-of date. */
  collections: number;
  /** Days of the year up to and including the as-of date (0 before it starts, daysInYear once complete). */
  daysElapsed: number;
  daysInYear: number;
}

/** n / d rounded half away from zero, d > 0. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new Error('divRound needs a positive divisor');
  return exactDivRound(n, d);
}

/** Elapsed days clamped to the year; with none elapsed there is nothing to project. */
function days(actuals: YearToDate): { d: bigint; D: bigint } | null {
  if (actuals.daysElapsed <= 0) return null;
  return { d: BigInt(Math.min(actuals.daysElapsed, actuals.daysInYear)), D: BigInt(actuals.daysInYear) };
}

/** value × D / d, rounded: a year-to-date figure at a full year's pace. */
export function annualize(value: number, actuals: YearToDate): number {
  const t = days(actuals);
  if (!t) return 0;
  return Number(divRound(BigInt(value) * t.D, t.d));
}

/** Projected pay for the year in cents: the plan's formula on the annualized actuals, rounded once. */
export function projectedPay(terms: PlanTerms, actuals: YearToDate): number {
  const base = BigInt(terms.baseSalary);
  const bonus = BigInt(terms.qualityBonus);
  const t = days(actuals) ?? { d: 1n, D: 0n }; // nothing elapsed: no production yet
  const aboveThreshold = () => {
    // (W × D/d − T) wRVU-hundredths × rate cents / 100 = (W×D − T×d) × rate / (100 × d)
    const excess = BigInt(actuals.wrvuHundredths) * t.D - BigInt(terms.wrvuThresholdHundredths) * t.d;
    return excess > 0n ? divRound(excess * BigInt(terms.ratePerWrvu), 100n * t.d) : 0n;
  };
  let pay: bigint;
  switch (terms.model) {
    case PlanModel.SALARY:
      pay = base;
      break;
    case PlanModel.PRODUCTIVITY:
      pay = aboveThreshold();
      break;
    case PlanModel.SALARY_PLUS_PRODUCTIVITY:
      pay = base + aboveThreshold();
      break;
    case PlanModel.COLLECTIONS_PERCENT: {
      const collected = BigInt(actuals.collections) * t.D;
      pay = collected > 0n ? divRound(collected * BigInt(terms.collectionsBps), 10_000n * t.d) : 0n;
      break;
    }
    default:
      throw new Error(`unknown plan model ${String(terms.model)}`);
  }
  return Number(pay + bonus);
}

/**
 * Projected pay ÷ annualized wRVUs, in cents per wRVU, rounded half up: pay × 100 × d / (W × D).
 * Null when there are no wRVUs to divide by.
 */
export function payPerWrvu(pay: number, actuals: YearToDate): number | null {
  const t = days(actuals);
  if (!t || actuals.wrvuHundredths <= 0) return null;
  return Number(divRound(BigInt(pay) * 100n * t.d, BigInt(actuals.wrvuHundredths) * t.D));
}

/** Keeps only the terms a model uses, so a salaried plan carries no stray rate. */
export function normalizeTerms(terms: PlanTerms): PlanTerms {
  const usesBase = terms.model === PlanModel.SALARY || terms.model === PlanModel.SALARY_PLUS_PRODUCTIVITY;
  const usesWrvu = terms.model === PlanModel.PRODUCTIVITY || terms.model === PlanModel.SALARY_PLUS_PRODUCTIVITY;
  return {
    model: terms.model,
    baseSalary: usesBase ? terms.baseSalary : 0,
    wrvuThresholdHundredths: usesWrvu ? terms.wrvuThresholdHundredths : 0,
    ratePerWrvu: usesWrvu ? terms.ratePerWrvu : 0,
    collectionsBps: terms.model === PlanModel.COLLECTIONS_PERCENT ? terms.collectionsBps : 0,
    qualityBonus: terms.qualityBonus,
  };
}

/** What is wrong with a set of terms, as [field, message] — the caller prefixes the input path. */
export function termsProblem(terms: PlanTerms): [keyof PlanTerms, string] | null {
  const MAX = 100_000_000_00; // $100M: beyond any provider's pay, well inside exact integers
  for (const field of ['baseSalary', 'ratePerWrvu', 'qualityBonus'] as const) {
    const v = terms[field];
    if (!Number.isSafeInteger(v) || v < 0 || v > MAX) return [field, 'Enter an amount in cents from 0 to $100,000,000.'];
  }
  if (!Number.isInteger(terms.wrvuThresholdHundredths) || terms.wrvuThresholdHundredths < 0 || terms.wrvuThresholdHundredths > 10_000_000) {
    return ['wrvuThresholdHundredths', 'Enter a threshold from 0 to 100,000 wRVUs (in hundredths).'];
  }
  if (!Number.isInteger(terms.collectionsBps) || terms.collectionsBps < 0 || terms.collectionsBps > 10_000) {
    return ['collectionsBps', 'Enter a share of collections from 0 to 100 % (0–10,000 basis points).'];
  }
  switch (terms.model) {
    case PlanModel.SALARY:
      if (terms.baseSalary <= 0) return ['baseSalary', 'A salary plan needs a base salary.'];
      break;
    case PlanModel.PRODUCTIVITY:
      if (terms.ratePerWrvu <= 0) return ['ratePerWrvu', 'A productivity plan needs a rate per wRVU.'];
      break;
    case PlanModel.SALARY_PLUS_PRODUCTIVITY:
      if (terms.baseSalary <= 0) return ['baseSalary', 'A salary plus productivity plan needs a base salary.'];
      if (terms.ratePerWrvu <= 0) return ['ratePerWrvu', 'A salary plus productivity plan needs a rate per wRVU above the threshold.'];
      break;
    case PlanModel.COLLECTIONS_PERCENT:
      if (terms.collectionsBps <= 0) return ['collectionsBps', 'A collections plan needs a share of collections.'];
      break;
    default:
      return ['model', 'Choose a plan model.'];
  }
  return null;
}
