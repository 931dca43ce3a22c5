import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../../core/organization.entity';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Capability } from '../../core/policy';
import { Department, Location } from '../orgchart/orgchart.entity';

/**
 * What an account records. Revenue and expense make the income statement that budgets plan; assets,
 * liabilities and equity are the other side of each posting (cash paid, a bill owed, a claim due).
 */
export enum AccountKind {
  REVENUE = 'REVENUE',
  EXPENSE = 'EXPENSE',
  ASSET = 'ASSET',
  LIABILITY = 'LIABILITY',
  EQUITY = 'EQUITY',
}
registerEnumType(AccountKind, {
  name: 'AccountKind',
  description: 'Decides whether a variance is favourable, and which side of a posting an amount is on.',
});

/** Budgets plan these kinds: the income statement. */
export const INCOME_STATEMENT_KINDS: readonly AccountKind[] = [AccountKind.REVENUE, AccountKind.EXPENSE];

/**
 * Amounts are stored in each account's natural sign: positive is income on a revenue account,
 * spending on an expense account, more cash on an asset, more owed on a liability. A posting balances
 * when its debits (+ on assets and expenses) equal its credits (+ on revenue, liabilities, equity).
 */
export const debitSign = (kind: AccountKind): 1 | -1 => (kind === AccountKind.ASSET || kind === AccountKind.EXPENSE ? 1 : -1);

export enum AccountGroup {
  PATIENT_REVENUE = 'PATIENT_REVENUE',
  OTHER_REVENUE = 'OTHER_REVENUE',
  PROVIDER_SALARIES = 'PROVIDER_SALARIES',
  STAFF_SALARIES = 'STAFF_SALARIES',
  BENEFITS = 'BENEFITS',
  OCCUPANCY = 'OCCUPANCY',
  MEDICAL_SUPPLIES = 'MEDICAL_SUPPLIES',
  OFFICE_SUPPLIES = 'OFFICE_SUPPLIES',
  EQUIPMENT = 'EQUIPMENT',
  MARKETING = 'MARKETING',
  IT = 'IT',
  INSURANCE = 'INSURANCE',
  PROFESSIONAL_FEES = 'PROFESSIONAL_FEES',
  OTHER_EXPENSE = 'OTHER_EXPENSE',
  CASH = 'CASH',
  RECEIVABLES = 'RECEIVABLES',
  PAYABLES = 'PAYABLES',
  CLEARING = 'CLEARING',
}
registerEnumType(AccountGroup, { name: 'AccountGroup' });

/**
 * Provider pay by account or cost centre can be one or two people's pay: only the roles that hold
 * provider compensation see it broken down. Everyone else who reads budgets and actuals gets it as
 * one line for the whole organization (PROVIDER_PAY_KEY), and cannot plan or drill into it.
 */
export const PROVIDER_PAY_GROUP = AccountGroup.PROVIDER_SALARIES;
export const PROVIDER_PAY_KEY = 'PROVIDER_PAY';
export const PROVIDER_PAY_LABEL = 'Provider pay (all providers, all cost centres)';
export function seesProviderPay(ctx: { can(capability: Capability): boolean }): boolean {
  return ctx.can(Capability.PROVIDER_COMPENSATION);
}

export const GROUP_LABELS: Record<AccountGroup, string> = {
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

export const REVENUE_GROUPS = [AccountGroup.PATIENT_REVENUE, AccountGroup.OTHER_REVENUE];
const BALANCE_SHEET_KINDS: Partial<Record<AccountGroup, AccountKind>> = {
  CASH: AccountKind.ASSET,
  RECEIVABLES: AccountKind.ASSET,
  PAYABLES: AccountKind.LIABILITY,
  CLEARING: AccountKind.EQUITY,
};
export const kindOfGroup = (g: AccountGroup): AccountKind =>
  BALANCE_SHEET_KINDS[g] ?? (REVENUE_GROUPS.includes(g) ? AccountKind.REVENUE : AccountKind.EXPENSE);

export enum LedgerSource {
  BILL = 'BILL',
  PAYROLL = 'PAYROLL',
  PAYMENT = 'PAYMENT',
  IMPORT = 'IMPORT',
  JOURNAL = 'JOURNAL',
}
registerEnumType(LedgerSource, { name: 'LedgerSource' });

@ObjectType({ description: 'An account of the practice’s chart of accounts.' })
@Entity({ tableName: 'accounts' })
@Unique({ properties: ['organization', 'code'] })
export class Account extends OrgScopedEntity<'active'> {
  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => AccountKind)
  @Enum({ items: () => AccountKind })
  kind!: AccountKind;

  @Field(() => AccountGroup)
  @Enum({ items: () => AccountGroup })
  group!: AccountGroup;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  override auditLabel() {
    return `${this.code} ${this.name}`;
  }
}

@ObjectType({ description: 'Where money is budgeted and spent: a department or a location.' })
@Entity({ tableName: 'cost_centres' })
@Unique({ properties: ['organization', 'name'] })
export class CostCentre extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @ManyToOne({ entity: () => Department, nullable: true })
  department?: Department | null;

  @ManyToOne({ entity: () => Location, nullable: true })
  location?: Location | null;

  override auditLabel() {
    return this.name;
  }
}

@ObjectType({ description: 'A ledger entry: what was actually earned or spent.' })
@Entity({ tableName: 'ledger_entries' })
@Index({ properties: ['organization', 'date'] })
@Index({ properties: ['organization', 'account', 'costCentre', 'date'] })
@Unique({ properties: ['organization', 'postingKey', 'line'] })
export class LedgerEntry extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'date' })
  date!: string;

  @ManyToOne({ entity: () => Account })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  /** In the account's natural sign: positive = income on revenue, spending on expense, more cash, more owed. */
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  amount!: number;

  @Field(() => LedgerSource)
  @Enum({ items: () => LedgerSource })
  source!: LedgerSource;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  memo?: string | null;

  /** The posting this line belongs to: its key makes posting twice add nothing (an imported row, a bill's payment). */
  @Property({ type: 'string', length: 64 })
  postingKey!: string;

  /** The line's place in its posting, from 1. */
  @Property({ type: 'smallint', default: 1 })
  line!: number;

  /** The record the posting came from (a campaign's spend, a bill), for drilling back. */
  @Property({ type: 'uuid', nullable: true })
  sourceId?: string | null;
}

/** "This external account name means that account": remembered between imports. */
@Entity({ tableName: 'account_mappings' })
@Unique({ properties: ['organization', 'externalName'] })
export class AccountMapping extends OrgScopedEntity {
  @Property({ type: 'string', length: 200 })
  externalName!: string;

  @ManyToOne({ entity: () => Account })
  account!: Account;
}

/**
 * Actuals summed per account, cost centre and month, kept by database triggers on ledger_entries
 * (see the migrations), so variance reads a few hundred rows however large the ledger grows.
 * Never written by the application.
 */
@Entity({ tableName: 'ledger_month_totals', readonly: true })
export class LedgerMonthTotal {
  [PrimaryKeyProp]?: ['organization', 'account', 'costCentre', 'month'];

  @ManyToOne({ entity: () => Organization, primary: true, deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne({ entity: () => Account, primary: true, deleteRule: 'cascade' })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre, primary: true, deleteRule: 'cascade' })
  costCentre!: CostCentre;

  /** First day of the month. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: moneyColumn() })
  amount!: number;

  @Property({ type: 'integer' })
  entries!: number;
}
