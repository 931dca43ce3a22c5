import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { CampaignChannel, LeadStage } from './campaign.entity';

@InputType()
export class CampaignInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  name!: string;

  @Field(() => CampaignChannel)
  channel!: CampaignChannel;

  @Field(() => String, { nullable: true })
  objective?: string;

  @Field(() => String, { nullable: true })
  serviceLine?: string;

  @Field(() => ID, { nullable: true })
  locationId?: string;

  @Field(() => String)
  startDate!: string;

  @Field(() => String)
  endDate!: string;

  @Field(() => Money)
  budgetAmount!: number;

  @Field(() => ID, { nullable: true, description: 'A marketing line of an approved budget.' })
  budgetLineId?: string;

  @Field(() => String)
  trackingCode!: string;

  @Field(() => Money, { defaultValue: 0 })
  newPatientValueEstimate!: number;
}

@InputType()
export class SpendInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String)
  date!: string;

  @Field(() => Money)
  amount!: number;

  @Field(() => String, { nullable: true })
  memo?: string;
}

@InputType()
export class LeadInput {
  @Field(() => String)
  inquiryDate!: string;

  @Field(() => String, { nullable: true, description: 'A tracking code attributes the lead to its campaign.' })
  source?: string;

  @Field(() => ID, { nullable: true, description: 'Chosen by staff ("how did you hear about us").' })
  campaignId?: string;

  @Field(() => String, { nullable: true })
  serviceWanted?: string;

  @Field(() => String, { nullable: true })
  contactName?: string;

  @Field(() => String, { nullable: true })
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string;
}

@InputType()
export class MoveLeadInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => LeadStage)
  stage!: LeadStage;

  @Field(() => String, { description: 'When it happened.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Required when the lead is lost.' })
  lostReason?: string;
}
