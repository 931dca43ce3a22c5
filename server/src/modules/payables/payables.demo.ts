import type { EntityManager } from '@mikro-orm/core';
import { Context } from '../../core/context';
import { addDays, addMonths, todayAsDate } from '../../core/dates';
import { RecurrenceFrequency, RecurringBill } from './recurring-bill.entity';
import { fiscalMonths } from '../../core/fiscal';
import type { DemoSeed } from '../../core/module';
import { allocate } from '../../core/money';
import type { Organization, User } from '../../core/organization.entity';
import { seededRandom } from '../../core/random';
import { Budget, BudgetLine, BudgetStatus } from '../budget/budget.entity';
import { OVERRUNS, PAID_THROUGH_PAYABLES } from '../budget/budget.demo';
import { Account, AccountGroup, CostCentre } from '../ledger/ledger.entity';
import { LedgerService, type Posting } from '../ledger/ledger.service';
import { invoiceKey, termsDiscount } from './bill.service';
import { approvalPosting, paymentPosting } from './bill.postings';
import {
  AccountingBasis,
  Bill,
  BillLine,
  BillPayment,
  BillStatus,
  PayablesSettings,
  PaymentMethod,
  Vendor,
  VendorCategory,
} from './payables.entity';
import { PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus, PurchaseReceipt } from './purchasing.entity';

const V = VendorCategory;

/** [name, category, account, share of the account's spend, net days, discount bps, discount days, tax id, 1099, invoice prefix]. */
type VendorRow = [string, VendorCategory, string, number, number, number, number, string | null, boolean, string];

