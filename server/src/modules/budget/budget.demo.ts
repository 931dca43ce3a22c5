import { todayAsDate } from '../../core/dates';
import type { EntityManager } from '@mikro-orm/core';
import type { Organization } from '../../core/organization.entity';
import type { DemoSeed } from '../../core/module';
import { allocate, uplift } from '../../core/money';
import { Budget, BudgetLine, BudgetStatus, BudgetVersion } from './budget.entity';
import { Account, AccountGroup, CostCentre, LedgerSource } from '../ledger/ledger.entity';
import { LedgerService, type Posting } from '../ledger/ledger.service';
import { Context } from '../../core/context';
import { fiscalMonths } from '../../core/fiscal';
import { seededRandom } from '../../core/random';

/** Patient volume peaks in the respiratory season and dips in summer. */
const SEASONAL = [112, 108, 104, 98, 96, 90, 86, 92, 100, 104, 104, 106];
const FLAT = Array(12).fill(100);

/** Annual budget (dollars) per account code and cost centre. */
const PLAN: [code: string, centre: string, annual: number, profile: number[]][] = [
  ['4010', 'Riverside Main', 2_650_000, SEASONAL],
  ['4010', 'Oak Hill Clinic', 1_720_000, SEASONAL],
  ['4020', 'Riverside Main', 1_380_000, SEASONAL],
  ['4020', 'Oak Hill Clinic', 820_000, SEASONAL],
  ['4030', 'Riverside Main', 520_000, SEASONAL],
  ['4030', 'Oak Hill Clinic', 410_000, SEASONAL],
  ['4040', 'Riverside Main', 140_000, SEASONAL],
  ['4040', 'Oak Hill Clinic', 95_000, SEASONAL],
  ['4090', 'Administration', 60_000, FLAT],
  ['5010', 'Riverside Main', 1_320_000, FLAT],
  ['5010', 'Oak Hill Clinic', 790_000, FLAT],
  ['5020', 'Riverside Main', 370_000, FLAT],
  ['5020', 'Oak Hill Clinic', 250_000, FLAT],
  ['5110', 'Riverside Main', 610_000, FLAT],
  ['5110', 'Oak Hill Clinic', 330_000, FLAT],
  ['5120', 'Riverside Main', 420_000, FLAT],
  ['5120', 'Oak Hill Clinic', 190_000, FLAT],
  ['5120', 'Administration', 360_000, FLAT],
  ['5210', 'Riverside Main', 210_000, FLAT],
  ['5210', 'Oak Hill Clinic', 120_000, FLAT],
  ['5210', 'Administration', 45_000, FLAT],
  ['5220', 'Riverside Main', 330_000, FLAT],
  ['5220', 'Oak Hill Clinic', 190_000, FLAT],
  ['5220', 'Administration', 60_000, FLAT],
  ['5310', 'Riverside Main', 264_000, FLAT],
  ['5310', 'Oak Hill Clinic', 156_000, FLAT],
  ['5320', 'Riverside Main', 72_000, SEASONAL],
  ['5320', 'Oak Hill Clinic', 48_000, SEASONAL],
  ['5410', 'Riverside Main', 165_000, SEASONAL],
  ['5410', 'Oak Hill Clinic', 98_000, SEASONAL],
  ['5420', 'Riverside Main', 120_000, [160, 110, 80, 70, 60, 60, 70, 110, 150, 170, 120, 90]],
  ['5420', 'Oak Hill Clinic', 70_000, SEASONAL],
  ['5510', 'Riverside Main', 36_000, FLAT],
  ['5510', 'Oak Hill Clinic', 22_000, FLAT],
  ['5610', 'Riverside Main', 58_000, FLAT],
  ['5610', 'Oak Hill Clinic', 34_000, FLAT],
  ['5710', 'Administration', 84_000, [80, 80, 120, 100, 100, 80, 80, 140, 120, 100, 60, 40]],
  ['5810', 'Administration', 96_000, FLAT],
  ['5820', 'Administration', 54_000, FLAT],
  ['5910', 'Administration', 186_000, FLAT],
  ['5920', 'Administration', 28_000, FLAT],
  ['6010', 'Administration', 132_000, FLAT],
  ['6090', 'Administration', 48_000, FLAT],
];

/** Lines that run over budget in the demo, so the variance report has something to show. */
/** Accounts the demo practice pays through Praxis's payables this year (rent, utilities, supplies, IT, insurance, fees). */
export const PAID_THROUGH_PAYABLES = new Set([
  '5310',
  '5320',
  '5410',
  '5420',
  '5510',
  '5610',
  '5810',
  '5820',
  '5910',
  '5920',
  '6010',
  '6090',
]);

export const OVERRUNS: Record<string, number> = {
  '5410|Oak Hill Clinic': 1.19,
  '5710|Administration': 1.14,
  '5120|Riverside Main': 1.06,
  '4030|Oak Hill Clinic': 0.86,
};

