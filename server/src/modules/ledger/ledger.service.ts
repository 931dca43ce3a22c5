import { randomUUID } from 'node:crypto';
import { raw, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ConflictError, ValidationError } from '../../core/errors';
import { isIsoDate } from '../../core/dates';
import { fiscalMonths, fiscalRange } from '../../core/fiscal';
import { tenantRows } from '../../core/query';
import { BALANCE_ACCOUNTS, ON_DEMAND_ACCOUNTS } from './chart-of-accounts';
import {
  Account,
  AccountGroup,
  CostCentre,
  INCOME_STATEMENT_KINDS,
  LedgerEntry,
  LedgerMonthTotal,
  LedgerSource,
  PROVIDER_PAY_GROUP,
  debitSign,
  kindOfGroup,
  seesProviderPay,
} from './ledger.entity';
import type { AccountInput } from './ledger.inputs';

export interface PostingLine {
  account: Account;
  costCentre: CostCentre | string;
  /** In the account's natural sign (see LedgerEntry.amount). */
  amount: number;
  memo?: string | null;
}

export interface Posting {
  date: string;
  source: LedgerSource;
  /** Posting the same key again adds nothing: an imported row's content, `campaign-spend:<id>`, `bill:<id>:approved`. */
  dedupeKey: string;
  /** The record the posting came from, for drilling back from a ledger line. */
  sourceId?: string | null;
  memo?: string | null;
  lines: PostingLine[];
  /**
   * For a posting that records only one side (an actual exported from the practice's accounting
   * system, whose other side lives there; spend paid on the spot): the group of the account that
   * takes the other side. The ledger adds one balancing line per cost centre.
   */
  balanceWith?: AccountGroup;
}

/** Keys per existence check: well inside both databases' limits on bound parameters. */
const KEYS_PER_STATEMENT = 1_000;

/**
 * The ledger: accounts, cost centres and the journal. `post` is the only way anything reaches the
 * journal: a posting is balanced (debits equal credits), idempotent by its key, and written in the
 * caller's unit of work, so it commits or fails with the change it records.
 */
