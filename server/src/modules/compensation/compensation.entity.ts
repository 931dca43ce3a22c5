import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Lifecycle } from '../../core/lifecycle';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Allow, Sensitive } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Employee, StaffCategory } from '../orgchart/orgchart.entity';
import { User } from '../../core/organization.entity';

const PAY_READERS = [Capability.COMPENSATION_OWN_READ, Capability.STAFF_COMPENSATION_READ, Capability.PROVIDER_COMPENSATION] as const;
const CYCLE_READERS = [Capability.STAFF_COMPENSATION_READ, Capability.PROVIDER_COMPENSATION] as const;

export enum PayBasis {
  SALARY = 'SALARY',
  HOURLY = 'HOURLY',
}
registerEnumType(PayBasis, {
  name: 'PayBasis',
  description: 'Salary: the rate is a full-time annual amount. Hourly: the rate is per hour (2,080 hours a full-time year).',
});

export enum PayChangeReason {
  HIRE = 'HIRE',
  MERIT = 'MERIT',
  ADJUSTMENT = 'ADJUSTMENT',
  PROMOTION = 'PROMOTION',
  CORRECTION = 'CORRECTION',
}
registerEnumType(PayChangeReason, { name: 'PayChangeReason' });

export enum CycleStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
  APPLIED = 'APPLIED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CycleStatus, {
  name: 'CycleStatus',
  description: 'open (proposals) → approved (by the administrator) → applied (new pay records written), or cancelled.',
});

export const CYCLE_LIFECYCLE = new Lifecycle<CycleStatus>('cycle', {
  OPEN: [CycleStatus.APPROVED, CycleStatus.CANCELLED],
  APPROVED: [CycleStatus.APPLIED, CycleStatus.CANCELLED],
  APPLIED: [],
  CANCELLED: [],
});

export enum CompaBand {
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}
registerEnumType(CompaBand, { name: 'CompaBand', description: 'Compa-ratio below 0.90, from 0.90 to 1.10, above 1.10.' });

/** One cell of a merit guideline matrix: for this rating and compa-ratio band, a recommended increase range. */
export interface Guideline {
  rating: number;
  compaBand: CompaBand;
  minBps: number;
  maxBps: number;
}

@Sensitive()
@ObjectType({ description: 'The pay range of a job (annual, full-time): compa-ratio is pay ÷ midpoint.' })
@Entity({ tableName: 'salary_bands' })
@Unique({ properties: ['organization', 'job'] })
export class SalaryBand extends OrgScopedEntity {
  @Allow(...CYCLE_READERS)
  @Field(() => String, { description: 'The job title the band applies to (the title of its positions).' })
  @Property({ type: 'string', length: 160 })
  job!: string;

  @Allow(...CYCLE_READERS)
  @Field(() => StaffCategory, { description: 'Provider bands are visible to those who may see provider pay only.' })
  @Enum({ items: () => StaffCategory })
  category!: StaffCategory;

  @Allow(...CYCLE_READERS)
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  minimum!: number;

  @Allow(...CYCLE_READERS)
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  midpoint!: number;

  @Allow(...CYCLE_READERS)
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  maximum!: number;

  override auditLabel() {
    return `${this.job} band`;
  }
}

@Sensitive()
@ObjectType({ description: 'Someone’s pay from a date on; the history is every record, newest first.' })
@Entity({ tableName: 'compensation_records' })
@Unique({ properties: ['organization', 'employee', 'effectiveFrom'] })
export class CompensationRecord extends OrgScopedEntity<'bonusTargetBps' | 'benefitsLoadBps' | 'cycle' | 'note'> {
  @ManyToOne({ entity: () => Employee, index: true })
  employee!: Employee;

  @Allow(...PAY_READERS)
  @Field(() => String)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Allow(...PAY_READERS)
  @Field(() => PayBasis)
  @Enum({ items: () => PayBasis })
  payBasis!: PayBasis;

  @Allow(...PAY_READERS)
  @Field(() => Money, { description: 'Annual full-time salary, or pay per hour.' })
  @Property({ type: moneyColumn() })
  rate!: number;

  @Allow(...PAY_READERS)
  @Field(() => Int, { description: 'FTE in hundredths (80 = 0.8).' })
  @Property({ type: 'integer' })
  fteHundredths!: number;

  @Allow(...PAY_READERS)
  @Field(() => Int, { description: 'Target bonus in basis points of annual pay (500 = 5%).' })
  @Property({ type: 'integer' })
  bonusTargetBps: number = 0;

