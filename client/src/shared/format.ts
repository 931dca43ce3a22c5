import type { AuditAction, EmploymentType, PositionTier, Role, StaffCategory } from '@/gql/graphql';

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat('en-US');
const fteFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** A calendar date `YYYY-MM-DD` read as a local date, so it never shifts a day across time zones. */
export function parseIsoDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, (m ?? 1) - 1, d ?? 1);
}

export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A calendar date `YYYY-MM-DD` moved by whole days. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

export function formatDate(value: string | null | undefined): string {
  return value ? dateFormat.format(parseIsoDate(value)) : '—';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '—';
}

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

export function formatRelative(value: string, now = Date.now()): string {
  const seconds = (new Date(value).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export const formatNumber = (value: number) => numberFormat.format(value);
export const formatFte = (value: number | null | undefined) => (value == null ? '—' : fteFormat.format(value));

/** Years and months from one calendar date to another, e.g. "4 yrs 2 mos". */
export function formatTenure(from: string, until: string): string {
  const start = parseIsoDate(from);
  const now = parseIsoDate(until);
  let months = (now.getFullYear() - start.getFullYear()) * 12 + now.getMonth() - start.getMonth();
  if (now.getDate() < start.getDate()) months -= 1;
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [];
  if (years) parts.push(`${years} ${years === 1 ? 'yr' : 'yrs'}`);
  if (rest) parts.push(`${rest} ${rest === 1 ? 'mo' : 'mos'}`);
  return parts.join(' ');
}

export function initials(name: string): string {
  const words = name
    .replace(/^Dr\.?\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => w[0]!.toUpperCase()).join('');
}

export const CATEGORY_LABEL: Record<StaffCategory, string> = {
  PHYSICIAN: 'Physician',
  NURSE_PRACTITIONER: 'Nurse practitioner',
  PHYSICIAN_ASSISTANT: 'Physician assistant',
  NURSE_MIDWIFE: 'Nurse midwife',
  CLINICAL_STAFF: 'Clinical staff',
  ADMINISTRATIVE_STAFF: 'Administrative staff',
  MANAGEMENT: 'Management',
};

export const CATEGORY_SHORT: Record<StaffCategory, string> = {
  PHYSICIAN: 'MD',
  NURSE_PRACTITIONER: 'NP',
  PHYSICIAN_ASSISTANT: 'PA',
  NURSE_MIDWIFE: 'CNM',
  CLINICAL_STAFF: 'Clinical',
  ADMINISTRATIVE_STAFF: 'Admin',
  MANAGEMENT: 'Mgmt',
};

export const ROLE_LABEL: Record<Role, string> = {
  ADMINISTRATOR: 'Practice administrator',
  PHYSICIAN_OWNER: 'Physician owner',
  PRACTICE_MANAGER: 'Practice manager',
  OFFICE_MANAGER: 'Office manager',
  CONSULTANT: 'Consultant',
  ASSISTANT: 'Assistant',
  PROVIDER: 'Provider',
  STAFF: 'Staff',
};

export const TIER_LABEL: Record<PositionTier, string> = {
  EXECUTIVE: 'Executive',
  MANAGER: 'Manager',
  PROVIDER: 'Provider',
  STAFF: 'Staff',
};

export const EMPLOYMENT_TYPE_LABEL: Record<EmploymentType, string> = {
  FULL_TIME: 'Full time',
  PART_TIME: 'Part time',
  PER_DIEM: 'Per diem',
  CONTRACTOR: 'Contractor',
};

export const ACTION_LABEL: Record<AuditAction, string> = {
  CREATE: 'created',
  UPDATE: 'updated',
  DELETE: 'deleted',
  READ: 'viewed',
};

export const ADVANCED_PRACTICE: readonly StaffCategory[] = ['NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE'];
export const PROVIDER_CATEGORIES: readonly StaffCategory[] = ['PHYSICIAN', ...ADVANCED_PRACTICE];

/** How a person is addressed on the chart: physicians get their title. */
export function displayName(fullName: string, category: StaffCategory): string {
  return category === 'PHYSICIAN' ? `Dr ${fullName}` : fullName;
}

/** "Medical Assistant · Oak Hill Clinic", without repeating a place the title already names. */
export function titleAndPlace(title: string, place?: string | null): string {
  return place && !title.includes(place) ? `${title} · ${place}` : title;
}
