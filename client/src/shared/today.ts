import { toIsoDate } from './format';
import { currentViewer } from './viewer';

/**
 * Today's calendar day, YYYY-MM-DD: the organization's, as the server tells it (in the practice's
 * time zone, and the fixed day of a test run), or the browser's local date before anyone signs in.
 * Everything that asks "which day, month or fiscal year is it" asks here, never `new Date()`.
 */
export function today(): string {
  return currentViewer.value?.today ?? toIsoDate(new Date());
}

export const currentYear = () => Number(today().slice(0, 4));

/** 1–12. */
export const currentMonth = () => Number(today().slice(5, 7));

/** The fiscal year today falls in, named by the calendar year it starts in. */
export function currentFiscalYear(startMonth: number): number {
  return currentYear() - (currentMonth() < startMonth ? 1 : 0);
}
