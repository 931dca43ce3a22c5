import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, moneyColumn } from '../../core/money';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { CostCentre } from '../ledger/ledger.entity';
import { Vendor } from '../payables/vendor.entity';
import { BillLine } from '../payables/payables.entity';

export enum EquipmentCategory {
  CLINICAL = 'CLINICAL',
  LAB = 'LAB',
  IMAGING = 'IMAGING',
  IT = 'IT',
  FURNITURE = 'FURNITURE',
  OFFICE = 'OFFICE',
  OTHER = 'OTHER',
}
registerEnumType(EquipmentCategory, { name: 'EquipmentCategory' });

@ObjectType({
  description: 'A piece of equipment or furniture the practice owns: where it is, what it cost, its service and its book value.',
})
@Entity({ tableName: 'equipment_assets' })
@Index({ properties: ['organization', 'disposedOn'] })
export class EquipmentAsset extends OrgScopedEntity<'salvageValue' | 'category'> {
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  name!: string;

  // A plain string column (the GraphQL enum checks the values): a new category needs no table rebuild on SQLite.
  @Field(() => EquipmentCategory)
  @Property({ type: 'string', length: 24, default: EquipmentCategory.OTHER })
  category: EquipmentCategory = EquipmentCategory.OTHER;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  serialNumber?: string | null;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  @ManyToOne({ entity: () => Vendor, nullable: true })
  vendor?: Vendor | null;

  @ManyToOne({ entity: () => BillLine, nullable: true, deleteRule: 'set null' })
  billLine?: BillLine | null;

  @Field(() => Money, { description: 'What it cost, from the bill when it was bought through Praxis.' })
  @Property({ type: moneyColumn() })
  cost!: number;

  @Field(() => Money, { description: 'What it will be worth at the end of its useful life.' })
  @Property({ type: moneyColumn() })
  salvageValue: number = 0;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  usefulLifeMonths!: number;

  @Field(() => String, { description: 'Placed in service: depreciation starts with this month.' })
  @Property({ type: 'date' })
  inServiceOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  warrantyEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The next preventive maintenance or calibration.' })
  @Property({ type: 'date', nullable: true })
  nextServiceOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Months between services; recording a service moves the next one on.' })
  @Property({ type: 'smallint', nullable: true })
  serviceEveryMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Sold, scrapped or given away: depreciation ends with this month.' })
  @Property({ type: 'date', nullable: true })
  disposedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  override auditLabel() {
    return this.name;
  }
}

@ObjectType({ description: 'A service, maintenance or calibration done on a piece of equipment.' })
@Entity({ tableName: 'equipment_services' })
@Index({ properties: ['asset', 'servicedOn'] })
export class EquipmentServiceRecord extends OrgScopedEntity {
  @ManyToOne({ entity: () => EquipmentAsset, deleteRule: 'cascade' })
  asset!: EquipmentAsset;

  @Field(() => String)
  @Property({ type: 'date' })
  servicedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who did it, what was found, the work order…' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  recordedBy?: User | null;
}
