import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { AccountingBasis, PaymentMethod, VendorCategory } from './payables.entity';

@InputType()
export class VendorInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new vendor.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String)
  name!: string;

  @Field(() => VendorCategory)
  category!: VendorCategory;

  @Field(() => ID, { nullable: true, description: 'The expense account a new bill from this vendor starts with.' })
  defaultAccountId?: string | null;

  @Field(() => ID, { nullable: true })
  defaultCostCentreId?: string | null;

  @Field(() => Int, { defaultValue: 30 })
  termsDays!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Early-payment discount in basis points (200 = 2 %).' })
  discountBps!: number;

  @Field(() => Int, { defaultValue: 0 })
  discountDays!: number;

  @Field(() => String, { nullable: true })
  remitTo?: string | null;

  @Field(() => String, { nullable: true, description: 'EIN (12-3456789) or SSN (123-45-6789).' })
  taxId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  is1099!: boolean;

  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Save although a vendor with the same tax id or a very similar name exists.' })
  confirmPossibleDuplicate!: boolean;
}

@InputType()
export class BillLineInput {
  @Field(() => ID, { nullable: true, description: 'Required unless the line is for an order line (then the order line’s).' })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required unless the line is for an order line (then the order line’s).' })
  costCentreId?: string | null;

  @Field(() => Money, { description: 'For an order line: quantity × unit price.' })
  amount!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The purchase order line billed: the bill is checked against what was ordered and received.',
  })
  poLineId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units billed (with poLineId).' })
  quantity?: number | null;

  @Field(() => Money, { nullable: true, description: 'Price per unit billed (with poLineId).' })
  unitPrice?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class BillInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new bill; only a received bill can be edited.' })
  id?: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => ID)
  vendorId!: string;

  @Field(() => String)
  invoiceNumber!: string;

  @Field(() => String)
  invoiceDate!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the invoice date plus the vendor’s net days.' })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  memo?: string | null;

  @Field(() => [BillLineInput])
  lines!: BillLineInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Save although the same vendor billed the same amount a few days apart.' })
  confirmPossibleDuplicate!: boolean;
}

@InputType()
export class BillPaymentInput {
  @Field(() => ID)
  billId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String)
  paidOn!: string;

  @Field(() => Money, { description: 'Paid out of cash.' })
  amount!: number;

  @Field(() => Money, {
    defaultValue: 0,
    description: 'Early-payment discount taken; only by the discount date, at most what the terms offer.',
  })
  discount!: number;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}

@InputType()
export class RunPaymentInput {
  @Field(() => ID)
  billId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Money)
  amount!: number;

  @Field(() => Money, { defaultValue: 0 })
  discount!: number;
}

@InputType({ description: 'Pays several bills at once, all or nothing.' })
export class PaymentRunInput {
  @Field(() => String)
  paidOn!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => Int, { nullable: true, description: 'Checks: the first check number; each bill gets the next.' })
  firstCheckNumber?: number | null;

  @Field(() => String, { nullable: true, description: 'ACH or card: one reference for the run.' })
  reference?: string | null;

  @Field(() => [RunPaymentInput])
  payments!: RunPaymentInput[];
}

@InputType()
export class BillFilter {
  @Field(() => [String], { nullable: true, description: 'Statuses (BillStatus values); absent: all but void.' })
  statuses?: string[] | null;

  @Field(() => ID, { nullable: true })
  vendorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Due before this day (exclusive).' })
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice number or vendor name contains this.' })
  search?: string | null;
}

@InputType()
export class ApprovalLimitInput {
  @Field(() => String)
  role!: string;

  @Field(() => Money, { nullable: true, description: 'Largest bill the role approves; null for any amount.' })
  limit?: number | null;
}

@InputType()
export class PayablesSettingsInput {
  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => AccountingBasis)
  basis!: AccountingBasis;

  @Field(() => [ApprovalLimitInput])
  approvalLimits!: ApprovalLimitInput[];

  @Field(() => Boolean)
  separateApproverAndPayer!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'How much a bill line may cost above its order, in basis points; unchanged when omitted.',
  })
  matchToleranceBps?: number | null;

  @Field(() => Money, { nullable: true, description: '…and at most this much; unchanged when omitted.' })
  matchToleranceMax?: number | null;
}
