import { defineModule, NOTHING } from '../../core/module';
import { Capability } from '../../core/policy';
import { Bill, BillAttachment, BillLine, BillPayment, PayablesSettings, Vendor } from './payables.entity';
import {
  BillFieldsResolver,
  BillLineFieldsResolver,
  PayablesResolver,
  PayablesSettingsFieldsResolver,
  VendorFieldsResolver,
} from './payables.resolver';
import { PurchaseOrder, PurchaseOrderLine, PurchaseReceipt } from './purchasing.entity';
import { PurchaseOrderFieldsResolver, PurchaseOrderLineFieldsResolver, PurchasingResolver } from './purchasing.resolver';
import { BillService } from './bill.service';
import { seedPayablesDemo } from './payables.demo';
import { RecurringBill } from './recurring-bill.entity';
import { RecurringBillResolver } from './recurring-bill.resolver';
import { RecurringBillService } from './recurring-bill.service';

/** Accounts payable and purchasing: vendors, orders and receipts, bills from entry to payment, approval by amount, the invoice files. */
export const payablesModule = defineModule({
  name: 'payables',
  entities: [
    Vendor,
    Bill,
    BillLine,
    BillPayment,
    BillAttachment,
    PayablesSettings,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseReceipt,
    RecurringBill,
  ],
  resolvers: [
    PayablesResolver,
    VendorFieldsResolver,
    BillFieldsResolver,
    BillLineFieldsResolver,
    PayablesSettingsFieldsResolver,
    PurchasingResolver,
    PurchaseOrderFieldsResolver,
    PurchaseOrderLineFieldsResolver,
    RecurringBillResolver,
  ],
  jobs: [
    {
      name: 'payables.recurring-bills',
      cron: '0 * * * *',
      run: (ctx) => new RecurringBillService(ctx).createDue(),
    },
  ],
  demo: seedPayablesDemo,
  downloads: [
    {
      path: '/download/payables/runs/:runId.csv',
      capability: Capability.PAYABLES_READ,
      produce: (ctx, { params }) => new BillService(ctx).runCsv(String(params.runId)),
    },
    {
      path: '/download/bills/:billId/attachments/:attachmentId',
      capability: Capability.PAYABLES_READ,
      produce: (ctx, { params }) => new BillService(ctx).attachmentFile(String(params.billId), String(params.attachmentId)),
    },
  ],
  matrix: {
    'Query.vendors': { query: '{ vendors { id } }' },
    'Query.vendor': { query: `{ vendor(id: "${NOTHING}") { id } }` },
    'Query.bills': { query: '{ bills(limit: 1) { total } }' },
    'Query.bill': { query: `{ bill(id: "${NOTHING}") { id } }` },
    'Query.payablesOverview': { query: '{ payablesOverview { asOf } }' },
    'Query.payablesSettings': { query: '{ payablesSettings { basis } }' },
    'Query.myPayablesRights': { query: '{ myPayablesRights { canApprove } }' },
    'Query.paymentRunProposal': { query: '{ paymentRunProposal(payBy: "2000-01-01") { total } }' },
    'Mutation.payBills': { query: 'mutation { payBills(input: { paidOn: "2026-01-01", method: CHECK, payments: [] }) { paid } }' },
    'Mutation.saveVendor': { query: 'mutation { saveVendor(input: { name: "", category: OTHER }) { id } }' },
    'Mutation.saveBill': {
      query: `mutation { saveBill(input: { vendorId: "${NOTHING}", invoiceNumber: "1", invoiceDate: "2026-01-01", lines: [] }) { bill { id } } }`,
    },
    'Mutation.importVendors': { query: 'mutation { importVendors(csv: "a,b", dryRun: true) { ok } }' },
    'Mutation.importBills': { query: 'mutation { importBills(csv: "a,b", dryRun: true) { ok } }' },
    'Mutation.attachBillFile': { query: `mutation { attachBillFile(billId: "${NOTHING}", fileName: "x.pdf", fileBase64: "") { id } }` },
    'Mutation.approveBill': { query: `mutation { approveBill(id: "${NOTHING}", expectedVersion: 1) { bill { id } } }` },
    'Mutation.voidBill': { query: `mutation { voidBill(id: "${NOTHING}", expectedVersion: 1, reason: "x") { id } }` },
    'Mutation.payBill': {
      query: `mutation { payBill(input: { billId: "${NOTHING}", expectedVersion: 1, paidOn: "2026-01-01", amount: 1, method: CHECK }) { id } }`,
    },
    'Mutation.voidBillPayment': { query: `mutation { voidBillPayment(paymentId: "${NOTHING}", reason: "x") { id } }` },
    'Query.purchaseOrders': { query: '{ purchaseOrders { id } }' },
    'Query.purchaseOrder': { query: `{ purchaseOrder(id: "${NOTHING}") { id } }` },
    'Mutation.savePurchaseOrder': {
      query: `mutation { savePurchaseOrder(input: { vendorId: "${NOTHING}", lines: [] }) { order { id } } }`,
    },
    'Mutation.approvePurchaseOrder': { query: `mutation { approvePurchaseOrder(id: "${NOTHING}", expectedVersion: 1) { order { id } } }` },
    'Mutation.markPurchaseOrderOrdered': {
      query: `mutation { markPurchaseOrderOrdered(id: "${NOTHING}", expectedVersion: 1, orderedOn: "2026-01-01") { id } }`,
    },
    'Mutation.receivePurchaseOrder': {
      query: `mutation { receivePurchaseOrder(input: { orderId: "${NOTHING}", expectedVersion: 1, receivedOn: "2026-01-01", lines: [] }) { id } }`,
    },
    'Mutation.closePurchaseOrder': { query: `mutation { closePurchaseOrder(id: "${NOTHING}", expectedVersion: 1) { id } }` },
    'Mutation.cancelPurchaseOrder': { query: `mutation { cancelPurchaseOrder(id: "${NOTHING}", expectedVersion: 1, reason: "x") { id } }` },
    'Mutation.releaseBillHold': { query: `mutation { releaseBillHold(id: "${NOTHING}", expectedVersion: 1, reason: "x") { id } }` },
    'Query.recurringBills': { query: '{ recurringBills { id } }' },
    'Mutation.saveRecurringBill': {
      query: `mutation { saveRecurringBill(input: { name: "x", vendorId: "${NOTHING}", frequency: MONTHLY, nextOn: "2026-01-01", lines: [] }) { id } }`,
    },
    'Mutation.createDueRecurringBills': { query: 'mutation { createDueRecurringBills }' },
    'Mutation.updatePayablesSettings': {
      query:
        'mutation { updatePayablesSettings(input: { expectedVersion: -1, basis: ACCRUAL, approvalLimits: [], separateApproverAndPayer: true }) { basis } }',
    },
  },
});
