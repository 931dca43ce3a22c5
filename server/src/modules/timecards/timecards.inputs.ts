import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RuleSet } from './overtime';
import { TimeEntryKind } from './timecards.entity';

export enum ClockAction {
  IN = 'IN',
  MEAL_START = 'MEAL_START',
  MEAL_END = 'MEAL_END',
  OUT = 'OUT',
}
registerEnumType(ClockAction, { name: 'ClockAction', description: 'A punch at the time clock, now.' });

@InputType({
  description: 'A shift or PTO/sick hours entered by hand; with replacesEntryId, a correction of an entry (a reason is required).',
})
export class TimeEntryInput {
  @Field(() => ID, { nullable: true, description: 'Whose card; absent: your own.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The entry this corrects (it is kept, superseded by the new one).' })
  replacesEntryId?: string | null;

  @Field(() => TimeEntryKind)
  kind!: TimeEntryKind;

  @Field(() => String, { description: 'The workday (YYYY-MM-DD): the day the shift starts.' })
  day!: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, local time (shifts).' })
  clockIn?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM; absent: still on the clock.' })
  clockOut?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The clock-out (and any meal before clock-in’s time) is on the next day.' })
  endsNextDay!: boolean;

  @Field(() => String, { nullable: true })
  mealStart?: string | null;

  @Field(() => String, { nullable: true })
  mealEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'PTO or sick minutes.' })
  minutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'Where the shift was worked; absent: the employee’s own cost centre.' })
  costCentreId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: required for a correction or for entering someone else’s time.' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The card’s version as you saw it: a stale one gets CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType()
export class TimeCardSettingsInput {
  @Field(() => Int)
  workweekStartsOn!: number;

  @Field(() => RuleSet)
  ruleSet!: RuleSet;

  @Field(() => Int)
  roundingMinutes!: number;

  @Field(() => String, { nullable: true })
  adpCompanyCode?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
