import { allocate } from '../../core/money';
import { AccountGroup, LedgerSource, type Account } from '../ledger/ledger.entity';
import type { Posting, PostingLine } from '../ledger/ledger.service';
import { AccountingBasis, type Bill, type BillLine, type BillPayment } from './payables.entity';

/** An approved bill on accrual books: each line's expense, owed on accounts payable (by cost centre) until paid. */
export function approvalPosting(bill: Bill, lines: BillLine[]): Posting {
  return {
    date: bill.invoiceDate,
    source: LedgerSource.BILL,
    dedupeKey: `bill:${bill.id}`,
    sourceId: bill.id,
    memo: `${bill.vendor.name} invoice ${bill.invoiceNumber}`,
    lines: lines.map((l) => ({ account: l.account, costCentre: l.costCentre, amount: l.amount })),
    balanceWith: AccountGroup.PAYABLES,
  };
}

/**
 * A payment in the ledger. Accrual: what the payment settles comes off accounts payable (by the
 * bill's cost centres), the discount off the expense, the cash out of the bank. Cash: the bill's
 * expense, in proportion to its lines, as the cash goes out.
 */
export function paymentPosting(bill: Bill, payment: BillPayment, lines: BillLine[], basis: AccountingBasis, payables: Account): Posting {
  const weights = lines.map((l) => l.amount);
  const share = (amount: number) => (amount === 0 ? lines.map(() => 0) : allocate(amount, weights));
  const postingLines: PostingLine[] = [];
  if (basis === AccountingBasis.ACCRUAL) {
    share(payment.amount + payment.discount).forEach(
      (v, i) => v && postingLines.push({ account: payables, costCentre: lines[i].costCentre, amount: -v }),
    );
    share(payment.discount).forEach(
      (v, i) => v && postingLines.push({ account: lines[i].account, costCentre: lines[i].costCentre, amount: -v }),
    );
  } else {
    share(payment.amount).forEach(
      (v, i) => v && postingLines.push({ account: lines[i].account, costCentre: lines[i].costCentre, amount: v }),
    );
  }
  return {
    date: payment.paidOn,
    source: LedgerSource.PAYMENT,
    dedupeKey: `bill-payment:${payment.id}`,
    sourceId: payment.id,
    memo: `${bill.vendor.name} invoice ${bill.invoiceNumber}${payment.reference ? ` (${payment.reference})` : ''}`,
    lines: postingLines,
    balanceWith: AccountGroup.CASH,
  };
}
