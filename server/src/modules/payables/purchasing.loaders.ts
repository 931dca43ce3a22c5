import { requestLoader } from '../../core/loaders';
import { Bill, BillLine } from './payables.entity';
import { groupBy } from './payables.loaders';
import { PurchaseOrderLine, PurchaseReceipt } from './purchasing.entity';

/** Each order's lines with their accounts and cost centres: one statement for every order of a request. */
export const purchaseOrderLines = requestLoader<string, PurchaseOrderLine[]>(async (ctx, orderIds) => {
  const rows = await ctx.em.find(
    PurchaseOrderLine,
    { order: { $in: orderIds } },
    { populate: ['account', 'costCentre'], orderBy: { position: 'asc' } },
  );
  const byOrder = groupBy(rows, (l) => l.order.id);
  return orderIds.map((id) => byOrder.get(id) ?? []);
});

export const purchaseReceipts = requestLoader<string, PurchaseReceipt[]>(async (ctx, lineIds) => {
  const rows = await ctx.em.find(PurchaseReceipt, { line: { $in: lineIds } }, { orderBy: { receivedOn: 'asc', createdAt: 'asc' } });
  const byLine = groupBy(rows, (r) => r.line.id);
  return lineIds.map((id) => byLine.get(id) ?? []);
});

/** The bills with a line for each order (void ones included): one statement for every order of a request. */
export const purchaseOrderBills = requestLoader<string, Bill[]>(async (ctx, orderIds) => {
  const rows = await ctx.em.find(
    BillLine,
    { poLine: { order: { $in: orderIds } } },
    { populate: ['bill', 'poLine'], orderBy: { bill: { invoiceDate: 'asc', invoiceNumber: 'asc' } } },
  );
  const byOrder = new Map<string, Map<string, Bill>>();
  for (const row of rows) {
    const orderId = row.poLine!.order.id;
    if (!byOrder.has(orderId)) byOrder.set(orderId, new Map());
    byOrder.get(orderId)!.set(row.bill.id, row.bill);
  }
  return orderIds.map((id) => [...(byOrder.get(id)?.values() ?? [])]);
});
