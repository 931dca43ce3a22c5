import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Role } from './policy';

export enum BudgetCheckMode {
  IGNORE = 'IGNORE',
  WARN = 'WARN',
  STOP = 'STOP',
}

@Entity({ tableName: 'organizations' })
export class Organization extends BaseEntity<
  'fiscalYearStartMonth' | 'currency' | 'timeZone' | 'varianceThresholdBps' | 'budgetCheckMode'
> {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 80 })
  @Unique()
  slug!: string;

  /** 1 = January. Budgets' twelve months start here. */
  @Property({ type: 'integer' })
  fiscalYearStartMonth: number = 1;

  @Property({ type: 'string', length: 3 })
  currency: string = 'USD';

  @Property({ type: 'string', length: 64 })
  timeZone: string = 'America/New_York';

  /** Variances beyond this share of budget, unfavourably, are flagged (1000 = 10 %). */
  @Property({ type: 'integer', default: 1000 })
  varianceThresholdBps: number = 1000;

  /** What a budget check does when a bill or order would exceed the budget. */
  @Enum({ items: () => BudgetCheckMode, default: BudgetCheckMode.WARN })
  budgetCheckMode: BudgetCheckMode = BudgetCheckMode.WARN;
}

@Entity({ tableName: 'users' })
export class User extends BaseEntity {
  /** Stored lower-cased. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: Date, nullable: true })
  lastLoginAt?: Date | null;

  /** Loaded with the session on every request, in the same statement. */
  @OneToMany({ entity: () => Membership, mappedBy: 'user' })
  memberships = new Collection<Membership>(this);
}

@Entity({ tableName: 'memberships' })
@Unique({ properties: ['user', 'organization'] })
export class Membership extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Enum({ items: () => Role })
  role!: Role;

  /** Consultants' access ends on this date (exclusive); null means no end. */
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;
}