/** Riverside's vendors: who it pays for each account it runs through payables, and on what terms. */
const RIVERSIDE_VENDORS: VendorRow[] = [
  ['Riverside Commons Properties LLC', V.RENT, '5310', 1, 0, 0, 0, '61-4820173', false, 'RC-'],
  ['Oak Hill Medical Plaza LLC', V.RENT, '5310', 1, 0, 0, 0, '61-9033215', false, 'OHMP-'],
  ['Springfield Electric & Gas', V.UTILITIES, '5320', 40, 21, 0, 0, '37-0211380', false, ''],
  ['Springfield Water Department', V.UTILITIES, '5320', 8, 30, 0, 0, null, false, 'W'],
  ['Comcast Business', V.UTILITIES, '5320', 12, 20, 0, 0, '27-0000798', false, '8155-'],
  ['Stericycle', V.SERVICES, '5320', 14, 30, 0, 0, '36-3640402', false, 'SC'],
  ['Bright Clean Janitorial', V.SERVICES, '5320', 16, 15, 0, 0, '82-3345120', true, 'BC-'],
  ['CoolAir HVAC Services', V.SERVICES, '5320', 10, 30, 0, 0, '47-5521098', true, 'CA'],
  ['McKesson Medical-Surgical', V.MEDICAL_SUPPLIES, '5410', 40, 30, 200, 10, '59-2004518', false, 'MMS'],
  ['Henry Schein', V.MEDICAL_SUPPLIES, '5410', 25, 30, 100, 15, '11-3136595', false, 'HS'],
  ['Medline Industries', V.MEDICAL_SUPPLIES, '5410', 18, 30, 0, 0, '36-2596096', false, 'ML'],
  ['Cardinal Health', V.MEDICAL_SUPPLIES, '5410', 10, 30, 0, 0, '31-0958666', false, 'CH'],
  ['Owens & Minor', V.MEDICAL_SUPPLIES, '5410', 7, 45, 0, 0, '54-1701843', false, 'OM'],
  ['Sanofi Pasteur', V.VACCINES_AND_DRUGS, '5420', 40, 60, 0, 0, '23-1636600', false, 'SP'],
  ['Merck Vaccines', V.VACCINES_AND_DRUGS, '5420', 30, 60, 0, 0, '22-1109110', false, 'MV'],
  ['GSK Vaccines', V.VACCINES_AND_DRUGS, '5420', 20, 60, 0, 0, '23-1099050', false, 'GSK'],
  ['Seqirus', V.VACCINES_AND_DRUGS, '5420', 10, 45, 0, 0, '23-2922480', false, 'SQ'],
  ['Staples Business Advantage', V.OFFICE_SUPPLIES, '5510', 50, 30, 0, 0, '04-2896127', false, 'SBA'],
  ['Amazon Business', V.OFFICE_SUPPLIES, '5510', 25, 30, 0, 0, '91-1646860', false, 'AB'],
  ['Pitney Bowes', V.OFFICE_SUPPLIES, '5510', 15, 30, 0, 0, '06-0495050', false, 'PB'],
  ['Quill', V.OFFICE_SUPPLIES, '5510', 10, 30, 200, 10, '36-2629512', false, 'Q'],
  ['Philips Healthcare Service', V.EQUIPMENT, '5610', 35, 30, 0, 0, '13-3564030', false, 'PHS'],
  ['Midmark', V.EQUIPMENT, '5610', 25, 30, 0, 0, '31-0448210', false, 'MID'],
  ['Baxter Welch Allyn Service', V.EQUIPMENT, '5610', 25, 30, 0, 0, '36-0781620', false, 'WA'],
  ['Springfield Biomedical Repair', V.EQUIPMENT, '5610', 15, 15, 0, 0, '84-2201937', true, 'SBR'],
  ['athenahealth', V.IT, '5810', 70, 30, 0, 0, '04-3387530', false, 'ATH'],
  ['Phreesia', V.IT, '5810', 18, 30, 0, 0, '20-2275479', false, 'PHR'],
  ['Weave Communications', V.IT, '5810', 12, 30, 0, 0, '26-3302040', false, 'WV'],
  ['Riverbend IT Solutions', V.IT, '5820', 60, 15, 0, 0, '83-1029384', true, 'RIT'],
  ['Dell Technologies', V.IT, '5820', 25, 30, 0, 0, '74-2487834', false, 'DEL'],
  ['Microsoft', V.IT, '5820', 15, 30, 0, 0, '91-1144442', false, 'E0'],
  ['MedPro Group', V.INSURANCE, '5910', 1, 30, 0, 0, '35-1254930', false, 'MPG'],
  ['The Hartford', V.INSURANCE, '5920', 70, 30, 0, 0, '06-0383750', false, 'HIG'],
  ['Coalition Insurance', V.INSURANCE, '5920', 30, 30, 0, 0, '85-1733004', false, 'COA'],
  ['Keystone CPA Partners', V.PROFESSIONAL_SERVICES, '6010', 30, 15, 0, 0, '23-1234567', true, 'K'],
  ['Baker & Lowe LLP', V.PROFESSIONAL_SERVICES, '6010', 20, 30, 0, 0, '45-9981234', true, 'BL'],
  ['Northstar Billing Services', V.PROFESSIONAL_SERVICES, '6010', 50, 30, 0, 0, '81-4471002', true, 'NBS'],
  ['Cintas', V.SERVICES, '6090', 30, 30, 0, 0, '31-1188630', false, 'CT'],
  ['Shred-it', V.SERVICES, '6090', 12, 30, 0, 0, '98-0439848', false, 'SI'],
  ['Quest Diagnostics', V.LAB, '6090', 20, 30, 0, 0, '16-1387862', false, 'QD'],
  ['LabCorp', V.LAB, '6090', 15, 30, 0, 0, '13-3757370', false, 'LC'],
  ['Springfield Chamber of Commerce', V.OTHER, '6090', 5, 30, 0, 0, null, false, 'SCC'],
  ['Red Wing Answering Service', V.SERVICES, '6090', 18, 15, 0, 0, '39-1876553', true, 'RW'],
];

/** Which site's rent each landlord bills. */
const LANDLORD_OF: Record<string, string> = {
  'Riverside Main': 'Riverside Commons Properties LLC',
  'Oak Hill Clinic': 'Oak Hill Medical Plaza LLC',
};

const LAKESIDE_VENDORS: [name: string, category: VendorCategory, account: string, monthly: number, termsDays: number][] = [
  ['Lakeview Professional Building', V.RENT, '5310', 6_200_00, 0],
  ['Lakeview Power & Light', V.UTILITIES, '5320', 540_00, 21],
  ['Henry Schein', V.MEDICAL_SUPPLIES, '5410', 1_850_00, 30],
  ['Sanofi Pasteur', V.VACCINES_AND_DRUGS, '5420', 3_400_00, 60],
  ['Lakeside IT Help', V.IT, '5820', 450_00, 15],
];

