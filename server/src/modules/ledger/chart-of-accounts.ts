import type { EntityManager } from '@mikro-orm/core';
import type { Organization } from '../../core/organization.entity';
import { Account, AccountGroup, AccountKind, kindOfGroup } from '../ledger/ledger.entity';

const G = AccountGroup;

/** A medical practice's chart of accounts: revenue by payer class, expenses by the usual groups. */
export const DEFAULT_ACCOUNTS: [code: string, name: string, group: AccountGroup][] = [
  ['4010', 'Patient revenue: commercial insurance', G.PATIENT_REVENUE],
  ['4020', 'Patient revenue: Medicare', G.PATIENT_REVENUE],
  ['4030', 'Patient revenue: Medicaid', G.PATIENT_REVENUE],
  ['4040', 'Patient revenue: self-pay', G.PATIENT_REVENUE],
  ['4090', 'Other operating revenue', G.OTHER_REVENUE],
  ['5010', 'Physician salaries', G.PROVIDER_SALARIES],
  ['5020', 'Advanced-practice provider salaries', G.PROVIDER_SALARIES],
  ['5110', 'Clinical staff wages', G.STAFF_SALARIES],
  ['5120', 'Administrative staff wages', G.STAFF_SALARIES],
  ['5210', 'Payroll taxes', G.BENEFITS],
  ['5220', 'Health insurance and retirement', G.BENEFITS],
  ['5310', 'Rent', G.OCCUPANCY],
  ['5320', 'Utilities and maintenance', G.OCCUPANCY],
  ['5410', 'Medical supplies', G.MEDICAL_SUPPLIES],
  ['5420', 'Vaccines and drugs', G.MEDICAL_SUPPLIES],
  ['5510', 'Office supplies and postage', G.OFFICE_SUPPLIES],
  ['5610', 'Medical equipment lease and repair', G.EQUIPMENT],
  ['5710', 'Marketing and advertising', G.MARKETING],
  ['5810', 'EHR and practice-management software', G.IT],
  ['5820', 'IT services and hardware', G.IT],
  ['5910', 'Malpractice insurance', G.INSURANCE],
  ['5920', 'General liability and property insurance', G.INSURANCE],
  ['6010', 'Billing service, legal and accounting', G.PROFESSIONAL_FEES],
  ['6090', 'Other operating expenses', G.OTHER_EXPENSE],
];

/**
 * The other side of postings: cash paid or received, bills owed, claims due, and the clearing account
 * that balances actuals imported from the practice's accounting system (their other side is kept there).
 */
export const BALANCE_ACCOUNTS: [code: string, name: string, group: AccountGroup, kind?: AccountKind][] = [
  ['1010', 'Operating cash', G.CASH],
  ['1200', 'Patient accounts receivable', G.RECEIVABLES],
  // Equipment owned: assets of the equipment group (their own kind, so budgets and variance leave them out).
  ['1500', 'Equipment and furniture', G.EQUIPMENT, AccountKind.ASSET],
  ['1590', 'Accumulated depreciation', G.EQUIPMENT, AccountKind.ASSET],
  ['2010', 'Accounts payable', G.PAYABLES],
  ['3900', 'Actuals clearing (other side in the accounting system)', G.CLEARING],
];

/**
 * Accounts a module opens the first time it posts to them, so that budgets (which plan the default
 * chart's expense accounts) are not changed for practices that never use them.
 */
export const ON_DEMAND_ACCOUNTS: [code: string, name: string, group: AccountGroup, kind?: AccountKind][] = [
  ['5630', 'Depreciation of equipment and furniture', G.EQUIPMENT],
];

/** The income statement's accounts (what budgets plan) and the balance sheet's that postings need. */
export function seedChartOfAccounts(em: EntityManager, organization: Organization): Account[] {
  return [...DEFAULT_ACCOUNTS, ...BALANCE_ACCOUNTS].map(([code, name, group, kind]) =>
    em.create(Account, { organization, code, name, group, kind: kind ?? kindOfGroup(group) }),
  );
}
