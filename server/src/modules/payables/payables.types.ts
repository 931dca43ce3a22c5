import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../../core/money';
import { Bill } from './payables.entity';
import { BudgetCheckOutcome } from '../budget/budget.types';
import { ImportRowError } from '../../core/import';

@ObjectType({ description: 'A line of a bill that would take its account and cost centre over the approved budget.' })
export class BillBudgetWarning {
  @Field(() => Int, { description: 'The line, from 0.' })
  line!: number;

  @Field(() => BudgetCheckOutcome)
  outcome!: BudgetCheckOutcome;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class SavedBill {
  @Field(() => Bill)
  bill!: Bill;

  @Field(() => [BillBudgetWarning], { description: 'Lines over budget (the practice’s budget check: ignore, warn or stop at approval).' })
  budgetWarnings!: BillBudgetWarning[];
}

@ObjectType({ description: 'A list of bills that need attention, with how many and how much in all.' })
export class BillWorkList {
  @Field(() => Int)
  count!: number;

  @Field(() => Money, { description: 'Sum of what is still owed on them.' })
  amount!: number;

  @Field(() => [Bill], { description: 'The first of them, most urgent first.' })
  bills!: Bill[];

  @Field(() => String, { description: 'Which bills are counted.' })
  definition!: string;
}

@ObjectType({ description: 'What is owed by how long past due.' })
export class AgingBucket {
  @Field(() => String, { description: 'CURRENT, 1_30, 31_60, 61_90, OVER_90.' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Money)
  amount!: number;
}

@ObjectType({ description: 'Bills settled in a month, and how many of them by their due date.' })
export class OnTimeMonth {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int)
  paid!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Float, { nullable: true, description: 'onTime ÷ paid; null when nothing was paid.' })
  rate?: number | null;
}

@ObjectType()
export class VendorSpend {
  @Field(() => ID)
  vendorId!: string;

  @Field(() => String)
  vendorName!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Money, { description: 'Bills dated in the period (not void).' })
  amount!: number;

  @Field(() => Int)
  bills!: number;
}

@ObjectType({ description: 'The office manager’s payables at a glance; each figure says what it counts.' })
export class PayablesOverview {
  @Field(() => String, { description: 'The day the lists are drawn up for.' })
  asOf!: string;

  @Field(() => BillWorkList)
  awaitingMyApproval!: BillWorkList;

  @Field(() => BillWorkList)
  dueThisWeek!: BillWorkList;

  @Field(() => BillWorkList)
  overdue!: BillWorkList;

  @Field(() => BillWorkList)
  discountsExpiring!: BillWorkList;

  @Field(() => [AgingBucket])
  aging!: AgingBucket[];

  @Field(() => Money, { description: 'Everything still owed on open bills.' })
  openBalance!: number;

  @Field(() => [OnTimeMonth], { description: 'The last twelve months, oldest first.' })
  onTime!: OnTimeMonth[];

  @Field(() => Money, { description: 'Early-payment discounts taken on payments in the last twelve months.' })
  discountsTaken!: number;

  @Field(() => Money, {
    description: 'Discounts offered on bills settled in the last twelve months that were paid after the discount date.',
  })
  discountsMissed!: number;

  @Field(() => [VendorSpend], { description: 'This fiscal year to date, largest first (top ten).' })
  topVendors!: VendorSpend[];

  @Field(() => [String], { description: 'What each figure counts, in words.' })
  definitions!: string[];
}

@ObjectType({ description: 'A bill a payment run would pay: what to pay and the discount it takes.' })
export class ProposedPayment {
  @Field(() => Bill)
  bill!: Bill;

  @Field(() => Money, { description: 'Cash to pay: the balance less the discount, if it is still on offer on the payment day.' })
  amount!: number;

  @Field(() => Money)
  discount!: number;

  @Field(() => String, { description: 'Why it is in the run: DUE (due by the pay-by day) or DISCOUNT (its discount ends by then).' })
  reason!: string;
}

@ObjectType({ description: 'Bills to pay by a day, discounts ending first, and the cash they take.' })
export class PaymentRunProposal {
  @Field(() => String)
  payBy!: string;

  @Field(() => String)
  paidOn!: string;

  @Field(() => [ProposedPayment])
  payments!: ProposedPayment[];

  @Field(() => Money)
  total!: number;

  @Field(() => Money)
  discounts!: number;
}

@ObjectType()
export class PaymentRunResult {
  @Field(() => ID)
  runId!: string;

  @Field(() => Int)
  paid!: number;

  @Field(() => Money)
  total!: number;

  @Field(() => Money)
  discounts!: number;

  @Field(() => [Bill])
  bills!: Bill[];
}

@ObjectType()
export class BillPage {
  @Field(() => [Bill])
  bills!: Bill[];

  @Field(() => Int)
  total!: number;
}

@ObjectType()
export class ApprovalLimit {
  @Field(() => String)
  role!: string;

  @Field(() => Money, { nullable: true, description: 'Null: any amount.' })
  limit?: number | null;
}

@ObjectType({ description: 'A vendor of an imported file that may be one the practice already has (same tax id or a very similar name).' })
export class PossibleDuplicateVendor {
  @Field(() => Int, { description: 'Row in the file, the header being row 1.' })
  row!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The vendor (already here, or earlier in the file) it resembles.' })
  similarTo!: string;

  @Field(() => String, { description: '“the same tax id” or “a very similar name”.' })
  reason!: string;
}

@ObjectType()
export class VendorImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'Checked only: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Vendors new to the practice.' })
  added!: number;

  @Field(() => Int, { description: 'Rows naming a vendor the practice already has: left as it is.' })
  alreadyThere!: number;

  @Field(() => [PossibleDuplicateVendor], { description: 'New vendors that resemble another: imported, but worth a look.' })
  possibleDuplicates!: PossibleDuplicateVendor[];

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType()
export class BillImportResult {
  @Field(() => Boolean, { description: 'False when any row was bad: then nothing was imported.' })
  ok!: boolean;

  @Field(() => Boolean, { description: 'Checked only: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows read (bill lines in the file).' })
  rows!: number;

  @Field(() => Int, { description: 'Open bills added, awaiting approval.' })
  bills!: number;

  @Field(() => Int)
  lines!: number;

  @Field(() => Money, { description: 'Sum of the bills added.' })
  total!: number;

  @Field(() => Int, { description: 'Bills already entered (same vendor and invoice number): left as they are.' })
  alreadyEntered!: number;

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}
