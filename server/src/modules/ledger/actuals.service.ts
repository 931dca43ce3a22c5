import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ValidationError } from '../../core/errors';
import { isIsoDate } from '../../core/dates';
import { fiscalMonths, fiscalYearOf, monthEnd } from '../../core/fiscal';
import { allocate } from '../../core/money';
import { Organization } from '../../core/organization.entity';
import { ContentKeys, RowErrors, parseAmount, parseDate, readCsv } from '../../core/import';
import {
  Account,
  AccountGroup,
  AccountKind,
  AccountMapping,
  CostCentre,
  INCOME_STATEMENT_KINDS,
  LedgerEntry,
  LedgerSource,
  debitSign,
} from './ledger.entity';
import type { ActualsColumnsInput, ImportActualsInput, JournalEntryInput, RecordYearTotalsInput } from './ledger.inputs';
import type { CsvInspection, ImportActualsResult } from './ledger.types';
import { LedgerService, type Posting } from './ledger.service';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export class ActualsService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /**
   * A manual journal entry on one account; its other side is the account the user names, or the
   * clearing account when the other side is kept in the practice's accounting system.
   */
  async postJournal(input: JournalEntryInput): Promise<LedgerEntry> {
    if (!isIsoDate(input.date)) throw new ValidationError('input.date', 'Enter a date as YYYY-MM-DD.');
    const ledger = new LedgerService(this.ctx);
    const account = await ledger.account(input.accountId, 'input.accountId');
    const costCentre = await ledger.costCentre(input.costCentreId, 'input.costCentreId');
    if (!Number.isSafeInteger(input.amount) || input.amount === 0)
      throw new ValidationError('input.amount', 'A journal entry needs an amount.');
    const memo = input.memo?.trim() || null;
    if (memo && memo.length > 300) throw new ValidationError('input.memo', 'Keep the memo under 300 characters.');
    const other = input.offsetAccountId ? await ledger.account(input.offsetAccountId, 'input.offsetAccountId') : null;
    if (other?.id === account.id) throw new ValidationError('input.offsetAccountId', 'The other side must be another account.');
    const posting: Posting = {
      date: input.date,
      source: LedgerSource.JOURNAL,
      dedupeKey: `journal:${randomUUID()}`,
      memo,
      lines: [{ account, costCentre, amount: input.amount }],
    };
    if (other) posting.lines.push({ account: other, costCentre, amount: -debitSign(account.kind) * debitSign(other.kind) * input.amount });
    else posting.balanceWith = AccountGroup.CLEARING;
    const [entry] = (await ledger.post(posting))!;
    await this.em.flush();
    return entry;
  }

  /**
   * A past year's totals per account, for a practice whose books are kept elsewhere (the accountant's
   * income statement): each total is spread evenly over the year's months, to the cent, and balanced
   * on the clearing account. An account whose total for that year is already recorded is refused:
   * correct it with a journal entry. Returns how many accounts were recorded.
   */
  async recordYearTotals(input: RecordYearTotalsInput): Promise<number> {
    const org = await this.em.findOneOrFail(Organization, { id: this.ctx.organizationId });
    const current = fiscalYearOf(this.ctx.today(), org.fiscalYearStartMonth);
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 2000 || input.fiscalYear > current) {
      throw new ValidationError('input.fiscalYear', `Enter a fiscal year from 2000 to ${current}.`);
    }
    const ledger = new LedgerService(this.ctx);
    const costCentre = await ledger.costCentre(input.costCentreId, 'input.costCentreId');
    const totals = input.totals.filter((t) => t.amount !== 0);
    if (!totals.length) throw new ValidationError('input.totals', 'Enter at least one account’s total.');
    const accounts = new Map(
      (await this.em.find(Account, { id: { $in: totals.map((t) => t.accountId) }, kind: { $in: [...INCOME_STATEMENT_KINDS] } })).map(
        (a) => [a.id, a],
      ),
    );
    // Posting keys are at most 64 characters: the cost centre is told apart by the start of its id.
    const keyOf = (accountId: string, month: number) => `yt:${input.fiscalYear}:${accountId}:${costCentre.id.slice(0, 8)}:${month}`;
    const recorded = await ledger.postedKeys(totals.map((t) => keyOf(t.accountId, 1)));
    const seen = new Set<string>();
    for (const [i, t] of input.totals.entries()) {
      if (t.amount === 0) continue;
      const field = `input.totals.${i}`;
      const account = accounts.get(t.accountId);
      if (!account) throw new ValidationError(`${field}.accountId`, 'No such revenue or expense account in this organization.');
      if (seen.has(t.accountId)) throw new ValidationError(`${field}.accountId`, `${account.name} is listed twice.`);
      seen.add(t.accountId);
      if (!Number.isSafeInteger(t.amount)) throw new ValidationError(`${field}.amount`, 'Enter the amount in cents.');
      if (recorded.has(keyOf(t.accountId, 1))) {
        throw new ValidationError(
          `${field}.amount`,
          `Fiscal ${input.fiscalYear}’s total for ${account.name} is already recorded; correct it with a journal entry.`,
        );
      }
    }
    const months = fiscalMonths(input.fiscalYear, org.fiscalYearStartMonth);
    await ledger.postMany(
      totals.flatMap((t) =>
        allocate(t.amount, Array(12).fill(1)).map((amount, i) => ({
          date: monthEnd(months[i].key),
          source: LedgerSource.IMPORT,
          dedupeKey: keyOf(t.accountId, i + 1),
          memo: `Fiscal ${input.fiscalYear} total, spread evenly`,
          lines: [{ account: accounts.get(t.accountId)!, costCentre, amount }],
          balanceWith: AccountGroup.CLEARING,
        })),
      ),
    );
    await this.em.flush();
    return totals.length;
  }

  async inspect(csv: string): Promise<CsvInspection> {
    const { headers, rows } = readCsv(csv, { field: 'csv', allowEmpty: true });
    const accountColumn = headers.find((h) => /account/i.test(h)) ?? headers[1];
    const remembered = await this.em.find(AccountMapping, {});
    return {
      headers,
      sample: rows.slice(0, 5).map((r) => headers.map((h) => r.values[h] ?? '')),
      rowCount: rows.length,
      externalAccounts: accountColumn ? [...new Set(rows.map((r) => (r.values[accountColumn] ?? '').trim()).filter(Boolean))].sort() : [],
      rememberedMappings: remembered.map((m) => ({ externalName: m.externalName, accountId: m.account.id })),
    };
  }

  /**
   * Imports a general-ledger export: every row is checked first and any bad row refuses the whole
   * file; rows already imported (the same file again) are skipped by their content key.
   */
  async importCsv(input: ImportActualsInput): Promise<ImportActualsResult> {
    const { headers, rows } = readCsv(input.csv, { field: 'input.csv' });
    this.checkColumns(input.columns, headers);

    // Actuals are the income statement's: a ledger export's balance-sheet rows are not mapped.
    const [accounts, centres, remembered] = await Promise.all([
      this.em.find(Account, { kind: { $in: [...INCOME_STATEMENT_KINDS] } }),
      this.em.find(CostCentre, {}),
      this.em.find(AccountMapping, {}),
    ]);
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const mapping = new Map<string, Account>();
    for (const a of accounts) {
      mapping.set(norm(a.code), a);
      mapping.set(norm(a.name), a);
      mapping.set(norm(`${a.code} ${a.name}`), a);
    }
    for (const m of remembered) if (accountById.has(m.account.id)) mapping.set(norm(m.externalName), accountById.get(m.account.id)!);
    for (const [i, m] of input.accountMappings.entries()) {
      const account = accountById.get(m.accountId);
      if (!account) throw new ValidationError(`input.accountMappings.${i}.accountId`, 'No such account in this organization.');
      mapping.set(norm(m.externalName), account);
    }
    const centreByName = new Map(centres.map((c) => [norm(c.name), c]));

    const errors = new RowErrors();
    const keys = new ContentKeys();
    const unmapped = new Set<string>();
    const parsed: { date: string; account: Account; centre: CostCentre; amount: number; memo: string | null; key: string }[] = [];
    const c = input.columns;
    rows.forEach(({ row, values: r }) => {
      const fail = (column: string | undefined, message: string) => errors.add(row, column, message);
      const date = parseDate(r[c.date] ?? '');
      if (!date) fail(c.date, `"${r[c.date] ?? ''}" is not a date (use YYYY-MM-DD or MM/DD/YYYY).`);
      const external = (r[c.account] ?? '').trim();
      const account = mapping.get(norm(external));
      if (!external) fail(c.account, 'The account is empty.');
      else if (!account) {
        unmapped.add(external);
        fail(c.account, `Account "${external}" is not mapped to a Praxis account.`);
      }
      const centreName = (r[c.costCentre] ?? '').trim();
      const centre = centreByName.get(norm(centreName));
      if (!centre)
        fail(c.costCentre, centreName ? `"${centreName}" is not a cost centre of this practice.` : 'The class or department is empty.');
      let amount: number | null = null;
      if (c.amount) {
        amount = parseAmount(r[c.amount] ?? '');
        if (amount === null) fail(c.amount, `"${r[c.amount]}" is not an amount.`);
      } else {
        const debit = parseAmount(r[c.debit!] ?? '');
        const credit = parseAmount(r[c.credit!] ?? '');
        if (debit === null) fail(c.debit, `"${r[c.debit!]}" is not an amount.`);
        if (credit === null) fail(c.credit, `"${r[c.credit!]}" is not an amount.`);
        if (debit !== null && credit !== null && account) amount = account.kind === AccountKind.REVENUE ? credit - debit : debit - credit;
      }
      if (amount === 0) fail(c.amount ?? c.debit, 'The amount is zero.');
      const memo = c.memo ? (r[c.memo] ?? '').trim().slice(0, 300) || null : null;
      if (!date || !account || !centre || amount === null || amount === 0) return;
      parsed.push({ date, account, centre, amount, memo, key: keys.next([date, account.id, centre.id, amount, memo ?? '']) });
    });

    if (errors.any) {
      return {
        ok: false,
        dryRun: input.dryRun,
        imported: 0,
        duplicates: 0,
        total: 0,
        errors: errors.errors,
        unmappedAccounts: [...unmapped].sort(),
      };
    }
    if (input.dryRun) {
      const posted = await new LedgerService(this.ctx).postedKeys(parsed.map((p) => p.key));
      const fresh = parsed.filter((p) => !posted.has(p.key));
      return {
        ok: true,
        dryRun: true,
        imported: fresh.length,
        duplicates: parsed.length - fresh.length,
        total: fresh.reduce((s, p) => s + p.amount, 0),
        errors: [],
        unmappedAccounts: [],
      };
    }
    // Each row is a posting of its own, balanced on the clearing account: its other side stays in the accounting system.
    const { posted } = await new LedgerService(this.ctx).postMany(
      parsed.map((p) => ({
        date: p.date,
        source: LedgerSource.IMPORT,
        dedupeKey: p.key,
        memo: p.memo ?? `Imported from ${input.fileName}`,
        lines: [{ account: p.account, costCentre: p.centre, amount: p.amount }],
        balanceWith: AccountGroup.CLEARING,
      })),
    );
    const imported = new Set(posted.map((lines) => lines[0].postingKey));
    const fresh = parsed.filter((p) => imported.has(p.key));
    const rememberedNames = new Set(remembered.map((m) => norm(m.externalName)));
    for (const m of input.accountMappings) {
      const existingMapping = remembered.find((r) => norm(r.externalName) === norm(m.externalName));
      if (existingMapping) existingMapping.account = accountById.get(m.accountId)!;
      else if (!rememberedNames.has(norm(m.externalName))) {
        rememberedNames.add(norm(m.externalName));
        this.em.create(AccountMapping, {
          organization: this.ctx.organizationId,
          externalName: m.externalName.trim(),
          account: accountById.get(m.accountId)!,
        });
      }
    }
    await this.em.flush();
    return {
      ok: true,
      dryRun: false,
      imported: fresh.length,
      duplicates: parsed.length - fresh.length,
      total: fresh.reduce((s, p) => s + p.amount, 0),
      errors: [],
      unmappedAccounts: [],
    };
  }

  private checkColumns(columns: ActualsColumnsInput, headers: string[]) {
    const need = (field: keyof ActualsColumnsInput, value: string | undefined) => {
      if (value && !headers.includes(value))
        throw new ValidationError(`input.columns.${field}`, `The file has no column "${value}". Its columns: ${headers.join(', ')}.`);
    };
    for (const f of ['date', 'account', 'costCentre', 'amount', 'debit', 'credit', 'memo'] as const) need(f, columns[f]);
    if (!columns.amount && !(columns.debit && columns.credit)) {
      throw new ValidationError('input.columns.amount', 'Choose an amount column, or a debit and a credit column.');
    }
  }
}
