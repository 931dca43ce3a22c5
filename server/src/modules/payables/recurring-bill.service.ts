import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addMonths, isIsoDate } from '../../core/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { User } from '../../core/organization.entity';
import { AccountKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { BillService } from './bill.service';
import { VendorService } from './vendor.service';
import { MONTHS_BETWEEN, RecurringBill, type RecurringBillLine } from './recurring-bill.entity';
import type { RecurringBillInput } from './recurring-bill.inputs';

const MAX_LINES = 20;
const MAX_AMOUNT = 1e10;
/** Bills one run creates per template at most: a server that was down for two years catches up over several days, not in one burst. */
const CATCH_UP_LIMIT = 24;

export class RecurringBillService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  templates(): Promise<RecurringBill[]> {
    return this.em.find(RecurringBill, {}, { populate: ['vendor'], orderBy: { active: 'desc', nextOn: 'asc', name: 'asc' } });
  }

  async template(id: string): Promise<RecurringBill> {
    const template = await this.em.findOne(RecurringBill, { id }, { populate: ['vendor'] });
    if (!template) throw new NotFoundError('Recurring bill', id);
    return template;
  }

  async save(input: RecurringBillInput): Promise<RecurringBill> {
    const name = input.name.trim();
    if (!name || name.length > 120) throw new ValidationError('input.name', 'Name the recurring bill (at most 120 characters).');
    const vendor = await new VendorService(this.ctx).vendor(input.vendorId, 'input.vendorId');
    if (!isIsoDate(input.nextOn) || input.nextOn < '2000-01-01')
      throw new ValidationError('input.nextOn', 'Enter the next invoice date as YYYY-MM-DD.');
    if (Number(input.nextOn.slice(8)) > 28)
      throw new ValidationError('input.nextOn', 'Choose a day from the 1st to the 28th, so that every month has it.');
    if (input.endsOn && (!isIsoDate(input.endsOn) || input.endsOn < input.nextOn))
      throw new ValidationError('input.endsOn', 'The end date is a date on or after the next invoice date.');
    const memo = input.memo?.trim() || null;
    if (memo && memo.length > 2000) throw new ValidationError('input.memo', 'Keep the memo under 2,000 characters.');
    const lines = await this.checkLines(input);
    const total = lines.reduce((s, l) => s + l.amount, 0);

    const fields = {
      name,
      vendor,
      frequency: input.frequency,
      nextOn: input.nextOn,
      endsOn: input.endsOn || null,
      lines,
      total,
      memo,
      active: input.active,
    };
    let template: RecurringBill;
    if (input.id) {
      template = await this.template(input.id);
      if (input.expectedVersion !== template.version)
        throw new ConflictError('Someone else changed this recurring bill since you opened it.', { version: template.version });
      Object.assign(template, fields);
    } else {
      template = this.em.create(RecurringBill, {
        organization: this.ctx.organizationId,
        ...fields,
        createdBy: this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null,
      });
    }
    await this.em.flush();
    return template;
  }

  /**
   * Enters every bill that has come due up to today (the organization's day), each as a received
   * bill waiting for approval like one typed in, and moves the templates on. Safe to run again: a
   * template's next date moves in the same transaction as its bill, and the bill's invoice number is
   * the template's and the date's, which the duplicate guard refuses a second time.
   */
  async createDue(today = this.ctx.today()): Promise<{ billsCreated: number }> {
    const due = await this.em.find(RecurringBill, { active: true, nextOn: { $lte: today } }, { populate: ['vendor'] });
    const bills = new BillService(this.ctx);
    let billsCreated = 0;
    for (const template of due) {
      for (let n = 0; n < CATCH_UP_LIMIT && template.active && template.nextOn <= today; n++) {
        if (template.endsOn && template.nextOn > template.endsOn) {
          template.active = false;
          break;
        }
        await bills.save({
          vendorId: template.vendor.id,
          invoiceNumber: `${template.id.slice(0, 8).toUpperCase()}-${template.nextOn}`,
          invoiceDate: template.nextOn,
          memo: [template.memo, `Entered from the recurring bill “${template.name}”.`].filter(Boolean).join('\n'),
          lines: template.lines.map((l) => ({ ...l })),
          confirmPossibleDuplicate: true,
        });
        template.nextOn = addMonths(template.nextOn, MONTHS_BETWEEN[template.frequency]);
        template.billsCreated++;
        billsCreated++;
      }
      if (template.endsOn && template.nextOn > template.endsOn) template.active = false;
    }
    await this.em.flush();
    return { billsCreated };
  }

  private async checkLines(input: RecurringBillInput): Promise<RecurringBillLine[]> {
    if (!input.lines.length) throw new ValidationError('input.lines', 'A recurring bill has at least one line.');
    if (input.lines.length > MAX_LINES) throw new ValidationError('input.lines', `A recurring bill has at most ${MAX_LINES} lines.`);
    const ledger = new LedgerService(this.ctx);
    const lines: RecurringBillLine[] = [];
    for (const [i, line] of input.lines.entries()) {
      const field = `input.lines.${i}`;
      const account = await ledger.account(line.accountId, `${field}.accountId`);
      if (![AccountKind.EXPENSE, AccountKind.ASSET].includes(account.kind))
        throw new ValidationError(`${field}.accountId`, 'A bill line goes to an expense (or asset) account.');
      const costCentre = await ledger.costCentre(line.costCentreId, `${field}.costCentreId`);
      if (!Number.isSafeInteger(line.amount) || line.amount <= 0 || line.amount > MAX_AMOUNT)
        throw new ValidationError(`${field}.amount`, 'Enter the line’s amount in cents, more than zero.');
      const description = line.description?.trim() || null;
      if (description && description.length > 300)
        throw new ValidationError(`${field}.description`, 'Keep a line’s description under 300 characters.');
      lines.push({ accountId: account.id, costCentreId: costCentre.id, amount: line.amount, description });
    }
    return lines;
  }
}
