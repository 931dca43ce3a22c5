import { graphql } from '@/gql';
import type { AccountGroup, AccountKind, BudgetStatus, BudgetSummaryFragment, BudgetVersion } from '@/gql/graphql';
import { currentViewer } from '@/shared/viewer';

/** What the list, the page headers and the status actions need of a budget. */
export const BudgetSummaryFragmentDoc = graphql(`
  fragment BudgetSummary on Budget {
    id
    fiscalYear
    budgetVersion
    status
    startMonth
    version
    submittedAt
    approvedAt
    rejectionComment
    totals { revenue expense net }
  }
`);

export type BudgetSummary = BudgetSummaryFragment;

export const STATUS_LABEL: Record<BudgetStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  LOCKED: 'Locked',
};

/** PrimeVue Tag severities: grey draft, amber waiting, green approved, blue locked. */
export const STATUS_SEVERITY: Record<BudgetStatus, 'secondary' | 'warn' | 'success' | 'info'> = {
  DRAFT: 'secondary',
  SUBMITTED: 'warn',
  APPROVED: 'success',
  LOCKED: 'info',
};

export const STATUS_ICON: Record<BudgetStatus, string> = {
  DRAFT: 'pi pi-pencil',
  SUBMITTED: 'pi pi-send',
  APPROVED: 'pi pi-check-circle',
  LOCKED: 'pi pi-lock',
};

export const VERSION_LABEL: Record<BudgetVersion, string> = {
  ORIGINAL: 'Original',
  REVISED: 'Revised',
  FORECAST: 'Forecast',
};

export const GROUP_LABEL: Record<AccountGroup, string> = {
  PATIENT_REVENUE: 'Patient revenue',
  OTHER_REVENUE: 'Other revenue',
  PROVIDER_SALARIES: 'Provider salaries',
  STAFF_SALARIES: 'Staff salaries',
  BENEFITS: 'Benefits and payroll taxes',
  OCCUPANCY: 'Occupancy',
  MEDICAL_SUPPLIES: 'Medical supplies',
  OFFICE_SUPPLIES: 'Office supplies',
  EQUIPMENT: 'Equipment',
  MARKETING: 'Marketing',
  IT: 'IT',
  INSURANCE: 'Insurance',
  PROFESSIONAL_FEES: 'Professional fees',
  OTHER_EXPENSE: 'Other expenses',
  CASH: 'Cash',
  RECEIVABLES: 'Receivables',
  PAYABLES: 'Payables',
  CLEARING: 'Clearing',
};

/** Revenue first, then expenses in the order of the chart of accounts. */
export const GROUP_ORDER: AccountGroup[] = [
  'PATIENT_REVENUE',
  'OTHER_REVENUE',
  'PROVIDER_SALARIES',
  'STAFF_SALARIES',
  'BENEFITS',
  'OCCUPANCY',
  'MEDICAL_SUPPLIES',
  'OFFICE_SUPPLIES',
  'EQUIPMENT',
  'MARKETING',
  'IT',
  'INSURANCE',
  'PROFESSIONAL_FEES',
  'OTHER_EXPENSE',
];

export const KIND_OF_GROUP = (group: AccountGroup): AccountKind =>
  group === 'PATIENT_REVENUE' || group === 'OTHER_REVENUE' ? 'REVENUE' : 'EXPENSE';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface FiscalMonth {
  /** 1–12 within the fiscal year. */
  index: number;
  year: number;
  /** Calendar month 1–12. */
  month: number;
  /** "Jan" */
  short: string;
  /** "Jan 2026", as the server labels it. */
  label: string;
}

/** The twelve months of a fiscal year that starts in `startMonth` of `fiscalYear`. */
export function fiscalMonths(fiscalYear: number, startMonth: number): FiscalMonth[] {
  return Array.from({ length: 12 }, (_, i) => {
    const zero = startMonth - 1 + i;
    // eslint-disable-next-line exact/no-float-division -- calendar arithmetic: which year a month index falls in
    const year = fiscalYear + Math.floor(zero / 12);
    const month = (zero % 12) + 1;
    const short = MONTH_NAMES[month - 1]!;
    return { index: i + 1, year, month, short, label: `${short} ${year}` };
  });
}

const iso = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/**
 * The dates of fiscal months `from`…`through` (1-based, inclusive) as the ledger asks for them:
 * the first day, and the first day after (exclusive).
 */
export function fiscalRange(fiscalYear: number, startMonth: number, from: number, through: number): { from: string; to: string } {
  const months = fiscalMonths(fiscalYear, startMonth);
  const first = months[Math.max(1, from) - 1]!;
  const last = months[Math.min(12, Math.max(1, through)) - 1]!;
  const next = last.month === 12 ? iso(last.year + 1, 1) : iso(last.year, last.month + 1);
  return { from: iso(first.year, first.month), to: next };
}

/** "Fiscal 2026 · Original" */
export const budgetTitle = (b: { fiscalYear: number; budgetVersion: BudgetVersion }) =>
  `Fiscal ${b.fiscalYear} · ${VERSION_LABEL[b.budgetVersion]}`;

/** A file link cannot send the organization header; the download routes take it as a parameter. */
export function downloadUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  const organization = currentViewer.value?.current?.organizationId;
  if (organization) query.set('organization', organization);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Consecutive months (`YYYY-MM`) said the short way: "Jan–Oct 2026", "Dec 2026", "Jul 2025–Jun 2026". */
export function formatMonthSpan(keys: readonly string[]): string {
  if (!keys.length) return '';
  const label = (key: string) => ({ year: key.slice(0, 4), month: MONTH_SHORT[Number(key.slice(5, 7)) - 1] });
  const first = label(keys[0]);
  const last = label(keys[keys.length - 1]);
  if (keys.length === 1) return `${first.month} ${first.year}`;
  if (first.year === last.year) return `${first.month}–${last.month} ${last.year}`;
  return `${first.month} ${first.year}–${last.month} ${last.year}`;
}
