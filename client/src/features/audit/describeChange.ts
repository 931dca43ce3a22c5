import type { AuditAction, Role } from '@/gql/graphql';
import { ACTION_LABEL, CATEGORY_LABEL, EMPLOYMENT_TYPE_LABEL, ROLE_LABEL, formatDate, formatDateTime } from '@/shared/format';
import { fromScaled } from '@/shared/exact';

export interface AuditEntryLike {
  action: AuditAction;
  actorName?: string | null;
  actorRole?: Role | null;
  entityName: string;
  entityId?: string;
  /** The record's name when the change was made, kept by the server. */
  entityLabel?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Names of records the log refers to by id (people), when the page knows them. */
export type Names = ReadonlyMap<string, string>;
const NO_NAMES: Names = new Map();

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const FIELD_LABEL: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  workEmail: 'Work email',
  employmentType: 'Employment type',
  fteHundredths: 'FTE',
  fte: 'FTE',
  hireDate: 'Hire date',
  endDate: 'End date',
  reportsTo: 'Reports to',
  clinicalSupervisor: 'Clinical supervisor',
  effectiveFrom: 'Effective from',
  effectiveTo: 'Effective to',
  openedOn: 'Opened on',
  closedOn: 'Closed on',
  startDate: 'Start date',
  submittedAt: 'Submitted',
  approvedAt: 'Approved',
  eligibleAtApproval: 'Eligible at approval',
  proposedAtApproval: 'Proposed at approval',
  incompleteReason: 'Why approved incomplete',
  rejectionComment: 'Comment',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const ENUM_VALUE = /^[A-Z]{3,}(?:_[A-Z]+)*$/;

/** `ReportingLine` → `reporting line`. */
export function entityNoun(entityName: string): string {
  return entityName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function fieldLabel(field: string): string {
  const month = MONTH.exec(field);
  if (month) return `Month ${Number(month[1])}`;
  return FIELD_LABEL[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

const MONTH = /^m(\d{2})$/;
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatValue(field: string, value: unknown, names: Names = NO_NAMES): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'fteHundredths' && typeof value === 'number') return fromScaled(value, 2).toFixed(2);
  // Budget months and other amounts travel as integer cents.
  if (MONTH.test(field) || /amount/i.test(field)) {
    const cents = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof cents === 'number') return money.format(fromScaled(cents, 2));
  }
  if (field === 'category' && typeof value === 'string' && value in CATEGORY_LABEL)
    return CATEGORY_LABEL[value as keyof typeof CATEGORY_LABEL];
  if (field === 'employmentType' && typeof value === 'string' && value in EMPLOYMENT_TYPE_LABEL) {
    return EMPLOYMENT_TYPE_LABEL[value as keyof typeof EMPLOYMENT_TYPE_LABEL];
  }
  if (typeof value === 'string' && UUID.test(value)) return names.get(value) ?? `record ${value.slice(0, 8)}`;
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  // Timestamps (submittedAt, approvedAt) come as epoch milliseconds or ISO date-times.
  if (/At$/.test(field) && (typeof value === 'number' || (typeof value === 'string' && ISO_DATE_TIME.test(value)))) {
    return formatDateTime(new Date(value).toISOString());
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Statuses and other enum values: SUBMITTED → Submitted, CHANGES_REQUESTED → Changes requested.
  if (typeof value === 'string' && ENUM_VALUE.test(value)) return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return readFields(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The record's own name where the change carries one (a person, a position title, a place). */
export function subjectOf(entry: AuditEntryLike, names: Names = NO_NAMES): string | null {
  const data = { ...(entry.before ?? {}), ...(entry.after ?? {}) };
  if (typeof data.firstName === 'string' && typeof data.lastName === 'string') return `${data.firstName} ${data.lastName}`;
  if (typeof data.title === 'string') return data.title;
  if (typeof data.name === 'string') return data.name;
  return (entry.entityId && names.get(entry.entityId)) || entry.entityLabel || null;
}

export function actorOf(entry: AuditEntryLike): string {
  return entry.actorName ?? 'Praxis (system)';
}

export function actorRoleOf(entry: AuditEntryLike): string | null {
  return entry.actorRole ? ROLE_LABEL[entry.actorRole] : null;
}

/** "Marcus Bell updated employee Jasmine Powell" — one line a person can read. */
export function describeEntry(entry: AuditEntryLike, names: Names = NO_NAMES): string {
  const noun = entityNoun(entry.entityName);
  const subject = subjectOf(entry, names);
  const object = subject ? `${noun} ${subject}` : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  return `${actorOf(entry)} ${ACTION_LABEL[entry.action]} ${object}`;
}

/** Field by field, what changed; for a creation, what it was created with. */
export function changesOf(entry: AuditEntryLike, names: Names = NO_NAMES): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  // A user id the log cannot name; an approval's approver (a submission's submitter) is the entry's actor anyway.
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => f !== 'user' && f !== 'approvedBy' && f !== 'submittedBy',
  );
  return fields
    .map((field) => ({
      field,
      label: fieldLabel(field),
      before: formatValue(field, before[field], names),
      after: formatValue(field, after[field], names),
    }))
    .filter((c) => c.before !== c.after);
}

export interface ReadGroupLike {
  actorName?: string | null;
  entityName: string;
  fields: string[];
  subjectCount: number;
  subjectSample: string[];
}

/** Read records by kind: the plural a person uses, and whether their ids are people's. */
const READ_NOUN: Record<string, { one: string; many: string; people?: boolean }> = {
  Employee: { one: 'person', many: 'people', people: true },
  ProviderPay: { one: 'provider', many: 'providers', people: true },
  ProviderPlan: { one: 'provider plan', many: 'provider plans' },
  ProductivityTarget: { one: 'productivity target', many: 'productivity targets' },
  Lead: { one: 'lead', many: 'leads' },
  TimeCard: { one: 'time card', many: 'time cards' },
};

/** `["pay", "proposal"]` → "pay and proposal"; `contactName` → "contact name". */
export function readFields(fields: string[]): string {
  const words = fields.map((f) => fieldLabel(f).toLowerCase());
  if (words.length <= 1) return words[0] ?? 'details';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Dana Whitfield viewed the pay and proposal of 46 people" — one request's reads as one line. */
export function describeReads(group: ReadGroupLike): string {
  const noun = READ_NOUN[group.entityName] ?? { one: entityNoun(group.entityName), many: `${entityNoun(group.entityName)} records` };
  const count = group.subjectCount === 1 ? `1 ${noun.one}` : `${group.subjectCount.toLocaleString('en-US')} ${noun.many}`;
  return `${group.actorName ?? 'Praxis (system)'} viewed the ${readFields(group.fields)} of ${count}`;
}

/** The first few records read, by name where the page knows them, and how many more. */
export function readSubjects(group: ReadGroupLike, names: Names = NO_NAMES): { shown: string[]; more: number } {
  const people = READ_NOUN[group.entityName]?.people;
  const shown = people ? group.subjectSample.map((id) => names.get(id)).filter((n): n is string => !!n) : [];
  return { shown, more: group.subjectCount - shown.length };
}
