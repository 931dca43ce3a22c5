import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Lifecycle } from '../../core/lifecycle';
import { Money, moneyColumn } from '../../core/money';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { Vendor } from './vendor.entity';

export enum PurchaseOrderStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  ORDERED = 'ORDERED',
  PARTLY_RECEIVED = 'PARTLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus',
  description: 'draft → approved → ordered → partly received → received → closed; cancelled before anything arrives.',
});

export const PURCHASE_ORDER_LIFECYCLE = new Lifecycle<PurchaseOrderStatus>('purchase order', {
  DRAFT: [PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.CANCELLED],
  APPROVED: [PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.CANCELLED],
  ORDERED: [PurchaseOrderStatus.PARTLY_RECEIVED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED],
  PARTLY_RECEIVED: [PurchaseOrderStatus.PARTLY_RECEIVED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CLOSED],
  RECEIVED: [PurchaseOrderStatus.CLOSED],
  CLOSED: [],
  CANCELLED: [],
});

@ObjectType({ description: 'An order for supplies, equipment or furniture, from approval to receipt and billing.' })
@Entity({ tableName: 'purchase_orders' })
@Unique({ properties: ['organization', 'number'] })
@Index({ properties: ['organization', 'status'] })
export class PurchaseOrder extends OrgScopedEntity<'status' | 'total'> {
  @Field(() => String, { description: 'PO-1001, PO-1002, … per practice.' })
  @Property({ type: 'string', length: 20 })
  number!: string;

  @ManyToOne({ entity: () => Vendor })
  vendor!: Vendor;

  @Field(() => PurchaseOrderStatus)
  @Enum({ items: () => PurchaseOrderStatus })
  status: PurchaseOrderStatus = PurchaseOrderStatus.DRAFT;

  @Field(() => Money, { description: 'The sum of the lines.' })
  @Property({ type: moneyColumn() })
  total: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  orderedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When the vendor said it would arrive.' })
  @Property({ type: 'date', nullable: true })
  expectedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  approvedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  approvedAt?: Date | null;

  override auditLabel() {
    return this.number;
  }
}

@ObjectType({ description: 'What is ordered: a quantity at a unit price, for an account and cost centre.' })
@Entity({ tableName: 'purchase_order_lines' })
export class PurchaseOrderLine extends OrgScopedEntity<'quantityReceived' | 'quantityBilled'> {
  @ManyToOne({ entity: () => PurchaseOrder, deleteRule: 'cascade', index: true })
  order!: PurchaseOrder;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  description!: string;

  @ManyToOne({ entity: () => Account })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Money)
  @Property({ type: moneyColumn() })
  unitPrice!: number;

  @Field(() => Money, { description: 'Quantity × unit price.' })
  @Property({ type: moneyColumn() })
  amount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantityReceived: number = 0;

  @Field(() => Int, { description: 'On bills entered against this line (not void).' })
  @Property({ type: 'integer' })
  quantityBilled: number = 0;
}

@ObjectType({ description: 'Goods that arrived against an order line.' })
@Entity({ tableName: 'purchase_receipts' })
export class PurchaseReceipt extends OrgScopedEntity {
  @ManyToOne({ entity: () => PurchaseOrderLine, deleteRule: 'cascade', index: true })
  line!: PurchaseOrderLine;

  @Field(() => String)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quantity!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  receivedBy?: User | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}
