import { Field, Int, ObjectType } from 'type-graphql';
import { Allow, Sensitive } from '../../core/allow';
import { Money } from '../../core/money';
import { Capability } from '../../core/policy';
import { RuleCode } from './overtime';
import { CARD_READERS } from './timecards.entity';

/** Own pay, or staff pay for those who read it (the service returns null otherwise). */
export const PAY_READERS = [Capability.COMPENSATION_OWN_READ, Capability.STAFF_COMPENSATION_READ, Capability.PROVIDER_COMPENSATION];

@Sensitive()
@ObjectType({ description: 'One day of a card by the rules.' })
export class TimeCardDay {
  @Allow(...CARD_READERS)
  @Field(() => String)
  day!: string;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  workedMinutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  regularMinutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  overtimeMinutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  doubleTimeMinutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  mealPremiums!: number;

  @Allow(...CARD_READERS)
  @Field(() => Boolean, { description: 'Over 5 hours worked without a 30-minute meal by the end of the fifth hour.' })
  missedMeal!: boolean;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  ptoMinutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => Int)
  sickMinutes!: number;
}

@Sensitive()
@ObjectType({ description: 'A rule and the hours it produced on the card.' })
export class TimeCardRule {
  @Allow(...CARD_READERS)
  @Field(() => RuleCode)
  rule!: RuleCode;

  @Allow(...CARD_READERS)
  @Field(() => String)
  label!: string;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'Minutes (rounding: rounded minus as punched; meal premium: 60 per premium hour).' })
  minutes!: number;

  @Allow(...CARD_READERS)
  @Field(() => [String])
  days!: string[];
}

@Sensitive()
@ObjectType({ description: 'Estimated gross pay of the week at the hourly rate in effect, to the cent.' })
export class TimeCardPay {
  @Allow(...PAY_READERS)
  @Field(() => Money)
  hourlyRate!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  regular!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  overtime!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  doubleTime!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  mealPremium!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  pto!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  sick!: number;

  @Allow(...PAY_READERS)
  @Field(() => Money)
  total!: number;
}

@Sensitive()
@ObjectType({ description: 'An entry’s punches as local wall-clock times (HH:MM) of the organization.' })
export class TimeEntryTimes {
  @Allow(...CARD_READERS)
  @Field(() => String, { nullable: true })
  clockIn!: string | null;

  @Allow(...CARD_READERS)
  @Field(() => String, { nullable: true })
  mealStart!: string | null;

  @Allow(...CARD_READERS)
  @Field(() => String, { nullable: true })
  mealEnd!: string | null;

  @Allow(...CARD_READERS)
  @Field(() => String, { nullable: true })
  clockOut!: string | null;

  @Allow(...CARD_READERS)
  @Field(() => Boolean, { description: 'The clock-out is on the day after the workday.' })
  endsNextDay!: boolean;

  @Allow(...CARD_READERS)
  @Field(() => Int, { description: 'Minutes worked as punched (before any rounding), meal taken out; 0 while open.' })
  workedMinutes!: number;
}
