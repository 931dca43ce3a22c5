import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { addDays } from '../../core/dates';
import { formatCents } from '../../core/format';
import { findColumns, parseAmount, parseDate, readCsv, requireColumns, RowErrors, type CsvRow } from '../../core/import';
import { User } from '../../core/organization.entity';
import { Account, AccountKind, CostCentre } from '../ledger/ledger.entity';
import { Bill, BillLine, BillStatus, Vendor, VendorCategory } from './payables.entity';
import type { BillImportResult, PossibleDuplicateVendor, VendorImportResult } from './payables.types';
import { invoiceKey, termsDiscount } from './bill.service';
import { similarNames } from './vendor.service';

/** Vendors per file: a practice has tens to hundreds. */
const MAX_VENDOR_ROWS = 5_000;
/** Bill lines per file: a practice's open bills, many times over. */
const MAX_BILL_ROWS = 20_000;
const MAX_BILL_LINES = 50;
const MAX_BILL = 1e12;
const TAX_ID = /^(\d{2}-\d{7}|\d{3}-\d{2}-\d{4})$/;

/**
 * The columns of QuickBooks' vendor list export (Online: Expenses → Vendors → Export; Desktop: Vendor
 * Center → Excel → Export Vendor List), by the names each edition gives them; the first is the sample's.
 */
export const VENDOR_COLUMNS = {
  name: ['vendor', 'display name', 'vendor name', 'name', 'company name', 'company'],
  category: ['vendor type', 'category', 'type'],
  terms: ['terms'],
  taxId: ['tax id', 'business id no.', 'tin', 'ein'],
  is1099: ['track payments for 1099', '1099 tracking', 'eligible for 1099', 'track 1099', '1099'],
  address: ['street address', 'billing address', 'address', 'bill from 1'],
  city: ['city'],
  state: ['state'],
  zip: ['zip', 'zip code', 'postal code'],
  account: ['default expense account', 'expense account', 'account'],
  costCentre: ['class', 'cost centre', 'cost center', 'location'],
  status: ['status', 'active'],
} as const;

/**
 * The columns of QuickBooks Online's bill import (Import Data → Bills), one row per bill line: rows
 * with the same vendor and bill number are one bill. Desktop's "Unpaid Bills Detail" report saved as
 * CSV fits too (Num, Date, Due Date, Open Balance).
 */
export const BILL_COLUMNS = {
  number: ['bill no.', 'bill no', 'num', 'ref no.', 'invoice number', 'invoice no.'],
  vendor: ['vendor', 'vendor name', 'payee', 'source name'],
  date: ['bill date', 'date', 'invoice date'],
  due: ['due date'],
  memo: ['memo', 'private note'],
  account: ['account', 'expense account', 'line account'],
  description: ['line description', 'expense description', 'description'],
  amount: ['line amount', 'amount', 'expense amount', 'open balance'],
  costCentre: ['class', 'location', 'cost centre', 'cost center'],
} as const;

type VendorKey = keyof typeof VENDOR_COLUMNS;
type BillKey = keyof typeof BILL_COLUMNS;

/** QuickBooks' terms as written: "Net 30", "Due on receipt", "2% 10 Net 30", "2/10 Net 30", "1% 15, Net 45". */
export function parseTerms(text: string): { termsDays: number; discountBps: number; discountDays: number } | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!s || s === 'due on receipt' || s === 'on receipt' || s === 'cod') return { termsDays: 0, discountBps: 0, discountDays: 0 };
  const net = /^net ?(\d{1,3})( days)?$/.exec(s);
  if (net) return { termsDays: Number(net[1]), discountBps: 0, discountDays: 0 };
  const disc = /^(\d{1,2})(?:\.(\d{1,2}))? ?%? ?[/ ] ?(\d{1,3}),? ?net ?(\d{1,3})( days)?$/.exec(s);
  if (!disc) return null;
  // Percent with up to two decimals as basis points, in integers: "1.5" → 150.
  const bps = Number(disc[1]) * 100 + Number((disc[2] ?? '').padEnd(2, '0'));
  return { termsDays: Number(disc[4]), discountBps: bps, discountDays: Number(disc[3]) };
}

