import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Money, moneyColumn } from '../../core/money';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { Vendor } from '../payables/vendor.entity';
import { PurchaseOrder } from '../payables/purchasing.entity';

@ObjectType({ description: 'Something the office keeps in stock (gloves, exam paper, vaccines…), with its par level and reorder point.' })
@Entity({ tableName: 'supplies' })
@Unique({ properties: ['organization', 'costCentre', 'name'] })
@Index({ properties: ['organization', 'active'] })
export class Supply extends OrgScopedEntity<'active' | 'onHand'> {
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => String, { description: 'The unit it is counted and ordered in: box of 100, case, vial…' })
  @Property({ type: 'string', length: 40 })
  unit!: string;

  @ManyToOne({ entity: () => Vendor })
  vendor!: Vendor;

  /** The expense account its orders go to. */
  @ManyToOne({ entity: () => Account })
  account!: Account;

  /** Where it is kept. */
  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  @Field(() => Money, { description: 'The vendor’s price per unit.' })
  @Property({ type: moneyColumn() })
  unitPrice!: number;

  @Field(() => Int, { description: 'Units on hand at the last count.' })
  @Property({ type: 'integer' })
  onHand: number = 0;

  @Field(() => String, { nullable: true, description: 'The day of the last count.' })
  @Property({ type: 'date', nullable: true })
  countedOn?: string | null;

  /** Average units used a day, in hundredths of a unit (250 = 2.5 a day): the reorder point is computed exactly. */
  @Property({ type: 'integer' })
  dailyUseHundredths!: number;

  @Field(() => Int, { description: 'Days from ordering to having it on the shelf.' })
  @Property({ type: 'smallint' })
  leadTimeDays!: number;

  @Field(() => Int, { description: 'Units kept for a busier week or a late delivery.' })
  @Property({ type: 'integer' })
  safetyStock!: number;

  @Field(() => Int, { description: 'What a reorder brings the stock back up to.' })
  @Property({ type: 'integer' })
  parLevel!: number;

  /** daily use × lead time + safety stock (see reorder.ts), kept with the row so the to-reorder list is one query. */
  @Field(() => Int, { description: 'Daily use × lead time (rounded up to a whole unit) + safety stock: reorder at or below it.' })
  @Property({ type: 'integer' })
  reorderPoint!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  /** The order last drafted for it from the to-reorder list. */
  @ManyToOne({ entity: () => PurchaseOrder, nullable: true, deleteRule: 'set null' })
  lastOrder?: PurchaseOrder | null;

  override auditLabel() {
    return this.name;
  }
}

@ObjectType({ description: 'A stock count of one supply.' })
@Entity({ tableName: 'supply_counts' })
@Index({ properties: ['supply', 'countedOn'] })
export class SupplyCount extends OrgScopedEntity {
  @ManyToOne({ entity: () => Supply, deleteRule: 'cascade' })
  supply!: Supply;

  @Field(() => String)
  @Property({ type: 'date' })
  countedOn!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  countedBy?: User | null;
}
