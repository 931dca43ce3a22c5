import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, UseMiddleware, registerEnumType } from 'type-graphql';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Money, moneyColumn } from '../../core/money';
import { Allow, Sensitive } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Employee } from '../orgchart/orgchart.entity';
import { AuditProviderRead } from './provider-access';

/** Provider plans and targets: the administrator's, and each provider's own (checked where they are loaded). */
const PROVIDER_PAY = [Capability.PROVIDER_COMPENSATION, Capability.COMPENSATION_OWN_READ] as const;

export enum PlanModel {
  SALARY = 'SALARY',
  PRODUCTIVITY = 'PRODUCTIVITY',
  SALARY_PLUS_PRODUCTIVITY = 'SALARY_PLUS_PRODUCTIVITY',
  COLLECTIONS_PERCENT = 'COLLECTIONS_PERCENT',
}
registerEnumType(PlanModel, {
  name: 'PlanModel',
  description: 'Salary; productivity (pay per wRVU above a threshold); salary plus productivity; a percentage of collections.',
});

/** How a provider is paid in a year. */
@Sensitive()
@ObjectType({ description: 'How a provider is paid in a year. The administrator’s to see and set; a provider sees their own.' })
@Entity({ tableName: 'provider_plans' })
@Unique({ properties: ['organization', 'provider', 'year'] })
export class ProviderPlan extends OrgScopedEntity<
  'baseSalary' | 'wrvuThresholdHundredths' | 'ratePerWrvu' | 'collectionsBps' | 'qualityBonus'
> {
  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => PlanModel)
  @Enum({ items: () => PlanModel })
  model!: PlanModel;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  baseSalary: number = 0;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => Int, { description: 'Work RVUs (in hundredths) a productivity plan pays nothing for.' })
  @Property({ type: 'integer' })
  wrvuThresholdHundredths: number = 0;

  /** Pay per work RVU above the threshold, in cents. */
  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => Money, { description: 'Pay per whole work RVU above the threshold.' })
  @Property({ type: moneyColumn() })
  ratePerWrvu: number = 0;

  /** Share of collections in basis points (3800 = 38%). */
  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => Int, { description: 'Share of collections in basis points (3800 = 38 %).' })
  @Property({ type: 'integer' })
  collectionsBps: number = 0;

  /** An optional quality bonus at full attainment. */
  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProviderPlan'))
  @Field(() => Money, { description: 'Quality bonus at full attainment; counted in projected pay.' })
  @Property({ type: moneyColumn() })
  qualityBonus: number = 0;
}

/** What a provider should achieve in a year; months are a twelfth of it. */
@Sensitive()
@ObjectType({ description: 'What a provider should achieve in a year; a month’s target is a twelfth of it.' })
@Entity({ tableName: 'productivity_targets' })
@Unique({ properties: ['organization', 'provider', 'year'] })
export class ProductivityTarget extends OrgScopedEntity {
  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** Patients per day worked, in tenths (18.5 → 185). */
  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProductivityTarget'))
  @Field(() => Int, { description: 'Patients per day worked, in tenths (18.5 → 185).' })
  @Property({ type: 'integer' })
  patientsPerDayTenths!: number;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProductivityTarget'))
  @Field(() => Int)
  @Property({ type: 'integer' })
  visits!: number;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProductivityTarget'))
  @Field(() => Int, { description: 'Work RVUs in hundredths.' })
  @Property({ type: 'integer' })
  wrvuHundredths!: number;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProductivityTarget'))
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  charges!: number;

  @Allow(...PROVIDER_PAY)
  @UseMiddleware(AuditProviderRead('ProductivityTarget'))
  @Field(() => Money)
  @Property({ type: moneyColumn() })
  collections!: number;
}
