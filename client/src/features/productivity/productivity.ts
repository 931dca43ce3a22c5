import type { PlanModel } from '@/gql/graphql';
import { formatMoney, formatMoneyCents } from '@/shared/money';
import { parseIsoDate } from '@/shared/format';
import { currentYear, today } from '@/shared/today';
import { divRound, fromScaled, percent, quotient } from '@/shared/exact';

/** wRVUs travel as hundredths, patients per day as tenths: integers, exact. */
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 660_812 → "6,608" (summaries) or "6,608.12" (exact). */
export function formatWrvu(hundredths: number | null | undefined, exact = false): string {
  if (hundredths == null) return '—';
  return exact ? twoDecimals.format(fromScaled(hundredths, 2)) : wholeNumber.format(quotient(hundredths, 100));
}

/** 185 → "18.5". */
export function formatTenths(tenths: number | null | undefined): string {
  return tenths == null ? '—' : oneDecimal.format(fromScaled(tenths, 1));
}

export function formatCount(value: number | null | undefined): string {
  return value == null ? '—' : wholeNumber.format(value);
}

/** Where the tone changes (`toneOf`), in basis points of the target: on target, and 95 % ("close"). */
const TONE_STEPS_BPS = [10_000n, 9_500n];

/**
 * 1.0637 → "106%" (the server's four decimals, rounded once more to whole percent); null (no target) → "—".
 * Rounding never carries a figure across a step of `toneOf`: 0.9996 reads "99.96%", not a "100%"
 * coloured as behind, and 0.9496 reads "94.96%", not "95%"; one or two decimals only where needed.
 */
export function formatAttainment(value: number | null | undefined): string {
  if (value == null) return '—';
  const bps = BigInt(value.toFixed(4).replace('.', ''));
  for (const decimals of [0, 1, 2]) {
    const unit = 10n ** BigInt(2 - decimals);
    const shown = divRound(bps, unit);
    if (TONE_STEPS_BPS.every((step) => bps >= step === shown * unit >= step)) return `${twoDecimalsAtMost(shown, decimals)}%`;
  }
  return `${twoDecimalsAtMost(bps, 2)}%`;
}

function twoDecimalsAtMost(scaled: bigint, decimals: number): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(
    fromScaled(scaled, decimals),
  );
}

/** part ÷ whole as a whole percentage rounded once from the exact figures; no whole → "—". */
export function formatShareOf(part: number, whole: number): string {
  const p = percent(part, whole, 0);
  return p === null ? '—' : `${p}%`;
}

/** Ahead of target, close behind (within 5 %), or clearly behind. */
export type Tone = 'ahead' | 'close' | 'behind' | 'none';
export function toneOf(ratio: number | null | undefined): Tone {
  if (ratio == null) return 'none';
  if (ratio >= 1) return 'ahead';
  return ratio >= 0.95 ? 'close' : 'behind';
}

export const TONE_COLOR: Record<Tone, string> = { ahead: '#16a34a', close: '#d97706', behind: '#dc2626', none: '#94a3b8' };

export const PLAN_MODEL_LABEL: Record<PlanModel, string> = {
  SALARY: 'Salary',
  PRODUCTIVITY: 'Productivity',
  SALARY_PLUS_PRODUCTIVITY: 'Salary + productivity',
  COLLECTIONS_PERCENT: 'Share of collections',
};

export const PLAN_MODEL_HELP: Record<PlanModel, string> = {
  SALARY: 'A fixed base salary.',
  PRODUCTIVITY: 'Pay per wRVU above a threshold (often zero).',
  SALARY_PLUS_PRODUCTIVITY: 'A base salary plus pay per wRVU above a threshold.',
  COLLECTIONS_PERCENT: 'A share of the collections on the provider’s visits.',
};

export interface PlanTerms {
  model: PlanModel;
  baseSalary: number;
  wrvuThresholdHundredths: number;
  ratePerWrvu: number;
  collectionsBps: number;
  qualityBonus: number;
}

/** "$195,000 + $47.00 per wRVU above 5,400" — a plan in one line. */
export function describePlan(plan: PlanTerms | null | undefined): string {
  if (!plan) return 'No plan for this year';
  const rate = `${formatMoneyCents(plan.ratePerWrvu)} per wRVU`;
  const above = plan.wrvuThresholdHundredths ? ` above ${formatWrvu(plan.wrvuThresholdHundredths)}` : '';
  const bonus = plan.qualityBonus ? ` + ${formatMoney(plan.qualityBonus)} quality bonus` : '';
  switch (plan.model) {
    case 'SALARY':
      return `${formatMoney(plan.baseSalary)} salary${bonus}`;
    case 'PRODUCTIVITY':
      return `${rate}${above}${bonus}`;
    case 'SALARY_PLUS_PRODUCTIVITY':
      return `${formatMoney(plan.baseSalary)} + ${rate}${above}${bonus}`;
    case 'COLLECTIONS_PERCENT':
      return `${formatBps(plan.collectionsBps)} of collections${bonus}`;
    default:
      return '';
  }
}

/** 3800 → "38%", 3850 → "38.5%". */
export function formatBps(bps: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(fromScaled(bps, 2))}%`;
}

/** "4,300" or "4300.5" wRVUs typed by a person → hundredths, exactly; null when not a number. */
export function parseWrvu(text: string | number | null | undefined): number | null {
  if (text == null) return null;
  const s = String(text).trim().replace(/,/g, '');
  const match = /^(\d{1,6})(?:\.(\d{0,2}))?$/.exec(s);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "18.5" patients a day → 185 tenths. */
export function parseTenths(text: string | number | null | undefined): number | null {
  if (text == null) return null;
  const match = /^(\d{1,3})(?:\.(\d?))?$/.exec(String(text).trim());
  if (!match) return null;
  return Number(match[1]) * 10 + Number(match[2] || 0);
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The period picker: the whole year or one of its months, up to the current one in the current year. */
export function periodOptions(year: number, on = parseIsoDate(today())): { value: number; label: string }[] {
  const last = year === on.getFullYear() ? on.getMonth() + 1 : year < on.getFullYear() ? 12 : 0;
  // 0 stands for the whole year: a select shows nothing for a null value.
  return [
    { value: 0, label: `All of ${year}` },
    ...MONTH_NAMES.slice(0, last)
      .map((name, i) => ({ value: i + 1, label: `${name} ${year}` }))
      .reverse(),
  ];
}

export function yearOptions(y = currentYear()): { value: number; label: string }[] {
  return [y, y - 1, y - 2].map((value) => ({ value, label: String(value) }));
}

/** "Year to date, day 331 of 365" / "November, day 27 of 30" / "Complete". */
export function periodProgress(daysElapsed: number, daysInPeriod: number): string {
  if (daysElapsed >= daysInPeriod) return 'complete';
  if (daysElapsed <= 0) return 'not started';
  return `day ${daysElapsed} of ${daysInPeriod}`;
}