const CATEGORY_WORDS: [RegExp, VendorCategory][] = [
  [/vaccin|pharm|drug/, VendorCategory.VACCINES_AND_DRUGS],
  [/medical|surgical|clinical supp/, VendorCategory.MEDICAL_SUPPLIES],
  [/\blab/, VendorCategory.LAB],
  [/rent|landlord|lease|propert/, VendorCategory.RENT],
  [/utilit|electric|power|water|gas|phone|internet|telecom/, VendorCategory.UTILITIES],
  [/\bit\b|software|computer|technolog/, VendorCategory.IT],
  [/equipment|furniture/, VendorCategory.EQUIPMENT],
  [/office/, VendorCategory.OFFICE_SUPPLIES],
  [/insurance/, VendorCategory.INSURANCE],
  [/accounting|legal|attorney|consult|professional|cpa/, VendorCategory.PROFESSIONAL_SERVICES],
  [/service|cleaning|janitor|maintenance|waste/, VendorCategory.SERVICES],
];

/** A vendor type as the practice wrote it in QuickBooks (free text) → Praxis' category; OTHER when nothing fits. */
export function categoryOf(text: string): VendorCategory {
  const s = text.trim().toLowerCase();
  if (!s) return VendorCategory.OTHER;
  const exact = (Object.values(VendorCategory) as string[]).find((c) => c.toLowerCase() === s.replace(/[\s&]+/g, '_'));
  if (exact) return exact as VendorCategory;
  return CATEGORY_WORDS.find(([re]) => re.test(s))?.[1] ?? VendorCategory.OTHER;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'checked', 'eligible']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'not eligible']);

interface VendorIn {
  row: number;
  name: string;
  category: VendorCategory;
  termsDays: number;
  discountBps: number;
  discountDays: number;
  taxId: string | null;
  is1099: boolean;
  remitTo: string | null;
  defaultAccount: Account | null;
  defaultCostCentre: CostCentre | null;
  active: boolean;
}

interface BillIn {
  row: number;
  vendor: Vendor;
  invoiceNumber: string;
  invoiceKey: string;
  invoiceDate: string;
  dueDate: string | null;
  memo: string | null;
  lines: { row: number; account: Account; costCentre: CostCentre; amount: number; description: string | null }[];
}

/**
 * Vendors and open bills from QuickBooks exports, through the shared import pipeline: every row is
 * checked first and a file with any bad row writes nothing; the refused rows come back with their
 * line and column. Importing the same file twice adds nothing the second time.
 */
