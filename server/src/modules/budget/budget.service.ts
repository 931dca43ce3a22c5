import { divRound, toNumber } from '../../core/exact';
import { now } from '../../core/dates';
import { scale } from '../../core/exact';
import type { EntityManager } from '@mikro-orm/knex';
import { raw } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors';
import { allocate, uplift } from '../../core/money';
import { tenantRows } from '../../core/query';
import { Organization, User } from '../../core/organization.entity';
import { Capability } from '../../core/policy';
import { NotificationKind, NotificationTarget } from '../notifications/notification.entity';
import { NotificationService, type Recipients } from '../notifications/notifications.service';
import { BUDGET_LIFECYCLE, Budget, BudgetLine, BudgetStatus, BudgetVersion, MONTH_KEYS } from './budget.entity';
import { Account, AccountKind, CostCentre, INCOME_STATEMENT_KINDS, PROVIDER_PAY_GROUP, seesProviderPay } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { fiscalMonths, fiscalRange, fiscalYearOf } from '../../core/fiscal';
import type { BudgetSourceOption, NewBudgetPreview } from './budget.types';
import {
  BudgetSource,
  IncompleteMonthFill,
  SpreadMethod,
  type BudgetLineInput,
  type CreateBudgetInput,
  type SaveBudgetLinesInput,
  type SpreadBudgetLineInput,
} from './budget.inputs';

const VERSION_PHRASE: Record<BudgetVersion, string> = {
  [BudgetVersion.ORIGINAL]: 'an original',
  [BudgetVersion.REVISED]: 'a revised',
  [BudgetVersion.FORECAST]: 'a forecast',
};

/** The mean of whole cents, rounded half away from zero, in integer arithmetic. */
function average(values: number[]): number {
  if (!values.length) return 0;
  return toNumber(
    divRound(
      values.reduce((a, b) => a + BigInt(b), 0n),
      values.length,
    ),
  );
}

const MAX_LINE_AMOUNT = 1e13; // $100 billion in cents: far above any practice, far below 2^53

