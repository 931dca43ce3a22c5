/** Calendar dates travel as ISO strings (YYYY-MM-DD), as the database's `date` type returns them. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's calendar day in a time zone (an organization's: its day ends at its own midnight).
 * `PRAXIS_TODAY=YYYY-MM-DD` fixes the day for the whole server, its seeds and its tests, so a demo
 * or a test run means the same on any date; clock times (sessions, audit) stay real.
 */
export function today(timeZone = 'UTC'): string {
  const fixed = process.env.PRAXIS_TODAY;
  if (fixed) {
    if (!isIsoDate(fixed)) throw new Error(`PRAXIS_TODAY must be a date as YYYY-MM-DD, not "${fixed}"`);
    return fixed;
  }
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(new Date());
}

/** Noon (UTC) of today in the time zone: for code that counts in Dates, such as the demo seeds. */
export function todayAsDate(timeZone = 'UTC'): Date {
  return new Date(`${today(timeZone)}T12:00:00Z`);
}

/** The day `days` after an ISO date (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Now, for the timestamps people read (changes in the audit log, when a budget was submitted): on
 * the fixed day when PRAXIS_TODAY is set, at the real time of day, so a demo's "2 minutes ago" is
 * true. Sessions and sign-in counters keep the real clock.
 */
export function now(): Date {
  const real = new Date();
  const fixed = process.env.PRAXIS_TODAY;
  return fixed ? new Date(`${fixed}T${real.toISOString().slice(11)}`) : real;
}

/** The same day of the month `months` later (negative: earlier); for days 1–28, which every month has. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
