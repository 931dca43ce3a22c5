import { divFloor, divRound, toNumber } from '../../core/exact';
import { addDays } from '../../core/dates';

/** Wall-clock arithmetic in an organization's time zone: punches are instants, workdays and workweeks are local. */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string) {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The local calendar day and minute of the day of an instant. */
export function localParts(instant: Date, timeZone: string): { day: string; minute: number } {
  const parts = Object.fromEntries(
    format(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

function offsetMinutes(instant: number, timeZone: string): number {
  const { day, minute } = localParts(new Date(instant), timeZone);
  const asUtc = Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
  return toNumber(divRound(asUtc - toNumber(divFloor(instant, 60_000)) * 60_000, 60_000));
}

/** The instant of a local day and minute of the day (minutes past 1440 run into the next day). */
export function instantOf(day: string, minute: number, timeZone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
  let guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  guess = naive - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(guess);
}

/** Whole minutes from the local midnight starting `day` to the instant (real elapsed time, across DST too). */
export function minutesFrom(day: string, instant: Date, timeZone: string): number {
  return toNumber(divFloor(instant.getTime() - instantOf(day, 0, timeZone).getTime(), 60_000));
}

/** The first day of the workweek holding `day`; weeks start on `startsOn` (1 = Monday … 7 = Sunday). */
export function weekStartOf(day: string, startsOn: number): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return addDays(day, -((weekday - startsOn + 7) % 7));
}

/** "HH:MM" → minutes of the day, or null when it is not a time. */
export function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}
