import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware, registerEnumType } from 'type-graphql';
import { AuditRead } from '../../core/audit/audit-reads';
import { Lifecycle } from '../../core/lifecycle';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Allow, Sensitive, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Location } from '../orgchart/orgchart.entity';
import { BudgetLine } from '../budget/budget.entity';

export enum CampaignChannel {
  SEARCH_ADS = 'SEARCH_ADS',
  SOCIAL = 'SOCIAL',
  PRINT = 'PRINT',
  DIRECT_MAIL = 'DIRECT_MAIL',
  RADIO = 'RADIO',
  COMMUNITY_EVENT = 'COMMUNITY_EVENT',
  REFERRAL_PROGRAM = 'REFERRAL_PROGRAM',
  EMAIL = 'EMAIL',
  OTHER = 'OTHER',
}
registerEnumType(CampaignChannel, { name: 'CampaignChannel' });

export enum CampaignStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'planned → active ⇄ paused → completed, or cancelled.' });

export const CAMPAIGN_LIFECYCLE = new Lifecycle<CampaignStatus>('campaign', {
  PLANNED: [CampaignStatus.ACTIVE, CampaignStatus.CANCELLED],
  ACTIVE: [CampaignStatus.PAUSED, CampaignStatus.COMPLETED, CampaignStatus.CANCELLED],
  PAUSED: [CampaignStatus.ACTIVE, CampaignStatus.COMPLETED, CampaignStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
});

export enum LeadStage {
  INQUIRY = 'INQUIRY',
  SCHEDULED = 'SCHEDULED',
  NEW_PATIENT = 'NEW_PATIENT',
  LOST = 'LOST',
}
registerEnumType(LeadStage, { name: 'LeadStage', description: 'inquiry → appointment scheduled → new patient (first visit), or lost.' });

@ObjectType({ description: 'A marketing campaign that should bring in new patients.' })
@Entity({ tableName: 'campaigns' })
@Unique({ properties: ['organization', 'trackingCode'] })
export class Campaign extends OrgScopedEntity<'status'> {
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => CampaignChannel)
  @Enum({ items: () => CampaignChannel })
  channel!: CampaignChannel;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  objective?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. pediatrics, sports medicine, women’s health.' })
  @Property({ type: 'string', length: 120, nullable: true })
  serviceLine?: string | null;

  @ManyToOne({ entity: () => Location, nullable: true })
  location?: Location | null;

  @Field(() => String)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => CampaignStatus)
  @Enum({ items: () => CampaignStatus })
  status: CampaignStatus = CampaignStatus.PLANNED;

  @Field(() => Money, { description: 'What the campaign may spend, in cents.' })
  @Property({ type: moneyColumn() })
  budgetAmount!: number;

  /** The marketing budget line the campaign draws on; its spend posts to that account and cost centre. */
  @ManyToOne({ entity: () => BudgetLine, nullable: true, deleteRule: 'set null' })
  budgetLine?: BudgetLine | null;

  @Field(() => String, { description: 'Promo code, UTM value or call-tracking number; unique in the practice.' })
  @Property({ type: 'string', length: 80 })
  trackingCode!: string;

  @Field(() => Money, { description: 'Estimated first-year revenue of a new patient, until billing data exists.' })
  @Property({ type: moneyColumn() })
  newPatientValueEstimate!: number;

  override auditLabel() {
    return this.name;
  }
}

@ObjectType({ description: 'Money spent on a campaign on a day.' })
@Entity({ tableName: 'campaign_spend' })
@Unique({ properties: ['organization', 'dedupeKey'] })
export class CampaignSpend extends OrgScopedEntity {
  @ManyToOne({ entity: () => Campaign, index: true, deleteRule: 'cascade' })
  campaign!: Campaign;

  @Field(() => String)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Money)
  @Property({ type: moneyColumn() })
  amount!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  memo?: string | null;

  @Property({ type: 'string', length: 64 })
  dedupeKey!: string;
}

@Sensitive()
@ObjectType({ description: 'Someone who inquired, attributed to a campaign. Contact details are personal data.' })
@Entity({ tableName: 'leads' })
@Index({ properties: ['organization', 'campaign', 'stage'] })
@Unique({ properties: ['organization', 'dedupeKey'] })
export class Lead extends OrgScopedEntity<'stage'> {
  @ManyToOne({ entity: () => Campaign, nullable: true, deleteRule: 'set null' })
  campaign?: Campaign | null;

  @SignedIn()
  @Field(() => String)
  @Property({ type: 'date' })
  inquiryDate!: string;

  @SignedIn()
  @Field(() => String, { nullable: true, description: 'Tracking code or "how did you hear about us".' })
  @Property({ type: 'string', length: 120, nullable: true })
  source?: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  serviceWanted?: string | null;

  @SignedIn()
  @Field(() => LeadStage)
  @Enum({ items: () => LeadStage })
  stage: LeadStage = LeadStage.INQUIRY;

  @SignedIn()
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  scheduledOn?: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true, description: 'Date of the first visit: the lead became a new patient.' })
  @Property({ type: 'date', nullable: true })
  firstVisitOn?: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  lostOn?: string | null;

  @SignedIn()
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  lostReason?: string | null;

  @Allow(Capability.LEAD_CONTACTS_READ)
  @UseMiddleware(AuditRead('Lead'))
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 120, nullable: true })
  contactName?: string | null;

  @Allow(Capability.LEAD_CONTACTS_READ)
  @UseMiddleware(AuditRead('Lead'))
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string | null;

  @Allow(Capability.LEAD_CONTACTS_READ)
  @UseMiddleware(AuditRead('Lead'))
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'string', length: 64 })
  dedupeKey!: string;

  override auditLabel() {
    return `Lead of ${this.inquiryDate}`;
  }
}
