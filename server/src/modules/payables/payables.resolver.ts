import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { related } from '../../core/loaders';
import { User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { Money } from '../../core/money';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { PurchaseOrderLine } from './purchasing.entity';
import { AccountingBasis, Bill, BillAttachment, BillLine, BillPayment, BillStatus, PayablesSettings, Vendor } from './payables.entity';
import { BillFilter, BillInput, BillPaymentInput, PayablesSettingsInput, PaymentRunInput, VendorInput } from './payables.inputs';
import {
  ApprovalLimit,
  BillImportResult,
  BillPage,
  PayablesOverview,
  PaymentRunProposal,
  PaymentRunResult,
  SavedBill,
  VendorImportResult,
} from './payables.types';
import { PayablesImportService } from './payables-import.service';
import { BillService } from './bill.service';
import { VendorService } from './vendor.service';
import { PayablesOverviewService } from './payables-overview.service';
import { billAttachments, billLines, billPayments, payablesSettings } from './payables.loaders';
import { approvalLimitOf, approvalRefusal, paymentRefusal, visibleTaxId } from './payables.access';
import { daysFrom } from '../../core/dates';

const READ = Capability.PAYABLES_READ;
const ENTER = Capability.PAYABLES_ENTER;
const APPROVE = Capability.PAYABLES_APPROVE;

@ObjectType({ description: 'What the viewer may do with payables here, for the SPA to show (the server checks again).' })
export class MyPayablesRights {
  @Field(() => Money, { nullable: true, description: 'The largest bill you may approve; null: any amount (or none, see canApprove).' })
  approvalLimit?: number | null;

  @Field(() => Boolean)
  canApprove!: boolean;

  @Field(() => Boolean)
  canEnter!: boolean;
}

@Resolver()
export class PayablesResolver {
  @Allow(READ)
  @Query(() => [Vendor])
  vendors(@Ctx() ctx: Context, @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean) {
    return new VendorService(ctx).vendors(includeInactive);
  }

  @Allow(READ)
  @Query(() => Vendor)
  vendor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new VendorService(ctx).vendor(id);
  }

  @Allow(READ)
  @Query(() => BillPage, { description: 'Bills, soonest due first.' })
  bills(
    @Ctx() ctx: Context,
    @Arg('filter', () => BillFilter, { nullable: true }) filter?: BillFilter,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit?: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset?: number,
  ) {
    return new BillService(ctx).bills(filter ?? {}, limit, offset);
  }

  @Allow(READ)
  @Query(() => Bill)
  bill(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BillService(ctx).bill(id);
  }

  @Allow(READ)
  @Query(() => PayablesOverview, { description: 'Work lists, aging, on-time payment and discounts, each with what it counts.' })
  payablesOverview(@Ctx() ctx: Context) {
    return new PayablesOverviewService(ctx).overview();
  }

  @Allow(READ)
  @Query(() => PayablesSettings)
  payablesSettings(@Ctx() ctx: Context) {
    return payablesSettings(ctx);
  }

  @Allow(READ)
  @Query(() => MyPayablesRights)
  async myPayablesRights(@Ctx() ctx: Context): Promise<MyPayablesRights> {
    const settings = await payablesSettings(ctx);
    return {
      approvalLimit: ctx.can(APPROVE) ? approvalLimitOf(ctx, settings.approvalLimits) : null,
      canApprove: ctx.can(APPROVE),
      canEnter: ctx.can(ENTER),
    };
  }

  @Allow(READ)
  @Query(() => PaymentRunProposal, {
    description: 'Bills to pay by a day (discounts ending first), with the cash each takes and the discount it saves.',
  })
  paymentRunProposal(
    @Ctx() ctx: Context,
    @Arg('payBy', () => String) payBy: string,
    @Arg('paidOn', () => String, { nullable: true, description: 'The payment day; today when omitted.' }) paidOn?: string,
  ) {
    return new BillService(ctx).proposeRun(payBy, paidOn ?? undefined);
  }

  @Allow(ENTER)
  @Mutation(() => PaymentRunResult, {
    description:
      'Pays several bills at once, all or nothing; checks get consecutive numbers. The run as CSV: /download/payables/runs/<runId>.csv.',
  })
  payBills(@Ctx() ctx: Context, @Arg('input', () => PaymentRunInput) input: PaymentRunInput) {
    return new BillService(ctx).payRun(input);
  }

  @Allow(ENTER)
  @Mutation(() => Vendor, {
    description: 'Adds or changes a vendor; a likely duplicate (same tax id, very similar name) needs confirmPossibleDuplicate.',
  })
  saveVendor(@Ctx() ctx: Context, @Arg('input', () => VendorInput) input: VendorInput) {
    return new VendorService(ctx).save(input);
  }

  @Allow(ENTER)
  @Mutation(() => SavedBill, {
    description:
      'Enters a bill or corrects one not yet approved. The same invoice number from the same vendor is refused; the same amount a few days apart needs confirmPossibleDuplicate.',
  })
  saveBill(@Ctx() ctx: Context, @Arg('input', () => BillInput) input: BillInput) {
    return new BillService(ctx).save(input);
  }

  @Allow(ENTER)
  @Mutation(() => VendorImportResult, {
    description:
      'Vendors from a QuickBooks vendor list export (CSV), all or nothing: a bad row imports nothing and comes back with its row and column. Vendors already here are left as they are.',
  })
  importVendors(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and count what it would add, without writing.' })
    dryRun: boolean,
  ) {
    return new PayablesImportService(ctx).importVendors(csv, dryRun);
  }

  @Allow(ENTER)
  @Mutation(() => BillImportResult, {
    description:
      'Open bills from a QuickBooks bill export (CSV, a row per line; the same vendor and bill number is one bill), all or nothing, entered awaiting approval. A bill already entered is left as it is.',
  })
  importBills(
    @Ctx() ctx: Context,
    @Arg('csv', () => String) csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check the file and count what it would add, without writing.' })
    dryRun: boolean,
  ) {
    return new PayablesImportService(ctx).importBills(csv, dryRun);
  }

  @Allow(ENTER)
  @Mutation(() => BillAttachment, { description: 'Keeps the invoice’s file (PDF, PNG or JPEG, at most 10 MB) with the bill.' })
  attachBillFile(
    @Ctx() ctx: Context,
    @Arg('billId', () => ID) billId: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('fileBase64', () => String) fileBase64: string,
  ) {
    return new BillService(ctx).attach(billId, fileName, Buffer.from(fileBase64, 'base64'));
  }

  @Allow(APPROVE)
  @Mutation(() => SavedBill, {
    description: 'Approves a bill within your limit; on accrual books it becomes an expense owed on accounts payable.',
  })
  approveBill(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return new BillService(ctx).approve(id, expectedVersion);
  }

  @Allow(APPROVE)
  @Mutation(() => Bill, { description: 'Lets a bill held by the order match go ahead (the reason is kept on the bill).' })
  releaseBillHold(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return new BillService(ctx).releaseHold(id, expectedVersion, reason);
  }

  @Allow(APPROVE)
  @Mutation(() => Bill, { description: 'Voids a bill nothing has been paid on.' })
  voidBill(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return new BillService(ctx).void(id, expectedVersion, reason);
  }

  @Allow(ENTER)
  @Mutation(() => Bill, {
    description: 'Records a payment (whole or part, with the early-payment discount while it is on offer); posted to the ledger once.',
  })
  payBill(@Ctx() ctx: Context, @Arg('input', () => BillPaymentInput) input: BillPaymentInput) {
    return new BillService(ctx).pay(input);
  }

  @Allow(APPROVE)
  @Mutation(() => Bill, { description: 'Voids a recorded payment (a bounced check, a payment entered twice); its posting is reversed.' })
  voidBillPayment(@Ctx() ctx: Context, @Arg('paymentId', () => ID) paymentId: string, @Arg('reason', () => String) reason: string) {
    return new BillService(ctx).voidPayment(paymentId, reason);
  }

  @Allow(Capability.PAYABLES_SETTINGS)
  @Mutation(() => PayablesSettings, { description: 'Approval limits per role, accrual or cash books, separation of approver and payer.' })
  updatePayablesSettings(@Ctx() ctx: Context, @Arg('input', () => PayablesSettingsInput) input: PayablesSettingsInput) {
    return new BillService(ctx).updateSettings(input);
  }
}

