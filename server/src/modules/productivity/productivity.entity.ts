import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { OrgScopedEntity } from '../../common/base.entity';
import { moneyColumn } from '../../common/money';
import { Employee } from '../orgchart/orgchart.entity';

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
@Entity({ tableName: 'provider_plans' })
@Unique({ properties: ['organization', 'provider', 'year'] })
export class ProviderPlan extends OrgScopedEntity<'baseSalary' | 'wrvuThresholdHundredths' | 'ratePerWrvu' | 'collectionsBps' | 'qualityBonus'> {
  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => PlanModel })
  model!: PlanModel;

  @Property({ type: moneyColumn() })
  baseSalary: number = 0;

  @Property({ type: 'integer' })
  wrvuThresholdHundredths: number = 0;

  /** Pay per work RVU above the threshold, in cents. */
  @Property({ type: moneyColumn() })
  ratePerWrvu: number = 0;

  /** Share of collections in basis points (3800 = 38%). */
  @Property({ type: 'integer' })
  collectionsBps: number = 0;

  /** An optional quality bonus at full attainment. */
  @Property({ type: moneyColumn() })
  qualityBonus: number = 0;
}

/** What a provider should achieve in a year; months are a twelfth of it. */
@Entity({ tableName: 'productivity_targets' })
@Unique({ properties: ['organization', 'provider', 'year'] })
export class ProductivityTarget extends OrgScopedEntity {
  @ManyToOne({ entity: () => Employee })
  provider!: Employee;

  @Property({ type: 'integer' })
  year!: number;

  /** Patients per day worked, in tenths (18.5 → 185). */
  @Property({ type: 'integer' })
  patientsPerDayTenths!: number;

  @Property({ type: 'integer' })
  visits!: number;

  @Property({ type: 'integer' })
  wrvuHundredths!: number;

  @Property({ type: moneyColumn() })
  charges!: number;

  @Property({ type: moneyColumn() })
  collections!: number;
}
