import type { Context } from '../../core/context';
import { requestLoader } from '../../core/loaders';
import { BillAttachment, BillLine, BillPayment, type PayablesSettings } from './payables.entity';
import { BillService } from './bill.service';

export const groupBy = <T>(rows: T[], keyOf: (row: T) => string) => {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(keyOf(row), [...(out.get(keyOf(row)) ?? []), row]);
  return out;
};

/** Each bill's lines with their accounts and cost centres: one statement for every bill of a request. */
export const billLines = requestLoader<string, BillLine[]>(async (ctx, billIds) => {
  const rows = await ctx.em.find(
    BillLine,
    { bill: { $in: billIds } },
    { populate: ['account', 'costCentre'], orderBy: { position: 'asc' } },
  );
  const byBill = groupBy(rows, (l) => l.bill.id);
  return billIds.map((id) => byBill.get(id) ?? []);
});

export const billPayments = requestLoader<string, BillPayment[]>(async (ctx, billIds) => {
  const rows = await ctx.em.find(BillPayment, { bill: { $in: billIds } }, { orderBy: { paidOn: 'asc', createdAt: 'asc' } });
  const byBill = groupBy(rows, (p) => p.bill.id);
  return billIds.map((id) => byBill.get(id) ?? []);
});

export const billAttachments = requestLoader<string, BillAttachment[]>(async (ctx, billIds) => {
  const rows = await ctx.em.find(BillAttachment, { bill: { $in: billIds } }, { orderBy: { createdAt: 'asc' } });
  const byBill = groupBy(rows, (a) => a.bill.id);
  return billIds.map((id) => byBill.get(id) ?? []);
});

const SETTINGS = Symbol('payables settings');

/** The practice's payables settings, read once per request. */
export function payablesSettings(ctx: Context): Promise<PayablesSettings> {
  return ctx.memo(SETTINGS, () => new BillService(ctx).settings());
}
