import type { CampaignChannel, CampaignStatus, LeadStage } from '@/gql/graphql';
import { formatMoney } from '@/shared/money';
import { percent, ratio } from '@/shared/exact';
import { proportion } from '@/shared/geometry';

export const CHANNEL_LABEL: Record<CampaignChannel, string> = {
  SEARCH_ADS: 'Search ads',
  SOCIAL: 'Social media',
  DIRECT_MAIL: 'Direct mail',
  RADIO: 'Radio',
  REFERRAL_PROGRAM: 'Referral program',
  COMMUNITY_EVENT: 'Community event',
  PRINT: 'Print',
  EMAIL: 'Email',
  OTHER: 'Other',
};

export const CHANNEL_ICON: Record<CampaignChannel, string> = {
  SEARCH_ADS: 'pi pi-search',
  SOCIAL: 'pi pi-share-alt',
  DIRECT_MAIL: 'pi pi-envelope',
  RADIO: 'pi pi-volume-up',
  REFERRAL_PROGRAM: 'pi pi-users',
  COMMUNITY_EVENT: 'pi pi-calendar',
  PRINT: 'pi pi-file',
  EMAIL: 'pi pi-at',
  OTHER: 'pi pi-tag',
};

export const STATUS_LABEL: Record<CampaignStatus, string> = {
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const STATUS_SEVERITY: Record<CampaignStatus, 'info' | 'success' | 'warn' | 'secondary' | 'danger'> = {
  PLANNED: 'info',
  ACTIVE: 'success',
  PAUSED: 'warn',
  COMPLETED: 'secondary',
  CANCELLED: 'danger',
};

/** The status actions a campaign in each status offers; the server holds the same table. */
export const STATUS_ACTIONS: Record<
  CampaignStatus,
  { to: CampaignStatus; label: string; icon: string; severity?: 'secondary' | 'danger' }[]
> = {
  PLANNED: [
    { to: 'ACTIVE', label: 'Activate', icon: 'pi pi-play' },
    { to: 'CANCELLED', label: 'Cancel campaign', icon: 'pi pi-times', severity: 'danger' },
  ],
  ACTIVE: [
    { to: 'PAUSED', label: 'Pause', icon: 'pi pi-pause', severity: 'secondary' },
    { to: 'COMPLETED', label: 'Complete', icon: 'pi pi-check', severity: 'secondary' },
    { to: 'CANCELLED', label: 'Cancel campaign', icon: 'pi pi-times', severity: 'danger' },
  ],
  PAUSED: [
    { to: 'ACTIVE', label: 'Resume', icon: 'pi pi-play' },
    { to: 'COMPLETED', label: 'Complete', icon: 'pi pi-check', severity: 'secondary' },
    { to: 'CANCELLED', label: 'Cancel campaign', icon: 'pi pi-times', severity: 'danger' },
  ],
  COMPLETED: [],
  CANCELLED: [],
};

export const STAGE_LABEL: Record<LeadStage, string> = {
  INQUIRY: 'Inquiry',
  SCHEDULED: 'Scheduled',
  NEW_PATIENT: 'New patient',
  LOST: 'Lost',
};

export const STAGE_SEVERITY: Record<LeadStage, 'info' | 'success' | 'warn' | 'secondary' | 'danger'> = {
  INQUIRY: 'info',
  SCHEDULED: 'warn',
  NEW_PATIENT: 'success',
  LOST: 'secondary',
};

export const STAGES: LeadStage[] = ['INQUIRY', 'SCHEDULED', 'NEW_PATIENT', 'LOST'];

/** One line each, shown next to the numbers. */
export const DEFINITIONS = {
  spend: 'Spend to date = spend dated up to today; later-dated spend is committed, in no cost or ROI.',
  leads: 'Leads = inquiries attributed to the campaign.',
  newPatients: 'New patients = leads whose first visit happened.',
  costPerLead: 'Cost per lead = spend ÷ leads.',
  costPerNewPatient: 'Cost per new patient = spend ÷ new patients.',
  attributedRevenue: 'Attributed revenue = new patients × first-year value estimate.',
  roi: 'ROI = (attributed revenue − spend) ÷ spend.',
  pace: 'Pace = spend to date ÷ (budget × share of the campaign’s days gone by).',
} as const;

const wholePercent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * part ÷ whole as a whole percentage, rounded once from the exact quotient (half away from zero),
 * not from a ratio the server already rounded: 457 of 1000 → "46%"; nothing to divide by → "—".
 */
export function formatShare(part: number, whole: number): string {
  const p = percent(part, whole, 0);
  return p === null ? '—' : `${wholePercent.format(p)}%`;
}

/** ROI = (attributed revenue − spend) ÷ spend as a signed whole percentage: "+125%", "−40%"; no spend → "—". */
export function formatRoi(revenue: number, spend: number): string {
  const p = percent(BigInt(revenue) - BigInt(spend), spend, 0);
  if (p === null) return '—';
  if (p === 0) return '0%';
  return `${p < 0 ? '−' : '+'}${wholePercent.format(Math.abs(p))}%`;
}

export const formatPerUnit = (cents: number | null | undefined) => formatMoney(cents);

export interface FunnelStep {
  key: 'leads' | 'scheduled' | 'newPatients';
  label: string;
  count: number;
  /** Width of the bar, share of leads (0–1). */
  share: number;
  /** Conversion from the step before; null for the first step or when the step before is empty. */
  conversion: number | null;
  conversionText: string;
}

/** Leads → scheduled → new patients, each with its conversion from the step before. */
export function funnelSteps(m: { leads: number; scheduled: number; newPatients: number }): FunnelStep[] {
  const steps = [
    { key: 'leads' as const, label: 'Leads', count: m.leads },
    { key: 'scheduled' as const, label: 'Scheduled', count: m.scheduled },
    { key: 'newPatients' as const, label: 'New patients', count: m.newPatients },
  ];
  return steps.map((s, i) => {
    const before = i === 0 ? null : steps[i - 1]!.count;
    const conversion = before == null ? null : ratio(s.count, before, 4);
    return {
      ...s,
      share: proportion(s.count, m.leads),
      conversion,
      conversionText: i === 0 ? '' : `${formatShare(s.count, before!)} of ${steps[i - 1]!.label.toLowerCase()}`,
    };
  });
}

/** A plain sentence for the pace: above 1 spends faster than time passes. */
export function paceSentence(pace: number | null | undefined, spentShare: number): string {
  if (pace == null || !Number.isFinite(pace)) {
    return spentShare > 0
      ? 'Spending has started before the campaign’s first day.'
      : 'Nothing to compare yet: the campaign has not started.';
  }
  if (pace > 1.1) return 'Spending faster than time passes.';
  if (pace < 0.9) return 'Spending slower than time passes.';
  return 'Spending in step with time.';
}

export function formatPace(pace: number | null | undefined): string {
  return pace == null || !Number.isFinite(pace) ? '—' : `${pace.toFixed(2)}×`;
}

/** Channels with a cost per new patient first, cheapest first; the rest after, by name. */
export function rankByCostPerNewPatient<T extends { key: string; costPerNewPatient?: number | null }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.costPerNewPatient == null && b.costPerNewPatient == null) return a.key.localeCompare(b.key);
    if (a.costPerNewPatient == null) return 1;
    if (b.costPerNewPatient == null) return -1;
    return a.costPerNewPatient - b.costPerNewPatient;
  });
}