@Resolver(() => Vendor)
export class VendorFieldsResolver {
  @SignedIn()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'EIN or SSN; the last four digits only unless you enter or approve payables.',
  })
  taxId(@Root() vendor: Vendor, @Ctx() ctx: Context): string | null {
    return visibleTaxId(ctx, vendor.taxId);
  }

  @SignedIn()
  @FieldResolver(() => Account, { nullable: true })
  defaultAccount(@Root() vendor: Vendor, @Ctx() ctx: Context) {
    return related(ctx, Account, vendor.defaultAccount);
  }

  @SignedIn()
  @FieldResolver(() => CostCentre, { nullable: true })
  defaultCostCentre(@Root() vendor: Vendor, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, vendor.defaultCostCentre);
  }

  @SignedIn()
  @FieldResolver(() => String, { description: 'The terms as people write them: "Net 30", "2/10 net 30".' })
  terms(@Root() vendor: Vendor): string {
    if (vendor.discountBps === 0) return vendor.termsDays === 0 ? 'Due on receipt' : `Net ${vendor.termsDays}`;
    const digits = String(vendor.discountBps).padStart(3, '0');
    const percent = `${digits.slice(0, -2)}.${digits.slice(-2)}`.replace(/\.?0+$/, '');
    return `${percent}/${vendor.discountDays} net ${vendor.termsDays}`;
  }
}

