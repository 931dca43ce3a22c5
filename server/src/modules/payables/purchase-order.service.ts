import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays, isIsoDate, now } from '../../core/dates';
import { BudgetExceededError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors';
import { User } from '../../core/organization.entity';
import { AccountKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { BudgetCheckOutcome } from '../budget/budget.types';
import { VarianceService } from '../budget/variance.service';
import { PURCHASE_ORDER_LIFECYCLE, PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus, PurchaseReceipt } from './purchasing.entity';
import type { PurchaseOrderInput, ReceiveInput } from './purchasing.inputs';
import type { BillBudgetWarning } from './payables.types';
import { approvalRefusal } from './payables.access';
import { BillService } from './bill.service';
import { VendorService } from './vendor.service';

const MAX_QUANTITY = 1_000_000;
const MAX_UNIT_PRICE = 1e10; // $100 million in cents

export class PurchaseOrderService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  orders(statuses?: PurchaseOrderStatus[] | null, vendorId?: string | null): Promise<PurchaseOrder[]> {
    const where = { ...(statuses?.length ? { status: { $in: statuses } } : {}), ...(vendorId ? { vendor: vendorId } : {}) };
    return this.em.find(PurchaseOrder, where, {
      populate: ['vendor'],
      orderBy: { createdAt: 'desc', number: 'desc' },
      limit: 500,
    });
  }

  async order(id: string, field = 'id'): Promise<PurchaseOrder> {
    const order = await this.em.findOne(PurchaseOrder, { id }, { populate: ['vendor'] });
    if (!order) {
      if (field === 'id') throw new NotFoundError('Purchase order', id);
      throw new ValidationError(field, 'No such purchase order in this organization.');
    }
    return order;
  }

  linesOf(order: PurchaseOrder): Promise<PurchaseOrderLine[]> {
    return this.em.find(PurchaseOrderLine, { order }, { populate: ['account', 'costCentre'], orderBy: { position: 'asc' } });
  }

  /** Drafts an order or changes a draft; numbered PO-1001, PO-1002… in the order they are drafted. */
  async save(input: PurchaseOrderInput): Promise<{ order: PurchaseOrder; budgetWarnings: BillBudgetWarning[] }> {
    const vendor = await new VendorService(this.ctx).vendor(input.vendorId, 'input.vendorId');
    if (input.expectedOn && !isIsoDate(input.expectedOn)) throw new ValidationError('input.expectedOn', 'Enter a date as YYYY-MM-DD.');
    const memo = input.memo?.trim() || null;
    if (memo && memo.length > 2000) throw new ValidationError('input.memo', 'Keep the memo under 2,000 characters.');
    if (!input.lines.length) throw new ValidationError('input.lines', 'An order has at least one line.');
    if (input.lines.length > 100) throw new ValidationError('input.lines', 'An order has at most 100 lines.');
    const ledger = new LedgerService(this.ctx);
    const lines = [];
    for (const [i, l] of input.lines.entries()) {
      const field = `input.lines.${i}`;
      const description = l.description.trim();
      if (!description || description.length > 300)
        throw new ValidationError(`${field}.description`, 'Say what is ordered (at most 300 characters).');
      const account = await ledger.account(l.accountId, `${field}.accountId`);
      if (![AccountKind.EXPENSE, AccountKind.ASSET].includes(account.kind))
        throw new ValidationError(`${field}.accountId`, 'An order line goes to an expense (or asset) account.');
      const costCentre = await ledger.costCentre(l.costCentreId, `${field}.costCentreId`);
      if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > MAX_QUANTITY)
        throw new ValidationError(`${field}.quantity`, 'Order a whole number of units, at least one.');
      if (!Number.isSafeInteger(l.unitPrice) || l.unitPrice <= 0 || l.unitPrice > MAX_UNIT_PRICE)
        throw new ValidationError(`${field}.unitPrice`, 'Enter the unit price in cents, more than zero.');
      lines.push({ description, account, costCentre, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.quantity * l.unitPrice });
    }
    const total = lines.reduce((sum, l) => sum + l.amount, 0);
    if (!Number.isSafeInteger(total)) throw new ValidationError('input.lines', 'That is more than any order Praxis takes.');

    let order: PurchaseOrder;
    if (input.id) {
      order = await this.order(input.id, 'input.id');
      if (input.expectedVersion !== order.version)
        throw new ConflictError('Someone else changed this order since you opened it.', { version: order.version, status: order.status });
      if (order.status !== PurchaseOrderStatus.DRAFT) throw new ValidationError('input.id', 'Only a draft order can be changed.');
      for (const line of await this.em.find(PurchaseOrderLine, { order })) this.em.remove(line);
      Object.assign(order, { vendor, expectedOn: input.expectedOn || null, memo, total });
    } else {
      const count = await this.em.count(PurchaseOrder, {});
      order = this.em.create(PurchaseOrder, {
        organization: this.ctx.organizationId,
        number: `PO-${1001 + count}`,
        vendor,
        expectedOn: input.expectedOn || null,
        memo,
        total,
        createdBy: this.em.getReference(User, this.ctx.userId!),
      });
    }
    lines.forEach((l, position) => this.em.create(PurchaseOrderLine, { organization: this.ctx.organizationId, order, position, ...l }));
    await this.em.flush();
    return { order, budgetWarnings: await this.budgetWarnings(lines) };
  }

  /** Approves a draft within the approver's limit; the budget check runs on every line (STOP refuses). */
  async approve(id: string, expectedVersion: number): Promise<{ order: PurchaseOrder; budgetWarnings: BillBudgetWarning[] }> {
    const order = await this.order(id);
    const refused = approvalRefusal(this.ctx, order, (await new BillService(this.ctx).settings()).approvalLimits, 'Orders');
    if (refused) throw new ForbiddenError(refused);
    this.checkVersion(order, expectedVersion);
    PURCHASE_ORDER_LIFECYCLE.assert(order.status, PurchaseOrderStatus.APPROVED);
    const warnings = await this.budgetWarnings(await this.linesOf(order));
    const stop = warnings.find((w) => w.outcome === BudgetCheckOutcome.STOP);
    if (stop) throw new BudgetExceededError(`lines.${stop.line}`, `${stop.message} The practice stops spending over budget.`);
    Object.assign(order, {
      status: PurchaseOrderStatus.APPROVED,
      approvedBy: this.em.getReference(User, this.ctx.userId!),
      approvedAt: now(),
    });
    await this.em.flush();
    return { order, budgetWarnings: warnings };
  }

  async markOrdered(id: string, expectedVersion: number, orderedOn: string): Promise<PurchaseOrder> {
    const order = await this.order(id);
    this.checkVersion(order, expectedVersion);
    if (!isIsoDate(orderedOn) || orderedOn > addDays(this.ctx.today(), 1))
      throw new ValidationError('orderedOn', 'Enter the day it was ordered (YYYY-MM-DD), not in the future.');
    PURCHASE_ORDER_LIFECYCLE.assert(
      order.status,
      PurchaseOrderStatus.ORDERED,
      'id',
      order.status === PurchaseOrderStatus.DRAFT ? 'Approve the order before placing it.' : undefined,
    );
    Object.assign(order, { status: PurchaseOrderStatus.ORDERED, orderedOn });
    await this.em.flush();
    return order;
  }

  /** Records what arrived, line by line; never more than is still outstanding. */
  async receive(input: ReceiveInput): Promise<PurchaseOrder> {
    const order = await this.order(input.orderId, 'input.orderId');
    this.checkVersion(order, input.expectedVersion);
    if (![PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTLY_RECEIVED].includes(order.status)) {
      throw new ValidationError(
        'input.orderId',
        order.status === PurchaseOrderStatus.RECEIVED
          ? 'Everything on this order has arrived.'
          : 'Receive against an order that has been placed.',
      );
    }
    if (!isIsoDate(input.receivedOn) || input.receivedOn > this.ctx.today())
      throw new ValidationError('input.receivedOn', 'Enter the day it arrived (YYYY-MM-DD), not in the future.');
    if (!input.lines.length) throw new ValidationError('input.lines', 'Say what arrived.');
    const lines = new Map((await this.linesOf(order)).map((l) => [l.id, l]));
    const note = input.note?.trim().slice(0, 300) || null;
    for (const [i, r] of input.lines.entries()) {
      const line = lines.get(r.lineId);
      if (!line) throw new ValidationError(`input.lines.${i}.lineId`, 'No such line on this order.');
      const outstanding = line.quantity - line.quantityReceived;
      if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > outstanding) {
        throw new ValidationError(
          `input.lines.${i}.quantity`,
          outstanding ? `Receive 1 to ${outstanding} (still outstanding).` : 'Everything on this line has arrived.',
        );
      }
      line.quantityReceived += r.quantity;
      this.em.create(PurchaseReceipt, {
        organization: this.ctx.organizationId,
        line,
        quantity: r.quantity,
        receivedOn: input.receivedOn,
        note,
        receivedBy: this.em.getReference(User, this.ctx.userId!),
      });
    }
    const complete = [...lines.values()].every((l) => l.quantityReceived === l.quantity);
    order.status = complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED;
    await this.em.flush();
    return order;
  }

  async close(id: string, expectedVersion: number): Promise<PurchaseOrder> {
    const order = await this.order(id);
    this.checkVersion(order, expectedVersion);
    PURCHASE_ORDER_LIFECYCLE.assert(order.status, PurchaseOrderStatus.CLOSED);
    order.status = PurchaseOrderStatus.CLOSED;
    await this.em.flush();
    return order;
  }

  async cancel(id: string, expectedVersion: number, reason: string): Promise<PurchaseOrder> {
    const text = reason.trim();
    if (!text) throw new ValidationError('reason', 'Say why the order is cancelled.');
    const order = await this.order(id);
    this.checkVersion(order, expectedVersion);
    PURCHASE_ORDER_LIFECYCLE.assert(
      order.status,
      PurchaseOrderStatus.CANCELLED,
      'id',
      order.status === PurchaseOrderStatus.PARTLY_RECEIVED ? 'Part of this order has arrived: close it instead.' : undefined,
    );
    order.status = PurchaseOrderStatus.CANCELLED;
    order.memo = [order.memo, `Cancelled: ${text.slice(0, 500)}`].filter(Boolean).join('\n');
    await this.em.flush();
    return order;
  }

  private checkVersion(order: PurchaseOrder, expectedVersion: number) {
    if (order.version !== expectedVersion)
      throw new ConflictError('Someone else changed this order since you loaded it.', { version: order.version, status: order.status });
  }

  private async budgetWarnings(
    lines: { account: PurchaseOrderLine['account']; costCentre: PurchaseOrderLine['costCentre']; amount: number }[],
  ): Promise<BillBudgetWarning[]> {
    const variance = new VarianceService(this.ctx);
    const warnings: BillBudgetWarning[] = [];
    for (const [i, l] of lines.entries()) {
      if (l.account.kind !== AccountKind.EXPENSE) continue;
      const check = await variance.check(l.account.id, l.costCentre.id, this.ctx.today(), l.amount);
      if (check.outcome !== BudgetCheckOutcome.OK) warnings.push({ line: i, outcome: check.outcome, message: check.message });
    }
    return warnings;
  }
}
