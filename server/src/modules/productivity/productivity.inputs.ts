import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { PlanModel } from './productivity.entity';

@InputType({ description: 'A provider’s plan for a year. Terms the model does not use are stored as zero.' })
export class ProviderPlanInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Required with id.' })
  expectedVersion?: number;

  @Field(() => ID)
  providerId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => PlanModel)
  model!: PlanModel;

  @Field(() => Money, { defaultValue: 0 })
  baseSalary!: number;

  @Field(() => Int, { defaultValue: 0, description: 'wRVUs in hundredths.' })
  wrvuThresholdHundredths!: number;

  @Field(() => Money, { defaultValue: 0, description: 'Cents per whole wRVU above the threshold.' })
  ratePerWrvu!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Basis points of collections (3800 = 38 %).' })
  collectionsBps!: number;

  @Field(() => Money, { defaultValue: 0 })
  qualityBonus!: number;
}

@InputType({ description: 'A provider’s annual targets.' })
export class ProductivityTargetInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' })
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Required with id.' })
  expectedVersion?: number;

  @Field(() => ID)
  providerId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Patients per day worked, in tenths.' })
  patientsPerDayTenths!: number;

  @Field(() => Int)
  visits!: number;

  @Field(() => Int, { description: 'wRVUs in hundredths.' })
  wrvuHundredths!: number;

  @Field(() => Money)
  charges!: number;

  @Field(() => Money)
  collections!: number;
}

@InputType({
  description: 'Terms to change for one provider, or for every provider with a plan when providerId is omitted. Omitted terms stay.',
})
export class PlanChangeInput {
  @Field(() => ID, { nullable: true, description: 'Omit for all providers with a plan.' })
  providerId?: string;

  @Field(() => PlanModel, { nullable: true, description: 'Required to give a provider without a plan one.' })
  model?: PlanModel;

  @Field(() => Money, { nullable: true })
  baseSalary?: number;

  @Field(() => Int, { nullable: true })
  wrvuThresholdHundredths?: number;

  @Field(() => Money, { nullable: true })
  ratePerWrvu?: number;

  @Field(() => Int, { nullable: true })
  collectionsBps?: number;

  @Field(() => Money, { nullable: true })
  qualityBonus?: number;
}

@InputType()
export class WhatIfInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true, description: 'Annualize the actuals up to this date (default today).' })
  asOf?: string;

  @Field(() => [PlanChangeInput], {
    description: 'Applied in order: a change for all, then one for a provider, overrides it for that provider.',
  })
  changes!: PlanChangeInput[];
}