interface DemoBill {
  bill: Bill;
  lines: BillLine[];
  payment: BillPayment | null;
}

/** A day of the month for a vendor's invoices, the same every month (rent on the 1st). */
const dayOf = (name: string, category: VendorCategory) =>
  category === V.RENT ? 1 : 2 + ([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 997, 7) % 24);

/**
 * A year of Riverside's bills as the office would have run it: invoices from 44 vendors for the
 * accounts it pays through Praxis, most paid on time (discounts taken when offered), a few late,
 * this month's still to approve or pay, one entered twice and voided; and Lakeside's last months,
 * on cash books with the owner as the only approver. Every approval and payment is posted to the
 * ledger, so this year's actuals for those accounts are the bills.
 */
export async function seedPayablesDemo({ em, riverside, lakeside, users }: DemoSeed): Promise<void> {
  await seedRiverside(em, riverside, users);
  await seedLakeside(em, lakeside, users.get('owner@demo.test')!);
}

async function seedRiverside(em: EntityManager, org: Organization, users: ReadonlyMap<string, User>): Promise<void> {
  const now = todayAsDate(org.timeZone);
  const today = now.toISOString().slice(0, 10);
  const random = seededRandom(11);
  const [assistant, officeManager, practiceManager] = ['assistant', 'office-manager', 'practice-manager'].map((u) =>
    users.get(`${u}@demo.test`)!,
  );
  em.create(PayablesSettings, {
    organization: org,
    basis: AccountingBasis.ACCRUAL,
    approvalLimits: { OFFICE_MANAGER: 2_500_00, PRACTICE_MANAGER: 25_000_00 },
  });
  const accounts = new Map((await em.find(Account, { organization: org }, { filters: false })).map((a) => [a.code, a]));
  const centres = await em.find(CostCentre, { organization: org }, { filters: false });
  const budget = await em.findOneOrFail(
    Budget,
    { organization: org, fiscalYear: now.getUTCFullYear(), status: BudgetStatus.APPROVED },
    { filters: false },
  );
  const budgetLines = await em.find(BudgetLine, { budget }, { filters: false, populate: ['account', 'costCentre'] });

  const vendors = new Map<string, { vendor: Vendor; row: VendorRow }>();
  for (const row of RIVERSIDE_VENDORS) {
    const [name, category, code, , termsDays, discountBps, discountDays, taxId, is1099] = row;
    const vendor = em.create(Vendor, {
      organization: org,
      name,
      category,
      defaultAccount: accounts.get(code),
      termsDays,
      discountBps,
      discountDays,
      taxId,
      is1099,
      defaultCostCentre:
        category === V.RENT ? centres.find((c) => LANDLORD_OF[c.name] === name) : centres.find((c) => c.name === 'Administration'),
      remitTo: `${name}\nPO Box ${1000 + ((row[0].length * 37) % 9000)}\nSpringfield`,
    });
    vendors.set(name, { vendor, row });
  }

  const bills: DemoBill[] = [];
  let invoiceNo = 1000;
  const months = fiscalMonths(budget.fiscalYear, budget.startMonth);
  for (const line of budgetLines.filter((l) => PAID_THROUGH_PAYABLES.has(l.account.code))) {
    const key = `${line.account.code}|${line.costCentre.name}`;
    const payees = [...vendors.values()].filter(
      ({ row }) => row[2] === line.account.code && (row[1] !== V.RENT || LANDLORD_OF[line.costCentre.name] === row[0]),
    );
    months.forEach((m, i) => {
      const noise = 0.94 + random() * 0.12;
      const monthTotal = Math.round(line.months[i] * (OVERRUNS[key] ?? 1) * noise);
      const parts = allocate(
        monthTotal,
        payees.map(({ row }) => row[3]),
      );
      payees.forEach(({ vendor, row }, p) => {
        const invoiceDate = `${m.key}-${String(dayOf(vendor.name, vendor.category)).padStart(2, '0')}`;
        if (invoiceDate > today || parts[p] <= 0) return;
        invoiceNo += 1 + Math.floor(random() * 40);
        bills.push(
          demoBill(em, org, {
            vendor,
            invoiceNumber: `${row[9]}${invoiceNo}`,
            invoiceDate,
            amount: parts[p],
            account: line.account,
            costCentre: line.costCentre,
            today,
            random,
            enteredBy: assistant,
            approver: parts[p] > 2_500_00 ? practiceManager : officeManager,
            payer: assistant,
          }),
        );
      });
    });
  }
  // Staples mailed and emailed the same invoice: entered twice under two numbers, caught, and voided.
  const staples = bills.filter((b) => b.bill.vendor.name === 'Staples Business Advantage' && b.bill.status === BillStatus.PAID).at(-1);
  if (staples) {
    const twice = demoBill(em, org, {
      vendor: staples.bill.vendor,
      invoiceNumber: `${staples.bill.invoiceNumber}-EMAIL`,
      invoiceDate: addDays(staples.bill.invoiceDate, 2),
      amount: staples.bill.total,
      account: staples.lines[0].account,
      costCentre: staples.lines[0].costCentre,
      today,
      random,
      enteredBy: assistant,
      approver: officeManager,
      payer: assistant,
      status: BillStatus.VOID,
    });
    twice.bill.voidReason = `Entered twice: the emailed copy of invoice ${staples.bill.invoiceNumber}, caught by the duplicate check.`;
  }
  seedPurchaseOrders(em, org, today, { vendors, accounts, centres, assistant, officeManager, practiceManager });
  seedRecurringBills(em, org, bills, assistant);
  await em.flush();
  await post(em, org, bills, AccountingBasis.ACCRUAL);
}

