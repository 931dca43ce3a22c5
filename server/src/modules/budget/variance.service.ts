import type { EntityManager } from '@mikro-orm/knex';
import { fromScaled, percent } from '../../core/exact';
import { formatCents } from '../../core/format';
import type { Context } from '../../core/context';
import { NotFoundError, ValidationError } from '../../core/errors';
import { BudgetCheckMode, Organization } from '../../core/organization.entity';
import { Budget, BudgetLine, BudgetStatus, BudgetVersion } from './budget.entity';
import {
  Account,
  AccountGroup,
  AccountKind,
  CostCentre,
  GROUP_LABELS,
  PROVIDER_PAY_GROUP,
  PROVIDER_PAY_KEY,
  PROVIDER_PAY_LABEL,
  seesProviderPay,
} from '../ledger/ledger.entity';
import { BudgetService } from './budget.service';
import { type FiscalMonth, MONTH_NAMES, fiscalMonthOf, fiscalMonths, fiscalRange, monthLabel } from '../../core/fiscal';
import { LedgerService } from '../ledger/ledger.service';
import { VariancePeriodInput, VariancePeriodKind } from './budget.inputs';
import {
  BudgetCheckOutcome,
  type BudgetCheckResult,
  type PriorYearFigures,
  type VarianceFigures,
  type VariancePeriod,
  type VarianceReport,
  type VarianceRow,
} from './budget.types';

interface Series {
  budget: number[];
  actual: number[];
  /** Actuals of the report's period and of the same period a year earlier, summed by the database. */
  periodActual: number;
  priorActual: number;
}

const zero = (): Series => ({ budget: Array(12).fill(0), actual: Array(12).fill(0), periodActual: 0, priorActual: 0 });
const add = (into: Series, from: Series, sign = 1) => {
  for (let i = 0; i < 12; i++) {
    into.budget[i] += sign * from.budget[i];
    into.actual[i] += sign * from.actual[i];
  }
  into.periodActual += sign * from.periodActual;
  into.priorActual += sign * from.priorActual;
};
const negate = (s: Series): Series => ({
  budget: s.budget.map((v) => -v),
  actual: s.actual.map((v) => -v),
  periodActual: -s.periodActual,
  priorActual: -s.priorActual,
});
const sumRange = (values: number[], from: number, to: number) => values.slice(from, to).reduce((a, b) => a + b, 0);

/** Budget, actual, variance and whether it is favourable, for one period. */
export function figures(budget: number, actual: number, kind: AccountKind, thresholdBps: number): VarianceFigures {
  const variance = actual - budget;
  const favourable = kind === AccountKind.REVENUE ? variance >= 0 : variance <= 0;
  const variancePercent = percent(variance, Math.abs(budget));
  const beyond = budget === 0 ? variance !== 0 : Math.abs(variance) * 10_000 > thresholdBps * Math.abs(budget);
  return { budget, actual, variance, variancePercent, favourable, flagged: !favourable && beyond };
}

/** This year's actual against the same period of the year before. */
export function priorYearFigures(actual: number, prior: number, kind: AccountKind): PriorYearFigures {
  const change = actual - prior;
  return {
    actual: prior,
    change,
    changePercent: percent(change, Math.abs(prior)),
    favourable: kind === AccountKind.REVENUE ? change >= 0 : change <= 0,
  };
}

const rangeLabel = (months: FiscalMonth[]) => {
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length === 1) return monthLabel(first);
  // As the SPA's formatMonthSpan says a run of months: "Oct–Dec 2040", "Jul 2040–Jan 2041".
  return first.year === last.year ? `${MONTH_NAMES[first.month - 1]}–${monthLabel(last)}` : `${monthLabel(first)}–${monthLabel(last)}`;
};