export class BudgetService {
  private readonly em: EntityManager;
  private readonly ledger: LedgerService;
  private readonly notifications: NotificationService;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
    this.ledger = new LedgerService(ctx);
    this.notifications = new NotificationService(ctx);
  }

  /** The ledger's actuals per account × cost centre × fiscal month (revenue and expense only). */
  monthlyActuals(fiscalYear: number, startMonth: number, accountId?: string, costCentreId?: string) {
    return this.ledger.monthlyActuals(fiscalYear, startMonth, accountId, costCentreId);
  }

  // ---- budgets ---------------------------------------------------------------------------------

  budgets(fiscalYear?: number, status?: BudgetStatus): Promise<Budget[]> {
    return this.em.find(
      Budget,
      { ...(fiscalYear ? { fiscalYear } : {}), ...(status ? { status } : {}) },
      {
        orderBy: { fiscalYear: 'desc', budgetVersion: 'asc' },
      },
    );
  }

  async current(): Promise<Budget | null> {
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const fiscalYear = fiscalYearOf(this.ctx.today(), org.fiscalYearStartMonth);
    return this.em.findOne(
      Budget,
      { fiscalYear, status: { $in: [BudgetStatus.APPROVED, BudgetStatus.LOCKED] } },
      { orderBy: { budgetVersion: 'desc' } },
    );
  }

  /** Revenue, expense and net per budget, for many budgets in one statement. */
  async totals(budgetIds: string[]): Promise<Map<string, { revenue: number; expense: number; net: number }>> {
    type Row = { budget_id: string; kind: string; total: string | number };
    const rows = await tenantRows<Row>(this.em, BudgetLine, 'l', (qb) =>
      qb
        .select(['l.budget_id', 'a.kind', raw(`sum(${MONTH_KEYS.map((k) => `l.${k}`).join(' + ')}) as total`)])
        .join('l.account', 'a')
        .where({ budget: { $in: budgetIds } })
        .groupBy(['l.budget_id', 'a.kind']),
    );
    const out = new Map(budgetIds.map((id) => [id, { revenue: 0, expense: 0, net: 0 }]));
    for (const r of rows) {
      const t = out.get(r.budget_id)!;
      if (r.kind === 'REVENUE') t.revenue += Number(r.total);
      else t.expense += Number(r.total);
      t.net = t.revenue - t.expense;
    }
    return out;
  }

  async discard(id: string): Promise<boolean> {
    const budget = await this.budget(id);
    this.requireDraft(budget);
    for (const line of await this.lines(budget)) this.em.remove(line);
    this.em.remove(budget);
    await this.em.flush();
    return true;
  }

  async budget(id: string, field = 'id'): Promise<Budget> {
    const budget = await this.em.findOne(Budget, { id });
    if (!budget) {
      if (field === 'id') throw new NotFoundError('Budget', id);
      throw new ValidationError(field, 'No such budget in this organization.');
    }
    return budget;
  }

  lines(budget: Budget | string): Promise<BudgetLine[]> {
    return this.em.find(
      BudgetLine,
      { budget },
      {
        populate: ['account', 'costCentre'],
        orderBy: { account: { code: 'asc' }, costCentre: { name: 'asc' } },
      },
    );
  }

  /**
   * The lines the caller may see one by one: provider pay per account and cost centre is for the
   * compensation roles; other readers see it only as one total (in the variance report).
   */
  async readableLines(budget: Budget | string): Promise<BudgetLine[]> {
    const lines = await this.lines(budget);
    return seesProviderPay(this.ctx) ? lines : lines.filter((l) => !this.isProviderPay(l.account));
  }

  isProviderPay(account: Account): boolean {
    return account.group === PROVIDER_PAY_GROUP;
  }

  /** Planning provider pay line by line is for the roles that may see it. */
  requireProviderPayRights(field: string, account: Account) {
    if (this.isProviderPay(account) && !seesProviderPay(this.ctx)) {
      throw new ValidationError(field, 'Provider pay is planned by the roles that hold provider compensation.');
    }
  }

  async create(input: CreateBudgetInput): Promise<Budget> {
    this.checkNewBudget(input);
    const existing = await this.existingBudget(input);
    if (existing) {
      throw new ValidationError(
        'input.fiscalYear',
        `Fiscal ${input.fiscalYear} already has ${VERSION_PHRASE[input.budgetVersion]} budget; open it, or start another version.`,
      );
    }
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const sources = await this.sourceOptions(input.fiscalYear, org);
    const chosen = sources.find((s) => s.source === input.source)!;
    if (!chosen.available) throw new ValidationError('input.source', chosen.reason!);
    const plan = await this.plan(input, org);
    const budget = this.em.create(Budget, {
      organization: org,
      fiscalYear: input.fiscalYear,
      budgetVersion: input.budgetVersion,
      startMonth: org.fiscalYearStartMonth,
    });
    for (const line of plan.lines) this.newLine(budget, line.account, line.costCentre, line.months);
    await this.em.flush();
    return budget;
  }

  /** What `create` would make with the same input, and what stands in its way, without creating anything. */
  async preview(input: CreateBudgetInput): Promise<NewBudgetPreview> {
    this.checkNewBudget(input);
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const [existing, sources] = await Promise.all([this.existingBudget(input), this.sourceOptions(input.fiscalYear, org)]);
    const usable = sources.find((s) => s.source === input.source)?.available ?? false;
    const plan = usable ? await this.plan(input, org) : { lines: [], actualMonths: [], filledMonths: [] };
    let revenue = 0;
    let expense = 0;
    for (const line of plan.lines) {
      const total = line.months.reduce((a, b) => a + b, 0);
      if (line.account.kind === AccountKind.REVENUE) revenue += total;
      else expense += total;
    }
    return {
      existing,
      sources,
      actualMonths: plan.actualMonths,
      filledMonths: plan.filledMonths,
      lineCount: plan.lines.length,
      revenue,
      expense,
      net: revenue - expense,
    };
  }

  private checkNewBudget(input: CreateBudgetInput) {
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 2000 || input.fiscalYear > 2100) {
      throw new ValidationError('input.fiscalYear', 'Enter a fiscal year between 2000 and 2100.');
    }
    for (const [i, g] of (input.groupUplifts ?? []).entries()) this.checkUplift(`input.groupUplifts.${i}.basisPoints`, g.basisPoints);
    this.checkUplift('input.upliftBasisPoints', input.upliftBasisPoints);
    if (input.annualAmounts?.length && input.source !== BudgetSource.EMPTY)
      throw new ValidationError(
        'input.annualAmounts',
        'Annual amounts start an empty budget; leave them out when starting from another source.',
      );
  }

  private existingBudget(input: CreateBudgetInput): Promise<Budget | null> {
    return this.em.findOne(Budget, { fiscalYear: input.fiscalYear, budgetVersion: input.budgetVersion });
  }

  private lastYearBudget(fiscalYear: number): Promise<Budget | null> {
    return this.em.findOne(
      Budget,
      { fiscalYear: fiscalYear - 1, status: { $in: [BudgetStatus.APPROVED, BudgetStatus.LOCKED] } },
      { orderBy: { budgetVersion: 'desc' } },
    );
  }

  /** Last fiscal year's months that have ended by the organization's today, and those that have not. */
  private lastYearMonths(fiscalYear: number, org: Organization) {
    const today = this.ctx.today();
    const months = fiscalMonths(fiscalYear - 1, org.fiscalYearStartMonth);
    const ended = months.filter((m) => m.key < today.slice(0, 7));
    return { months, ended, open: months.filter((m) => !ended.includes(m)) };
  }

  private async sourceOptions(fiscalYear: number, org: Organization): Promise<BudgetSourceOption[]> {
    const previous = fiscalYear - 1;
    const [budget, hasActuals] = await Promise.all([
      this.lastYearBudget(fiscalYear),
      this.ledger.hasActuals(fiscalRange(previous, org.fiscalYearStartMonth)),
    ]);
    const { ended } = this.lastYearMonths(fiscalYear, org);
    const actualsReason = !hasActuals
      ? `There are no actuals for fiscal ${previous} to start from.`
      : ended.length === 0
        ? `No month of fiscal ${previous} has ended yet.`
        : null;
    return [
      { source: BudgetSource.EMPTY, available: true, reason: null },
      {
        source: BudgetSource.LAST_YEAR_BUDGET,
        available: !!budget,
        reason: budget ? null : `There is no approved budget for fiscal ${previous} to start from.`,
      },
      { source: BudgetSource.LAST_YEAR_ACTUALS, available: !actualsReason, reason: actualsReason },
    ];
  }

  /**
   * The lines a new budget starts with. From actuals, the months of last year that have not ended
   * are filled (the same month a year earlier, or the average of the ended months) before the uplift.
   */
  private async plan(input: CreateBudgetInput, org: Organization) {
    const lines: { account: Account; costCentre: CostCentre; months: number[] }[] = [];
    const upliftFor = (account: Account) =>
      input.groupUplifts?.find((g) => g.group === account.group)?.basisPoints ?? input.upliftBasisPoints;
    const withUplift = (account: Account, months: number[]) => months.map((m) => uplift(m, upliftFor(account)));
    let actualMonths: string[] = [];
    let filledMonths: string[] = [];

    if (input.source === BudgetSource.LAST_YEAR_BUDGET) {
      const previous = (await this.lastYearBudget(input.fiscalYear))!;
      for (const line of await this.lines(previous)) {
        lines.push({ account: line.account, costCentre: line.costCentre, months: withUplift(line.account, line.months) });
      }
    }
    if (input.source === BudgetSource.LAST_YEAR_ACTUALS) {
      const { ended, open } = this.lastYearMonths(input.fiscalYear, org);
      actualMonths = ended.map((m) => m.key);
      filledMonths = open.map((m) => m.key);
      const actuals = await this.ledger.monthlyActuals(input.fiscalYear - 1, org.fiscalYearStartMonth);
      const priorYear =
        open.length && input.fillIncompleteMonths === IncompleteMonthFill.PRIOR_YEAR
          ? await this.ledger.monthlyActuals(input.fiscalYear - 2, org.fiscalYearStartMonth)
          : new Map<string, { months: number[] }>();
      const keys = new Set([...actuals.keys(), ...(open.length ? priorYear.keys() : [])]);
      const ids = [...keys].map((k) => k.split('|'));
      const accounts = new Map((await this.em.find(Account, { id: { $in: [...new Set(ids.map(([a]) => a))] } })).map((a) => [a.id, a]));
      for (const key of keys) {
        const [accountId, costCentreId] = key.split('|');
        const booked = actuals.get(key)?.months ?? Array(12).fill(0);
        const endedValues = ended.map((m) => booked[m.index - 1]);
        const fill = (i: number) =>
          input.fillIncompleteMonths === IncompleteMonthFill.RUN_RATE ? average(endedValues) : (priorYear.get(key)?.months[i] ?? 0);
        const months = booked.map((amount, i) => (open.some((m) => m.index - 1 === i) ? fill(i) : amount));
        if (months.every((m) => m === 0)) continue;
        const account = accounts.get(accountId)!;
        lines.push({ account, costCentre: this.em.getReference(CostCentre, costCentreId), months: withUplift(account, months) });
      }
    }
    if (input.source === BudgetSource.EMPTY) {
      for (const [i, a] of (input.annualAmounts ?? []).entries()) {
        if (a.annual === 0) continue;
        const field = `input.annualAmounts.${i}`;
        const account = await this.ledger.account(a.accountId, `${field}.accountId`);
        if (!INCOME_STATEMENT_KINDS.includes(account.kind))
          throw new ValidationError(`${field}.accountId`, 'Budgets plan revenue and expense accounts.');
        this.requireProviderPayRights(`${field}.accountId`, account);
        const costCentre = await this.ledger.costCentre(a.costCentreId, `${field}.costCentreId`);
        if (!Number.isSafeInteger(a.annual) || a.annual < 0)
          throw new ValidationError(`${field}.annual`, 'Enter the annual amount as a positive number of cents.');
        if (lines.some((l) => l.account.id === account.id && l.costCentre.id === costCentre.id))
          throw new ValidationError(`${field}.accountId`, `${account.name} is listed twice.`);
        lines.push({ account, costCentre, months: allocate(a.annual, Array(12).fill(1)) });
      }
    }
    return { lines, actualMonths, filledMonths };
  }

  /** Saves edited lines all together; any line edited by someone else since refuses the whole save. */
  async saveLines(input: SaveBudgetLinesInput): Promise<BudgetLine[]> {
    const budget = await this.budget(input.budgetId, 'input.budgetId');
    this.requireDraft(budget);
    const existing = new Map((await this.lines(budget)).map((l) => [l.id, l]));
    const touched: BudgetLine[] = [];
    const conflicts: { lineId: string; version: number; months: number[] }[] = [];
    for (const [i, lineInput] of input.lines.entries()) {
      const field = `input.lines.${i}`;
      this.checkMonths(`${field}.months`, lineInput.months);
      if (lineInput.lineId) {
        const line = existing.get(lineInput.lineId);
        if (!line) throw new ValidationError(`${field}.lineId`, 'No such line in this budget.');
        this.requireProviderPayRights(`${field}.lineId`, line.account);
        if (lineInput.expectedVersion !== line.version) {
          conflicts.push({ lineId: line.id, version: line.version, months: line.months });
          continue;
        }
        line.months = lineInput.months;
        touched.push(line);
      } else {
        touched.push(await this.addLine(budget, lineInput, field, [...existing.values(), ...touched]));
      }
    }
    if (conflicts.length) {
      throw new ConflictError(
        `${conflicts.length} line(s) were changed by someone else since you loaded them. Their values are shown; nothing was saved.`,
        conflicts,
      );
    }
    await this.em.flush();
    return touched;
  }

  async deleteLine(lineId: string, expectedVersion: number): Promise<boolean> {
    const line = await this.em.findOne(BudgetLine, { id: lineId }, { populate: ['budget', 'account'] });
    if (!line) throw new NotFoundError('Budget line', lineId);
    this.requireProviderPayRights('lineId', line.account);
    this.requireDraft(line.budget);
    if (line.version !== expectedVersion)
      throw new ConflictError('Someone else changed this line since you loaded it.', [
        { lineId, version: line.version, months: line.months },
      ]);
    this.em.remove(line);
    await this.em.flush();
    return true;
  }

  async spread(input: SpreadBudgetLineInput): Promise<BudgetLine> {
    const line = await this.em.findOne(BudgetLine, { id: input.lineId }, { populate: ['budget', 'account', 'costCentre'] });
    if (!line) throw new NotFoundError('Budget line', input.lineId);
    this.requireProviderPayRights('input.lineId', line.account);
    this.requireDraft(line.budget);
    if (line.version !== input.expectedVersion)
      throw new ConflictError('Someone else changed this line since you loaded it.', [
        { lineId: line.id, version: line.version, months: line.months },
      ]);
    if (!Number.isSafeInteger(input.annual) || Math.abs(input.annual) > MAX_LINE_AMOUNT * 12)
      throw new ValidationError('input.annual', 'Enter the annual amount in whole cents.');
    let weights: number[];
    if (input.method === SpreadMethod.EVEN) weights = Array(12).fill(1);
    else if (input.method === SpreadMethod.SEASONAL) {
      const profile = input.profile ?? [];
      if (profile.length !== 12 || profile.some((w) => !Number.isInteger(w) || w < 0) || profile.every((w) => w === 0)) {
        throw new ValidationError('input.profile', 'A seasonality profile is twelve whole, non-negative weights, not all zero.');
      }
      weights = profile;
    } else {
      const actuals = await this.ledger.monthlyActuals(
        line.budget.fiscalYear - 1,
        line.budget.startMonth,
        line.account.id,
        line.costCentre.id,
      );
      weights = [...actuals.values()][0]?.months.map((m) => Math.abs(m)) ?? Array(12).fill(1);
    }
    line.months = allocate(input.annual, weights);
    await this.em.flush();
    return line;
  }

  /** The draft budget whose fiscal year has not ended by `date`: where raises from that date are planned. */
  async draftCovering(date: string): Promise<Budget | null> {
    const drafts = await this.em.find(Budget, { status: BudgetStatus.DRAFT }, { orderBy: { fiscalYear: 'asc' } });
    return drafts.find((b) => fiscalRange(b.fiscalYear, b.startMonth).to > date) ?? null;
  }

  /**
   * Adds to a draft's lines from a date on (compensation's raises): each annual amount prorated over
   * the fiscal months from `from`, spread to the cent, a one-off amount in the first of them; lines
   * that do not exist yet are opened. Returns how many lines changed and by how much in all.
   */
  async addToDraft(
    budget: Budget,
    from: string,
    additions: { account: Account; costCentre: CostCentre; annual: number; oneOff: number }[],
  ): Promise<{ budget: Budget; lines: number; increase: number }> {
    this.requireDraft(budget);
    const months = fiscalMonths(budget.fiscalYear, budget.startMonth);
    const first = Math.max(
      0,
      months.findIndex((m) => m.key >= from.slice(0, 7)),
    );
    const affected: number[] = months.map((_, i) => (i >= first ? 1 : 0));
    const share = affected.reduce((a, b) => a + b, 0);
    const adds = new Map<string, { account: Account; costCentre: CostCentre; months: number[] }>();
    for (const a of additions) {
      const key = `${a.account.id}|${a.costCentre.id}`;
      const entry = adds.get(key) ?? { account: a.account, costCentre: a.costCentre, months: Array(12).fill(0) };
      allocate(scale(a.annual, share, 12), affected).forEach((v, i) => (entry.months[i] += v));
      entry.months[first] += a.oneOff;
      adds.set(key, entry);
    }
    const existing = await this.em.find(BudgetLine, {
      budget,
      account: { $in: [...new Set([...adds.values()].map((a) => a.account.id))] },
    });
    let increase = 0;
    for (const a of adds.values()) {
      const line =
        existing.find((l) => l.account.id === a.account.id && l.costCentre.id === a.costCentre.id) ??
        this.em.create(BudgetLine, { organization: this.ctx.organizationId, budget, account: a.account, costCentre: a.costCentre });
      line.months = line.months.map((v, i) => v + a.months[i]);
      increase += a.months.reduce((s, v) => s + v, 0);
    }
    return { budget, lines: adds.size, increase };
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Submits for approval and tells the approvers (in the same transaction). */
  async submit(id: string): Promise<Budget> {
    return this.transition(id, BudgetStatus.SUBMITTED, async (b) => {
      b.submittedAt = now();
      b.submittedBy = this.ctx.userId ? this.em.getReference(User, this.ctx.userId) : null;
      b.rejectionComment = null;
      await this.notifications.notify({
        to: { holding: Capability.BUDGETS_APPROVE },
        kind: NotificationKind.BUDGET_SUBMITTED,
        title: `${this.label(b)} submitted for your approval`,
        text: `${this.ctx.user?.displayName ?? 'Someone'} submitted it.`,
        target: NotificationTarget.BUDGET,
        targetId: b.id,
      });
    });
  }

  async approve(id: string): Promise<Budget> {
    return this.transition(id, BudgetStatus.APPROVED, async (b) => {
      b.approvedAt = now();
      await this.notifications.notify({
        to: this.preparers(b),
        kind: NotificationKind.BUDGET_APPROVED,
        title: `${this.label(b)} approved`,
        text: `${this.ctx.user?.displayName ?? 'The administrator'} approved it.`,
        target: NotificationTarget.BUDGET,
        targetId: b.id,
      });
    });
  }

  /** Sends back to draft with a comment, and tells whoever submitted it why. */
  async reject(id: string, comment: string): Promise<Budget> {
    const text = comment.trim();
    if (!text) throw new ValidationError('comment', 'Say what should change, so the budget can be fixed.');
    if (text.length > 2000) throw new ValidationError('comment', 'Keep the comment under 2,000 characters.');
    return this.transition(id, BudgetStatus.DRAFT, async (b) => {
      b.rejectionComment = text;
      await this.notifications.notify({
        to: this.preparers(b),
        kind: NotificationKind.BUDGET_SENT_BACK,
        title: `${this.label(b)} sent back`,
        text: `${this.ctx.user?.displayName ?? 'The administrator'}: “${text}”`,
        target: NotificationTarget.BUDGET,
        targetId: b.id,
      });
    });
  }

  private label(b: Budget): string {
    return `Fiscal ${b.fiscalYear} ${b.budgetVersion.toLowerCase()} budget`;
  }

  /** Whoever submitted it; for a budget submitted before that was kept, everyone who may edit budgets but not approve them. */
  private preparers(b: Budget): Recipients {
    return b.submittedBy ? { users: [b.submittedBy] } : { holding: Capability.BUDGETS_EDIT, except: Capability.BUDGETS_APPROVE };
  }

  async lock(id: string): Promise<Budget> {
    return this.transition(id, BudgetStatus.LOCKED);
  }

  /** A revised version starts as a copy of the approved one. */
  async revise(id: string): Promise<Budget> {
    const source = await this.budget(id);
    if (![BudgetStatus.APPROVED, BudgetStatus.LOCKED].includes(source.status)) {
      throw new ValidationError('id', 'Only an approved budget can be revised.');
    }
    if (await this.em.count(Budget, { fiscalYear: source.fiscalYear, budgetVersion: BudgetVersion.REVISED })) {
      throw new ValidationError('id', `Fiscal ${source.fiscalYear} already has a revised budget.`);
    }
    const revised = this.em.create(Budget, {
      organization: this.ctx.organizationId,
      fiscalYear: source.fiscalYear,
      budgetVersion: BudgetVersion.REVISED,
      startMonth: source.startMonth,
    });
    for (const line of await this.lines(source)) this.newLine(revised, line.account, line.costCentre, line.months);
    await this.em.flush();
    return revised;
  }

  // ---- shared ----------------------------------------------------------------------------------

  private async transition(id: string, to: BudgetStatus, apply?: (b: Budget) => void | Promise<void>): Promise<Budget> {
    const budget = await this.budget(id);
    BUDGET_LIFECYCLE.assert(budget.status, to);
    budget.status = to;
    await apply?.(budget);
    await this.em.flush();
    return budget;
  }

  private requireDraft(budget: Budget) {
    if (budget.status !== BudgetStatus.DRAFT) {
      throw new ValidationError('budgetId', `Only a draft can be edited; this budget is ${budget.status.toLowerCase()}.`);
    }
  }

  private newLine(budget: Budget, account: Account, costCentre: CostCentre, months: number[]): BudgetLine {
    const line = this.em.create(BudgetLine, { organization: this.ctx.organizationId, budget, account, costCentre });
    line.months = months;
    return line;
  }

  private async addLine(budget: Budget, input: BudgetLineInput, field: string, lines: BudgetLine[]): Promise<BudgetLine> {
    const account = await this.ledger.account(input.accountId, `${field}.accountId`);
    if (!INCOME_STATEMENT_KINDS.includes(account.kind))
      throw new ValidationError(`${field}.accountId`, 'Budgets plan revenue and expense accounts.');
    this.requireProviderPayRights(`${field}.accountId`, account);
    const costCentre = await this.ledger.costCentre(input.costCentreId, `${field}.costCentreId`);
    if (lines.some((l) => l.account.id === account.id && l.costCentre.id === costCentre.id)) {
      throw new ValidationError(`${field}.accountId`, `${account.name} already has a line for ${costCentre.name}.`);
    }
    return this.newLine(budget, account, costCentre, input.months);
  }

  private checkMonths(field: string, months: number[]) {
    if (months.length !== 12) throw new ValidationError(field, 'A line has exactly twelve monthly amounts.');
    const bad = months.findIndex((m) => !Number.isSafeInteger(m) || Math.abs(m) > MAX_LINE_AMOUNT);
    if (bad >= 0) throw new ValidationError(`${field}.${bad}`, 'Amounts are whole cents, at most $100 billion.');
  }

  private checkUplift(field: string, bps: number) {
    if (!Number.isInteger(bps) || bps < -10_000 || bps > 100_000)
      throw new ValidationError(field, 'An uplift is between −100 % and +1,000 %, in basis points.');
  }
}

export { MONTH_KEYS };
