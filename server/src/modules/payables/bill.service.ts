import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays, isIsoDate, now } from '../../core/dates';
import {
  BudgetExceededError,
  ConflictError,
  ForbiddenError,
  NeedsConfirmationError,
  NotFoundError,
  ValidationError,
} from '../../core/errors';
import { formatCents } from '../../core/format';
import { tenantRows } from '../../core/query';
import { checkDocument, fileStorage } from '../../core/storage';
import { User } from '../../core/organization.entity';
import { Role } from '../../core/policy';
import { Account, AccountGroup, AccountKind, CostCentre, LedgerSource } from '../ledger/ledger.entity';
import { LedgerService, type Posting } from '../ledger/ledger.service';
import Papa from 'papaparse';
import { approvalPosting, paymentPosting } from './bill.postings';
import { BudgetCheckOutcome } from '../budget/budget.types';
import { VarianceService } from '../budget/variance.service';
import {
  AccountingBasis,
  BILL_LIFECYCLE,
  Bill,
  BillAttachment,
  BillLine,
  BillPayment,
  BillStatus,
  OPEN_BILL_STATUSES,
  PayablesSettings,
  PaymentMethod,
  Vendor,
} from './payables.entity';
import type { BillFilter, BillInput, BillPaymentInput, PayablesSettingsInput, PaymentRunInput } from './payables.inputs';
import type { BillBudgetWarning, PaymentRunProposal, PaymentRunResult, SavedBill } from './payables.types';
import { approvalRefusal, paymentRefusal } from './payables.access';
import { VendorService } from './vendor.service';
import { PurchaseOrderLine, PurchaseOrderStatus } from './purchasing.entity';
import { divFloor, scale, toNumber } from '../../core/exact';

/** Approval limits a practice starts with: the office manager up to $2,500, the practice manager up to $25,000, the administrator any amount. */
export const DEFAULT_APPROVAL_LIMITS: Record<string, number> = { [Role.OFFICE_MANAGER]: 2_500_00, [Role.PRACTICE_MANAGER]: 25_000_00 };

const MAX_LINES = 50;
const MAX_BILL = 1e12; // $10 billion in cents

/** An invoice number as the duplicate guard compares it: "inv-00123" and "INV 123" are the same. */
export function invoiceKey(invoiceNumber: string): string {
  return invoiceNumber
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .map((part) => part.replace(/(^|[A-Z])0+(?=\d)/g, '$1'))
    .join('');
}

/** The early-payment discount the terms offer on a total: total × bps ÷ 10,000, rounded once, half away from zero (core/exact). */
export function termsDiscount(total: number, discountBps: number): number {
  return scale(total, discountBps, 10_000);
}

/**
 * The most whole cents a price may run over its order: the tolerance's share of the ordered amount
 * (ordered × bps ÷ 10,000), never more. Over by a whole number of cents, a bill is within the share
 * exactly when it is within this bound, so the hold decision has no rounding in it.
 */
export function matchAllowance(ordered: number, toleranceBps: number): number {
  return toNumber(divFloor(BigInt(ordered) * BigInt(toleranceBps), 10_000));
}

interface CheckedLine {
  account: Account;
  costCentre: CostCentre;
  amount: number;
  description: string | null;
  poLine: PurchaseOrderLine | null;
  quantity: number | null;
  unitPrice: number | null;
}

