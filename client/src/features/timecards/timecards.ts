import { divFloor, divRound, toNumber } from '@/shared/exact';
/** Minutes as hours and minutes for people: 525 → "8:45", 0 → "0:00". */
export function formatHours(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(minutes);
  return `${sign}${toNumber(divFloor(abs, 60))}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes as decimal hours with two places, as payroll files write them: 525 → "8.75". */
export function decimalHours(minutes: number): string {
  const hundredths = toNumber(divRound(Math.abs(minutes) * 100, 60));
  return `${minutes < 0 ? '−' : ''}${toNumber(divFloor(hundredths, 100))}.${String(hundredths % 100).padStart(2, '0')}`;
}

const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
/** "Mon, Nov 16" for an ISO day. */
export function formatDay(iso: string): string {
  return weekday.format(new Date(`${iso}T00:00:00Z`));
}

export const STATUS_LABELS: Record<string, string> = {
  OPEN: 'Open',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  LOCKED: 'Locked',
  EXPORTED: 'Exported',
};
export const STATUS_SEVERITY: Record<string, 'secondary' | 'info' | 'success' | 'warn' | 'contrast'> = {
  OPEN: 'secondary',
  SUBMITTED: 'info',
  APPROVED: 'success',
  LOCKED: 'success',
  EXPORTED: 'contrast',
};

/** The first day of the workweek holding `day`; weeks start on `startsOn` (1 = Monday … 7 = Sunday), as the server counts them. */
export function weekStartOf(day: string, startsOn: number): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  const back = (weekday - startsOn + 7) % 7;
  return new Date(Date.parse(`${day}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
}
