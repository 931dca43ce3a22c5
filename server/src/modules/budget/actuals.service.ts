import { createHash, randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { ValidationError } from '../../core/errors';
import { isIsoDate } from '../../core/dates';
import { Account, AccountKind, AccountMapping, CostCentre, LedgerEntry, LedgerSource } from './budget.entity';
import type { ActualsColumnsInput, ImportActualsInput, JournalEntryInput } from './budget.inputs';
import type { CsvInspection, ImportActualsResult, ImportRowError } from './budget.types';

const MAX_ROWS = 100_000;

/** "1,234.56", "$1,234.56", "(1,234.56)", "-12" → cents, exactly (no floating point). */
export function parseAmount(text: string): number | null {
  let s = text.trim().replace(/[$,\s]/g, '');
  if (!s) return 0;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** ISO dates and the US exports' M/D/YYYY. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!us) return null;
  const iso = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function parseCsv(csv: string): { headers: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  if (parsed.errors.some((e) => e.type === 'Delimiter')) throw new ValidationError('input.csv', 'This does not look like a CSV file.');
  return { headers: parsed.meta.fields ?? [], rows: parsed.data };
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export class ActualsService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  async postJournal(input: JournalEntryInput): Promise<LedgerEntry> {
    if (!isIsoDate(input.date)) throw new ValidationError('input.date', 'Enter a date as YYYY-MM-DD.');
    const account = await this.em.findOne(Account, { id: input.accountId });
    if (!account) throw new ValidationError('input.accountId', 'No such account in this organization.');
    const costCentre = await this.em.findOne(CostCentre, { id: input.costCentreId });
    if (!costCentre) throw new ValidationError('input.costCentreId', 'No such cost centre in this organization.');
    if (input.amount === 0) throw new ValidationError('input.amount', 'A journal entry needs an amount.');
    const memo = input.memo?.trim() || null;
    if (memo && memo.length > 300) throw new ValidationError('input.memo', 'Keep the memo under 300 characters.');
    const entry = this.em.create(LedgerEntry, {
      organization: this.ctx.organizationId, date: input.date, account, costCentre, amount: input.amount,
      source: LedgerSource.JOURNAL, memo, dedupeKey: `journal:${randomUUID()}`,
    });
    await this.em.flush();
    return entry;
  }

  async inspect(csv: string): Promise<CsvInspection> {
    const { headers, rows } = parseCsv(csv);
    const accountColumn = headers.find((h) => /account/i.test(h)) ?? headers[1];
    const remembered = await this.em.find(AccountMapping, {});
    return {
      headers,
      sample: rows.slice(0, 5).map((r) => headers.map((h) => r[h] ?? '')),
      rowCount: rows.length,
      externalAccounts: accountColumn ? [...new Set(rows.map((r) => (r[accountColumn] ?? '').trim()).filter(Boolean))].sort() : [],
      rememberedMappings: remembered.map((m) => ({ externalName: m.externalName, accountId: m.account.id })),
    };
  }

  /**
   * Imports a general-ledger export: every row is checked first and any bad row refuses the whole
   * file; rows already imported (the same file again) are skipped by their content key.
   */
  async importCsv(input: ImportActualsInput): Promise<ImportActualsResult> {
    const { headers, rows } = parseCsv(input.csv);
    this.checkColumns(input.columns, headers);
    if (rows.length === 0) throw new ValidationError('input.csv', 'The file has no rows.');
    if (rows.length > MAX_ROWS) throw new ValidationError('input.csv', `Import at most ${MAX_ROWS.toLocaleString('en-US')} rows at a time.`);

    const [accounts, centres, remembered] = await Promise.all([
      this.em.find(Account, {}), this.em.find(CostCentre, {}), this.em.find(AccountMapping, {}),
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

    const errors: ImportRowError[] = [];
    const unmapped = new Set<string>();
    const seen = new Map<string, number>();
    const parsed: { date: string; account: Account; centre: CostCentre; amount: number; memo: string | null; key: string }[] = [];
    const c = input.columns;
    rows.forEach((r, i) => {
      const row = i + 2;
      const fail = (column: string | undefined, message: string) => errors.push({ row, column: column ?? null, message });
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
      if (!centre) fail(c.costCentre, centreName ? `"${centreName}" is not a cost centre of this practice.` : 'The class or department is empty.');
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
      const content = [date, account.id, centre.id, amount, memo ?? ''].join('|');
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      parsed.push({ date, account, centre, amount, memo, key: `import:${createHash('sha256').update(`${content}|${occurrence}`).digest('hex').slice(0, 56)}` });
    });

    if (errors.length) {
      return { ok: false, imported: 0, duplicates: 0, total: 0, errors: errors.slice(0, 500), unmappedAccounts: [...unmapped].sort() };
    }
    const existing = new Set<string>();
    const keys = parsed.map((p) => p.key);
    for (let i = 0; i < keys.length; i += 1000) {
      const found = await this.em.find(LedgerEntry, { dedupeKey: { $in: keys.slice(i, i + 1000) } }, { fields: ['dedupeKey'] });
      for (const f of found) existing.add(f.dedupeKey);
    }
    const fresh = parsed.filter((p) => !existing.has(p.key));
    for (const p of fresh) {
      this.em.create(LedgerEntry, {
        organization: this.ctx.organizationId, date: p.date, account: p.account, costCentre: p.centre, amount: p.amount,
        source: LedgerSource.IMPORT, memo: p.memo ?? `Imported from ${input.fileName}`, dedupeKey: p.key,
      });
    }
    const rememberedNames = new Set(remembered.map((m) => norm(m.externalName)));
    for (const m of input.accountMappings) {
      const existingMapping = remembered.find((r) => norm(r.externalName) === norm(m.externalName));
      if (existingMapping) existingMapping.account = accountById.get(m.accountId)!;
      else if (!rememberedNames.has(norm(m.externalName))) {
        rememberedNames.add(norm(m.externalName));
        this.em.create(AccountMapping, { organization: this.ctx.organizationId, externalName: m.externalName.trim(), account: accountById.get(m.accountId)! });
      }
    }
    await this.em.flush();
    return {
      ok: true, imported: fresh.length, duplicates: parsed.length - fresh.length,
      total: fresh.reduce((s, p) => s + p.amount, 0), errors: [], unmappedAccounts: [],
    };
  }

  async entries(filter: { accountId?: string; costCentreId?: string; group?: string; from: string; to: string }, limit = 100, offset = 0) {
    if (!isIsoDate(filter.from)) throw new ValidationError('from', 'Enter a date as YYYY-MM-DD.');
    if (!isIsoDate(filter.to)) throw new ValidationError('to', 'Enter a date as YYYY-MM-DD.');
    if (limit < 1 || limit > 1000) throw new ValidationError('limit', 'Ask for 1 to 1,000 entries.');
    const where: Record<string, unknown> = { date: { $gte: filter.from, $lt: filter.to } };
    if (filter.accountId) where.account = filter.accountId;
    if (filter.costCentreId) where.costCentre = filter.costCentreId;
    if (filter.group) where.account = { ...(filter.accountId ? { id: filter.accountId } : {}), group: filter.group };
    const [entries, total] = await this.em.findAndCount(LedgerEntry, where, {
      populate: ['account', 'costCentre'], orderBy: { date: 'desc', id: 'asc' }, limit, offset,
    });
    return { entries, total };
  }

  private checkColumns(columns: ActualsColumnsInput, headers: string[]) {
    const need = (field: keyof ActualsColumnsInput, value: string | undefined) => {
      if (value && !headers.includes(value)) throw new ValidationError(`input.columns.${field}`, `The file has no column "${value}". Its columns: ${headers.join(', ')}.`);
    };
    for (const f of ['date', 'account', 'costCentre', 'amount', 'debit', 'credit', 'memo'] as const) need(f, columns[f]);
    if (!columns.amount && !(columns.debit && columns.credit)) {
      throw new ValidationError('input.columns.amount', 'Choose an amount column, or a debit and a credit column.');
    }
  }
}
