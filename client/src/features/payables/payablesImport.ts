/**
 * The two payables imports: the vendor list and the open bills, from QuickBooks' exports. The
 * accepted header names are the server's (PayablesImportService), compared as it compares them.
 */
import { addDaysIso } from '@/shared/format';
import type { ImportColumn } from '@/shared/import/importFile';

/** Lower case, underscores and runs of spaces as one space, as the server reads headers. */
export const payablesHeaderKey = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

export const VENDOR_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    role: 'name',
    label: 'Vendor',
    names: ['vendor', 'display name', 'vendor name', 'name', 'company name', 'company'],
    required: true,
    description: 'The vendor’s name; a vendor already here by that name is left as it is.',
    examples: ['Summit Surgical Supply', 'Prairie Pest Control'],
  },
  {
    role: 'terms',
    label: 'Terms',
    names: ['terms'],
    required: false,
    description: 'Net 30, Due on receipt, or with an early-payment discount: 2% 10 Net 30. Empty: due on receipt.',
    examples: ['2% 10 Net 30', 'Net 15'],
  },
  {
    role: 'taxId',
    label: 'Tax ID',
    names: ['tax id', 'business id no.', 'tin', 'ein'],
    required: false,
    description: 'EIN as 12-3456789 or SSN as 123-45-6789.',
    examples: ['37-1122334', '123-45-6789'],
  },
  {
    role: 'is1099',
    label: '1099',
    names: ['track payments for 1099', '1099 tracking', 'eligible for 1099', 'track 1099', '1099'],
    required: false,
    description: 'Yes when the vendor gets a 1099.',
    examples: ['No', 'Yes'],
  },
  {
    role: 'category',
    label: 'Category',
    names: ['vendor type', 'category', 'type'],
    required: false,
    description: 'Medical supplies, lab, rent, utilities, IT, equipment, services…; anything else is Other.',
    examples: ['Medical Supplies', 'Services'],
  },
  {
    role: 'account',
    label: 'Expense account',
    names: ['default expense account', 'expense account', 'account'],
    required: false,
    description: 'The account its bills go to by default: number or name.',
    examples: ['5410 Medical supplies', 'Utilities and maintenance'],
  },
  {
    role: 'costCentre',
    label: 'Cost centre',
    names: ['class', 'cost centre', 'cost center', 'location'],
    required: false,
    description: 'QuickBooks’ class: a cost centre of the practice, by name.',
    examples: ['Riverside Main', 'Riverside Main'],
  },
  {
    role: 'address',
    label: 'Remit to',
    names: ['street address', 'billing address', 'address', 'bill from 1'],
    required: false,
    description: 'Where payments go; City, State and Zip columns are added to it.',
    examples: ['400 Mill Road', '18 Elm Street'],
  },
];

export function billImportColumns(today: string): ImportColumn[] {
  const billDay = addDaysIso(today, -14);
  return [
    {
      role: 'number',
      label: 'Bill no.',
      names: ['bill no.', 'bill no', 'num', 'ref no.', 'invoice number', 'invoice no.'],
      required: true,
      description:
        'The vendor’s invoice number; rows with the same vendor and number are one bill. A bill already entered is left as it is.',
      examples: ['SS-20417', 'SS-20417', 'PPC-1188'],
    },
    {
      role: 'vendor',
      label: 'Vendor',
      names: ['vendor', 'vendor name', 'payee', 'source name'],
      required: true,
      description: 'A vendor of the practice, by name: import the vendor list first.',
      examples: ['Summit Surgical Supply', 'Summit Surgical Supply', 'Prairie Pest Control'],
    },
    {
      role: 'date',
      label: 'Bill date',
      names: ['bill date', 'date', 'invoice date'],
      required: true,
      description: 'M/D/YYYY or YYYY-MM-DD.',
      examples: [billDay, billDay, billDay],
    },
    {
      role: 'due',
      label: 'Due date',
      names: ['due date'],
      required: false,
      description: 'Empty: from the vendor’s terms.',
      examples: ['', '', addDaysIso(billDay, 15)],
    },
    {
      role: 'account',
      label: 'Account',
      names: ['account', 'expense account', 'line account'],
      required: false,
      description: 'Number or name; empty: the vendor’s default account.',
      examples: ['5410 Medical supplies', '5410 Medical supplies', ''],
    },
    {
      role: 'description',
      label: 'Line description',
      names: ['line description', 'expense description', 'description'],
      required: false,
      description: 'What the line is for.',
      examples: ['Exam gloves (40 cases)', 'Gauze and tape', 'Quarterly service'],
    },
    {
      role: 'amount',
      label: 'Line amount',
      names: ['line amount', 'amount', 'expense amount', 'open balance'],
      required: true,
      description: 'The line’s amount in dollars, not zero; a bill totals more than zero.',
      examples: ['1,240.00', '310.55', '185.00'],
    },
    {
      role: 'costCentre',
      label: 'Class',
      names: ['class', 'location', 'cost centre', 'cost center'],
      required: false,
      description: 'A cost centre by name; empty: the vendor’s default.',
      examples: ['Riverside Main', 'Riverside Main', ''],
    },
    {
      role: 'memo',
      label: 'Memo',
      names: ['memo', 'private note'],
      required: false,
      description: 'Kept with the bill.',
      examples: ['October restock', 'October restock', ''],
    },
  ];
}