/** Riverside's open orders: exam tables partly arrived, a supplies order placed, office chairs waiting for approval. */
/** Rent and utilities come every month: each vendor's last bill becomes the template for the next ones. */
function seedRecurringBills(em: EntityManager, org: Organization, bills: DemoBill[], assistant: User): void {
  const last = new Map<Vendor, DemoBill>();
  for (const b of bills) {
    if (![V.RENT, V.UTILITIES].includes(b.bill.vendor.category) || b.bill.status === BillStatus.VOID) continue;
    const seen = last.get(b.bill.vendor);
    if (!seen || seen.bill.invoiceDate < b.bill.invoiceDate) last.set(b.bill.vendor, b);
  }
  for (const [vendor, { bill, lines }] of last) {
    em.create(RecurringBill, {
      organization: org,
      name: vendor.category === V.RENT ? `Rent, ${lines[0].costCentre.name}` : `${vendor.name} service`,
      vendor,
      frequency: RecurrenceFrequency.MONTHLY,
      nextOn: addMonths(bill.invoiceDate, 1),
      lines: lines.map((l) => ({
        accountId: l.account.id,
        costCentreId: l.costCentre.id,
        amount: l.amount,
        description: l.description ?? null,
      })),
      total: bill.total,
      createdBy: assistant,
      memo: 'Set up from the last bill; change the amount when the vendor does.',
    });
  }
}

