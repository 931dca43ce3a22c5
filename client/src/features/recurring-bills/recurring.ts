import type { RecurrenceFrequency } from '@/gql/graphql';

export const FREQUENCIES: { value: RecurrenceFrequency; label: string }[] = [
  { value: 'MONTHLY', label: 'Every month' },
  { value: 'QUARTERLY', label: 'Every quarter' },
  { value: 'ANNUALLY', label: 'Every year' },
];

export const frequencyLabel = (f: RecurrenceFrequency) => FREQUENCIES.find((x) => x.value === f)?.label ?? f;

/** "the 1st", "the 22nd": the day of the month every bill from the template is dated. */
export function dayOfMonthLabel(isoDate: string): string {
  const day = Number(isoDate.slice(8, 10));
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `the ${day}${suffix}`;
}
