import { Entity, Enum, ManyToOne, Property, Unique, wrap } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Lifecycle } from '../../core/lifecycle';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { User } from '../../core/organization.entity';

export const MONTH_KEYS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
export type MonthKey = (typeof MONTH_KEYS)[number];

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
registerEnumType(BudgetStatus, {
  name: 'BudgetStatus',
  description: 'draft → submitted → approved → locked; a rejection returns to draft.',
});

export const BUDGET_LIFECYCLE = new Lifecycle<BudgetStatus>('budget', {
  DRAFT: [BudgetStatus.SUBMITTED],
  SUBMITTED: [BudgetStatus.APPROVED, BudgetStatus.DRAFT],
  APPROVED: [BudgetStatus.LOCKED],
  LOCKED: [],
});

@ObjectType({ description: 'One fiscal year of the organization in one version.' })
@Entity({ tableName: 'budgets' })
@Unique({ properties: ['organization', 'fiscalYear', 'budgetVersion'] })
export class Budget extends OrgScopedEntity<'status' | 'submittedBy'> {
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

  /** Who submitted it last: the preparer told when it is sent back or approved. */
  @ManyToOne({ entity: () => User, nullable: true })
  submittedBy?: User | null;

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
