/** Calendar dates travel as ISO strings (YYYY-MM-DD), as the database's `date` type returns them. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}
