import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../core/money';
import { Sensitive, SignedIn } from '../../core/allow';
import { StaffCategory } from '../orgchart/orgchart.entity';
import { CompaBand, PayBasis } from './compensation.entity';

export enum PayFlag {
  NO_BAND = 'NO_BAND',
  BELOW_BAND = 'BELOW_BAND',
  ABOVE_BAND = 'ABOVE_BAND',
  OUTSIDE_GUIDELINE = 'OUTSIDE_GUIDELINE',
  NEW_PAY_ABOVE_BAND = 'NEW_PAY_ABOVE_BAND',
}
registerEnumType(PayFlag, {
  name: 'PayFlag',
  description: 'What a reviewer should look at: pay outside its band, a proposal outside the guideline.',
});

@ObjectType({ description: 'A recommended merit increase range for a rating and a compa-ratio band.' })
export class GuidelineCell {
  @SignedIn()
  @Field(() => Int, { description: '1 (does not meet) … 5 (exceptional).' })
  rating!: number;

  @SignedIn()
  @Field(() => CompaBand)
  compaBand!: CompaBand;

  @SignedIn()
  @Field(() => Int, { description: 'Basis points of the rate (300 = 3%).' })
  minBps!: number;

  @SignedIn()
  @Field(() => Int)
  maxBps!: number;
}

@ObjectType({ description: 'The pool and what proposals use of it, in annual cents.' })
export class PoolUsage {
  @SignedIn()
  @Field(() => Money, { description: 'Annual pay of the eligible employees you can see, when the cycle opened.' })
  eligiblePayroll!: number;

  @SignedIn()
  @Field(() => Money)
  pool!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Raises at each FTE for a year, plus one-time bonuses.' })
  used!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Used, with each employee’s benefits load on top.' })
  usedWithBenefits!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Pool − used; never negative.' })
  remaining!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Used − pool when over; 0 otherwise.' })
  over!: number;

  @SignedIn()
  @Field(() => Boolean, { description: 'True when the figures leave out provider proposals (you may not see provider pay).' })
  staffOnly!: boolean;
}

@Sensitive()
@ObjectType({ description: 'Someone’s current pay against their band.' })
export class PaySummary {
  @SignedIn()
  @Field(() => ID)
  employeeId!: string;

  @SignedIn()
  @Field(() => String)
  name!: string;

  @SignedIn()
  @Field(() => String, { nullable: true })
  title!: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  department!: string | null;

  @SignedIn()
  @Field(() => ID, { nullable: true, description: 'The department’s id, for filters.' })
  departmentId!: string | null;

  @SignedIn()
  @Field(() => StaffCategory)
  category!: StaffCategory;

  @SignedIn()
  @Field(() => PayBasis)
  payBasis!: PayBasis;

  @SignedIn()
  @Field(() => Money)
  rate!: number;

  @SignedIn()
  @Field(() => Int)
  fteHundredths!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Pay for a year at this FTE.' })
  annualPay!: number;

  @SignedIn()
  @Field(() => Money, { nullable: true })
  bandMinimum!: number | null;

  @SignedIn()
  @Field(() => Money, { nullable: true })
  bandMidpoint!: number | null;

  @SignedIn()
  @Field(() => Money, { nullable: true })
  bandMaximum!: number | null;

  @SignedIn()
  @Field(() => Float, { nullable: true, description: 'Full-time annual pay ÷ band midpoint.' })
  compaRatio!: number | null;

  @SignedIn()
  @Field(() => Float, { nullable: true, description: '0 at the band minimum, 1 at its maximum.' })
  rangePosition!: number | null;

  @SignedIn()
  @Field(() => [PayFlag])
  flags!: PayFlag[];
}

@Sensitive()
@ObjectType({ description: 'One eligible employee on a merit-cycle worksheet.' })
export class WorksheetRow extends PaySummary {
  @SignedIn()
  @Field(() => ID, { description: 'The proposal.' })
  id!: string;

  @SignedIn()
  @Field(() => Int)
  version!: number;

  @SignedIn()
  @Field(() => ID, { nullable: true, description: 'The manager’s employee id.' })
  managerId!: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  managerName!: string | null;

