import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Allow, Sensitive, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { User } from '../../core/organization.entity';
import { fromScaled } from '../../core/exact';

export enum StaffCategory {
  PHYSICIAN = 'PHYSICIAN',
  NURSE_PRACTITIONER = 'NURSE_PRACTITIONER',
  PHYSICIAN_ASSISTANT = 'PHYSICIAN_ASSISTANT',
  NURSE_MIDWIFE = 'NURSE_MIDWIFE',
  CLINICAL_STAFF = 'CLINICAL_STAFF',
  ADMINISTRATIVE_STAFF = 'ADMINISTRATIVE_STAFF',
  MANAGEMENT = 'MANAGEMENT',
}
registerEnumType(StaffCategory, {
  name: 'StaffCategory',
  description: 'Physician; advanced-practice provider (NP, PA, CNM); clinical, administrative or management staff.',
});

export const ADVANCED_PRACTICE = [StaffCategory.NURSE_PRACTITIONER, StaffCategory.PHYSICIAN_ASSISTANT, StaffCategory.NURSE_MIDWIFE];
export const PROVIDER_CATEGORIES = [StaffCategory.PHYSICIAN, ...ADVANCED_PRACTICE];
export const isProvider = (c: StaffCategory) => PROVIDER_CATEGORIES.includes(c);

/** The seat's level in the practice: what the org chart and headcount group by. */
export enum PositionTier {
  EXECUTIVE = 'EXECUTIVE',
  MANAGER = 'MANAGER',
  PROVIDER = 'PROVIDER',
  STAFF = 'STAFF',
}
registerEnumType(PositionTier, { name: 'PositionTier' });

export enum EmploymentType {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  PER_DIEM = 'PER_DIEM',
  CONTRACTOR = 'CONTRACTOR',
}
registerEnumType(EmploymentType, { name: 'EmploymentType' });

@ObjectType()
@Entity({ tableName: 'locations' })
@Unique({ properties: ['organization', 'name'] })
export class Location extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string | null;

  override auditLabel() {
    return this.name;
  }
}

@ObjectType()
@Entity({ tableName: 'departments' })
@Unique({ properties: ['organization', 'name'] })
export class Department extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  override auditLabel() {
    return this.name;
  }
}

/** A seat in the org chart. Who it reports to lives in effective-dated ReportingLines. */
@ObjectType({ description: 'A seat in the org chart; without a current employee it is a vacancy.' })
@Entity({ tableName: 'positions' })
export class Position extends OrgScopedEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  title!: string;

  @Field(() => StaffCategory, { description: 'Who may sit here; decides who may edit the seat.' })
  @Enum({ items: () => StaffCategory })
  category!: StaffCategory;

  @Field(() => PositionTier)
  @Enum({ items: () => PositionTier })
  tier!: PositionTier;

  @ManyToOne({ entity: () => Department, nullable: true })
  department?: Department | null;

  @ManyToOne({ entity: () => Location, nullable: true })
  location?: Location | null;

  @Field(() => String)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => String, { nullable: true, description: 'From this date on the seat is gone from the chart.' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  override auditLabel() {
    return this.title;
  }
}

/**
 * Position → the position it reports to administratively, and (mid-level providers) the physician
 * position that supervises it clinically, valid on [effectiveFrom, effectiveTo).
 */
@Entity({ tableName: 'reporting_lines' })
@Index({ properties: ['organization', 'effectiveFrom'] })
export class ReportingLine extends OrgScopedEntity {
  @ManyToOne({ entity: () => Position, index: true })
  position!: Position;

  @ManyToOne({ entity: () => Position, nullable: true })
  reportsTo?: Position | null;

  @ManyToOne({ entity: () => Position, nullable: true })
  clinicalSupervisor?: Position | null;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'date', nullable: true })
  effectiveTo?: string | null;
}

@Sensitive()
@ObjectType({ description: 'A person employed by the practice. Names and titles are for everyone; HR details are not.' })
@Entity({ tableName: 'employees' })
/** One work email names one person per organization: the service says so at input.workEmail, the index makes sure. */
@Unique({ properties: ['organization', 'workEmail'] })
export class Employee extends OrgScopedEntity<'fullName' | 'fte' | 'employmentType' | 'fteHundredths'> {
  @SignedIn()
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @SignedIn()
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @SignedIn()
  @Field(() => String)
  get fullName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  @SignedIn()
  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  workEmail!: string;

  @SignedIn()
  @Field(() => StaffCategory)
  @Enum({ items: () => StaffCategory })
  category!: StaffCategory;

  @Allow(Capability.PEOPLE_READ_DETAILS)
  @Field(() => EmploymentType, { nullable: true })
  @Enum({ items: () => EmploymentType })
  employmentType: EmploymentType = EmploymentType.FULL_TIME;

  /** Full-time equivalent in hundredths (100 = 1.0 FTE), kept as an integer to stay exact. */
  @Property({ type: 'integer' })
  fteHundredths: number = 100;

  @Allow(Capability.PEOPLE_READ_DETAILS)
  @Field(() => Float, { nullable: true, description: 'Full-time equivalent, e.g. 0.8.' })
  get fte(): number {
    return fromScaled(this.fteHundredths, 2);
  }

  @Allow(Capability.PEOPLE_READ_DETAILS)
  @Field(() => String, { nullable: true })
  @Property({ type: 'date' })
  hireDate!: string;

  @Allow(Capability.PEOPLE_READ_DETAILS)
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  /** The sign-in of this person, for self-service ("my team", my time cards, my pay). */
  @ManyToOne({ entity: () => User, nullable: true, index: true })
  user?: User | null;

  override auditLabel() {
    return this.fullName;
  }
}

/** Employee fills position on [startDate, endDate). A position with no current assignment is a vacancy. */
@Entity({ tableName: 'assignments' })
@Index({ properties: ['organization', 'startDate'] })
export class Assignment extends OrgScopedEntity {
  @ManyToOne({ entity: () => Employee, index: true })
  employee!: Employee;

  @ManyToOne({ entity: () => Position, index: true })
  position!: Position;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;
}
