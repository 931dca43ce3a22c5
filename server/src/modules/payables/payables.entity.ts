import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Lifecycle } from '../../core/lifecycle';
import { Money, moneyColumn } from '../../core/money';
import { OrgScopedEntity } from '../../core/org-scoped.entity';
import { User } from '../../core/organization.entity';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { Vendor } from './vendor.entity';
import { PurchaseOrderLine } from './purchasing.entity';

export { Vendor, VendorCategory } from './vendor.entity';

export enum BillStatus {
  RECEIVED = 'RECEIVED',
  APPROVED = 'APPROVED',
  SCHEDULED = 'SCHEDULED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  VOID = 'VOID',
}
registerEnumType(BillStatus, {
  name: 'BillStatus',
  description: 'received → approved → scheduled (in a payment run) → partly paid → paid; void before anything is paid.',
});

export const BILL_LIFECYCLE = new Lifecycle<BillStatus>('bill', {
  RECEIVED: [BillStatus.APPROVED, BillStatus.VOID],
  APPROVED: [BillStatus.SCHEDULED, BillStatus.PARTIALLY_PAID, BillStatus.PAID, BillStatus.VOID],
  SCHEDULED: [BillStatus.APPROVED, BillStatus.PARTIALLY_PAID, BillStatus.PAID, BillStatus.VOID],
  PARTIALLY_PAID: [BillStatus.PAID, BillStatus.APPROVED],
  // A voided payment takes a paid bill back to approved or partly paid.
  PAID: [BillStatus.APPROVED, BillStatus.PARTIALLY_PAID],
  VOID: [],
});

/** Bills the practice still owes on: entered, approved, scheduled or partly paid. */
export const OPEN_BILL_STATUSES = [BillStatus.RECEIVED, BillStatus.APPROVED, BillStatus.SCHEDULED, BillStatus.PARTIALLY_PAID];

export enum PaymentMethod {
  CHECK = 'CHECK',
  ACH = 'ACH',
  CARD = 'CARD',
  CASH = 'CASH',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

export enum AccountingBasis {
  ACCRUAL = 'ACCRUAL',
  CASH = 'CASH',
}
registerEnumType(AccountingBasis, {
  name: 'AccountingBasis',
  description: 'ACCRUAL: a bill is an expense when it is approved (and owed until paid); CASH: when it is paid.',
});

@ObjectType({ description: 'An invoice the practice owes, from receipt to payment.' })
@Entity({ tableName: 'bills' })
@Index({ properties: ['organization', 'status', 'dueDate'] })
@Index({ properties: ['organization', 'vendor', 'invoiceDate'] })
// The overview's on-time months and missed discounts read settled bills by the day they were paid;
// its top vendors this fiscal year's bills by invoice date (with what they sum, from the index alone).
@Index({ properties: ['organization', 'status', 'paidOn', 'dueDate'] })
@Index({ properties: ['organization', 'invoiceDate', 'status', 'vendor', 'total'] })
// Discounts missed: the few settled bills that offered one, by the day they were paid.
@Index({
  name: 'bills_discount_offered_paid_index',
  expression: `create index "bills_discount_offered_paid_index" on "bills" ("organization_id", "paid_on") where "status" = 'PAID' and "discount_amount" > 0`,
})
// The same vendor's invoice number twice is refused, unless the first was voided.
@Index({
  name: 'bills_vendor_invoice_unique',
  expression: `create unique index "bills_vendor_invoice_unique" on "bills" ("organization_id", "vendor_id", "invoice_key") where "status" <> 'VOID'`,
})
export class Bill extends OrgScopedEntity<'status' | 'amountPaid' | 'discountTaken' | 'discountAmount' | 'lines' | 'payments' | 'balance'> {
  @ManyToOne({ entity: () => Vendor })
  vendor!: Vendor;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  invoiceNumber!: string;

  /** The invoice number as the duplicate guard compares it: upper case, letters and digits, no leading zeros. */
  @Property({ type: 'string', length: 60 })
  invoiceKey!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  invoiceDate!: string;

  @Field(() => String)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'Pay by this day to take the early-payment discount.' })
  @Property({ type: 'date', nullable: true })
  discountDate?: string | null;

  @Field(() => Money, { description: 'The early-payment discount the terms offer; 0 for none.' })
  @Property({ type: moneyColumn() })
  discountAmount: number = 0;

  @Field(() => Money, { description: 'The sum of the lines.' })
  @Property({ type: moneyColumn() })
  total!: number;

  @Field(() => Money)
  @Property({ type: moneyColumn() })
  amountPaid: number = 0;

  @Field(() => Money, { description: 'Early-payment discount taken on the payments so far.' })
  @Property({ type: moneyColumn() })
  discountTaken: number = 0;

  @Field(() => BillStatus)
  @Enum({ items: () => BillStatus })
  status: BillStatus = BillStatus.RECEIVED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  enteredBy?: User | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  approvedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  approvedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The day the last payment settled the bill.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  voidReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the bill is held (it does not match its order or receipt); it is not approved until released.',
  })
  @Property({ type: 'text', nullable: true })
  holdReason?: string | null;

  @OneToMany({ entity: () => BillLine, mappedBy: 'bill', orderBy: { position: 'asc' } })
  lines = new Collection<BillLine>(this);

  @OneToMany({ entity: () => BillPayment, mappedBy: 'bill', orderBy: { paidOn: 'asc' } })
  payments = new Collection<BillPayment>(this);

  /** What is still owed. */
  @Field(() => Money)
  get balance(): number {
    return this.status === BillStatus.VOID ? 0 : this.total - this.amountPaid - this.discountTaken;
  }

  override auditLabel() {
    return `Invoice ${this.invoiceNumber}`;
  }
}