export class PayablesImportService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  private async chart() {
    const [accounts, centres] = await Promise.all([this.em.find(Account, {}), this.em.find(CostCentre, {})]);
    const accountByKey = new Map<string, Account>();
    for (const a of accounts) {
      accountByKey.set(a.code.toLowerCase(), a);
      accountByKey.set(a.name.trim().toLowerCase(), a);
      accountByKey.set(`${a.code} ${a.name}`.toLowerCase(), a);
    }
    const centreByName = new Map(centres.map((c) => [c.name.trim().toLowerCase(), c]));
    /** "5410", "Medical supplies", "5410 Medical supplies", "5410 · Medical supplies" (QuickBooks Desktop), "Expenses:Medical supplies". */
    const account = (text: string) => {
      const s = text
        .trim()
        .toLowerCase()
        .replace(/\s*[·:-]\s*/g, ' ')
        .replace(/\s+/g, ' ');
      const last = text.split(':').pop()!.trim().toLowerCase();
      return accountByKey.get(s) ?? accountByKey.get(last) ?? accountByKey.get(s.split(' ')[0]!) ?? null;
    };
    const centre = (text: string) => centreByName.get(text.trim().toLowerCase()) ?? null;
    return { account, centre };
  }

  async importVendors(csv: string, dryRun = false): Promise<VendorImportResult> {
    const { headers, rows } = readCsv(csv, { field: 'csv', normalizeHeaders: true, maxRows: MAX_VENDOR_ROWS });
    const c = findColumns(headers, VENDOR_COLUMNS);
    requireColumns(c, ['name'], VENDOR_COLUMNS, headers, 'csv');
    const get = (r: CsvRow, key: VendorKey) => (c[key] ? (r.values[c[key]!] ?? '').trim() : '');
    const errors = new RowErrors();
    const chart = await this.chart();
    const existing = await this.em.find(Vendor, {});
    const existingByName = new Map(existing.map((v) => [v.name.toLowerCase(), v]));

    const incoming: VendorIn[] = [];
    const seen = new Map<string, number>();
    let alreadyThere = 0;
    for (const r of rows) {
      let bad = false;
      const fail = (key: VendorKey, message: string) => {
        errors.add(r.row, c[key], message);
        bad = true;
      };
      const name = get(r, 'name').replace(/\s+/g, ' ');
      if (!name) fail('name', 'The vendor’s name is empty.');
      else if (name.length > 160) fail('name', 'A vendor’s name has at most 160 characters.');
      else if (seen.has(name.toLowerCase())) fail('name', `“${name}” is on row ${seen.get(name.toLowerCase())} already.`);
      else seen.set(name.toLowerCase(), r.row);
      const terms = parseTerms(get(r, 'terms'));
      if (!terms) fail('terms', `“${get(r, 'terms')}” is not a payment term (Net 30, Due on receipt, 2% 10 Net 30).`);
      else if (terms.termsDays > 365) fail('terms', 'Net days are between 0 and 365.');
      else if (terms.discountBps > 2_000) fail('terms', 'An early-payment discount is between 0 % and 20 %.');
      else if (terms.discountBps > 0 && (terms.discountDays < 1 || terms.discountDays > terms.termsDays))
        fail('terms', 'The discount applies for 1 day up to the net days.');
      const taxId = get(r, 'taxId') || null;
      if (taxId && !TAX_ID.test(taxId)) fail('taxId', `“${taxId}” is not an EIN (12-3456789) or an SSN (123-45-6789).`);
      const flag = get(r, 'is1099').toLowerCase();
      if (!YES.has(flag) && !NO.has(flag)) fail('is1099', `“${get(r, 'is1099')}” is not yes or no.`);
      const status = get(r, 'status').toLowerCase();
      if (!['', 'active', 'inactive', 'yes', 'no', 'true', 'false'].includes(status))
        fail('status', `“${get(r, 'status')}” is not Active or Inactive.`);
      const accountText = get(r, 'account');
      const defaultAccount = accountText ? chart.account(accountText) : null;
      if (accountText && !defaultAccount) fail('account', `“${accountText}” is not an account of this practice.`);
      else if (defaultAccount && ![AccountKind.EXPENSE, AccountKind.ASSET].includes(defaultAccount.kind))
        fail('account', `${defaultAccount.code} ${defaultAccount.name} is not an expense (or asset) account.`);
      const centreText = get(r, 'costCentre');
      const defaultCostCentre = centreText ? chart.centre(centreText) : null;
      if (centreText && !defaultCostCentre) fail('costCentre', `“${centreText}” is not a cost centre of this practice.`);
      const remitTo =
        [get(r, 'address'), [get(r, 'city'), [get(r, 'state'), get(r, 'zip')].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
          .filter(Boolean)
          .join('\n') || null;
      if (remitTo && remitTo.length > 500) fail('address', 'Keep the address under 500 characters.');
      if (bad) continue;
      if (existingByName.has(name.toLowerCase())) {
        alreadyThere++;
        continue;
      }
      incoming.push({
        row: r.row,
        name,
        category: categoryOf(get(r, 'category')),
        ...terms!,
        discountDays: terms!.discountBps > 0 ? terms!.discountDays : 0,
        taxId,
        is1099: YES.has(flag),
        remitTo,
        defaultAccount,
        defaultCostCentre,
        active: !['inactive', 'no', 'false'].includes(status),
      });
    }

    // The duplicate vendor warning, as when entering one: same tax id or a very similar name.
    const possibleDuplicates: PossibleDuplicateVendor[] = [];
    const known: { name: string; taxId: string | null; row: number | null }[] = existing.map((v) => ({
      name: v.name,
      taxId: v.taxId ?? null,
      row: null,
    }));
    for (const v of incoming) {
      const twin = known.find((k) => (v.taxId && k.taxId === v.taxId) || similarNames(k.name, v.name));
      if (twin)
        possibleDuplicates.push({
          row: v.row,
          name: v.name,
          similarTo: twin.name,
          reason: v.taxId && twin.taxId === v.taxId ? 'the same tax id' : 'a very similar name',
        });
      known.push({ name: v.name, taxId: v.taxId, row: v.row });
    }

    const result: VendorImportResult = {
      ok: !errors.any,
      dryRun,
      rows: rows.length,
      added: errors.any ? 0 : incoming.length,
      alreadyThere,
      possibleDuplicates,
      errors: errors.errors,
    };
    if (errors.any || dryRun || !incoming.length) return result;
    await this.em.transactional(async (em) => {
      for (const v of incoming) {
        const { row: _row, ...fields } = v;
        em.create(Vendor, { organization: this.ctx.organizationId, ...fields });
      }
      await em.flush();
    });
    return result;
  }

  async importBills(csv: string, dryRun = false): Promise<BillImportResult> {
    const { headers, rows } = readCsv(csv, { field: 'csv', normalizeHeaders: true, maxRows: MAX_BILL_ROWS });
    const c = findColumns(headers, BILL_COLUMNS);
    requireColumns(c, ['number', 'vendor', 'date', 'amount'], BILL_COLUMNS, headers, 'csv');
    const get = (r: CsvRow, key: BillKey) => (c[key] ? (r.values[c[key]!] ?? '').trim() : '');
    const errors = new RowErrors();
    const chart = await this.chart();
    const vendors = await this.em.find(Vendor, {}, { populate: ['defaultAccount', 'defaultCostCentre'] });
    const vendorByName = new Map(vendors.map((v) => [v.name.toLowerCase(), v]));
    const today = this.ctx.today();
    const latest = addDays(today, 60);

    const bills = new Map<string, BillIn>();
    for (const r of rows) {
      let bad = false;
      const fail = (key: BillKey, message: string) => {
        errors.add(r.row, c[key], message);
        bad = true;
      };
      const vendorName = get(r, 'vendor').replace(/\s+/g, ' ');
      const vendor = vendorByName.get(vendorName.toLowerCase());
      if (!vendorName) fail('vendor', 'The vendor is empty.');
      else if (!vendor) fail('vendor', `“${vendorName}” is not a vendor here: import the vendor list first, or add it.`);
      const invoiceNumber = get(r, 'number');
      const key = invoiceKey(invoiceNumber);
      if (!invoiceNumber || !key) fail('number', 'The bill number is empty.');
      else if (invoiceNumber.length > 60) fail('number', 'A bill number has at most 60 characters.');
      const dateText = get(r, 'date');
      const invoiceDate = parseDate(dateText);
      if (!invoiceDate) fail('date', `“${dateText}” is not a date (M/D/YYYY or YYYY-MM-DD).`);
      else if (invoiceDate < '2000-01-01' || invoiceDate > latest)
        fail('date', `${invoiceDate} is out of range: a bill is dated between 2000 and 60 days from today.`);
      const dueText = get(r, 'due');
      const dueDate = dueText ? parseDate(dueText) : null;
      if (dueText && !dueDate) fail('due', `“${dueText}” is not a date (M/D/YYYY or YYYY-MM-DD).`);
      else if (dueDate && invoiceDate && dueDate < invoiceDate) fail('due', 'A bill cannot be due before its date.');
      const amountText = get(r, 'amount');
      const amount = parseAmount(amountText);
      if (amount === null || !amountText) fail('amount', `“${amountText}” is not an amount.`);
      else if (amount === 0) fail('amount', 'A line’s amount is not zero.');
      else if (Math.abs(amount) > MAX_BILL) fail('amount', 'That is more than any bill Praxis takes.');
      const accountText = get(r, 'account');
      const account = accountText ? chart.account(accountText) : (vendor?.defaultAccount ?? null);
      if (accountText && !account) fail('account', `“${accountText}” is not an account of this practice.`);
      else if (!account && vendor) fail('account', `No account, and ${vendor.name} has no default expense account.`);
      else if (account && ![AccountKind.EXPENSE, AccountKind.ASSET].includes(account.kind))
        fail('account', `${account.code} ${account.name} is not an expense (or asset) account.`);
      const centreText = get(r, 'costCentre');
      const costCentre = centreText ? chart.centre(centreText) : (vendor?.defaultCostCentre ?? null);
      if (centreText && !costCentre) fail('costCentre', `“${centreText}” is not a cost centre of this practice.`);
      else if (!costCentre && vendor) fail('costCentre', `No class or cost centre, and ${vendor.name} has no default one.`);
      const description = get(r, 'description') || null;
      if (description && description.length > 300) fail('description', 'Keep a line’s description under 300 characters.');
      const memo = get(r, 'memo') || null;
      if (memo && memo.length > 2000) fail('memo', 'Keep the memo under 2,000 characters.');
      if (bad) continue;

      const id = `${vendor!.id}|${key}`;
      let bill = bills.get(id);
      if (!bill) {
        bill = { row: r.row, vendor: vendor!, invoiceNumber, invoiceKey: key, invoiceDate: invoiceDate!, dueDate, memo, lines: [] };
        bills.set(id, bill);
      } else if (bill.invoiceDate !== invoiceDate) {
        fail('date', `Bill ${invoiceNumber} is dated ${bill.invoiceDate} on row ${bill.row}.`);
        continue;
      } else if (dueText && bill.dueDate !== dueDate) {
        fail('due', `Bill ${invoiceNumber} is due ${bill.dueDate ?? 'by its terms'} on row ${bill.row}.`);
        continue;
      }
      if (bill.lines.length >= MAX_BILL_LINES) {
        fail('number', `Bill ${invoiceNumber} has more than ${MAX_BILL_LINES} lines.`);
        continue;
      }
      bill.lines.push({ row: r.row, account: account!, costCentre: costCentre!, amount: amount!, description });
    }
    for (const bill of bills.values()) {
      const total = bill.lines.reduce((s, l) => s + l.amount, 0);
      if (total <= 0)
        errors.add(bill.row, c.amount, `Bill ${bill.invoiceNumber} totals ${formatCents(total)}: a bill totals more than zero.`);
    }

    // A bill entered before (same vendor, same invoice number, not void) is left as it is.
    const entered = new Set(
      (await this.em.find(Bill, { status: { $ne: BillStatus.VOID } }, { fields: ['vendor', 'invoiceKey'] })).map(
        (b) => `${b.vendor.id}|${b.invoiceKey}`,
      ),
    );
    const fresh = [...bills.entries()].filter(([id]) => !entered.has(id)).map(([, b]) => b);
    const result: BillImportResult = {
      ok: !errors.any,
      dryRun,
      rows: rows.length,
      bills: errors.any ? 0 : fresh.length,
      lines: errors.any ? 0 : fresh.reduce((s, b) => s + b.lines.length, 0),
      total: errors.any ? 0 : fresh.reduce((s, b) => s + b.lines.reduce((t, l) => t + l.amount, 0), 0),
      alreadyEntered: bills.size - fresh.length,
      errors: errors.errors,
    };
    if (errors.any || dryRun || !fresh.length) return result;

    const enteredBy = this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null;
    await this.em.transactional(async (em) => {
      for (const b of fresh) {
        const total = b.lines.reduce((s, l) => s + l.amount, 0);
        const discountDate = b.vendor.discountBps > 0 ? addDays(b.invoiceDate, b.vendor.discountDays) : null;
        const bill = em.create(Bill, {
          organization: this.ctx.organizationId,
          vendor: b.vendor,
          invoiceNumber: b.invoiceNumber,
          invoiceKey: b.invoiceKey,
          invoiceDate: b.invoiceDate,
          dueDate: b.dueDate ?? addDays(b.invoiceDate, b.vendor.termsDays),
          memo: b.memo,
          total,
          discountDate,
          discountAmount: discountDate ? termsDiscount(total, b.vendor.discountBps) : 0,
          status: BillStatus.RECEIVED,
          enteredBy,
        });
        b.lines.forEach((l, position) =>
          em.create(BillLine, {
            organization: this.ctx.organizationId,
            bill,
            position,
            account: l.account,
            costCentre: l.costCentre,
            amount: l.amount,
            description: l.description,
          }),
        );
      }
      await em.flush();
    });
    return result;
  }
}
