import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { RecurrenceFrequency } from './recurring-bill.entity';

@InputType()
export class RecurringBillLineInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => Money)
  amount!: number;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class RecurringBillInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new template.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => RecurrenceFrequency)
  frequency!: RecurrenceFrequency;

  @Field(() => String, {
    description: 'The invoice date of the next bill to create; later bills fall on the same day of the month (1–28).',
  })
  nextOn!: string;

  @Field(() => String, { nullable: true })
  endsOn?: string | null;

  @Field(() => [RecurringBillLineInput])
  lines!: RecurringBillLineInput[];

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;
}
