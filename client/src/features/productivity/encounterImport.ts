/**
 * The two imports of the productivity feature: encounters from a practice-management export, one
 * row per service line, and the procedure code table with each code's work RVU. The accepted header
 * names are the server's (EncounterService), compared as it compares them.
 */
import { addDaysIso } from '@/shared/format';
import type { ImportColumn } from '@/shared/import/importFile';

/** Lower case, underscores and runs of spaces as one space: "Date_of_Service" reads as "date of service". */
export const encounterHeaderKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

export function encounterColumns(today: string): ImportColumn[] {
  const visitDay = addDaysIso(today, -1);
  return [
    {
      role: 'visit',
      label: 'Visit',
      names: ['visit number', 'visit', 'visit id', 'visit no', 'encounter', 'encounter number', 'encounter id'],
      required: true,
      description: 'The visit’s number in your system; a visit has a row per service line.',
      examples: ['V-10231', 'V-10231'],
    },
    {
      role: 'date',
      label: 'Date of service',
      names: ['date of service', 'dos', 'service date', 'date'],
      required: true,
      description: 'YYYY-MM-DD or M/D/YYYY, not in the future.',
      examples: [visitDay, visitDay],
    },
    {
      role: 'provider',
      label: 'Provider',
      names: ['provider', 'provider email', 'rendering provider', 'rendering provider email'],
      required: true,
      description: 'The rendering provider’s work email.',
      examples: ['a.provider@your-practice.example', 'a.provider@your-practice.example'],
    },
    {
      role: 'patient',
      label: 'Patient',
      names: ['patient', 'patient ref', 'patient id', 'patient account', 'mrn', 'account'],
      required: true,
      description: 'The patient’s account or record number; no names.',
      examples: ['P-40112', 'P-40112'],
    },
    {
      role: 'location',
      label: 'Location',
      names: ['location', 'location name', 'facility', 'place of service name'],
      required: false,
      description: 'A location of the practice, by name.',
      examples: ['', ''],
    },
    {
      role: 'code',
      label: 'Procedure code',
      names: ['procedure code', 'procedure', 'cpt', 'cpt code', 'hcpcs', 'code'],
      required: true,
      description: 'CPT or HCPCS code with a work RVU in the code table.',
      examples: ['99214', 'G2211'],
    },
    {
      role: 'units',
      label: 'Units',
      names: ['units', 'unit', 'qty', 'quantity'],
      required: true,
      description: 'Whole units, 1 to 999.',
      examples: ['1', '1'],
    },
    {
      role: 'charge',
      label: 'Charge',
      names: ['charge', 'charges', 'charge amount', 'billed'],
      required: true,
      description: 'Dollars, e.g. 275.00.',
      examples: ['275.00', '35.00'],
    },
    {
      role: 'collected',
      label: 'Collected',
      names: ['collected', 'collected amount', 'collections', 'paid', 'payment', 'payments', 'paid amount'],
      required: false,
      description: 'Dollars paid on the line so far; needs a posted date.',
      examples: ['40.00', ''],
    },
    {
      role: 'posted',
      label: 'Posted',
      names: ['posted date', 'posted', 'posted on', 'payment date', 'paid date', 'deposit date'],
      required: false,
      description: 'The day the payment was posted.',
      examples: [today, ''],
    },
  ];
}

export const PROCEDURE_CODE_COLUMNS: ImportColumn[] = [
  {
    role: 'code',
    label: 'Code',
    names: ['code', 'procedure code', 'cpt', 'cpt code', 'hcpcs', 'hcpcs code', 'cpt/hcpcs'],
    required: true,
    description: 'CPT or HCPCS: five letters or digits, as 99213 or G0439.',
    examples: ['99213', '99214'],
  },
  {
    role: 'rvu',
    label: 'Work RVU',
    names: ['work rvu', 'work rvus', 'wrvu', 'wrvus', 'work rvu value', 'rvu'],
    required: true,
    description: 'A number with at most two decimals, as 1.30.',
    examples: ['1.30', '1.92'],
  },
];