function seedPurchaseOrders(
  em: EntityManager,
  org: Organization,
  today: string,
  refs: {
    vendors: Map<string, { vendor: Vendor }>;
    accounts: Map<string, Account>;
    centres: CostCentre[];
    assistant: User;
    officeManager: User;
    practiceManager: User;
  },
): void {
  const main = refs.centres.find((c) => c.name === 'Riverside Main')!;
  const orders: [string, PurchaseOrderStatus, User | null, number, [string, string, number, number, number][]][] = [
    // [vendor, status, approver, days ago ordered, lines: [description, account, quantity, unit price, received]]
    [
      'Midmark',
      PurchaseOrderStatus.PARTLY_RECEIVED,
      refs.practiceManager,
      20,
      [
        ['Midmark 625 barrier-free exam table', '5610', 3, 6_240_00, 2],
        ['Exam-room side chair', '5610', 6, 189_00, 6],
      ],
    ],
    [
      'McKesson Medical-Surgical',
      PurchaseOrderStatus.ORDERED,
      refs.officeManager,
      3,
      [
        ['Nitrile exam gloves, medium (case of 1,000)', '5410', 12, 64_50, 0],
        ['Sterile gauze sponges 4×4 (case)', '5410', 6, 38_75, 0],
      ],
    ],
    ['Staples Business Advantage', PurchaseOrderStatus.DRAFT, null, 0, [['Ergonomic task chair, front desk', '5510', 4, 329_99, 0]]],
  ];
  orders.forEach(([vendorName, status, approver, daysAgo, lines], i) => {
    const order = em.create(PurchaseOrder, {
      organization: org,
      number: `PO-${1001 + i}`,
      vendor: refs.vendors.get(vendorName)!.vendor,
      status,
      total: lines.reduce((sum, [, , quantity, price]) => sum + quantity * price, 0),
      orderedOn: status === PurchaseOrderStatus.DRAFT ? null : addDays(today, -daysAgo),
      expectedOn: status === PurchaseOrderStatus.DRAFT ? null : addDays(today, 14 - daysAgo),
      createdBy: refs.assistant,
      approvedBy: approver,
      approvedAt: approver ? new Date(`${addDays(today, -daysAgo - 1)}T15:00:00Z`) : null,
    });
    lines.forEach(([description, code, quantity, unitPrice, received], position) => {
      const line = em.create(PurchaseOrderLine, {
        organization: org,
        order,
        position,
        description,
        account: refs.accounts.get(code)!,
        costCentre: main,
        quantity,
        unitPrice,
        amount: quantity * unitPrice,
        quantityReceived: received,
      });
      if (received)
        em.create(PurchaseReceipt, {
          organization: org,
          line,
          quantity: received,
          receivedOn: addDays(today, 7 - daysAgo),
          receivedBy: refs.assistant,
        });
    });
  });
}

async function seedLakeside(em: EntityManager, org: Organization, owner: User): Promise<void> {
  const today = todayAsDate(org.timeZone).toISOString().slice(0, 10);
  const random = seededRandom(12);
  em.create(PayablesSettings, { organization: org, basis: AccountingBasis.CASH, approvalLimits: {}, separateApproverAndPayer: false });
  const accounts = new Map((await em.find(Account, { organization: org }, { filters: false })).map((a) => [a.code, a]));
  const [office] = await em.find(CostCentre, { organization: org }, { filters: false });
  const bills: DemoBill[] = [];
  for (const [name, category, code, monthly, termsDays] of LAKESIDE_VENDORS) {
    const vendor = em.create(Vendor, {
      organization: org,
      name,
      category,
      defaultAccount: accounts.get(code),
      defaultCostCentre: office,
      termsDays,
    });
    for (let back = 3; back >= 0; back--) {
      const first = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
      first.setUTCMonth(first.getUTCMonth() - back);
      const invoiceDate = `${first.toISOString().slice(0, 7)}-${String(dayOf(name, category)).padStart(2, '0')}`;
      if (invoiceDate > today) continue;
      bills.push(
        demoBill(em, org, {
          vendor,
          invoiceNumber: `${code}-${invoiceDate.slice(0, 7).replace('-', '')}`,
          invoiceDate,
          amount: Math.round(monthly * (0.9 + random() * 0.2)),
          account: accounts.get(code)!,
          costCentre: office,
          today,
          random,
          enteredBy: owner,
          approver: owner,
          payer: owner,
        }),
      );
    }
  }
  await em.flush();
  await post(em, org, bills, AccountingBasis.CASH);
}