  @Allow(...PAY_READERS)
  @Field(() => Int, { description: 'Benefits and payroll taxes in basis points of pay (2500 = 25%).' })
  @Property({ type: 'integer' })
  benefitsLoadBps: number = 0;

  @Allow(...PAY_READERS)
  @Field(() => PayChangeReason)
  @Enum({ items: () => PayChangeReason })
  reason!: PayChangeReason;

  @ManyToOne({ entity: () => CompensationCycle, nullable: true })
  cycle?: CompensationCycle | null;

  @Allow(...PAY_READERS)
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}

@ObjectType({ description: 'A merit cycle: a pool, guidelines, a proposal per eligible employee.' })
@Entity({ tableName: 'compensation_cycles' })
export class CompensationCycle extends OrgScopedEntity<
  | 'status'
  | 'poolBps'
  | 'poolAmount'
  | 'appliedAt'
  | 'approvedAt'
  | 'approvedBy'
  | 'eligibleAtApproval'
  | 'proposedAtApproval'
  | 'incompleteReason'
> {
  @Allow(...CYCLE_READERS)
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Allow(...CYCLE_READERS)
  @Field(() => String, { description: 'New pay takes effect on this date.' })
  @Property({ type: 'date' })
  effectiveDate!: string;

  @Allow(...CYCLE_READERS)
  @Field(() => CycleStatus)
  @Enum({ items: () => CycleStatus })
  status: CycleStatus = CycleStatus.OPEN;

  @Allow(...CYCLE_READERS)
  @Field(() => String, { description: 'Eligible: hired on or before this date, still employed, with a pay record.' })
  @Property({ type: 'date' })
  eligibleHiredBy!: string;

  @Allow(...CYCLE_READERS)
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  includeProviders!: boolean;

  @Allow(...CYCLE_READERS)
  @Field(() => Int, { nullable: true, description: 'The pool as basis points of eligible payroll (300 = 3%); or poolAmount.' })
  @Property({ type: 'integer', nullable: true })
  poolBps?: number | null;

  @Allow(...CYCLE_READERS)
  @Field(() => Money, { nullable: true })
  @Property({ type: moneyColumn(), nullable: true })
  poolAmount?: number | null;

  @Property({ type: 'json' })
  guidelines!: Guideline[];

  @Property({ type: Date, nullable: true })
  approvedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true })
  approvedBy?: User | null;

  @Allow(...CYCLE_READERS)
  @Field(() => Int, { nullable: true, description: 'Eligible people when the cycle was approved (every one, whoever reads it).' })
  @Property({ type: 'integer', nullable: true })
  eligibleAtApproval?: number | null;

  @Allow(...CYCLE_READERS)
  @Field(() => Int, { nullable: true, description: 'Of them, those with a proposal when the cycle was approved.' })
  @Property({ type: 'integer', nullable: true })
  proposedAtApproval?: number | null;

  @Allow(...CYCLE_READERS)
  @Field(() => String, {
    nullable: true,
    description: 'Why the approver went ahead with people still unproposed; null when everyone had a proposal.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  incompleteReason?: string | null;

  @Property({ type: Date, nullable: true })
  appliedAt?: Date | null;

  override auditLabel() {
    return this.name;
  }
}

/**
 * An eligible employee in a cycle: pay as it stood when the cycle opened (so the worksheet and the
 * pool do not move under people's feet), and what is proposed.
 */
@Entity({ tableName: 'compensation_proposals' })
@Unique({ properties: ['cycle', 'employee'] })
@Index({ properties: ['organization', 'cycle'] })
export class Proposal extends OrgScopedEntity<
  'rating' | 'meritBps' | 'adjustment' | 'bonus' | 'rationale' | 'proposedBy' | 'proposedAt' | 'bandMidpoint'
> {
  @ManyToOne({ entity: () => CompensationCycle, deleteRule: 'cascade' })
  cycle!: CompensationCycle;

  @ManyToOne({ entity: () => Employee })
  employee!: Employee;

  @Property({ type: 'boolean' })
  provider!: boolean;

  @Enum({ items: () => PayBasis })
  payBasis!: PayBasis;

  @Property({ type: moneyColumn() })
  rate!: number;

  @Property({ type: 'integer' })
  fteHundredths!: number;

  @Property({ type: 'integer' })
  benefitsLoadBps!: number;

  @Property({ type: moneyColumn(), nullable: true })
  bandMidpoint?: number | null;

  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'integer' })
  meritBps: number = 0;

  @Property({ type: moneyColumn() })
  adjustment: number = 0;

  @Property({ type: moneyColumn() })
  bonus: number = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  rationale?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  proposedBy?: User | null;

  @Property({ type: Date, nullable: true })
  proposedAt?: Date | null;
}
