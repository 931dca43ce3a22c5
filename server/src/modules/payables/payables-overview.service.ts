import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays } from '../../core/dates';
import { fiscalRange } from '../../core/fiscal';
import { Organization } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { isPostgres, tenantRows } from '../../core/query';
import { Bill, BillPayment, BillStatus, OPEN_BILL_STATUSES } from './payables.entity';
import type { AgingBucket, BillWorkList, OnTimeMonth, PayablesOverview, VendorSpend } from './payables.types';
import { approvalLimitOf } from './payables.access';
import { BillService } from './bill.service';
import { ratio } from '../../core/exact';

const LIST_LENGTH = 5;
const num = (v: unknown) => Number(v ?? 0);
const BALANCE = 'b.total - b.amount_paid - b.discount_taken';

export const PAYABLES_DEFINITIONS = {
  awaitingMyApproval: 'Awaiting my approval: bills entered but not approved, within your approval limit.',
  dueThisWeek: 'Due this week: approved or entered bills not yet paid, due today or in the next six days.',
  overdue: 'Overdue: bills not yet paid whose due date has passed.',
  discountsExpiring: 'Discounts expiring: bills not yet paid whose early-payment discount ends within the next seven days.',
  aging: 'Aging: what is still owed on unpaid bills, by days past the due date (current = not yet due).',
  onTime: 'On-time rate: of the bills settled in a month, the share whose last payment was on or before the due date.',
  discounts:
    'Discounts taken: early-payment discounts taken with payments in the last twelve months; missed: those offered on bills settled in that time but paid after the discount date.',
} as const;

/**
 * The office manager's payables: work lists, aging, on-time payment and discounts, each computed by
 * the database in a fixed number of statements whatever the number of bills.
 */
export class PayablesOverviewService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  async overview(): Promise<PayablesOverview> {
    const today = this.ctx.today();
    const weekEnd = addDays(today, 7);
    const settings = await new BillService(this.ctx).settings();
    const myLimit = approvalLimitOf(this.ctx, settings.approvalLimits);
    const mayApprove = this.ctx.can(Capability.PAYABLES_APPROVE);
    const open = { status: { $in: OPEN_BILL_STATUSES } };
    const awaiting = { status: BillStatus.RECEIVED, ...(myLimit === null ? {} : { total: { $lte: myLimit } }) };
    const dueSoon = { ...open, dueDate: { $gte: today, $lt: weekEnd } };
    const overdue = { ...open, dueDate: { $lt: today } };
    const discounts = { ...open, discountDate: { $gte: today, $lt: weekEnd }, discountAmount: { $gt: 0 } };