const ENTRY_MEMOS: Record<string, string> = {
  '40': 'Payer remittances',
  '50': 'Payroll',
  '51': 'Payroll',
  '52': 'Payroll and benefits',
  '53': 'Landlord and utilities',
  '54': 'Supplier invoices',
  '55': 'Staples',
  '56': 'Equipment vendor',
  '57': 'Ad platforms and print',
  '58': 'Software vendors',
  '59': 'Insurance carrier',
  '60': 'Professional services',
};

/**
 * Chart of accounts, cost centres (the two sites and practice-wide administration), last year's
 * locked budget with its actuals, this year's approved budget with actuals to date, next year's draft.
 */
export function seedBudgetDemo({ em, riverside }: DemoSeed): Promise<void> {
  return seedBudgets(em, riverside);
}

async function seedBudgets(em: EntityManager, org: Organization, now = todayAsDate(org.timeZone)): Promise<void> {
  const accounts = new Map((await em.find(Account, { organization: org }, { filters: false })).map((a) => [a.code, a]));
  const centres = new Map((await em.find(CostCentre, { organization: org }, { filters: false })).map((c) => [c.name, c]));
  const actuals: (Omit<Posting, 'lines'> & { code: string; centre: string; amount: number })[] = [];
  const thisYear = now.getUTCFullYear();
  const todayKey = now.toISOString().slice(0, 7);
  const random = seededRandom(42);

  const budgetFor = (fiscalYear: number, status: BudgetStatus, growth: number) => {
    const budget = em.create(Budget, {
      organization: org,
      fiscalYear,
      budgetVersion: BudgetVersion.ORIGINAL,
      status,
      startMonth: org.fiscalYearStartMonth,
      submittedAt: status === BudgetStatus.DRAFT ? null : new Date(`${fiscalYear - 1}-11-15T15:00:00Z`),
      approvedAt: status === BudgetStatus.DRAFT ? null : new Date(`${fiscalYear - 1}-12-05T15:00:00Z`),
    });
    const lines: { line: BudgetLine; account: Account; centre: CostCentre; key: string }[] = [];
    for (const [code, centreName, annual, profile] of PLAN) {
      const line = em.create(BudgetLine, { organization: org, budget, account: accounts.get(code)!, costCentre: centres.get(centreName)! });
      line.months = allocate(uplift(annual * 100, growth), profile);
      lines.push({ line, account: accounts.get(code)!, centre: centres.get(centreName)!, key: `${code}|${centreName}` });
    }
    return lines;
  };

  const actualsFor = (fiscalYear: number, lines: ReturnType<typeof budgetFor>) => {
    const months = fiscalMonths(fiscalYear, org.fiscalYearStartMonth);
    for (const { line, account, centre, key } of lines) {
      const overrun = OVERRUNS[key] ?? 1;
      months.forEach((m, i) => {
        if (m.key > todayKey) return;
        const elapsed = m.key === todayKey ? Math.min(1, now.getUTCDate() / 30) : 1;
        const amount = Math.round(line.months[i] * overrun * (0.94 + random() * 0.12) * elapsed);
        const parts = account.code.startsWith('40') ? [0.55, 0.45] : [1];
        allocate(
          amount,
          parts.map((p) => Math.round(p * 100)),
        ).forEach((part, n) => {
          const day = String(Math.min(28, 5 + n * 14 + Math.floor(random() * 5))).padStart(2, '0');
          if (m.key === todayKey && Number(day) > now.getUTCDate()) return;
          // This year the practice pays these through Praxis: their actuals come from the payables demo's bills.
          if (fiscalYear === thisYear && PAID_THROUGH_PAYABLES.has(account.code)) return;
          actuals.push({
            date: `${m.key}-${day}`,
            code: account.code,
            centre: centre.name,
            amount: part,
            source: account.code.startsWith('5') && Number(account.code) < 5300 ? LedgerSource.PAYROLL : LedgerSource.IMPORT,
            memo: ENTRY_MEMOS[account.code.slice(0, 2)] ?? 'Ledger import',
            dedupeKey: `demo:${fiscalYear}:${key}:${i}:${n}`,
          });
        });
      });
    }
  };

  actualsFor(thisYear - 1, budgetFor(thisYear - 1, BudgetStatus.LOCKED, -300));
  actualsFor(thisYear, budgetFor(thisYear, BudgetStatus.APPROVED, 0));
  budgetFor(thisYear + 1, BudgetStatus.DRAFT, 300);
  await em.flush();

  // The actuals, as if imported from the practice's accounting system, through the ledger like any posting.
  const ledgerEm = em.fork();
  const ledger = new LedgerService(Context.forOrganization(ledgerEm, org));
  const byCode = new Map((await ledgerEm.find(Account, {})).map((a) => [a.code, a]));
  const centreByName = new Map((await ledgerEm.find(CostCentre, {})).map((c) => [c.name, c]));
  await ledger.postMany(
    actuals.map(({ code, centre, amount, ...posting }) => ({
      ...posting,
      lines: [{ account: byCode.get(code)!, costCentre: centreByName.get(centre)!, amount }],
      balanceWith: AccountGroup.CLEARING,
    })),
  );
  await ledgerEm.flush();
}
