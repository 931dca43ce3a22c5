import { quotient } from '@/shared/exact';

/**
 * "New patients this month": the month's campaign measures summed, and the campaigns that brought
 * new patients in cheapest and dearest. A campaign without a new patient has no cost per new patient
 * (nothing to divide by): it is listed apart, never ranked.
 */

export interface CampaignMonth {
  key: string;
  label: string;
  spend: number;
  leads: number;
  newPatients: number;
  costPerNewPatient?: number | null;
}

export interface MonthSummary<T extends CampaignMonth> {
  /** Campaigns with spend or leads this month. */
  active: T[];
  newPatients: number;
  /** Inquiries this month. */
  leads: number;
  spend: number;
  /** All campaign spend of the month ÷ its new patients, in cents; null without new patients. */
  costPerNewPatient: number | null;
  best: (T & { cost: number }) | null;
  /** Null unless at least two campaigns brought new patients: one campaign is not both. */
  worst: (T & { cost: number }) | null;
  /** Active campaigns without a new patient yet, the biggest spenders first. */
  withoutNewPatients: T[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar month of a YYYY-MM-DD date: its first day, the first day of the next (exclusive), and its name. */
export function monthRange(today: string): { from: string; to: string; label: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  const label = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
  return { from: `${y}-${pad(m)}-01`, to: `${next[0]}-${pad(next[1]!)}-01`, label };
}

export function summarizeMonth<T extends CampaignMonth>(rows: readonly T[]): MonthSummary<T> {
  const active = rows.filter((r) => r.spend !== 0 || r.leads > 0 || r.newPatients > 0);
  const newPatients = active.reduce((s, r) => s + r.newPatients, 0);
  const spend = active.reduce((s, r) => s + r.spend, 0);
  const leads = active.reduce((s, r) => s + r.leads, 0);
  const ranked = active
    .filter((r) => r.newPatients > 0)
    .map((r) => ({ ...r, cost: r.costPerNewPatient ?? quotient(r.spend, r.newPatients) }))
    .sort((a, b) => a.cost - b.cost || b.newPatients - a.newPatients || a.label.localeCompare(b.label));
  return {
    active,
    newPatients,
    leads,
    spend,
    costPerNewPatient: newPatients === 0 ? null : quotient(spend, newPatients),
    best: ranked[0] ?? null,
    worst: ranked.length > 1 ? ranked[ranked.length - 1]! : null,
    withoutNewPatients: active.filter((r) => r.newPatients === 0).sort((a, b) => b.spend - a.spend || a.label.localeCompare(b.label)),
  };
}
