import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, moneyColumn } from '../../core/money';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { Vendor } from './vendor.entity';

export enum RecurrenceFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  ANNUALLY = 'ANNUALLY',
}
registerEnumType(RecurrenceFrequency, { name: 'RecurrenceFrequency' });

export const MONTHS_BETWEEN: Record<RecurrenceFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, ANNUALLY: 12 };

@ObjectType({ description: 'A line every bill from the template carries.' })
export class RecurringBillLine {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => Money)
  amount!: number;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType({ description: 'Rent, utilities, lab, software: a bill the practice gets on a schedule, entered for it on the day.' })
@Entity({ tableName: 'recurring_bills' })
@Index({ properties: ['organization', 'active', 'nextOn'] })
export class RecurringBill extends OrgScopedEntity<'active' | 'billsCreated'> {
  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @ManyToOne({ entity: () => Vendor })
  vendor!: Vendor;

  @Field(() => RecurrenceFrequency)
  @Enum({ items: () => RecurrenceFrequency })
  frequency!: RecurrenceFrequency;

  @Field(() => String, {
    description: 'The invoice date of the next bill the template creates; each later one falls on the same day of the month.',
  })
  @Property({ type: 'date' })
  nextOn!: string;

  @Field(() => String, { nullable: true, description: 'No bill is created after this day (a lease’s end).' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Field(() => [RecurringBillLine])
  @Property({ type: 'json' })
  lines!: RecurringBillLine[];

  @Field(() => Money)
  @Property({ type: moneyColumn() })
  total!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Int, { description: 'Bills created from this template so far.' })
  @Property({ type: 'integer' })
  billsCreated: number = 0;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  override auditLabel() {
    return this.name;
  }
}
