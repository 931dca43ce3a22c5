import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';

@InputType()
export class SupplyInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new supply.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => ID, { nullable: true, description: 'The expense account for its orders; the vendor’s default account when absent.' })
  accountId?: string | null;

  @Field(() => ID, { description: 'Where it is kept.' })
  costCentreId!: string;

  @Field(() => Money)
  unitPrice!: number;

  @Field(() => Float, { description: 'Average units used a day, at most two decimals.' })
  dailyUse!: number;

  @Field(() => Int)
  leadTimeDays!: number;

  @Field(() => Int)
  safetyStock!: number;

  @Field(() => Int)
  parLevel!: number;

  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;
}

@InputType()
export class SupplyCountLineInput {
  @Field(() => ID)
  supplyId!: string;

  @Field(() => Int, { description: 'Units on the shelf.' })
  onHand!: number;
}

@InputType()
export class SupplyCountInput {
  @Field(() => String)
  countedOn!: string;

  @Field(() => [SupplyCountLineInput])
  counts!: SupplyCountLineInput[];
}
