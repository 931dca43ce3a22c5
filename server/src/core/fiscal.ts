/** Fiscal months: month 1 is the organization's start month of the fiscal year `fiscalYear`. */
export interface FiscalMonth {
  index: number; // 1..12
  year: number;
  month: number; // 1..12
  key: string; // YYYY-MM
}

export function fiscalMonths(fiscalYear: number, startMonth: number): FiscalMonth[] {
  return Array.from({ length: 12 }, (_, i) => {
    const zero = startMonth - 1 + i;
    const year = fiscalYear + Math.floor(zero / 12);
    const month = (zero % 12) + 1;
    return { index: i + 1, year, month, key: `${year}-${String(month).padStart(2, '0')}` };
  });
}

export function fiscalRange(fiscalYear: number, startMonth: number): { from: string; to: string } {
  const months = fiscalMonths(fiscalYear, startMonth);
  const last = months[11];
  const next = last.month === 12 ? `${last.year + 1}-01` : `${last.year}-${String(last.month + 1).padStart(2, '0')}`;
  return { from: `${months[0].key}-01`, to: `${next}-01` };
}

/** Which fiscal month (1..12) a date falls in, or null when outside the fiscal year. */
export function fiscalMonthOf(date: string, fiscalYear: number, startMonth: number): number | null {
  const key = date.slice(0, 7);
  return fiscalMonths(fiscalYear, startMonth).find((m) => m.key === key)?.index ?? null;
}

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthLabel = (m: FiscalMonth) => `${MONTH_NAMES[m.month - 1]} ${m.year}`;

/** The fiscal year a date falls in: named, as `fiscalMonths` does, by the calendar year its first month is in. */
export function fiscalYearOf(date: string, startMonth: number): number {
  return Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < startMonth ? 1 : 0);
}

/** The last day of a month key `YYYY-MM`, as `YYYY-MM-DD`. */
export function monthEnd(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return `${key}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}