/** The period asked for, checked: VALIDATION_FAILED at `period.month` or `period.quarter`. */
export function resolvePeriod(
  input: VariancePeriodInput | undefined,
  through: number,
  fiscalYear: number,
  startMonth: number,
): VariancePeriod {
  const kind = input?.kind ?? VariancePeriodKind.YEAR_TO_DATE;
  const whole = (v: number | null | undefined, min: number, max: number) =>
    v !== null && v !== undefined && Number.isInteger(v) && v >= min && v <= max;
  let fromMonth: number;
  let toMonth: number;
  let month: number | null = null;
  let quarter: number | null = null;
  if (kind === VariancePeriodKind.MONTH) {
    if (!whole(input?.month, 1, 12)) throw new ValidationError('period.month', 'Choose a fiscal month from 1 to 12.');
    if (input?.quarter !== null && input?.quarter !== undefined)
      throw new ValidationError('period.quarter', 'A single month takes no quarter.');
    month = input!.month!;
    fromMonth = toMonth = month;
  } else if (kind === VariancePeriodKind.QUARTER) {
    if (!whole(input?.quarter, 1, 4)) throw new ValidationError('period.quarter', 'Choose a fiscal quarter from 1 to 4.');
    if (input?.month !== null && input?.month !== undefined) throw new ValidationError('period.month', 'A quarter takes no month.');
    quarter = input!.quarter!;
    fromMonth = quarter * 3 - 2;
    toMonth = quarter * 3;
  } else {
    if (input?.month !== null && input?.month !== undefined && !whole(input.month, 0, 12)) {
      throw new ValidationError('period.month', 'Choose a fiscal month from 0 to 12.');
    }
    if (input?.quarter !== null && input?.quarter !== undefined)
      throw new ValidationError('period.quarter', 'Year to date takes no quarter.');
    month = input?.month ?? through;
    fromMonth = 1;
    toMonth = month;
  }
  const label = (year: number) => {
    const months = fiscalMonths(year, startMonth).slice(fromMonth - 1, toMonth);
    if (!months.length) return `Fiscal ${year}: no month closed yet`;
    return quarter ? `Q${quarter} · ${rangeLabel(months)}` : rangeLabel(months);
  };
  return { kind, month, quarter, fromMonth, toMonth, label: label(fiscalYear), priorLabel: label(fiscalYear - 1) };
}

/** [from, to) dates of fiscal months fromMonth … toMonth of a fiscal year (empty when toMonth < fromMonth). */
function monthRange(fiscalYear: number, startMonth: number, fromMonth: number, toMonth: number) {
  const months = fiscalMonths(fiscalYear, startMonth);
  const from = `${months[fromMonth - 1].key}-01`;
  if (toMonth < fromMonth) return { from, to: from };
  const next = months[toMonth]; // the month after the period, 0-based
  return { from, to: next ? `${next.key}-01` : fiscalRange(fiscalYear, startMonth).to };
}

