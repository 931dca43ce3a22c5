import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow, Sensitive, SignedIn } from '../../core/allow';
import { Lifecycle } from '../../core/lifecycle';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { CostCentre } from '../ledger/ledger.entity';
import { Employee } from '../orgchart/orgchart.entity';
import { RuleCode, RuleSet } from './overtime';

registerEnumType(RuleSet, {
  name: 'OvertimeRuleSet',
  description:
    'FLSA: 1.5× over 40 h a week. CALIFORNIA: daily overtime and double time, the seventh day, meal premiums, and weekly overtime.',
});
registerEnumType(RuleCode, { name: 'OvertimeRule' });

const C = Capability;
/** Whoever may read a time card at all; whose card is the service's question (own, or entering/approving for others). */
export const CARD_READERS = [C.TIME_CARDS_OWN, C.TIME_CARDS_ENTER, C.TIME_CARDS_APPROVE_REPORTS, C.TIME_CARDS_APPROVE_ALL];
/** The practice's time keeping settings and payroll batches. */
export const PAYROLL = [C.TIME_CARDS_APPROVE_ALL];

export enum TimeCardStatus {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  LOCKED = 'LOCKED',
  EXPORTED = 'EXPORTED',
}
registerEnumType(TimeCardStatus, {
  name: 'TimeCardStatus',
  description: 'open → submitted by the employee → approved by the manager → locked → exported to payroll once.',
});

export const CARD_LIFECYCLE = new Lifecycle<TimeCardStatus>('time card', {
  OPEN: [TimeCardStatus.SUBMITTED],
  // Sent back to the employee, or approved.
  SUBMITTED: [TimeCardStatus.OPEN, TimeCardStatus.APPROVED],
  APPROVED: [TimeCardStatus.OPEN, TimeCardStatus.LOCKED, TimeCardStatus.EXPORTED],
  LOCKED: [TimeCardStatus.OPEN, TimeCardStatus.EXPORTED],
  // Reopening an exported card is the administrator's, and audited.
  EXPORTED: [TimeCardStatus.OPEN],
});
/** Cards whose entries no longer change (reopen first). */
export const CLOSED_STATUSES = [TimeCardStatus.APPROVED, TimeCardStatus.LOCKED, TimeCardStatus.EXPORTED];

export enum TimeEntryKind {
  WORK = 'WORK',
  PTO = 'PTO',
  SICK = 'SICK',
}
registerEnumType(TimeEntryKind, { name: 'TimeEntryKind', description: 'A shift worked (punches), or paid time off or sick hours.' });

@Sensitive()
@ObjectType({ description: 'Time keeping settings of the practice: workweek, overtime rules, punch rounding.' })
@Entity({ tableName: 'time_card_settings' })
@Unique({ properties: ['organization'] })
export class TimeCardSettings extends OrgScopedEntity<'workweekStartsOn' | 'ruleSet' | 'roundingMinutes' | 'adpCompanyCode'> {
  @SignedIn()
  @Field(() => Int, { description: 'The fixed workweek starts on this weekday: 1 = Monday … 7 = Sunday.' })
  @Property({ type: 'smallint' })
  workweekStartsOn: number = 7;

  @SignedIn()
  @Field(() => RuleSet)
  @Enum({ items: () => RuleSet })
  ruleSet: RuleSet = RuleSet.FLSA;

  @SignedIn()
  @Field(() => Int, { description: '0: punches are not rounded; 5, 6 or 15: clock-in and clock-out to the nearest that many minutes.' })
  @Property({ type: 'smallint' })
  roundingMinutes: number = 0;

  @Allow(...PAYROLL)
  @Field(() => String, { nullable: true, description: 'ADP company code (Co Code) for the paydata export.' })
  @Property({ type: 'string', length: 10, nullable: true })
  adpCompanyCode?: string | null;
}