@Resolver(() => Bill)
export class BillFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Vendor)
  vendor(@Root() bill: Bill, @Ctx() ctx: Context) {
    return related(ctx, Vendor, bill.vendor);
  }

  @SignedIn()
  @FieldResolver(() => [BillLine])
  lines(@Root() bill: Bill, @Ctx() ctx: Context) {
    return billLines(ctx).load(bill.id);
  }

  @SignedIn()
  @FieldResolver(() => [BillPayment], { description: 'Payments, voided ones included (see voidedAt).' })
  payments(@Root() bill: Bill, @Ctx() ctx: Context) {
    return billPayments(ctx).load(bill.id);
  }

  @SignedIn()
  @FieldResolver(() => [BillAttachment])
  attachments(@Root() bill: Bill, @Ctx() ctx: Context) {
    return billAttachments(ctx).load(bill.id);
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async enteredByName(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, User, bill.enteredBy))?.displayName ?? null;
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true })
  async approvedByName(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string | null> {
    return (await related(ctx, User, bill.approvedBy))?.displayName ?? null;
  }

  @SignedIn()
  @FieldResolver(() => Int, { description: 'Days past the due date while unpaid (0 when not yet due, paid or void).' })
  daysPastDue(@Root() bill: Bill, @Ctx() ctx: Context): number {
    if (![BillStatus.RECEIVED, BillStatus.APPROVED, BillStatus.SCHEDULED, BillStatus.PARTIALLY_PAID].includes(bill.status)) return 0;
    return Math.max(0, daysFrom(bill.dueDate, ctx.today()));
  }

  @SignedIn()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why you may not approve this bill (your role, your limit); null when you may.',
  })
  async approveLockedBecause(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string | null> {
    if (bill.status !== BillStatus.RECEIVED) return `This bill is ${bill.status.toLowerCase().replace('_', ' ')}.`;
    return approvalRefusal(ctx, bill, (await payablesSettings(ctx)).approvalLimits);
  }

  @SignedIn()
  @FieldResolver(() => String, { nullable: true, description: 'Why you may not record a payment of this bill; null when you may.' })
  async payLockedBecause(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string | null> {
    if (bill.status === BillStatus.RECEIVED) return 'Approve the bill before paying it.';
    if (bill.status === BillStatus.PAID || bill.status === BillStatus.VOID) return `This bill is ${bill.status.toLowerCase()}.`;
    return paymentRefusal(ctx, { approvedById: bill.approvedBy?.id }, (await payablesSettings(ctx)).separateApproverAndPayer);
  }
}

@Resolver(() => BillLine)
export class BillLineFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Account)
  account(@Root() line: BillLine, @Ctx() ctx: Context) {
    return related(ctx, Account, line.account);
  }

  @SignedIn()
  @FieldResolver(() => CostCentre)
  costCentre(@Root() line: BillLine, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, line.costCentre);
  }

  @SignedIn()
  @FieldResolver(() => PurchaseOrderLine, {
    nullable: true,
    description: 'The order line this line bills, checked against what was ordered and received.',
  })
  poLine(@Root() line: BillLine, @Ctx() ctx: Context) {
    return related(ctx, PurchaseOrderLine, line.poLine);
  }
}

@Resolver(() => PayablesSettings)
export class PayablesSettingsFieldsResolver {
  @SignedIn()
  @FieldResolver(() => [ApprovalLimit], { description: 'The largest bill each role may approve; roles not listed approve any amount.' })
  approvalLimits(@Root() settings: PayablesSettings): ApprovalLimit[] {
    return Object.entries(settings.approvalLimits).map(([role, limit]) => ({ role, limit }));
  }
}

export { AccountingBasis };
