import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { Account, CostCentre } from '../ledger/ledger.entity';

export enum VendorCategory {
  MEDICAL_SUPPLIES = 'MEDICAL_SUPPLIES',
  VACCINES_AND_DRUGS = 'VACCINES_AND_DRUGS',
  LAB = 'LAB',
  RENT = 'RENT',
  UTILITIES = 'UTILITIES',
  IT = 'IT',
  EQUIPMENT = 'EQUIPMENT',
  OFFICE_SUPPLIES = 'OFFICE_SUPPLIES',
  INSURANCE = 'INSURANCE',
  PROFESSIONAL_SERVICES = 'PROFESSIONAL_SERVICES',
  SERVICES = 'SERVICES',
  OTHER = 'OTHER',
}
registerEnumType(VendorCategory, { name: 'VendorCategory' });

@ObjectType({ description: 'Someone the practice buys from.' })
@Entity({ tableName: 'vendors' })
@Unique({ properties: ['organization', 'name'] })
export class Vendor extends OrgScopedEntity<'active' | 'is1099' | 'termsDays' | 'discountBps' | 'discountDays'> {
  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  name!: string;

  @Field(() => VendorCategory)
  @Enum({ items: () => VendorCategory })
  category!: VendorCategory;

  @ManyToOne({ entity: () => Account, nullable: true })
  defaultAccount?: Account | null;

  @ManyToOne({ entity: () => CostCentre, nullable: true })
  defaultCostCentre?: CostCentre | null;

  @Field(() => Int, { description: 'Net days: a bill is due this many days after its invoice date.' })
  @Property({ type: 'integer' })
  termsDays: number = 30;

  @Field(() => Int, { description: 'Early-payment discount in basis points (200 = 2 % in "2/10 net 30"); 0 for none.' })
  @Property({ type: 'integer' })
  discountBps: number = 0;

  @Field(() => Int, { description: 'Days after the invoice date within which the discount applies (10 in "2/10 net 30").' })
  @Property({ type: 'integer' })
  discountDays: number = 0;

  @Field(() => String, { nullable: true, description: 'Where payments go: address or bank details as the vendor gave them.' })
  @Property({ type: 'text', nullable: true })
  remitTo?: string | null;

  /** The taxpayer id (EIN or SSN): read through Vendor.taxId, masked for readers who do not handle payables. */
  @Property({ type: 'string', length: 20, nullable: true })
  taxId?: string | null;

  @Field(() => Boolean, { description: 'Receives a 1099 at year end.' })
  @Property({ type: 'boolean' })
  is1099: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  override auditLabel() {
    return this.name;
  }
}