  @SignedIn()
  @Field(() => Int)
  benefitsLoadBps!: number;

  @SignedIn()
  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @SignedIn()
  @Field(() => Int)
  meritBps!: number;

  @SignedIn()
  @Field(() => Money)
  adjustment!: number;

  @SignedIn()
  @Field(() => Money)
  bonus!: number;

  @SignedIn()
  @Field(() => String, { nullable: true })
  rationale!: string | null;

  @SignedIn()
  @Field(() => GuidelineCell, { nullable: true, description: 'The recommended range for this rating and compa-ratio.' })
  guideline!: GuidelineCell | null;

  @SignedIn()
  @Field(() => Money)
  newRate!: number;

  @SignedIn()
  @Field(() => Money)
  newAnnualPay!: number;

  @SignedIn()
  @Field(() => Money, {
    description:
      'Raise for a year plus bonus: new annual pay − current annual pay + bonus. Hourly: the new rate is rounded to the cent, then rate × 2,080 hours × FTE (rounded half away from zero to the cent) for the new rate against the same for the current one; the applied pay record carries that same new rate.',
  })
  cost!: number;

  @SignedIn()
  @Field(() => String, { nullable: true })
  proposedBy!: string | null;

  @SignedIn()
  @Field(() => Boolean, {
    description: 'Whether you may propose for this person: never yourself; providers and executives only by the administrator.',
  })
  mayPropose!: boolean;

  @SignedIn()
  @Field(() => String, {
    nullable: true,
    description:
      'Why the row is locked for you (a closed cycle, your own raise, the administrator’s to propose), in words to show beside the lock; null when you may propose.',
  })
  lockedBecause?: string | null;
}

@ObjectType()
export class CycleApplication {
  @SignedIn()
  @Field(() => Int, { description: 'New pay records written.' })
  payRecords!: number;

  @SignedIn()
  @Field(() => ID, { nullable: true, description: 'The draft budget whose salary and benefits lines were raised.' })
  budgetId!: string | null;

  @SignedIn()
  @Field(() => Int)
  budgetLinesChanged!: number;

  @SignedIn()
  @Field(() => Money, { description: 'Added to the draft budget’s salary and benefits lines.' })
  budgetIncrease!: number;
}

@ObjectType({ description: 'One manager’s people in a merit cycle: how many are eligible and how many have a proposal.' })
export class ManagerCompletion {
  @SignedIn()
  @Field(() => ID, {
    nullable: true,
    description: 'The manager’s employee id (for the worksheet’s manager filter); null for people with no manager in post.',
  })
  managerId!: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  managerName!: string | null;

  @SignedIn()
  @Field(() => Int)
  eligible!: number;

  @SignedIn()
  @Field(() => Int)
  proposed!: number;
}

@ObjectType({ description: 'An eligible person with no proposal yet: they get no raise if the cycle is approved as it stands.' })
export class UnproposedPerson {
  @SignedIn()
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @SignedIn()
  @Field(() => String)
  name!: string;

  @SignedIn()
  @Field(() => ID, { nullable: true })
  managerId!: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  managerName!: string | null;

  @SignedIn()
  @Field(() => Boolean, { description: 'The row is your own: nobody proposes their own raise.' })
  isYou!: boolean;
}

@ObjectType({ description: 'How far proposals have come, over the people you may see; counted by the database.' })
export class CycleCompletion {
  @SignedIn()
  @Field(() => Int)
  eligible!: number;

  @SignedIn()
  @Field(() => Int, { description: 'Eligible people someone has saved a proposal for (a 0% merit counts: it is a decision).' })
  proposed!: number;

  @SignedIn()
  @Field(() => Int, { description: 'eligible − proposed.' })
  missing!: number;

  @SignedIn()
  @Field(() => [ManagerCompletion], {
    description: 'By each person’s manager today (the occupant of the seat they report to), most missing first.',
  })
  byManager!: ManagerCompletion[];

  @SignedIn()
  @Field(() => [UnproposedPerson], { description: 'Who has no proposal, by manager then name.' })
  unproposed!: UnproposedPerson[];
}
