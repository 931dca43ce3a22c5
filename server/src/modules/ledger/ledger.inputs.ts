import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { AccountGroup } from './ledger.entity';

@InputType()
export class JournalEntryInput {
  @Field(() => String)
  date!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => Money, { description: 'Positive: income on revenue accounts, spending on expense accounts.' })
  amount!: number;

  @Field(() => String, { nullable: true })
  memo?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The account on the other side (cash, payables…); without one, the clearing account: the other side is kept in the practice’s accounting system.',
  })
  offsetAccountId?: string;
}

@InputType({ description: 'Which CSV column holds what (header names as in the file).' })
export class ActualsColumnsInput {
  @Field(() => String)
  date!: string;

  @Field(() => String)
  account!: string;

  @Field(() => String, { description: 'Class or department.' })
  costCentre!: string;

  @Field(() => String, { nullable: true, description: 'A signed amount column…' })
  amount?: string;

  @Field(() => String, { nullable: true, description: '…or a debit column and a credit column.' })
  debit?: string;

  @Field(() => String, { nullable: true })
  credit?: string;

  @Field(() => String, { nullable: true })
  memo?: string;
}

@InputType()
export class AccountMappingInput {
  @Field(() => String, { description: 'The account as written in the export.' })
  externalName!: string;

  @Field(() => ID)
  accountId!: string;
}

@InputType()
export class ImportActualsInput {
  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'The CSV text.' })
  csv!: string;

  @Field(() => ActualsColumnsInput)
  columns!: ActualsColumnsInput;

  @Field(() => [AccountMappingInput], { defaultValue: [], description: 'Remembered for the next import.' })
  accountMappings!: AccountMappingInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count every row, write nothing.' })
  dryRun!: boolean;
}

@InputType()
export class AccountInput {
  @Field(() => ID, { nullable: true })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AccountGroup)
  group!: AccountGroup;

  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;
}

@InputType()
export class YearTotalInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Money, { description: 'The year’s total in cents: income on revenue accounts, spending on expense accounts.' })
  amount!: number;
}

@InputType({ description: 'A year’s totals per account, as on the accountant’s income statement.' })
export class RecordYearTotalsInput {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => [YearTotalInput])
  totals!: YearTotalInput[];
}
