import type { BillStatus, PaymentMethod, VendorCategory } from '@/gql/graphql';
import { addDaysIso } from '@/shared/format';

export const BILL_STATUS_LABEL: Record<BillStatus, string> = {
  RECEIVED: 'Waiting for approval',
  APPROVED: 'Approved',
  SCHEDULED: 'In a payment run',
  PARTIALLY_PAID: 'Partly paid',
  PAID: 'Paid',
  VOID: 'Void',
};

export const BILL_STATUS_SEVERITY: Record<BillStatus, 'warn' | 'info' | 'success' | 'secondary' | 'danger' | 'contrast'> = {
  RECEIVED: 'warn',
  APPROVED: 'info',
  SCHEDULED: 'info',
  PARTIALLY_PAID: 'contrast',
  PAID: 'success',
  VOID: 'secondary',
};

/** The tabs of the bill list, each a set of statuses (none: every bill). */
export const BILL_VIEWS = [
  { key: 'approval', label: 'Waiting for approval', statuses: ['RECEIVED'] },
  { key: 'unpaid', label: 'To pay', statuses: ['APPROVED', 'SCHEDULED', 'PARTIALLY_PAID'] },
  { key: 'paid', label: 'Paid', statuses: ['PAID'] },
  { key: 'void', label: 'Void', statuses: ['VOID'] },
  { key: 'all', label: 'All', statuses: [] },
] as const satisfies readonly { key: string; label: string; statuses: readonly BillStatus[] }[];

export const VENDOR_CATEGORY_LABEL: Record<VendorCategory, string> = {
  MEDICAL_SUPPLIES: 'Medical supplies',
  VACCINES_AND_DRUGS: 'Vaccines and drugs',
  LAB: 'Lab',
  RENT: 'Rent',
  UTILITIES: 'Utilities',
  IT: 'IT',
  EQUIPMENT: 'Equipment',
  OFFICE_SUPPLIES: 'Office supplies',
  SERVICES: 'Services',
  PROFESSIONAL_SERVICES: 'Professional services',
  INSURANCE: 'Insurance',
  OTHER: 'Other',
};

export const METHOD_LABEL: Record<PaymentMethod, string> = { CHECK: 'Check', ACH: 'ACH transfer', CARD: 'Card', CASH: 'Cash' };

/** What the reference of a payment is called for its method. */
export const REFERENCE_LABEL: Record<PaymentMethod, string> = {
  CHECK: 'Check number',
  ACH: 'ACH trace number',
  CARD: 'Card reference',
  CASH: 'Receipt number',
};

/** The day a bill is due on the vendor's net terms, as the server defaults it. */
export const dueDateFor = (invoiceDate: string, termsDays: number) => addDaysIso(invoiceDate, termsDays);

/** Files the server keeps with a bill. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Why a file cannot be kept with a bill, or null. */
export function attachmentProblem(file: { type: string; size: number }): string | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'Attach the invoice as a PDF, PNG or JPEG.';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'The file is over 10 MB: scan it at a lower resolution.';
  if (file.size === 0) return 'The file is empty.';
  return null;
}

export interface RunLine {
  amount: number;
  discount: number;
}

/** A payment run's totals against the cash on hand the user entered (null: not entered). */
export function runTotals(lines: readonly RunLine[], cashOnHand: number | null) {
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const discounts = lines.reduce((sum, l) => sum + l.discount, 0);
  return { total, discounts, left: cashOnHand == null ? null : cashOnHand - total, short: cashOnHand != null && total > cashOnHand };
}

/** "3 bills" / "1 bill". */
export const billCount = (n: number) => `${n} ${n === 1 ? 'bill' : 'bills'}`;

/** A file's bytes as base64, for the attachment mutation. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A bill as the entry dialog edits it. */
export interface EditedBill {
  id: string;
  version: number;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  memo?: string | null;
  vendor: { id: string };
  lines: { description?: string | null; amount: number; account: { id: string }; costCentre: { id: string } }[];
}

/** A vendor as the vendor dialog edits it. */
export interface EditedVendor {
  id: string;
  version: number;
  name: string;
  category: VendorCategory;
  termsDays: number;
  discountBps: number;
  discountDays: number;
  taxId?: string | null;
  is1099: boolean;
  active: boolean;
  remitTo?: string | null;
  defaultAccount?: { id: string } | null;
  defaultCostCentre?: { id: string } | null;
}
