import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../core/money';

export enum MeasureGrouping {
  CAMPAIGN = 'CAMPAIGN',
  CHANNEL = 'CHANNEL',
  LOCATION = 'LOCATION',
  MONTH = 'MONTH',
}
registerEnumType(MeasureGrouping, { name: 'MeasureGrouping' });

@ObjectType({
  description: 'What a campaign, channel, location or month cost and brought in. Ratios are null when undefined (nothing to divide by).',
})
export class CampaignMeasures {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Money, { description: 'Spend to date: spend dated up to the organization’s today. Every cost and ROI divides this.' })
  spend!: number;

  @Field(() => Money, { description: 'Spend dated after today: committed, not yet spent (in no cost or ROI).' })
  committed!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int, { description: 'Leads that reached an appointment (or beyond).' })
  scheduled!: number;

  @Field(() => Int, { description: 'Leads whose first visit happened.' })
  newPatients!: number;

  @Field(() => Int)
  lost!: number;

  @Field(() => Float, { nullable: true, description: 'scheduled ÷ leads.' })
  leadToScheduled?: number | null;

  @Field(() => Float, { nullable: true, description: 'new patients ÷ scheduled.' })
  scheduledToNewPatient?: number | null;

  @Field(() => Float, { nullable: true, description: 'new patients ÷ leads.' })
  leadToNewPatient?: number | null;

  @Field(() => Money, { nullable: true, description: 'spend ÷ leads.' })
  costPerLead?: number | null;

  @Field(() => Money, { nullable: true, description: 'spend ÷ new patients.' })
  costPerNewPatient?: number | null;

  @Field(() => Money, { description: 'New patients × the campaign’s first-year value estimate (an estimate until billing exists).' })
  attributedRevenue!: number;

  @Field(() => Float, { nullable: true, description: '(attributed revenue − spend) ÷ spend.' })
  roi?: number | null;

  @Field(() => Float, { nullable: true, description: 'Average days from inquiry to first visit.' })
  daysToFirstVisit?: number | null;
}

@ObjectType()
export class CampaignPacing {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => Money)
  budgetAmount!: number;

  @Field(() => Money, { description: 'Spend dated up to today: what has been spent so far.' })
  spend!: number;

  @Field(() => Money, { description: 'Spend entered with a date after today: committed, not yet spent.' })
  committed!: number;

  @Field(() => Float, { description: 'spend ÷ budget, to four decimals.' })
  spentShare!: number;

  @Field(() => Int, { description: 'The campaign’s length in days, first and last included.' })
  days!: number;

  @Field(() => Int, { description: 'Days of the campaign gone by, today included (0 before it starts).' })
  elapsedDays!: number;

  @Field(() => Float, { description: 'elapsedDays ÷ days, to four decimals.' })
  elapsedShare!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'spend ÷ (budget × elapsed share), from the exact figures and rounded once to two decimals: above 1 spends faster than time passes. Null before the start or without a budget.',
  })
  pace?: number | null;
}