export class VarianceService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /**
   * The whole report from five statements, however large the ledger: the budget, its lines, the
   * actuals summed per account × cost centre × month in SQL, the chart of accounts and cost centres.
   */
  async report(budgetId: string, throughMonth?: number, periodInput?: VariancePeriodInput): Promise<VarianceReport> {
    const budgets = new BudgetService(this.ctx);
    const budget = await budgets.budget(budgetId, 'budgetId');
    if (throughMonth !== undefined && (!Number.isInteger(throughMonth) || throughMonth < 0 || throughMonth > 12)) {
      throw new ValidationError('throughMonth', 'Choose a fiscal month from 0 to 12.');
    }
    const ytdMonth = periodInput?.kind === VariancePeriodKind.YEAR_TO_DATE ? periodInput.month : undefined;
    const through = throughMonth ?? ytdMonth ?? this.defaultThroughMonth(budget);
    const period = resolvePeriod(periodInput, through, budget.fiscalYear, budget.startMonth);
    const current = monthRange(budget.fiscalYear, budget.startMonth, period.fromMonth, period.toMonth);
    const prior = monthRange(budget.fiscalYear - 1, budget.startMonth, period.fromMonth, period.toMonth);
    const [org, lines, actuals, periodActuals, accounts, centres] = await Promise.all([
      this.em.findOneOrFail(Organization, { id: this.ctx.organizationId }),
      budgets.lines(budget),
      budgets.monthlyActuals(budget.fiscalYear, budget.startMonth),
      new LedgerService(this.ctx).periodActuals(current, prior),
      this.em.find(Account, {}),
      this.em.find(CostCentre, {}),
    ]);
    const threshold = org.varianceThresholdBps;
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const centreById = new Map(centres.map((c) => [c.id, c]));

    const perLine = new Map<string, { account: Account; centre: CostCentre; series: Series }>();
    for (const line of lines) {
      perLine.set(`${line.account.id}|${line.costCentre.id}`, {
        account: line.account,
        centre: line.costCentre,
        series: { ...zero(), budget: line.months },
      });
    }
    for (const [key, a] of actuals) {
      const entry = perLine.get(key) ?? { account: accountById.get(a.accountId)!, centre: centreById.get(a.costCentreId)!, series: zero() };
      entry.series.actual = a.months;
      perLine.set(key, entry);
    }
    // Lines booked only last year still get a row: this year's nothing beside last year's something.
    for (const [key, a] of periodActuals) {
      const entry = perLine.get(key) ?? { account: accountById.get(a.accountId)!, centre: centreById.get(a.costCentreId)!, series: zero() };
      entry.series.periodActual = a.current;
      entry.series.priorActual = a.prior;
      perLine.set(key, entry);
    }

    // Without provider compensation, provider pay is one line for the whole organization: no account,
    // no cost centre, nothing to subtract from another row to get at one person's pay.
    const providerPay = seesProviderPay(this.ctx) ? undefined : zero();
    if (providerPay) {
      for (const [key, entry] of perLine) {
        if (entry.account.group !== PROVIDER_PAY_GROUP) continue;
        add(providerPay, entry.series);
        perLine.delete(key);
      }
    }

    const row = (key: string, label: string, kind: AccountKind, s: Series, extra: Partial<VarianceRow> = {}): VarianceRow => {
      const months = s.budget.map((b, i) => figures(b, s.actual[i], kind, threshold));
      const quarters = [0, 1, 2, 3].map((q) =>
        figures(sumRange(s.budget, q * 3, q * 3 + 3), sumRange(s.actual, q * 3, q * 3 + 3), kind, threshold),
      );
      const ytdBudget = sumRange(s.budget, 0, through);
      const ytdActual = sumRange(s.actual, 0, through);
      return {
        key,
        label,
        kind,
        months,
        quarters,
        yearToDate: figures(ytdBudget, ytdActual, kind, threshold),
        period: figures(sumRange(s.budget, period.fromMonth - 1, period.toMonth), s.periodActual, kind, threshold),
        priorYear: priorYearFigures(s.periodActual, s.priorActual, kind),
        annualBudget: sumRange(s.budget, 0, 12),
        yearEndForecast: ytdActual + sumRange(s.budget, through, 12),
        ...extra,
      };
    };

    const lineRows: VarianceRow[] = [];
    const byAccount = new Map<string, { account: Account; series: Series }>();
    const byGroup = new Map<string, { kind: AccountKind; series: Series }>();
    const byCentre = new Map<string, { centre: CostCentre; series: Series }>();
    const revenue = zero();
    const expense = zero();
    const ordered = [...perLine.values()].sort(
      (a, b) => a.account.code.localeCompare(b.account.code) || a.centre.name.localeCompare(b.centre.name),
    );
    for (const { account, centre, series } of ordered) {
      lineRows.push(
        row(`${account.id}|${centre.id}`, `${account.code} ${account.name} · ${centre.name}`, account.kind, series, {
          accountId: account.id,
          accountCode: account.code,
          group: account.group,
          costCentreId: centre.id,
          costCentreName: centre.name,
        }),
      );
      const acc = byAccount.get(account.id) ?? { account, series: zero() };
      add(acc.series, series);
      byAccount.set(account.id, acc);
      const grp = byGroup.get(account.group) ?? { kind: account.kind, series: zero() };
      add(grp.series, series);
      byGroup.set(account.group, grp);
      const cc = byCentre.get(centre.id) ?? { centre, series: zero() };
      add(cc.series, series, account.kind === AccountKind.REVENUE ? 1 : -1);
      byCentre.set(centre.id, cc);
      add(account.kind === AccountKind.REVENUE ? revenue : expense, series);
    }
    const providerPayRows: VarianceRow[] = [];
    if (providerPay) {
      add(expense, providerPay);
      const payRow = row(PROVIDER_PAY_KEY, PROVIDER_PAY_LABEL, AccountKind.EXPENSE, providerPay, { group: PROVIDER_PAY_GROUP });
      providerPayRows.push(payRow);
      lineRows.push(payRow);
      byGroup.set(PROVIDER_PAY_GROUP, { kind: AccountKind.EXPENSE, series: providerPay });
    }
    const net = zero();
    add(net, revenue);
    add(net, expense, -1);
    const months = fiscalMonths(budget.fiscalYear, budget.startMonth);
    return {
      budget,
      throughMonth: through,
      period,
      monthLabels: months.map(monthLabel),
      thresholdPercent: fromScaled(BigInt(threshold), 2),
      lines: lineRows,
      accounts: [
        ...[...byAccount.values()].map(({ account, series }) =>
          row(account.id, `${account.code} ${account.name}`, account.kind, series, {
            accountId: account.id,
            accountCode: account.code,
            group: account.group,
          }),
        ),
        ...providerPayRows,
      ],
      groups: [...byGroup.entries()].map(([group, { kind, series }]) =>
        row(group, GROUP_LABELS[group as AccountGroup], kind, series, { group: group as AccountGroup }),
      ),
      costCentres: [
        ...[...byCentre.values()].map(({ centre, series }) =>
          row(centre.id, centre.name, AccountKind.REVENUE, series, {
            costCentreId: centre.id,
            costCentreName: centre.name,
          }),
        ),
        // Cost centres net of provider pay, and provider pay once beside them (as a cost centre's contribution: negative).
        ...(providerPay ? [row(PROVIDER_PAY_KEY, PROVIDER_PAY_LABEL, AccountKind.REVENUE, negate(providerPay))] : []),
      ],
      revenue: row('REVENUE', 'Revenue', AccountKind.REVENUE, revenue),
      expense: row('EXPENSE', 'Expense', AccountKind.EXPENSE, expense),
      net: row('NET', 'Net income', AccountKind.REVENUE, net),
    };
  }

  /**
   * Would spending `amount` on this account and cost centre on `date` stay within the approved
   * budget for the month and the year? What happens if not is the practice's choice.
   */
  /** budgetCheck as asked through the API: provider pay is checked by the roles that may see it. */
  async checkAsked(accountId: string, costCentreId: string, date: string, amount: number): Promise<BudgetCheckResult> {
    const account = await this.em.findOne(Account, { id: accountId });
    if (account?.group === PROVIDER_PAY_GROUP && !seesProviderPay(this.ctx)) {
      throw new ValidationError('accountId', 'Provider pay is checked by the roles that hold provider compensation.');
    }
    return this.check(accountId, costCentreId, date, amount);
  }

  async check(accountId: string, costCentreId: string, date: string, amount: number): Promise<BudgetCheckResult> {
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const account = await this.em.findOne(Account, { id: accountId });
    if (!account) throw new ValidationError('accountId', 'No such account in this organization.');
    if (!(await this.em.count(CostCentre, { id: costCentreId }))) throw new NotFoundError('Cost centre', costCentreId);
    const fiscalYear = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < org.fiscalYearStartMonth ? 1 : 0);
    const budget = await this.em.findOne(
      Budget,
      { fiscalYear, status: { $in: [BudgetStatus.APPROVED, BudgetStatus.LOCKED] } },
      { orderBy: { budgetVersion: 'desc' } },
    );
    const empty = { monthBudget: 0, monthActual: 0, yearBudget: 0, yearActual: 0 };
    if (!budget) {
      return {
        ...empty,
        mode: org.budgetCheckMode,
        outcome: BudgetCheckOutcome.OK,
        withinMonth: true,
        withinYear: true,
        message: `No approved budget for fiscal ${fiscalYear}: nothing to check against.`,
      };
    }
    const monthIndex = fiscalMonthOf(date, budget.fiscalYear, budget.startMonth)! - 1;
    const budgets = new BudgetService(this.ctx);
    const [line] = await this.em.find(BudgetLine, { budget, account: accountId, costCentre: costCentreId });
    const actual =
      [...(await budgets.monthlyActuals(budget.fiscalYear, budget.startMonth, accountId, costCentreId)).values()][0]?.months ??
      Array(12).fill(0);
    const monthBudget = line?.months[monthIndex] ?? 0;
    const yearBudget = line?.total ?? 0;
    const monthActual = actual[monthIndex];
    const yearActual = actual.reduce((a, b) => a + b, 0);
    const isRevenue = account.kind === AccountKind.REVENUE;
    const withinMonth = isRevenue || monthActual + amount <= monthBudget;
    const withinYear = isRevenue || yearActual + amount <= yearBudget;
    const within = withinMonth && withinYear;
    const outcome =
      within || org.budgetCheckMode === BudgetCheckMode.IGNORE
        ? BudgetCheckOutcome.OK
        : org.budgetCheckMode === BudgetCheckMode.STOP
          ? BudgetCheckOutcome.STOP
          : BudgetCheckOutcome.WARN;
    const dollars = formatCents;
    if (account.group === PROVIDER_PAY_GROUP && !seesProviderPay(this.ctx)) {
      // The outcome, but no figures: what is left of a cost centre's provider pay is someone's pay.
      const message = within ? 'Within budget.' : `Over budget for ${account.name}.`;
      return { outcome, mode: org.budgetCheckMode, message, ...empty, withinMonth, withinYear };
    }
    const message = within
      ? `Within budget: ${dollars(monthBudget - monthActual - amount)} left this month, ${dollars(yearBudget - yearActual - amount)} this year.`
      : `Over budget for ${account.name}: ${withinMonth ? '' : `${dollars(monthActual + amount - monthBudget)} over this month`}${!withinMonth && !withinYear ? ', ' : ''}${withinYear ? '' : `${dollars(yearActual + amount - yearBudget)} over the year`}.`;
    return { outcome, mode: org.budgetCheckMode, message, monthBudget, monthActual, yearBudget, yearActual, withinMonth, withinYear };
  }

  private defaultThroughMonth(budget: Budget): number {
    const now = this.ctx.today();
    // Year to date runs through the last closed month; the current month is still coming in.
    const m = fiscalMonthOf(now, budget.fiscalYear, budget.startMonth);
    if (m) return m - 1;
    const first = fiscalMonths(budget.fiscalYear, budget.startMonth)[0].key;
    return now.slice(0, 7) < first ? 0 : 12;
  }
}

export { BudgetVersion };