@Sensitive()
@ObjectType({ description: 'A payroll batch: the approved cards of a period, exported once.' })
@Entity({ tableName: 'payroll_exports' })
@Unique({ properties: ['organization', 'number'] })
export class PayrollExport extends OrgScopedEntity<'exportedAt'> {
  @Allow(...PAYROLL)
  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Allow(...PAYROLL)
  @Field(() => String, { description: 'First day of the first workweek.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Allow(...PAYROLL)
  @Field(() => String, { description: 'Last day of the last workweek.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Allow(...PAYROLL)
  @Field(() => Int)
  @Property({ type: 'integer' })
  cardCount!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  exportedBy?: User | null;

  @Allow(...PAYROLL)
  @Field(() => Date)
  get exportedAt(): Date {
    return this.createdAt;
  }

  override auditLabel() {
    return `Payroll batch ${this.number}`;
  }
}

@Sensitive()
@ObjectType({ description: 'One employee’s workweek: the shifts and leave on it, the hours by rule, and where it is in approval.' })
@Entity({ tableName: 'time_cards' })
@Unique({ properties: ['organization', 'employee', 'weekStart'] })
@Index({ properties: ['organization', 'weekStart', 'status'] })
export class TimeCard extends OrgScopedEntity<
  | 'status'
  | 'revision'
  | 'workedMinutes'
  | 'regularMinutes'
  | 'overtimeMinutes'
  | 'doubleTimeMinutes'
  | 'ptoMinutes'
  | 'sickMinutes'
  | 'mealPremiums'
  | 'openShifts'
> {
  @ManyToOne({ entity: () => Employee, index: true })
  employee!: Employee;

  @Allow(...CARD_READERS)
  @Field(() => String, { description: 'First day of the workweek.' })
  @Property({ type: 'date' })
  weekStart!: string;

  @Allow(...CARD_READERS)
  @Field(() => TimeCardStatus)
  @Enum({ items: () => TimeCardStatus })
  status: TimeCardStatus = TimeCardStatus.OPEN;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'Corrections made so far: 0 is the card as punched.' })
  @Property({ type: 'integer' })
  revision: number = 0;

  // The week's hours by the rules, kept with the card at every change so lists and the export read them in one query.
  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  workedMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  regularMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  overtimeMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  doubleTimeMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  ptoMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  sickMinutes: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'Meal-break premiums earned (an hour’s pay each).' })
  @Property({ type: 'integer' })
  mealPremiums: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'Shifts with no clock-out yet (a missed clock-out once the day is over).' })
  @Property({ type: 'integer' })
  openShifts: number = 0;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  submittedAt?: Date | null;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  approvedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  approvedBy?: User | null;

  @ManyToOne({ entity: () => PayrollExport, nullable: true, deleteRule: 'set null' })
  exportBatch?: PayrollExport | null;

  override auditLabel() {
    const name = this.employee && (this.employee as Employee).firstName ? `${this.employee.fullName}, ` : '';
    return `${name}week of ${this.weekStart}`;
  }
}

@Sensitive()
@ObjectType({
  description:
    'A shift (clock-in, meal, clock-out, raw as punched) or PTO/sick hours. A correction supersedes an entry with a new one; the original is kept.',
})
@Entity({ tableName: 'time_entries' })
@Index({ properties: ['organization', 'employee', 'clockIn'] })
export class TimeEntry extends OrgScopedEntity<'supersededIn' | 'replaces' | 'minutes'> {
  @ManyToOne({ entity: () => TimeCard, deleteRule: 'cascade', index: true })
  card!: TimeCard;

  @ManyToOne({ entity: () => Employee })
  employee!: Employee;

  @Allow(...CARD_READERS)
  @Field(() => TimeEntryKind)
  @Enum({ items: () => TimeEntryKind })
  kind!: TimeEntryKind;

  @Allow(...CARD_READERS)
  @Field(() => String, { description: 'The workday: the local date the shift starts on.' })
  @Property({ type: 'date' })
  day!: string;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true, description: 'As punched; never rounded in storage.' })
  @Property({ type: Date, nullable: true })
  clockIn?: Date | null;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  mealStart?: Date | null;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  mealEnd?: Date | null;

  @Allow(...CARD_READERS)
  @Field(() => Date, { nullable: true, description: 'Null while on the clock (or a missed clock-out).' })
  @Property({ type: Date, nullable: true })
  clockOut?: Date | null;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'PTO or sick minutes (a shift’s worked minutes come from its punches).' })
  @Property({ type: 'integer' })
  minutes: number = 0;

  /** Where the shift was worked (cost centre and so location); absent: the employee's own. */
  @ManyToOne({ entity: () => CostCentre, nullable: true })
  costCentre?: CostCentre | null;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'The card revision that made it: 0 as punched, n by the nth correction.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int, { nullable: true, description: 'The correction that replaced or removed it; null while current.' })
  @Property({ type: 'integer', nullable: true })
  supersededIn?: number | null;

  @ManyToOne({ entity: () => TimeEntry, nullable: true, deleteRule: 'set null' })
  replaces?: TimeEntry | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  enteredBy?: User | null;

  override auditLabel() {
    return `${this.kind.toLowerCase()} ${this.day}`;
  }
}

@Sensitive()
@ObjectType({ description: 'A correction of a card: why, by whom, and which revision it made.' })
@Entity({ tableName: 'time_card_corrections' })
export class TimeCardCorrection extends OrgScopedEntity<'correctedAt'> {
  @ManyToOne({ entity: () => TimeCard, deleteRule: 'cascade', index: true })
  card!: TimeCard;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  @Property({ type: 'integer' })
  revision!: number;

  @Allow(...CARD_READERS)
  @Field(() => String)
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  correctedBy?: User | null;

  @Allow(...CARD_READERS)
  @Field(() => Date)
  get correctedAt(): Date {
    return this.createdAt;
  }
}
