import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique, wrap } from '@mikro-orm/core';
import { Organization } from '../../core/organization.entity';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Department, Location } from '../orgchart/orgchart.entity';

export const MONTH_KEYS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];

export enum AccountKind {
  REVENUE = 'REVENUE',
  EXPENSE = 'EXPENSE',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'Decides whether a variance is favourable.' });

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
}
registerEnumType(AccountGroup, { name: 'AccountGroup' });

export const GROUP_LABELS: Record<AccountGroup, string> = {
  PATIENT_REVENUE: 'Patient revenue', OTHER_REVENUE: 'Other revenue', PROVIDER_SALARIES: 'Provider salaries',
  STAFF_SALARIES: 'Staff salaries', BENEFITS: 'Benefits and payroll taxes', OCCUPANCY: 'Occupancy',
  MEDICAL_SUPPLIES: 'Medical supplies', OFFICE_SUPPLIES: 'Office supplies', EQUIPMENT: 'Equipment',
  MARKETING: 'Marketing', IT: 'IT', INSURANCE: 'Insurance', PROFESSIONAL_FEES: 'Professional fees',
  OTHER_EXPENSE: 'Other expenses',
};

export const REVENUE_GROUPS = [AccountGroup.PATIENT_REVENUE, AccountGroup.OTHER_REVENUE];
export const kindOfGroup = (g: AccountGroup) => (REVENUE_GROUPS.includes(g) ? AccountKind.REVENUE : AccountKind.EXPENSE);

export enum BudgetVersion {
  ORIGINAL = 'ORIGINAL',
  REVISED = 'REVISED',
  FORECAST = 'FORECAST',
}
registerEnumType(BudgetVersion, { name: 'BudgetVersion' });

export enum BudgetStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  LOCKED = 'LOCKED',
}
registerEnumType(BudgetStatus, { name: 'BudgetStatus', description: 'draft → submitted → approved → locked; a rejection returns to draft.' });

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

@ObjectType({ description: 'One fiscal year of the organization in one version.' })
@Entity({ tableName: 'budgets' })
@Unique({ properties: ['organization', 'fiscalYear', 'budgetVersion'] })
export class Budget extends OrgScopedEntity<'status'> {
  @Field(() => Int, { description: 'The calendar year in which the fiscal year starts.' })
  @Property({ type: 'integer' })
  fiscalYear!: number;

  /** Original, revised or forecast (named so as not to clash with the optimistic-lock `version`). */
  @Field(() => BudgetVersion)
  @Enum({ items: () => BudgetVersion })
  budgetVersion!: BudgetVersion;

  @Field(() => BudgetStatus)
  @Enum({ items: () => BudgetStatus })
  status: BudgetStatus = BudgetStatus.DRAFT;

  @Field(() => Int, { description: 'First month of the fiscal year (1 = January).' })
  @Property({ type: 'integer' })
  startMonth!: number;

  @Field(() => String, { nullable: true, description: 'Why the administrator sent it back.' })
  @Property({ type: 'text', nullable: true })
  rejectionComment?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  approvedAt?: Date | null;

  override auditLabel() {
    return `FY${this.fiscalYear} ${this.budgetVersion.toLowerCase()} budget`;
  }
}

/** Twelve monthly amounts (fiscal month 1 = m01) for one account and cost centre, in minor units. */
@ObjectType({ description: 'Twelve monthly amounts for one account and cost centre.' })
@Entity({ tableName: 'budget_lines' })
@Unique({ properties: ['budget', 'account', 'costCentre'] })
export class BudgetLine extends OrgScopedEntity<MonthKey | 'months' | 'total'> {
  @ManyToOne({ entity: () => Budget, deleteRule: 'cascade', index: true })
  budget!: Budget;

  @ManyToOne({ entity: () => Account })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  @Property({ type: moneyColumn(), default: 0 })
  m01: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m02: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m03: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m04: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m05: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m06: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m07: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m08: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m09: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m10: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m11: number = 0;

  @Property({ type: moneyColumn(), default: 0 })
  m12: number = 0;

  @Field(() => [Money], { description: 'Twelve amounts, fiscal month 1 first.' })
  get months(): number[] {
    return MONTH_KEYS.map((k) => this[k]);
  }

  set months(values: number[]) {
    MONTH_KEYS.forEach((k, i) => (this[k] = values[i] ?? 0));
  }

  @Field(() => Money)
  get total(): number {
    return MONTH_KEYS.reduce((sum, k) => sum + this[k], 0);
  }

  override auditLabel() {
    if (![this.account, this.costCentre, this.budget].every((e) => wrap(e).isInitialized())) return undefined;
    return `${this.budget.auditLabel()}: ${this.account.code} ${this.account.name} · ${this.costCentre.name}`;
  }
}

@ObjectType({ description: 'A ledger entry: what was actually earned or spent.' })
@Entity({ tableName: 'ledger_entries' })
@Index({ properties: ['organization', 'date'] })
@Index({ properties: ['organization', 'account', 'costCentre', 'date'] })
@Unique({ properties: ['organization', 'dedupeKey'] })
export class LedgerEntry extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'date' })
  date!: string;

  @ManyToOne({ entity: () => Account })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  /** Positive = income on revenue accounts, spending on expense accounts. */
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  amount!: number;

  @Field(() => LedgerSource)
  @Enum({ items: () => LedgerSource })
  source!: LedgerSource;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  memo?: string | null;

  /** Identifies an imported row, so importing the same file twice adds nothing. */
  @Property({ type: 'string', length: 64 })
  dedupeKey!: string;
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