/** One bill, with its fate decided by how old it is: paid (mostly on time), approved and waiting, or just received. */
function demoBill(
  em: EntityManager,
  org: Organization,
  b: {
    vendor: Vendor;
    invoiceNumber: string;
    invoiceDate: string;
    amount: number;
    account: Account;
    costCentre: CostCentre;
    today: string;
    random: () => number;
    enteredBy: User;
    approver: User;
    payer: User;
    status?: BillStatus;
  },
): DemoBill {
  const { vendor, today, random } = b;
  const dueDate = addDays(b.invoiceDate, vendor.termsDays);
  const discountDate = vendor.discountBps > 0 ? addDays(b.invoiceDate, vendor.discountDays) : null;
  const bill = em.create(Bill, {
    organization: org,
    vendor,
    invoiceNumber: b.invoiceNumber,
    invoiceKey: invoiceKey(b.invoiceNumber),
    invoiceDate: b.invoiceDate,
    dueDate,
    discountDate,
    discountAmount: discountDate ? termsDiscount(b.amount, vendor.discountBps) : 0,
    total: b.amount,
    enteredBy: b.enteredBy,
  });
  const line = em.create(BillLine, {
    organization: org,
    bill,
    position: 0,
    account: b.account,
    costCentre: b.costCentre,
    amount: b.amount,
    description: vendor.category === V.RENT ? `Rent ${b.invoiceDate.slice(0, 7)}` : null,
  });
  const age = Math.round((Date.parse(today) - Date.parse(b.invoiceDate)) / 86_400_000);
  const roll = random();
  const late = random() < 0.13 ? 3 + Math.floor(random() * 18) : 0;
  const takesDiscount = !!discountDate && random() < 0.75;
  let status = b.status ?? BillStatus.PAID;
  let paidOn: string | null = takesDiscount
    ? addDays(discountDate!, -1 - Math.floor(random() * 3))
    : addDays(dueDate, late - (late ? 0 : Math.floor(random() * 4)));
  if (!b.status) {
    if (age <= 6 && roll < 0.65) status = BillStatus.RECEIVED;
    else if (paidOn >= today) status = BillStatus.APPROVED;
    // A few recent bills slipped: approved, past due, not paid yet.
    else if (dueDate < today && dueDate >= addDays(today, -45) && roll > 0.93) status = BillStatus.APPROVED;
  }
  if (status !== BillStatus.PAID) paidOn = null;
  if (paidOn && paidOn < b.invoiceDate) paidOn = b.invoiceDate;
  bill.status = status;
  if (status !== BillStatus.RECEIVED && status !== BillStatus.VOID) {
    bill.approvedBy = b.approver;
    bill.approvedAt = new Date(`${addDays(b.invoiceDate, Math.min(age, 2))}T16:00:00Z`);
  }
  let payment: BillPayment | null = null;
  if (paidOn) {
    const discount = takesDiscount && paidOn <= discountDate! ? bill.discountAmount : 0;
    payment = em.create(BillPayment, {
      organization: org,
      bill,
      paidOn,
      amount: b.amount - discount,
      discount,
      paidBy: b.payer,
      method: vendor.category === V.RENT ? PaymentMethod.ACH : random() < 0.6 ? PaymentMethod.CHECK : PaymentMethod.ACH,
      reference: random() < 0.6 ? String(10_100 + Math.floor(random() * 900)) : `ACH ${Math.floor(random() * 1e8)}`,
    });
    Object.assign(bill, { amountPaid: payment.amount, discountTaken: discount, paidOn });
  }
  return { bill, lines: [line], payment };
}

/** The demo's approvals and payments in the ledger, through LedgerService like any posting. */
async function post(em: EntityManager, org: Organization, bills: DemoBill[], basis: AccountingBasis): Promise<void> {
  const ledgerEm = em.fork();
  const ledger = new LedgerService(Context.forOrganization(ledgerEm, org));
  const accounts = new Map((await ledgerEm.find(Account, {})).map((a) => [a.id, a]));
  const centres = new Map((await ledgerEm.find(CostCentre, {})).map((c) => [c.id, c]));
  const payables = await ledger.systemAccount(AccountGroup.PAYABLES);
  const postings: Posting[] = [];
  for (const { bill, lines, payment } of bills) {
    // The postings need the ledger's own instances of accounts and cost centres: plain lines, not the bill's entities.
    const here = lines.map(
      (l) => ({ account: accounts.get(l.account.id)!, costCentre: centres.get(l.costCentre.id)!, amount: l.amount }) as BillLine,
    );
    if (basis === AccountingBasis.ACCRUAL && bill.approvedBy) postings.push(approvalPosting(bill, here));
    if (payment) postings.push(paymentPosting(bill, payment, here, basis, payables));
  }
  await ledger.postMany(postings);
  await ledgerEm.flush();
}