    const [counts, aging, lists, onTime, taken, missed, topVendors] = await Promise.all([
      this.counts(today, weekEnd, myLimit),
      this.aging(today),
      Promise.all([
        mayApprove ? this.first(awaiting, { invoiceDate: 'asc' }) : Promise.resolve([]),
        this.first(dueSoon, { dueDate: 'asc' }),
        this.first(overdue, { dueDate: 'asc' }),
        this.first(discounts, { discountDate: 'asc' }),
      ]),
      this.onTime(today),
      this.discountsTaken(today),
      this.discountsMissed(today),
      this.topVendors(today),
    ]);
    const list = (key: keyof typeof PAYABLES_DEFINITIONS, count: number, amount: number, bills: Bill[]): BillWorkList => ({
      count,
      amount,
      bills,
      definition: PAYABLES_DEFINITIONS[key],
    });
    return {
      asOf: today,
      awaitingMyApproval: mayApprove
        ? list('awaitingMyApproval', counts.awaiting, counts.awaitingAmount, lists[0])
        : list('awaitingMyApproval', 0, 0, []),
      dueThisWeek: list('dueThisWeek', counts.dueSoon, counts.dueSoonAmount, lists[1]),
      overdue: list('overdue', counts.overdue, counts.overdueAmount, lists[2]),
      discountsExpiring: list('discountsExpiring', counts.discounts, counts.discountsAmount, lists[3]),
      aging,
      openBalance: aging.reduce((s, b) => s + b.amount, 0),
      onTime,
      discountsTaken: taken,
      discountsMissed: missed,
      topVendors,
      definitions: Object.values(PAYABLES_DEFINITIONS),
    };
  }

  /** How many bills and how much in each work list: one statement. */
  private async counts(today: string, weekEnd: string, myLimit: number | null) {
    const openStatuses = OPEN_BILL_STATUSES.map((s) => `'${s}'`).join(', ');
    const isOpen = `b.status in (${openStatuses})`;
    const awaiting = `b.status = '${BillStatus.RECEIVED}'${myLimit === null ? '' : ` and b.total <= ${Number(myLimit)}`}`;
    const dueSoon = `${isOpen} and b.due_date >= ? and b.due_date < ?`;
    const overdue = `${isOpen} and b.due_date < ?`;
    const discounts = `${isOpen} and b.discount_amount > 0 and b.discount_date >= ? and b.discount_date < ?`;
    type Row = Record<string, unknown>;
    const [row] = await tenantRows<Row>(this.em, Bill, 'b', (qb) =>
      qb
        .select([
          raw(`sum(case when ${awaiting} then 1 else 0 end) as awaiting`),
          raw(`sum(case when ${awaiting} then b.total else 0 end) as awaiting_amount`),
          raw(`sum(case when ${dueSoon} then 1 else 0 end) as due_soon`, [today, weekEnd]),
          raw(`sum(case when ${dueSoon} then ${BALANCE} else 0 end) as due_soon_amount`, [today, weekEnd]),
          raw(`sum(case when ${overdue} then 1 else 0 end) as overdue`, [today]),
          raw(`sum(case when ${overdue} then ${BALANCE} else 0 end) as overdue_amount`, [today]),
          raw(`sum(case when ${discounts} then 1 else 0 end) as discounts`, [today, weekEnd]),
          raw(`sum(case when ${discounts} then b.discount_amount - b.discount_taken else 0 end) as discounts_amount`, [today, weekEnd]),
        ])
        // Every list counts unpaid bills only: the index on status reads those, not the years of paid ones.
        .where({ status: { $in: OPEN_BILL_STATUSES } }),
    );
    return {
      awaiting: num(row?.awaiting),
      awaitingAmount: num(row?.awaiting_amount),
      dueSoon: num(row?.due_soon),
      dueSoonAmount: num(row?.due_soon_amount),
      overdue: num(row?.overdue),
      overdueAmount: num(row?.overdue_amount),
      discounts: num(row?.discounts),
      discountsAmount: num(row?.discounts_amount),
    };
  }

  private first(where: Record<string, unknown>, orderBy: Record<string, 'asc' | 'desc'>): Promise<Bill[]> {
    return this.em.find(Bill, where, { populate: ['vendor'], orderBy: { ...orderBy, id: 'asc' }, limit: LIST_LENGTH });
  }

  /** What is owed on unpaid bills by days past due: one statement. */
  async aging(today: string): Promise<AgingBucket[]> {
    const buckets: [key: string, label: string, condition: string, params: string[]][] = [
      ['CURRENT', 'Not yet due', 'b.due_date >= ?', [today]],
      ['1_30', '1–30 days past due', 'b.due_date < ? and b.due_date >= ?', [today, addDays(today, -30)]],
      ['31_60', '31–60 days', 'b.due_date < ? and b.due_date >= ?', [addDays(today, -30), addDays(today, -60)]],
      ['61_90', '61–90 days', 'b.due_date < ? and b.due_date >= ?', [addDays(today, -60), addDays(today, -90)]],
      ['OVER_90', 'Over 90 days', 'b.due_date < ?', [addDays(today, -90)]],
    ];
    type Row = Record<string, unknown>;
    const [row] = await tenantRows<Row>(this.em, Bill, 'b', (qb) =>
      qb
        .select(
          buckets.flatMap(([key, , condition, params]) => [
            raw(`sum(case when ${condition} then 1 else 0 end) as "n_${key}"`, params),
            raw(`sum(case when ${condition} then ${BALANCE} else 0 end) as "a_${key}"`, params),
          ]),
        )
        .where({ status: { $in: OPEN_BILL_STATUSES } }),
    );
    return buckets.map(([key, label]) => ({ key, label, count: num(row?.[`n_${key}`]), amount: num(row?.[`a_${key}`]) }));
  }

  /** Bills settled per month over the last twelve, and how many on time: one statement. */
  async onTime(today: string): Promise<OnTimeMonth[]> {
    const months: string[] = [];
    for (let i = 11; i >= 0; i--) {
      const [y, m] = today.split('-').map(Number);
      const d = new Date(Date.UTC(y, m - 1 - i, 1));
      months.push(d.toISOString().slice(0, 7));
    }
    const ym = isPostgres(this.em) ? "to_char(b.paid_on, 'YYYY-MM')" : "strftime('%Y-%m', b.paid_on)";
    type Row = { month: string; paid: unknown; on_time: unknown };
    const rows = await tenantRows<Row>(this.em, Bill, 'b', (qb) =>
      qb
        .select([
          raw(`${ym} as month`),
          raw('count(*) as paid'),
          raw('sum(case when b.paid_on <= b.due_date then 1 else 0 end) as on_time'),
        ])
        .where({ status: BillStatus.PAID, paidOn: { $gte: `${months[0]}-01`, $lte: today } })
        .groupBy(raw(ym)),
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return months.map((month) => {
      const r = byMonth.get(month);
      const paid = num(r?.paid);
      const onTime = num(r?.on_time);
      return { month, paid, onTime, rate: ratio(onTime, paid, 4) };
    });
  }

  private async discountsTaken(today: string): Promise<number> {
    const [row] = await tenantRows<{ taken: unknown }>(this.em, BillPayment, 'p', (qb) =>
      qb.select([raw('sum(p.discount) as taken')]).where({ voidedAt: null, paidOn: { $gt: addDays(today, -365), $lte: today } }),
    );
    return num(row?.taken);
  }

  private async discountsMissed(today: string): Promise<number> {
    const [row] = await tenantRows<{ missed: unknown }>(this.em, Bill, 'b', (qb) =>
      qb.select([raw('sum(b.discount_amount - b.discount_taken) as missed')]).where({
        status: BillStatus.PAID,
        discountAmount: { $gt: 0 },
        paidOn: { $gt: addDays(today, -365), $lte: today },
        [raw('b.paid_on > b.discount_date')]: [],
      }),
    );
    return num(row?.missed);
  }

  /** This fiscal year's bills by vendor, largest first: one statement. */
  private async topVendors(today: string): Promise<VendorSpend[]> {
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < org.fiscalYearStartMonth ? 1 : 0);
    const { from } = fiscalRange(year, org.fiscalYearStartMonth);
    type Row = { vendor_id: string; name: string; category: string; amount: unknown; bills: unknown };
    const rows = await tenantRows<Row>(this.em, Bill, 'b', (qb) =>
      qb
        .select([
          raw('v.id as vendor_id'),
          raw('v.name as name'),
          raw('v.category as category'),
          raw('sum(b.total) as amount'),
          raw('count(*) as bills'),
        ])
        .join('b.vendor', 'v')
        .where({ status: { $ne: BillStatus.VOID }, invoiceDate: { $gte: from, $lte: today } })
        // By the vendor's key alone (its name and category follow from it): a hash of a few hundred
        // vendors rather than a sort of the year's bills by name.
        .groupBy(['v.id'])
        .orderBy({ [raw('sum(b.total)')]: 'desc' })
        .limit(10),
    );
    return rows.map((r) => ({
      vendorId: r.vendor_id,
      vendorName: r.name,
      category: r.category,
      amount: num(r.amount),
      bills: num(r.bills),
    }));
  }
}