export class LedgerService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  // ---- posting -------------------------------------------------------------------------------

  /** Posts once: null when this key was posted before. The caller flushes. */
  async post(posting: Posting): Promise<LedgerEntry[] | null> {
    const { posted } = await this.postMany([posting]);
    return posted[0] ?? null;
  }

  /** Posts many with one existence check per thousand keys; postings whose key exists are skipped. */
  async postMany(postings: Posting[]): Promise<{ posted: LedgerEntry[][]; duplicates: number }> {
    const seen = await this.postedKeys(postings.map((p) => p.dedupeKey));
    const fresh = postings.filter((p) => !seen.has(p.dedupeKey) && !!seen.add(p.dedupeKey));
    const balancing = new Map<AccountGroup, Account>();
    for (const group of new Set(fresh.map((p) => p.balanceWith).filter((g): g is AccountGroup => !!g))) {
      balancing.set(group, await this.systemAccount(group));
    }
    // Which side an amount is on depends on its account's kind: load any account given as a bare reference.
    const unloaded = [...new Set(fresh.flatMap((p) => p.lines.map((l) => l.account)).filter((a) => !wrap(a).isInitialized()))];
    if (unloaded.length) await this.em.find(Account, { id: { $in: unloaded.map((a) => a.id) } });
    const posted = fresh.map((p) => this.write(p, p.balanceWith ? balancing.get(p.balanceWith) : undefined));
    return { posted, duplicates: postings.length - fresh.length };
  }

  /** Which of these posting keys are already in the journal. */
  async postedKeys(keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
      const rows = await this.em.find(
        LedgerEntry,
        { postingKey: { $in: keys.slice(i, i + KEYS_PER_STATEMENT) }, line: 1 },
        { fields: ['postingKey'], disableIdentityMap: true },
      );
      for (const row of rows) found.add(row.postingKey);
    }
    return found;
  }

  /**
   * The account that takes the other side of one-sided postings in a group (cash, payables,
   * receivables, clearing): the group's first account by code, opened from the default chart if the
   * practice has none yet.
   */
  async systemAccount(group: AccountGroup): Promise<Account> {
    const found = await this.em.findOne(Account, { group, active: true }, { orderBy: { code: 'asc' } });
    if (found) return found;
    const [code, name] = BALANCE_ACCOUNTS.find(([, , g]) => g === group) ?? [];
    if (!code) throw new Error(`No default account for ${group}`);
    return this.em.create(Account, { organization: this.ctx.organizationId, code: code!, name: name!, group, kind: kindOfGroup(group) });
  }

  /** The practice's account with this code from the default charts, opened on first use if it has none. */
  async standardAccount(code: string): Promise<Account> {
    const found = await this.em.findOne(Account, { code });
    if (found) return found;
    const [, name, group, kind] = [...BALANCE_ACCOUNTS, ...ON_DEMAND_ACCOUNTS].find(([c]) => c === code) ?? [];
    if (!name || !group) throw new Error(`No standard account ${code}`);
    return this.em.create(Account, { organization: this.ctx.organizationId, code, name, group, kind: kind ?? kindOfGroup(group) });
  }

  private write(p: Posting, balancing?: Account): LedgerEntry[] {
    if (!isIsoDate(p.date)) throw new Error(`A posting needs a date as YYYY-MM-DD, not ${p.date}`);
    if (!p.dedupeKey || p.dedupeKey.length > 64) throw new Error('A posting key is 1–64 characters');
    if (!p.lines.length) throw new Error('A posting has at least one line');
    const lines = [...p.lines];
    if (balancing) {
      const byCentre = new Map<string, { costCentre: CostCentre | string; debit: number }>();
      for (const l of lines) {
        const centre = typeof l.costCentre === 'string' ? l.costCentre : l.costCentre.id;
        const entry = byCentre.get(centre) ?? { costCentre: l.costCentre, debit: 0 };
        entry.debit += debitSign(l.account.kind) * l.amount;
        byCentre.set(centre, entry);
      }
      for (const { costCentre, debit } of byCentre.values()) {
        if (debit !== 0) lines.push({ account: balancing, costCentre, amount: -debit * debitSign(balancing.kind), memo: p.memo });
      }
    }
    const imbalance = lines.reduce((sum, l) => sum + debitSign(l.account.kind) * l.amount, 0);
    if (imbalance !== 0) throw new Error(`Posting ${p.dedupeKey} does not balance: debits exceed credits by ${imbalance}`);
    return lines.map((l, i) => {
      if (!Number.isSafeInteger(l.amount) || l.amount === 0)
        throw new Error(`Posting ${p.dedupeKey} line ${i + 1} needs a whole, non-zero amount`);
      return this.em.create(LedgerEntry, {
        id: randomUUID(),
        organization: this.ctx.organizationId,
        date: p.date,
        account: l.account,
        costCentre: l.costCentre as CostCentre,
        amount: l.amount,
        source: p.source,
        memo: l.memo ?? p.memo ?? null,
        postingKey: p.dedupeKey,
        line: i + 1,
        sourceId: p.sourceId ?? null,
      });
    });
  }

  // ---- chart of accounts and cost centres -------------------------------------------------------

  /** The chart of accounts; the income statement only unless balance-sheet accounts are asked for. */
  accounts(includeInactive = false, includeBalanceSheet = false): Promise<Account[]> {
    return this.em.find(
      Account,
      { ...(includeInactive ? {} : { active: true }), ...(includeBalanceSheet ? {} : { kind: { $in: [...INCOME_STATEMENT_KINDS] } }) },
      { orderBy: { code: 'asc' } },
    );
  }

  costCentres(): Promise<CostCentre[]> {
    return this.em.find(CostCentre, {}, { orderBy: { name: 'asc' } });
  }

  async saveAccount(input: AccountInput): Promise<Account> {
    const code = input.code.trim();
    const name = input.name.trim();
    if (!/^[\w.-]{1,20}$/.test(code)) throw new ValidationError('input.code', 'Use 1–20 letters, digits, dots or dashes.');
    if (!name || name.length > 120) throw new ValidationError('input.name', 'Give the account a name of at most 120 characters.');
    const clash = await this.em.findOne(Account, { code, ...(input.id ? { id: { $ne: input.id } } : {}) });
    if (clash) throw new ValidationError('input.code', `Account ${code} already exists (${clash.name}).`);
    let account: Account;
    if (input.id) {
      account = await this.account(input.id, 'input.id');
      if (input.expectedVersion !== account.version)
        throw new ConflictError('Someone else changed this account.', { version: account.version, code: account.code, name: account.name });
    } else {
      account = this.em.create(Account, {
        organization: this.ctx.organizationId,
        code,
        name,
        group: input.group,
        kind: kindOfGroup(input.group),
      });
    }
    Object.assign(account, { code, name, group: input.group, kind: kindOfGroup(input.group), active: input.active });
    await this.em.flush();
    return account;
  }

  async account(id: string, field: string): Promise<Account> {
    const account = await this.em.findOne(Account, { id });
    if (!account) throw new ValidationError(field, 'No such account in this organization.');
    return account;
  }

  async costCentre(id: string, field: string): Promise<CostCentre> {
    const centre = await this.em.findOne(CostCentre, { id });
    if (!centre) throw new ValidationError(field, 'No such cost centre in this organization.');
    return centre;
  }

  // ---- reading ---------------------------------------------------------------------------------

  /**
   * Revenue and expense actuals per account × cost centre × fiscal month, from the monthly totals
   * the database keeps (one statement; rows are bounded by accounts × cost centres × 12, not by the
   * journal). Balance-sheet accounts are left out: budgets plan the income statement.
   */
  async monthlyActuals(fiscalYear: number, startMonth: number, accountId?: string, costCentreId?: string) {
    const { from, to } = fiscalRange(fiscalYear, startMonth);
    type Row = { account_id: string; cost_centre_id: string; month: string | Date; amount: string | number };
    const rows = await tenantRows<Row>(this.em, LedgerMonthTotal, 't', (qb) =>
      qb
        .select(['t.account_id', 't.cost_centre_id', 't.month', 't.amount'])
        .join('t.account', 'a')
        .where({
          month: { $gte: from, $lt: to },
          account: { kind: { $in: [...INCOME_STATEMENT_KINDS] }, ...(accountId ? { id: accountId } : {}) },
          ...(costCentreId ? { costCentre: costCentreId } : {}),
        }),
    );
    const monthIndex = new Map(fiscalMonths(fiscalYear, startMonth).map((m) => [m.key, m.index - 1]));
    const byLine = new Map<string, { accountId: string; costCentreId: string; months: number[] }>();
    for (const r of rows) {
      const key = `${r.account_id}|${r.cost_centre_id}`;
      const entry = byLine.get(key) ?? { accountId: r.account_id, costCentreId: r.cost_centre_id, months: Array(12).fill(0) };
      const month =
        r.month instanceof Date
          ? `${r.month.getFullYear()}-${String(r.month.getMonth() + 1).padStart(2, '0')}`
          : String(r.month).slice(0, 7);
      entry.months[monthIndex.get(month)!] += Number(r.amount);
      byLine.set(key, entry);
    }
    for (const [key, entry] of byLine) if (entry.months.every((m) => m === 0)) byLine.delete(key);
    return byLine;
  }

  /**
   * Actuals per account × cost centre summed over two date ranges at once — a period of this fiscal
   * year and the same period of the year before — by the database, in one statement (income
   * statement accounts only; rows bounded by accounts × cost centres, not by the journal).
   */
  async periodActuals(current: { from: string; to: string }, prior: { from: string; to: string }) {
    type Row = { account_id: string; cost_centre_id: string; current: string | number | null; prior: string | number | null };
    const rows = await tenantRows<Row>(this.em, LedgerMonthTotal, 't', (qb) =>
      qb
        .select([
          't.account_id',
          't.cost_centre_id',
          raw('sum(case when t.month >= ? and t.month < ? then t.amount else 0 end) as current', [current.from, current.to]),
          raw('sum(case when t.month >= ? and t.month < ? then t.amount else 0 end) as prior', [prior.from, prior.to]),
        ])
        .join('t.account', 'a')
        .where({
          $or: [{ month: { $gte: current.from, $lt: current.to } }, { month: { $gte: prior.from, $lt: prior.to } }],
          account: { kind: { $in: [...INCOME_STATEMENT_KINDS] } },
        })
        .groupBy(['t.account_id', 't.cost_centre_id']),
    );
    const byLine = new Map<string, { accountId: string; costCentreId: string; current: number; prior: number }>();
    for (const r of rows) {
      const entry = {
        accountId: r.account_id,
        costCentreId: r.cost_centre_id,
        current: Number(r.current ?? 0),
        prior: Number(r.prior ?? 0),
      };
      if (entry.current !== 0 || entry.prior !== 0) byLine.set(`${r.account_id}|${r.cost_centre_id}`, entry);
    }
    return byLine;
  }

  /** Whether any revenue or expense was booked in [from, to). */
  async hasActuals({ from, to }: { from: string; to: string }): Promise<boolean> {
    const count = await this.em.count(LedgerMonthTotal, {
      month: { $gte: from, $lt: to },
      amount: { $ne: 0 },
      account: { kind: { $in: [...INCOME_STATEMENT_KINDS] } },
    });
    return count > 0;
  }

  /** The journal lines behind a number; without an account, the income statement's lines only. */
  async entries(filter: { accountId?: string; costCentreId?: string; group?: string; from: string; to: string }, limit = 100, offset = 0) {
    if (!isIsoDate(filter.from)) throw new ValidationError('from', 'Enter a date as YYYY-MM-DD.');
    if (!isIsoDate(filter.to)) throw new ValidationError('to', 'Enter a date as YYYY-MM-DD.');
    if (limit < 1 || limit > 1000) throw new ValidationError('limit', 'Ask for 1 to 1,000 entries.');
    const where: Record<string, unknown> = { date: { $gte: filter.from, $lt: filter.to } };
    if (filter.costCentreId) where.costCentre = filter.costCentreId;
    where.account = {
      ...(filter.accountId ? { id: filter.accountId } : { kind: { $in: [...INCOME_STATEMENT_KINDS] } }),
      ...(filter.group ? { group: filter.group } : {}),
    };
    // The entries behind provider pay are single people's pay: for the compensation roles only.
    if (!seesProviderPay(this.ctx)) {
      where.$and = [{ account: { group: { $ne: PROVIDER_PAY_GROUP } } }];
    }
    const [entries, total] = await this.em.findAndCount(LedgerEntry, where, {
      populate: ['account', 'costCentre'],
      orderBy: { date: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { entries, total };
  }
}