@ObjectType({ description: 'What a bill is for: an account and cost centre, and its share of the total.' })
@Entity({ tableName: 'bill_lines' })
export class BillLine extends OrgScopedEntity {
  @ManyToOne({ entity: () => Bill, deleteRule: 'cascade', index: true })
  bill!: Bill;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @ManyToOne({ entity: () => Account })
  account!: Account;

  @ManyToOne({ entity: () => CostCentre })
  costCentre!: CostCentre;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  description?: string | null;

  @Field(() => Money)
  @Property({ type: moneyColumn() })
  amount!: number;

  /** The order line this bill line is for: matched against what was ordered and received. */
  @ManyToOne({ entity: () => PurchaseOrderLine, nullable: true, deleteRule: 'set null' })
  poLine?: PurchaseOrderLine | null;

  @Field(() => Int, { nullable: true, description: 'Units billed, for a line matched to an order.' })
  @Property({ type: 'integer', nullable: true })
  quantity?: number | null;

  @Field(() => Money, { nullable: true, description: 'Price per unit billed, for a line matched to an order.' })
  @Property({ type: moneyColumn(), nullable: true })
  unitPrice?: number | null;
}

@ObjectType({ description: 'A payment of a bill, whole or in part.' })
@Entity({ tableName: 'bill_payments' })
// Discounts taken in the last twelve months, from the index alone.
@Index({
  name: 'bill_payments_discounts_index',
  expression: `create index "bill_payments_discounts_index" on "bill_payments" ("organization_id", "paid_on", "discount") where "voided_at" is null`,
})
export class BillPayment extends OrgScopedEntity<'discount' | 'runId'> {
  @ManyToOne({ entity: () => Bill, deleteRule: 'cascade', index: true })
  bill!: Bill;

  @Field(() => String, { nullable: true, description: 'The payment run that paid it, if it was paid in one.' })
  @Property({ type: 'uuid', nullable: true, index: true })
  runId?: string | null;

  @Field(() => String)
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => Money, { description: 'Paid out of cash.' })
  @Property({ type: moneyColumn() })
  amount!: number;

  @Field(() => Money, { description: 'Early-payment discount taken with this payment.' })
  @Property({ type: moneyColumn() })
  discount: number = 0;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Check number, ACH trace or card reference.' })
  @Property({ type: 'string', length: 80, nullable: true })
  reference?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  paidBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  voidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  voidReason?: string | null;
}

@ObjectType({ description: 'An invoice file kept with a bill (PDF or image).' })
@Entity({ tableName: 'bill_attachments' })
export class BillAttachment extends OrgScopedEntity {
  @ManyToOne({ entity: () => Bill, deleteRule: 'cascade', index: true })
  bill!: Bill;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  /** Where the file storage keeps it. */
  @Property({ type: 'string', length: 200 })
  storageKey!: string;
}

/** How the practice runs its payables: who approves up to how much, and when a bill is an expense. */
@ObjectType({ description: 'How the practice runs its payables.' })
@Entity({ tableName: 'payables_settings' })
@Unique({ properties: ['organization'] })
export class PayablesSettings extends OrgScopedEntity<
  'basis' | 'approvalLimits' | 'separateApproverAndPayer' | 'nearDuplicateDays' | 'matchToleranceBps' | 'matchToleranceMax'
> {
  @Field(() => AccountingBasis)
  @Enum({ items: () => AccountingBasis })
  basis: AccountingBasis = AccountingBasis.ACCRUAL;

  /** Largest bill each role may approve, in cents, by role; a role with the right and no entry approves any amount. */
  @Property({ type: 'json' })
  approvalLimits: Record<string, number> = {};

  @Field(() => Boolean, { description: 'Whoever approved a bill may not record its payment (off for a practice with one approver).' })
  @Property({ type: 'boolean' })
  separateApproverAndPayer: boolean = true;

  @Field(() => Int, { description: 'A bill for the same amount from the same vendor within this many days is a possible duplicate.' })
  @Property({ type: 'integer' })
  nearDuplicateDays: number = 5;

  @Field(() => Int, { description: 'A bill line may cost this much more than its order (in basis points of the ordered amount)…' })
  @Property({ type: 'integer' })
  matchToleranceBps: number = 200;

  @Field(() => Money, { description: '…and at most this much more, whichever is less; beyond it the bill is held.' })
  @Property({ type: moneyColumn() })
  matchToleranceMax: number = 100_00;
}
