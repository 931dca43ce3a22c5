import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { StaffCategory } from '../orgchart/orgchart.entity';
import { CompaBand, PayBasis, PayChangeReason } from './compensation.entity';

@InputType()
export class SalaryBandInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  job!: string;

  @Field(() => StaffCategory)
  category!: StaffCategory;

  @Field(() => Money)
  minimum!: number;

  @Field(() => Money)
  midpoint!: number;

  @Field(() => Money)
  maximum!: number;
}

@InputType()
export class PayRecordInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String)
  effectiveFrom!: string;

  @Field(() => PayBasis)
  payBasis!: PayBasis;

  @Field(() => Money)
  rate!: number;

  @Field(() => Int)
  fteHundredths!: number;

  @Field(() => Int, { defaultValue: 0 })
  bonusTargetBps!: number;

  @Field(() => Int, { defaultValue: 0 })
  benefitsLoadBps!: number;

  @Field(() => PayChangeReason)
  reason!: PayChangeReason;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class GuidelineInput {
  @Field(() => Int)
  rating!: number;

  @Field(() => CompaBand)
  compaBand!: CompaBand;

  @Field(() => Int)
  minBps!: number;

  @Field(() => Int)
  maxBps!: number;
}

@InputType()
export class OpenCycleInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  effectiveDate!: string;

  @Field(() => String, { description: 'Eligible: hired on or before this date.' })
  eligibleHiredBy!: string;

  @Field(() => Boolean, { defaultValue: false })
  includeProviders!: boolean;

  @Field(() => Int, { nullable: true, description: 'Pool as basis points of eligible payroll; give this or poolAmount.' })
  poolBps?: number;

  @Field(() => Money, { nullable: true })
  poolAmount?: number;

  @Field(() => [GuidelineInput], { nullable: true, description: 'Omit for the standard matrix.' })
  guidelines?: GuidelineInput[];
}

@InputType()
export class ProposalInput {
  @Field(() => ID, { description: 'The worksheet row (proposal) id.' })
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Int, { nullable: true })
  rating?: number;

  @Field(() => Int, { description: 'Merit increase in basis points of the rate (350 = 3.5%).' })
  meritBps!: number;

  @Field(() => Money, { defaultValue: 0, description: 'Added to the rate, in the rate’s unit (annual or hourly).' })
  adjustment!: number;

  @Field(() => Money, { defaultValue: 0 })
  bonus!: number;

  @Field(() => String, { nullable: true, description: 'Required when the merit is outside the guideline.' })
  rationale?: string;
}

@InputType()
export class ApproveCycleInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Approve although some eligible people have no proposal (they get no raise in this cycle). Needs a reason.',
  })
  acknowledgeIncomplete!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the cycle is approved incomplete; required with acknowledgeIncomplete.' })
  reason?: string;
}
