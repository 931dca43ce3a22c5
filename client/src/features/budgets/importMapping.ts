/**
 * The mapping step of the actuals import: reading the export's columns, guessing which is which
 * from their names, and matching the export's account names to the practice's chart of accounts
 * the way the server does (code, name, or "code name", ignoring case and spacing).
 */

export interface Columns {
  date: string | null;
  account: string | null;
  costCentre: string | null;
  /** One signed amount column, or a debit and a credit column. */
  amountMode: 'amount' | 'debitCredit';
  amount: string | null;
  debit: string | null;
  credit: string | null;
  memo: string | null;
}

export const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const find = (headers: readonly string[], patterns: RegExp[], taken: (string | null)[] = []) => {
  for (const pattern of patterns) {
    const hit = headers.find((h) => pattern.test(norm(h)) && !taken.includes(h));
    if (hit) return hit;
  }
  return null;
};

/** Which column holds what, from the usual header names of QuickBooks, Xero and similar exports. */
export function guessColumns(headers: readonly string[]): Columns {
  const date = find(headers, [/^(transaction |posting |txn )?date$/, /date/]);
  const account = find(headers, [/^account$/, /^(gl |ledger )?account( name)?$/, /^split$/, /account/], [date]);
  const costCentre = find(
    headers,
    [/^class$/, /^department$/, /^dept\.?$/, /cost ?cent(re|er)/, /^location$/, /class|department|location|site/],
    [date, account],
  );
  const debit = find(headers, [/^debit$/, /debit/], [date, account, costCentre]);
  const credit = find(headers, [/^credit$/, /credit/], [date, account, costCentre, debit]);
  const amount = find(headers, [/^amount$/, /^net amount$/, /amount/, /^(net|value|total)$/], [date, account, costCentre, debit, credit]);
  const memo = find(
    headers,
    [/^memo$/, /memo|description|narration|details/, /^name$/, /^payee$/],
    [date, account, costCentre, debit, credit, amount],
  );
  return {
    date,
    account,
    costCentre,
    amountMode: debit && credit ? 'debitCredit' : 'amount',
    amount: debit && credit ? null : amount,
    debit: debit && credit ? debit : null,
    credit: debit && credit ? credit : null,
    memo,
  };
}

/** The distinct, non-empty values of a column, sorted, with how many rows carry each. */
export function distinctValues(
  headers: readonly string[],
  rows: readonly string[][],
  column: string | null,
): { value: string; rows: number }[] {
  const index = column ? headers.indexOf(column) : -1;
  if (index < 0) return [];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].map(([value, n]) => ({ value, rows: n })).sort((a, b) => a.value.localeCompare(b.value));
}

export interface AccountRef {
  id: string;
  code: string;
  name: string;
}

export type MatchSource = 'remembered' | 'exact' | 'chosen' | null;

/**
 * The Praxis account an external name maps to before anyone chooses: a mapping remembered from an
 * earlier import first, then an exact match of code, name or "code name".
 */
export function suggestAccount(
  external: string,
  accounts: readonly AccountRef[],
  remembered: readonly { externalName: string; accountId: string }[],
): { accountId: string | null; source: MatchSource } {
  const key = norm(external);
  const memory = remembered.find((m) => norm(m.externalName) === key);
  if (memory && accounts.some((a) => a.id === memory.accountId)) return { accountId: memory.accountId, source: 'remembered' };
  const exact = accounts.find((a) => norm(a.code) === key || norm(a.name) === key || norm(`${a.code} ${a.name}`) === key);
  if (exact) return { accountId: exact.id, source: 'exact' };
  return { accountId: null, source: null };
}

/** The columns as the API wants them, or the first thing still missing. */
export function columnsInput(c: Columns):
  | {
      ok: true;
      value: { date: string; account: string; costCentre: string; amount?: string; debit?: string; credit?: string; memo?: string };
    }
  | { ok: false; field: keyof Columns; message: string } {
  if (!c.date) return { ok: false, field: 'date', message: 'Choose the column with the date.' };
  if (!c.account) return { ok: false, field: 'account', message: 'Choose the column with the account.' };
  if (!c.costCentre) return { ok: false, field: 'costCentre', message: 'Choose the column with the class or department.' };
  if (c.amountMode === 'amount' && !c.amount) return { ok: false, field: 'amount', message: 'Choose the amount column.' };
  if (c.amountMode === 'debitCredit' && !c.debit) return { ok: false, field: 'debit', message: 'Choose the debit column.' };
  if (c.amountMode === 'debitCredit' && !c.credit) return { ok: false, field: 'credit', message: 'Choose the credit column.' };
  return {
    ok: true,
    value: {
      date: c.date,
      account: c.account,
      costCentre: c.costCentre,
      ...(c.amountMode === 'amount' ? { amount: c.amount! } : { debit: c.debit!, credit: c.credit! }),
      ...(c.memo ? { memo: c.memo } : {}),
    },
  };
}