export class BillService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  // ---- settings --------------------------------------------------------------------------------

  /** The practice's payables settings; the defaults (not saved) until someone changes them. */
  async settings(): Promise<PayablesSettings> {
    const found = await this.em.findOne(PayablesSettings, {});
    return found ?? Object.assign(new PayablesSettings(), { approvalLimits: { ...DEFAULT_APPROVAL_LIMITS } });
  }

  async updateSettings(input: PayablesSettingsInput): Promise<PayablesSettings> {
    const settings =
      (await this.em.findOne(PayablesSettings, {})) ??
      this.em.create(PayablesSettings, { organization: this.ctx.organizationId, approvalLimits: { ...DEFAULT_APPROVAL_LIMITS } });
    if (settings.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed the payables settings since you opened them.', { version: settings.version });
    const limits: Record<string, number> = {};
    for (const [i, { role, limit }] of input.approvalLimits.entries()) {
      if (!(Object.values(Role) as string[]).includes(role))
        throw new ValidationError(`input.approvalLimits.${i}.role`, `${role} is not a role.`);
      if (limit === null || limit === undefined) continue;
      if (!Number.isSafeInteger(limit) || limit < 0)
        throw new ValidationError(`input.approvalLimits.${i}.limit`, 'A limit is a whole, non-negative number of cents.');
      limits[role] = limit;
    }
    if (
      input.matchToleranceBps != null &&
      (!Number.isInteger(input.matchToleranceBps) || input.matchToleranceBps < 0 || input.matchToleranceBps > 10_000)
    )
      throw new ValidationError('input.matchToleranceBps', 'A tolerance is 0 to 10,000 basis points (0 % to 100 %).');
    if (input.matchToleranceMax != null && (!Number.isSafeInteger(input.matchToleranceMax) || input.matchToleranceMax < 0))
      throw new ValidationError('input.matchToleranceMax', 'The largest difference is a whole, non-negative number of cents.');
    Object.assign(settings, {
      basis: input.basis,
      approvalLimits: limits,
      separateApproverAndPayer: input.separateApproverAndPayer,
      matchToleranceBps: input.matchToleranceBps ?? settings.matchToleranceBps,
      matchToleranceMax: input.matchToleranceMax ?? settings.matchToleranceMax,
    });
    await this.em.flush();
    return settings;
  }

  // ---- reading ---------------------------------------------------------------------------------

  async bills(filter: BillFilter = {}, limit = 50, offset = 0): Promise<{ bills: Bill[]; total: number }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new ValidationError('limit', 'Ask for 1 to 500 bills.');
    if (!Number.isInteger(offset) || offset < 0) throw new ValidationError('offset', 'The offset cannot be negative.');
    const statuses = filter.statuses?.length ? filter.statuses : Object.values(BillStatus).filter((s) => s !== BillStatus.VOID);
    const unknown = statuses.find((s) => !(Object.values(BillStatus) as string[]).includes(s));
    if (unknown) throw new ValidationError('filter.statuses', `${unknown} is not a bill status.`);
    if (filter.dueBefore && !isIsoDate(filter.dueBefore)) throw new ValidationError('filter.dueBefore', 'Enter a date as YYYY-MM-DD.');
    const where: Record<string, unknown> = { status: { $in: statuses } };
    if (filter.vendorId) where.vendor = filter.vendorId;
    if (filter.dueBefore) where.dueDate = { $lt: filter.dueBefore };
    const search = filter.search?.trim().replace(/[%_]/g, '');
    if (search) where.$or = [{ invoiceNumber: { $like: `%${search}%` } }, { vendor: { name: { $like: `%${search}%` } } }];
    // The page with its vendors, and the count on its own: findAndCount would count through the
    // vendor join (and the vendor's account and cost centre) over every matching bill.
    const [bills, total] = await Promise.all([
      this.em.find(Bill, where, { populate: ['vendor'], orderBy: { dueDate: 'asc', invoiceDate: 'asc', id: 'asc' }, limit, offset }),
      this.em.count(Bill, where),
    ]);
    return { bills, total };
  }

  async bill(id: string, field = 'id'): Promise<Bill> {
    const bill = await this.em.findOne(Bill, { id }, { populate: ['vendor'] });
    if (!bill) {
      if (field === 'id') throw new NotFoundError('Bill', id);
      throw new ValidationError(field, 'No such bill in this organization.');
    }
    return bill;
  }

  // ---- entering --------------------------------------------------------------------------------

  /**
   * Enters a bill or corrects one not yet approved. The same vendor's invoice number twice is
   * refused; the same vendor and amount a few days apart waits for the user to confirm.
   */
  async save(input: BillInput): Promise<SavedBill> {
    const vendor = await new VendorService(this.ctx).vendor(input.vendorId, 'input.vendorId');
    const invoiceNumber = input.invoiceNumber.trim();
    const key = invoiceKey(invoiceNumber);
    if (!invoiceNumber || invoiceNumber.length > 60 || !key)
      throw new ValidationError('input.invoiceNumber', 'Enter the invoice number as printed (at most 60 characters).');
    const today = this.ctx.today();
    if (!isIsoDate(input.invoiceDate)) throw new ValidationError('input.invoiceDate', 'Enter a date as YYYY-MM-DD.');
    if (input.invoiceDate < '2000-01-01' || input.invoiceDate > addDays(today, 60)) {
      throw new ValidationError('input.invoiceDate', 'The invoice date is between 2000 and 60 days from today.');
    }
    const dueDate = input.dueDate || addDays(input.invoiceDate, vendor.termsDays);
    if (!isIsoDate(dueDate)) throw new ValidationError('input.dueDate', 'Enter a date as YYYY-MM-DD.');
    if (dueDate < input.invoiceDate) throw new ValidationError('input.dueDate', 'A bill cannot be due before its invoice date.');
    const memo = input.memo?.trim() || null;
    if (memo && memo.length > 2000) throw new ValidationError('input.memo', 'Keep the memo under 2,000 characters.');
    const lines = await this.checkLines(input, vendor.id);
    const total = lines.reduce((s, l) => s + l.amount, 0);
    if (total <= 0)
      throw new ValidationError('input.lines', 'A bill totals more than zero (enter a vendor credit as a negative line on a bill).');
    if (total > MAX_BILL) throw new ValidationError('input.lines', 'That is more than any bill Praxis takes.');

    const existing = input.id ? await this.bill(input.id, 'input.id') : null;
    if (existing) {
      if (input.expectedVersion !== existing.version)
        throw new ConflictError('Someone else changed this bill since you opened it.', {
          version: existing.version,
          status: existing.status,
        });
      if (existing.status !== BillStatus.RECEIVED)
        throw new ValidationError(
          'input.id',
          `A ${existing.status.toLowerCase().replace('_', ' ')} bill cannot be changed; void it and enter it again.`,
        );
    }
    const others = await this.em.find(Bill, {
      vendor,
      status: { $ne: BillStatus.VOID },
      ...(input.id ? { id: { $ne: input.id } } : {}),
      $or: [{ invoiceKey: key }, { total }],
    });
    const sameNumber = others.find((b) => b.invoiceKey === key);
    if (sameNumber) {
      throw new ValidationError(
        'input.invoiceNumber',
        `Invoice ${sameNumber.invoiceNumber} from ${vendor.name} is already entered (dated ${sameNumber.invoiceDate}, ${formatCents(sameNumber.total)}).`,
      );
    }
    const settings = await this.settings();
    const near = others.find(
      (b) =>
        b.total === total && Math.abs(Date.parse(b.invoiceDate) - Date.parse(input.invoiceDate)) <= settings.nearDuplicateDays * 86_400_000,
    );
    if (near && !input.confirmPossibleDuplicate) {
      throw new NeedsConfirmationError(
        'input.confirmPossibleDuplicate',
        `${vendor.name} billed ${formatCents(total)} on ${near.invoiceDate} too (invoice ${near.invoiceNumber}): is this a different bill?`,
        { duplicate: { id: near.id, invoiceNumber: near.invoiceNumber, invoiceDate: near.invoiceDate, total: near.total } },
      );
    }

    const discountDate = vendor.discountBps > 0 ? addDays(input.invoiceDate, vendor.discountDays) : null;
    const fields = {
      vendor,
      invoiceNumber,
      invoiceKey: key,
      invoiceDate: input.invoiceDate,
      dueDate,
      memo,
      total,
      discountDate,
      discountAmount: discountDate ? termsDiscount(total, vendor.discountBps) : 0,
      holdReason: await this.matchHold(lines, settings, existing?.id ?? null),
    };
    let bill: Bill;
    const replacedLines: BillLine[] = [];
    if (existing) {
      bill = Object.assign(existing, fields);
      for (const line of await this.em.find(BillLine, { bill })) {
        replacedLines.push(line);
        this.em.remove(line);
      }
    } else {
      bill = this.em.create(Bill, {
        organization: this.ctx.organizationId,
        ...fields,
        enteredBy: this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null,
      });
    }
    lines.forEach((l, position) => this.em.create(BillLine, { organization: this.ctx.organizationId, bill, position, ...l }));
    await this.em.flush();
    const ordered = [...new Set([...lines, ...replacedLines].map((l) => l.poLine?.id).filter((id): id is string => !!id))];
    if (ordered.length) {
      await this.refreshBilled(ordered);
      await this.em.flush();
    }
    return { bill, budgetWarnings: await this.budgetWarnings(bill.invoiceDate, lines) };
  }

  /** Keeps an invoice's file (PDF or image) with the bill. */
  async attach(billId: string, fileName: string, data: Buffer): Promise<BillAttachment> {
    const bill = await this.bill(billId, 'billId');
    const contentType = checkDocument(data, 'file');
    const name = fileName.trim().replace(/[\\/]/g, '_').slice(0, 200) || 'invoice';
    const storageKey = `${this.ctx.organizationId}/bills/${bill.id}/${randomUUID()}`;
    await fileStorage().put(storageKey, data);
    const attachment = this.em.create(BillAttachment, {
      organization: this.ctx.organizationId,
      bill,
      fileName: name,
      contentType,
      size: data.length,
      storageKey,
    });
    await this.em.flush();
    return attachment;
  }

  async attachmentFile(billId: string, attachmentId: string): Promise<{ fileName: string; data: Buffer; type: string }> {
    const attachment = await this.em.findOne(BillAttachment, { id: attachmentId, bill: billId });
    if (!attachment) throw new NotFoundError('Attachment', attachmentId);
    return { fileName: attachment.fileName, data: await fileStorage().get(attachment.storageKey), type: attachment.contentType };
  }

  // ---- approving and voiding --------------------------------------------------------------------

  /**
   * Approves a bill within the approver's limit. On accrual books the bill becomes an expense now,
   * owed on accounts payable until paid. The budget check runs on every line: in STOP mode a line
   * over budget refuses the approval.
   */
  async approve(id: string, expectedVersion: number): Promise<SavedBill> {
    const bill = await this.bill(id);
    const settings = await this.settings();
    const refused = approvalRefusal(this.ctx, bill, settings.approvalLimits);
    if (refused) throw new ForbiddenError(refused);
    if (bill.version !== expectedVersion)
      throw new ConflictError('Someone else changed this bill since you loaded it.', { version: bill.version, status: bill.status });
    BILL_LIFECYCLE.assert(
      bill.status,
      BillStatus.APPROVED,
      'id',
      bill.status === BillStatus.RECEIVED ? undefined : `This bill is ${bill.status.toLowerCase().replace('_', ' ')} already.`,
    );
    if (bill.holdReason)
      throw new ValidationError('id', `This bill is held: ${bill.holdReason} Release the hold (with a reason) before approving it.`);
    const lines = await this.linesOf(bill);
    const warnings = await this.budgetWarnings(bill.invoiceDate, lines);
    const stop = warnings.find((w) => w.outcome === BudgetCheckOutcome.STOP);
    if (stop)
      throw new BudgetExceededError(
        `lines.${stop.line}`,
        `${stop.message} The practice stops spending over budget: the administrator can revise the budget or change the budget check.`,
      );
    bill.status = BillStatus.APPROVED;
    bill.approvedBy = this.em.getReference(User, this.ctx.userId!);
    bill.approvedAt = now();
    if (settings.basis === AccountingBasis.ACCRUAL) {
      await new LedgerService(this.ctx).post(approvalPosting(bill, lines));
    }
    await this.em.flush();
    return { bill, budgetWarnings: warnings };
  }

  /** Releases a held bill (the vendor's credit note is coming, the price rise was agreed…): the reason stays with the bill. */
  async releaseHold(id: string, expectedVersion: number, reason: string): Promise<Bill> {
    const text = reason.trim();
    if (!text) throw new ValidationError('reason', 'Say why the bill may go ahead although it does not match its order.');
    if (text.length > 500) throw new ValidationError('reason', 'Keep the reason under 500 characters.');
    const bill = await this.bill(id);
    if (bill.version !== expectedVersion)
      throw new ConflictError('Someone else changed this bill since you loaded it.', { version: bill.version, status: bill.status });
    if (!bill.holdReason) throw new ValidationError('id', 'This bill is not held.');
    bill.memo = [bill.memo, `Hold released: ${text} (was: ${bill.holdReason})`].filter(Boolean).join('\n');
    bill.holdReason = null;
    await this.em.flush();
    return bill;
  }

  /** Voids a bill nothing has been paid on; on accrual books its expense is reversed. */
  async void(id: string, expectedVersion: number, reason: string): Promise<Bill> {
    const text = reason.trim();
    if (!text) throw new ValidationError('reason', 'Say why the bill is void (a duplicate, entered by mistake…).');
    if (text.length > 500) throw new ValidationError('reason', 'Keep the reason under 500 characters.');
    const bill = await this.bill(id);
    if (bill.version !== expectedVersion)
      throw new ConflictError('Someone else changed this bill since you loaded it.', { version: bill.version, status: bill.status });
    if (bill.amountPaid > 0 || bill.discountTaken > 0)
      throw new ValidationError('id', 'Payments were recorded on this bill: void them first.');
    BILL_LIFECYCLE.assert(bill.status, BillStatus.VOID);
    const wasExpensed = bill.status !== BillStatus.RECEIVED && (await this.settings()).basis === AccountingBasis.ACCRUAL;
    if (wasExpensed) {
      const lines = await this.linesOf(bill);
      await new LedgerService(this.ctx).post({
        date: this.ctx.today(),
        source: LedgerSource.BILL,
        dedupeKey: `bill:${bill.id}:void`,
        sourceId: bill.id,
        memo: `Void: ${bill.vendor.name} invoice ${bill.invoiceNumber}`,
        lines: lines.map((l) => ({ account: l.account, costCentre: l.costCentre, amount: -l.amount })),
        balanceWith: AccountGroup.PAYABLES,
      });
    }
    bill.status = BillStatus.VOID;
    bill.voidReason = text;
    await this.em.flush();
    const ordered = (await this.linesOf(bill)).map((l) => l.poLine?.id).filter((poLine): poLine is string => !!poLine);
    if (ordered.length) {
      await this.refreshBilled(ordered);
      await this.em.flush();
    }
    return bill;
  }

  // ---- paying ----------------------------------------------------------------------------------

  /**
   * Records a payment (whole or part, with the early-payment discount when it is still on offer).
   * The bill's version guards against two people paying it at once: the second gets CONFLICT and
   * nothing is paid twice.
   */
  async pay(input: BillPaymentInput): Promise<Bill> {
    const bill = await this.bill(input.billId, 'input.billId');
    const settings = await this.settings();
    const ledger = new LedgerService(this.ctx);
    const payables = await ledger.systemAccount(AccountGroup.PAYABLES);
    const posting = await this.recordPayment(bill, input, { field: 'input', settings, payables });
    await ledger.post(posting);
    await this.em.flush();
    return bill;
  }

  /**
   * The payment run: bills due by a day (and those whose early-payment discount ends by then, the
   * soonest ending first), each with the cash it takes and the discount it saves.
   */
  async proposeRun(payBy: string, paidOn = this.ctx.today()): Promise<PaymentRunProposal> {
    if (!isIsoDate(payBy)) throw new ValidationError('payBy', 'Enter a date as YYYY-MM-DD.');
    if (!isIsoDate(paidOn)) throw new ValidationError('paidOn', 'Enter a date as YYYY-MM-DD.');
    const bills = await this.em.find(
      Bill,
      {
        status: { $in: [BillStatus.APPROVED, BillStatus.SCHEDULED, BillStatus.PARTIALLY_PAID] },
        $or: [{ dueDate: { $lte: payBy } }, { discountDate: { $gte: paidOn, $lte: payBy }, discountAmount: { $gt: 0 } }],
      },
      { populate: ['vendor'], orderBy: { dueDate: 'asc', id: 'asc' } },
    );
    const payments = bills
      .map((bill) => {
        const discountOpen = !!bill.discountDate && bill.discountDate >= paidOn ? bill.discountAmount - bill.discountTaken : 0;
        const discount = Math.min(discountOpen, bill.balance);
        return { bill, amount: bill.balance - discount, discount, reason: bill.dueDate <= payBy ? 'DUE' : 'DISCOUNT' };
      })
      .sort((x, y) => {
        // Discounts about to end first, then the soonest due.
        const xd = x.discount > 0 ? x.bill.discountDate! : '9999';
        const yd = y.discount > 0 ? y.bill.discountDate! : '9999';
        return xd.localeCompare(yd) || x.bill.dueDate.localeCompare(y.bill.dueDate) || x.bill.id.localeCompare(y.bill.id);
      });
    return {
      payBy,
      paidOn,
      payments,
      total: payments.reduce((sum, p) => sum + p.amount, 0),
      discounts: payments.reduce((sum, p) => sum + p.discount, 0),
    };
  }

  /** Pays the run's bills together: any bill refused, changed or paid meanwhile refuses the whole run, and nothing is paid. */
  async payRun(input: PaymentRunInput): Promise<PaymentRunResult> {
    if (!input.payments.length) throw new ValidationError('input.payments', 'Choose the bills to pay.');
    if (input.payments.length > 500) throw new ValidationError('input.payments', 'Pay at most 500 bills in one run.');
    if (new Set(input.payments.map((p) => p.billId)).size !== input.payments.length)
      throw new ValidationError('input.payments', 'A bill is in the run twice.');
    if (input.firstCheckNumber != null && (!Number.isSafeInteger(input.firstCheckNumber) || input.firstCheckNumber < 1)) {
      throw new ValidationError('input.firstCheckNumber', 'A check number is a whole number from 1.');
    }
    const bills = new Map(
      (await this.em.find(Bill, { id: { $in: input.payments.map((p) => p.billId) } }, { populate: ['vendor'] })).map((b) => [b.id, b]),
    );
    const settings = await this.settings();
    const ledger = new LedgerService(this.ctx);
    const payables = await ledger.systemAccount(AccountGroup.PAYABLES);
    const runId = randomUUID();
    const postings: Posting[] = [];
    for (const [i, p] of input.payments.entries()) {
      const bill = bills.get(p.billId);
      if (!bill) throw new ValidationError(`input.payments.${i}.billId`, 'No such bill in this organization.');
      const reference =
        input.method === PaymentMethod.CHECK && input.firstCheckNumber != null
          ? String(input.firstCheckNumber + i)
          : (input.reference ?? null);
      postings.push(
        await this.recordPayment(
          bill,
          { ...p, paidOn: input.paidOn, method: input.method, reference },
          { field: `input.payments.${i}`, settings, payables, runId },
        ),
      );
    }
    await ledger.postMany(postings);
    await this.em.flush();
    const paid = [...bills.values()];
    return {
      runId,
      paid: paid.length,
      bills: paid,
      total: input.payments.reduce((sum, p) => sum + p.amount, 0),
      discounts: input.payments.reduce((sum, p) => sum + p.discount, 0),
    };
  }

  /** A run's payments as a CSV for the bank or the books: payee, remit-to, invoice, date, method, reference, amount, discount. */
  async runCsv(runId: string): Promise<{ fileName: string; data: string; type: string }> {
    const payments = await this.em.find(
      BillPayment,
      { runId, voidedAt: null },
      { populate: ['bill', 'bill.vendor'], orderBy: { reference: 'asc', id: 'asc' } },
    );
    if (!payments.length) throw new NotFoundError('Payment run', runId);
    const rows = [
      ['Payee', 'Remit to', 'Invoice', 'Paid on', 'Method', 'Reference', 'Amount', 'Discount'],
      ...payments.map((p) => [
        p.bill.vendor.name,
        (p.bill.vendor.remitTo ?? '').replace(/\n/g, ', '),
        p.bill.invoiceNumber,
        p.paidOn,
        p.method,
        p.reference ?? '',
        formatCents(p.amount).replace(/[$,]/g, '').replace('−', '-'),
        formatCents(p.discount).replace(/[$,]/g, '').replace('−', '-'),
      ]),
    ];
    return { fileName: `payment-run-${payments[0].paidOn}.csv`, data: Papa.unparse(rows), type: 'text/csv; charset=utf-8' };
  }

  /** Checks and records one payment of a bill (not flushed): the rules of pay() and of a payment run alike. */
  private async recordPayment(
    bill: Bill,
    p: { expectedVersion: number; paidOn: string; amount: number; discount: number; method: PaymentMethod; reference?: string | null },
    options: { field: string; settings: PayablesSettings; payables: Account; runId?: string },
  ): Promise<Posting> {
    const f = options.field;
    const refused = paymentRefusal(this.ctx, { approvedById: bill.approvedBy?.id }, options.settings.separateApproverAndPayer);
    if (refused) throw new ForbiddenError(options.runId ? `${bill.vendor.name} ${bill.invoiceNumber}: ${refused}` : refused);
    if (bill.version !== p.expectedVersion) {
      throw new ConflictError(
        `Someone else changed ${bill.vendor.name} invoice ${bill.invoiceNumber} since you loaded it: check whether it was paid.`,
        {
          billId: bill.id,
          version: bill.version,
          status: bill.status,
          balance: bill.balance,
        },
      );
    }
    if (![BillStatus.APPROVED, BillStatus.SCHEDULED, BillStatus.PARTIALLY_PAID].includes(bill.status)) {
      throw new ValidationError(
        `${f}.billId`,
        bill.status === BillStatus.RECEIVED
          ? 'Approve the bill before paying it.'
          : `This bill is ${bill.status.toLowerCase().replace('_', ' ')}: there is nothing to pay.`,
      );
    }
    if (!isIsoDate(p.paidOn)) throw new ValidationError(`${options.runId ? 'input' : f}.paidOn`, 'Enter a date as YYYY-MM-DD.');
    if (p.paidOn < bill.invoiceDate || p.paidOn > addDays(this.ctx.today(), 30)) {
      throw new ValidationError(
        `${options.runId ? 'input' : f}.paidOn`,
        'A payment is dated between the invoice date and 30 days from today.',
      );
    }
    if (!Number.isSafeInteger(p.amount) || p.amount <= 0)
      throw new ValidationError(`${f}.amount`, 'Enter the amount paid, more than zero.');
    if (!Number.isSafeInteger(p.discount) || p.discount < 0) throw new ValidationError(`${f}.discount`, 'A discount cannot be negative.');
    if (p.discount > 0) {
      if (!bill.discountDate || p.paidOn > bill.discountDate) {
        throw new ValidationError(
          `${f}.discount`,
          bill.discountDate ? `The discount ran out on ${bill.discountDate}.` : 'This vendor offers no early-payment discount.',
        );
      }
      if (bill.discountTaken + p.discount > bill.discountAmount)
        throw new ValidationError(`${f}.discount`, `The terms offer ${formatCents(bill.discountAmount)} at most.`);
    }
    if (p.amount + p.discount > bill.balance)
      throw new ValidationError(`${f}.amount`, `Only ${formatCents(bill.balance)} is still owed on this bill.`);
    const reference = p.reference?.trim() || null;
    if (reference && reference.length > 80)
      throw new ValidationError(`${options.runId ? 'input' : f}.reference`, 'Keep the reference under 80 characters.');

    const payment = this.em.create(BillPayment, {
      organization: this.ctx.organizationId,
      bill,
      paidOn: p.paidOn,
      amount: p.amount,
      discount: p.discount,
      method: p.method,
      reference,
      paidBy: this.em.getReference(User, this.ctx.userId!),
      runId: options.runId ?? null,
    });
    bill.amountPaid += p.amount;
    bill.discountTaken += p.discount;
    const settled = bill.balance === 0;
    bill.status = settled ? BillStatus.PAID : BillStatus.PARTIALLY_PAID;
    bill.paidOn = settled ? p.paidOn : null;
    return paymentPosting(bill, payment, await this.linesOf(bill), options.settings.basis, options.payables);
  }

  /** Voids a recorded payment (a bounced check, a payment entered twice); its posting is reversed. */
  async voidPayment(paymentId: string, reason: string): Promise<Bill> {
    const text = reason.trim();
    if (!text) throw new ValidationError('reason', 'Say why the payment is void.');
    const payment = await this.em.findOne(BillPayment, { id: paymentId }, { populate: ['bill', 'bill.vendor'] });
    if (!payment) throw new NotFoundError('Payment', paymentId);
    if (payment.voidedAt) throw new ValidationError('paymentId', 'This payment is void already.');
    const bill = payment.bill;
    const settings = await this.settings();
    const ledger = new LedgerService(this.ctx);
    const posting = paymentPosting(
      bill,
      payment,
      await this.linesOf(bill),
      settings.basis,
      await ledger.systemAccount(AccountGroup.PAYABLES),
    );
    await ledger.post({
      ...posting,
      date: this.ctx.today(),
      dedupeKey: `${posting.dedupeKey}:void`,
      memo: `Void: ${posting.memo}`,
      lines: posting.lines.map((l) => ({ ...l, amount: -l.amount })),
    });
    payment.voidedAt = now();
    payment.voidReason = text.slice(0, 500);
    bill.amountPaid -= payment.amount;
    bill.discountTaken -= payment.discount;
    bill.status = bill.amountPaid + bill.discountTaken > 0 ? BillStatus.PARTIALLY_PAID : BillStatus.APPROVED;
    bill.paidOn = null;
    await this.em.flush();
    return bill;
  }

  // ---- shared ----------------------------------------------------------------------------------

  /** A bill's lines with their accounts and cost centres, in order. */
  linesOf(bill: Bill): Promise<BillLine[]> {
    return this.em.find(BillLine, { bill }, { populate: ['account', 'costCentre'], orderBy: { position: 'asc' } });
  }

  private async checkLines(input: BillInput, vendorId: string): Promise<CheckedLine[]> {
    if (!input.lines.length) throw new ValidationError('input.lines', 'A bill has at least one line.');
    if (input.lines.length > MAX_LINES) throw new ValidationError('input.lines', `A bill has at most ${MAX_LINES} lines.`);
    const ledger = new LedgerService(this.ctx);
    const poLineIds = input.lines.map((l) => l.poLineId).filter((id): id is string => !!id);
    const poLines = new Map(
      (poLineIds.length
        ? await this.em.find(PurchaseOrderLine, { id: { $in: poLineIds } }, { populate: ['order', 'account', 'costCentre'] })
        : []
      ).map((l) => [l.id, l]),
    );
    const out: CheckedLine[] = [];
    for (const [i, line] of input.lines.entries()) {
      const field = `input.lines.${i}`;
      const description = line.description?.trim() || null;
      if (description && description.length > 300)
        throw new ValidationError(`${field}.description`, 'Keep a line’s description under 300 characters.');
      if (line.poLineId) {
        const poLine = poLines.get(line.poLineId);
        if (!poLine) throw new ValidationError(`${field}.poLineId`, 'No such purchase order line in this organization.');
        if (poLine.order.vendor.id !== vendorId)
          throw new ValidationError(`${field}.poLineId`, `${poLine.order.number} is another vendor’s order.`);
        if (
          ![PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTLY_RECEIVED, PurchaseOrderStatus.RECEIVED].includes(poLine.order.status)
        ) {
          throw new ValidationError(`${field}.poLineId`, `${poLine.order.number} has not been placed with the vendor.`);
        }
        if (!Number.isInteger(line.quantity) || line.quantity! < 1)
          throw new ValidationError(`${field}.quantity`, 'Enter the units billed, at least one.');
        if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice! <= 0)
          throw new ValidationError(`${field}.unitPrice`, 'Enter the price per unit in cents.');
        const amount = line.quantity! * line.unitPrice!;
        if (line.amount !== amount) throw new ValidationError(`${field}.amount`, `Quantity × unit price is ${formatCents(amount)}.`);
        out.push({
          account: poLine.account,
          costCentre: poLine.costCentre,
          amount,
          description: description ?? poLine.description,
          poLine,
          quantity: line.quantity!,
          unitPrice: line.unitPrice!,
        });
        continue;
      }
      if (!line.accountId) throw new ValidationError(`${field}.accountId`, 'Choose the account.');
      if (!line.costCentreId) throw new ValidationError(`${field}.costCentreId`, 'Choose the cost centre.');
      const account = await ledger.account(line.accountId, `${field}.accountId`);
      if (![AccountKind.EXPENSE, AccountKind.ASSET].includes(account.kind))
        throw new ValidationError(`${field}.accountId`, 'A bill line goes to an expense (or asset) account.');
      const costCentre = await ledger.costCentre(line.costCentreId, `${field}.costCentreId`);
      if (!Number.isSafeInteger(line.amount) || line.amount === 0 || Math.abs(line.amount) > MAX_BILL)
        throw new ValidationError(`${field}.amount`, 'Enter the line’s amount in cents, not zero.');
      out.push({ account, costCentre, amount: line.amount, description, poLine: null, quantity: null, unitPrice: null });
    }
    return out;
  }

  /**
   * The three-way match of lines billed against their orders: never more units than arrived (counting
   * other bills for the same lines), and a price within the practice's tolerance (a share of the
   * ordered amount, capped). Returns why the bill is held, or null.
   */
  private async matchHold(lines: CheckedLine[], settings: PayablesSettings, billId: string | null): Promise<string | null> {
    const matched = lines.filter((l) => l.poLine);
    if (!matched.length) return null;
    const billedElsewhere = await this.billedQuantities(
      matched.map((l) => l.poLine!.id),
      billId,
    );
    const reasons: string[] = [];
    const billedHere = new Map<string, number>();
    for (const l of matched) {
      const po = l.poLine!;
      const where = `${po.order.number} line ${po.position + 1} (${po.description})`;
      const billed = (billedElsewhere.get(po.id) ?? 0) + (billedHere.get(po.id) ?? 0) + l.quantity!;
      billedHere.set(po.id, (billedHere.get(po.id) ?? 0) + l.quantity!);
      if (billed > po.quantityReceived) reasons.push(`${where}: billed for ${billed} but ${po.quantityReceived} received.`);
      const over = (l.unitPrice! - po.unitPrice) * l.quantity!;
      const ordered = po.unitPrice * l.quantity!;
      const allowed = Math.min(matchAllowance(ordered, settings.matchToleranceBps), settings.matchToleranceMax);
      if (over > allowed) {
        reasons.push(
          `${where}: billed at ${formatCents(l.unitPrice!)} a unit against ${formatCents(po.unitPrice)} ordered, ${formatCents(over)} over the order (the tolerance allows ${formatCents(allowed)}).`,
        );
      }
    }
    return reasons.length ? reasons.join(' ') : null;
  }

  /** Units billed per order line on bills other than this one (not void): one statement. */
  private async billedQuantities(poLineIds: string[], exceptBillId: string | null): Promise<Map<string, number>> {
    const rows = await tenantRows<{ po_line_id: string; units: unknown }>(this.em, BillLine, 'l', (qb) =>
      qb
        .select(['l.po_line_id', raw('sum(l.quantity) as units')])
        .join('l.bill', 'b')
        .where({
          poLine: { $in: poLineIds },
          'b.status': { $ne: BillStatus.VOID },
          ...(exceptBillId ? { 'b.id': { $ne: exceptBillId } } : {}),
        })
        .groupBy('l.po_line_id'),
    );
    return new Map(rows.map((r) => [r.po_line_id, Number(r.units ?? 0)]));
  }

  /** Keeps each order line's billed units in step with its bills. */
  private async refreshBilled(poLineIds: string[]): Promise<void> {
    if (!poLineIds.length) return;
    const billed = await this.billedQuantities(poLineIds, null);
    for (const line of await this.em.find(PurchaseOrderLine, { id: { $in: poLineIds } })) line.quantityBilled = billed.get(line.id) ?? 0;
  }

  /** The budget check on each line (lines on the same account and cost centre checked together). */
  private async budgetWarnings(
    date: string,
    lines: { account: Account; costCentre: CostCentre; amount: number }[],
  ): Promise<BillBudgetWarning[]> {
    const variance = new VarianceService(this.ctx);
    const groups = new Map<string, { first: number; amount: number; account: Account; costCentre: CostCentre }>();
    lines.forEach((l, i) => {
      const key = `${l.account.id}|${l.costCentre.id}`;
      const group = groups.get(key) ?? { first: i, amount: 0, account: l.account, costCentre: l.costCentre };
      group.amount += l.amount;
      groups.set(key, group);
    });
    const warnings: BillBudgetWarning[] = [];
    for (const g of groups.values()) {
      if (g.account.kind !== AccountKind.EXPENSE || g.amount <= 0) continue;
      const check = await variance.check(g.account.id, g.costCentre.id, date, g.amount);
      if (check.outcome !== BudgetCheckOutcome.OK) warnings.push({ line: g.first, outcome: check.outcome, message: check.message });
    }
    return warnings.sort((a, b) => a.line - b.line);
  }
}

export { OPEN_BILL_STATUSES, Vendor };
