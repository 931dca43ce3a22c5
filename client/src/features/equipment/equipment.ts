import type { EquipmentCategory } from '@/gql/graphql';
import { divFloor, percent, quotient, toNumber } from '@/shared/exact';

/** How close a service or warranty date is: past it, within the window, or neither. */
export type DueState = 'overdue' | 'soon' | null;

/** Days before a date when the register starts flagging it (the reminders' default window). */
export const DUE_SOON_DAYS = 30;

const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Whole days from `today` to `date` (negative when it has passed). */
export const daysUntil = (date: string, today: string) => quotient(utc(date) - utc(today), 86_400_000);

/**
 * A service date is overdue once it has passed; a warranty that has ended is simply over (nothing
 * to do about it), so only its approach is flagged.
 */
export function dueState(
  date: string | null | undefined,
  today: string,
  kind: 'service' | 'warranty',
  withinDays = DUE_SOON_DAYS,
): DueState {
  if (!date) return null;
  const days = daysUntil(date, today);
  if (days < 0) return kind === 'service' ? 'overdue' : null;
  return days <= withinDays ? 'soon' : null;
}

/** "7 years", "5 years 6 months", "18 months". */
export function usefulLifeLabel(months: number): string {
  if (months < 24 && months % 12 !== 0) return `${months} month${months === 1 ? '' : 's'}`;
  const years = toNumber(divFloor(months, 12));
  const rest = months % 12;
  const y = `${years} year${years === 1 ? '' : 's'}`;
  return rest ? `${y} ${rest} month${rest === 1 ? '' : 's'}` : y;
}

/** "2026-11" → "Nov 2026". */
export function monthLabel(month: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return date.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Share of the depreciable base written off so far, a whole percentage 0–100 rounded once, for the book-value bar. */
export function depreciatedPercent(asset: { cost: number; salvageValue: number; accumulatedDepreciation: number }): number {
  const base = asset.cost - asset.salvageValue;
  return base <= 0 ? 100 : Math.min(100, percent(asset.accumulatedDepreciation, base, 0)!);
}

export const CATEGORY_LABEL: Record<EquipmentCategory, string> = {
  CLINICAL: 'Clinical',
  LAB: 'Lab',
  IMAGING: 'Imaging',
  IT: 'IT',
  FURNITURE: 'Furniture',
  OFFICE: 'Office',
  OTHER: 'Other',
};
