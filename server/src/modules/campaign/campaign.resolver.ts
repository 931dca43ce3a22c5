import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { related } from '../../core/loaders';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Location } from '../orgchart/orgchart.entity';
import { Campaign, CampaignSpend, CampaignStatus, Lead, LeadStage } from './campaign.entity';
import { CampaignInput, LeadInput, MoveLeadInput, SpendInput } from './campaign.inputs';
import { CampaignService } from './campaign.service';
import { CampaignMeasures, CampaignPacing, MeasureGrouping } from './campaign.types';
import { ImportRowError } from '../../core/import';
import { BudgetLine } from '../budget/budget.entity';
import { Money } from '../../core/money';

const READ = Capability.CAMPAIGNS_READ;
const EDIT = Capability.CAMPAIGNS_EDIT;

@ObjectType()
export class SavedCampaign {
  @Field(() => Campaign)
  campaign!: Campaign;

  @Field(() => String, { nullable: true, description: 'Set when campaigns on its budget line commit more than the line holds.' })
  warning?: string | null;
}

@ObjectType()
export class LeadImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'A dry run: every row checked and counted, nothing written.' })
  dryRun!: boolean;

  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  duplicates!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType()
export class SpendImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'A dry run: every row checked and counted, nothing written.' })
  dryRun!: boolean;

  @Field(() => Int)
  imported!: number;

  @Field(() => Int, { description: 'Rows already imported from an earlier file.' })
  duplicates!: number;

  @Field(() => Money, { description: 'Sum of the imported spend.' })
  total!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@Resolver()
export class CampaignResolver {
  @Allow(READ)
  @Query(() => [Campaign])
  campaigns(@Ctx() ctx: Context) {
    return new CampaignService(ctx).campaigns();
  }

  @Allow(READ)
  @Query(() => Campaign)
  campaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new CampaignService(ctx).campaign(id);
  }

  @Allow(READ)
  @Query(() => [CampaignMeasures], {
    description: 'Spend, funnel, cost per lead and per new patient, ROI — per campaign, channel, location or month.',
  })
  campaignMeasures(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => MeasureGrouping, { defaultValue: MeasureGrouping.CAMPAIGN }) groupBy: MeasureGrouping,
    @Arg('from', () => String, { nullable: true }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Exclusive.' }) to?: string,
  ) {
    return new CampaignService(ctx).measures(groupBy, from ?? undefined, to ?? undefined);
  }

  @Allow(READ)
  @Query(() => [Lead])
  leads(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId?: string,
    @Arg('stage', () => LeadStage, { nullable: true }) stage?: LeadStage,
  ) {
    return new CampaignService(ctx).leads(campaignId ?? undefined, stage ?? undefined);
  }

  @Allow(EDIT)
  @Mutation(() => SavedCampaign)
  async saveCampaign(@Ctx() ctx: Context, @Arg('input', () => CampaignInput) input: CampaignInput): Promise<SavedCampaign> {
    const service = new CampaignService(ctx);
    const campaign = await service.save(input);
    return { campaign, warning: await service.overcommitment(campaign) };
  }

  @Allow(EDIT)
  @Mutation(() => Campaign)
  setCampaignStatus(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('status', () => CampaignStatus) status: CampaignStatus) {
    return new CampaignService(ctx).setStatus(id, status);
  }

  @Allow(EDIT)
  @Mutation(() => CampaignSpend, { description: 'Records spend and posts it once to the ledger (marketing account).' })
  addCampaignSpend(@Ctx() ctx: Context, @Arg('input', () => SpendInput) input: SpendInput) {
    return new CampaignService(ctx).addSpend(input);
  }

  @Allow(EDIT, Capability.LEAD_CONTACTS_READ)
  @Mutation(() => Lead, { description: 'A new inquiry, attributed by tracking code or by the campaign chosen.' })
  addLead(@Ctx() ctx: Context, @Arg('input', () => LeadInput) input: LeadInput) {
    return new CampaignService(ctx).addLead(input);
  }

  @Allow(EDIT, Capability.LEAD_CONTACTS_READ)
  @Mutation(() => Lead)
  moveLead(@Ctx() ctx: Context, @Arg('input', () => MoveLeadInput) input: MoveLeadInput) {
    return new CampaignService(ctx).moveLead(input);
  }

  @Allow(EDIT)
  @Mutation(() => LeadImportResult, { description: 'CSV with date, source (tracking code), name, phone, email, service; all or nothing.' })
  importLeads(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and count every row, write nothing.' }) dryRun: boolean,
  ) {
    return new CampaignService(ctx).importLeads(csv, dryRun);
  }

  @Allow(EDIT)
  @Mutation(() => SpendImportResult, {
    description:
      'CSV with date, amount (or cost) and tracking code (or campaign) per row, as ad platforms export it; all or nothing, each row posted once.',
  })
  importCampaignSpend(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and count every row, write nothing.' }) dryRun: boolean,
  ) {
    return new CampaignService(ctx).importSpend(csv, dryRun);
  }
}

@Resolver(() => Campaign)
export class CampaignFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Location, { nullable: true })
  location(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return related(ctx, Location, campaign.location);
  }

  @Allow(Capability.BUDGETS_READ)
  @FieldResolver(() => BudgetLine, { nullable: true, description: 'The marketing budget line the campaign draws on.' })
  budgetLine(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return related(ctx, BudgetLine, campaign.budgetLine);
  }

  @Allow(READ)
  @FieldResolver(() => CampaignPacing)
  pacing(@Root() campaign: Campaign, @Ctx() ctx: Context) {
    return new CampaignService(ctx).pacing(campaign);
  }
}

@Resolver(() => Lead)
export class LeadFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() lead: Lead, @Ctx() ctx: Context) {
    return related(ctx, Campaign, lead.campaign);
  }
}
