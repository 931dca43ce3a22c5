import type { EntityManager } from '@mikro-orm/knex';
import { AccountKind } from './ledger.entity';

type Knex = ReturnType<EntityManager['getKnex']>;

/**
 * The columns a bulk posting's SELECT returns, one row per journal line, as LedgerService.post
 * would write them: the line's date, account, cost centre, amount (in the account's natural sign),
 * source, memo, posting key, line number within its posting (from 1) and source record.
 */
export const BULK_POSTING_COLUMNS = [
  'date',
  'account_id',
  'cost_centre_id',
  'amount',
  'source',
  'memo',
  'posting_key',
  'line',
  'source_id',
] as const;

/** Debit-positive amount in SQL, from the account kind (LedgerService's debitSign). */
const debit = (kind: string, amount: string) =>
  `case when ${kind} in ('${AccountKind.ASSET}', '${AccountKind.EXPENSE}') then ${amount} else -${amount} end`;

/**
 * Posting for generated data sets only (the large group of `pnpm praxis seed --scale`, PostgreSQL):
 * LedgerService.post builds each posting in JavaScript and flushes it through the ORM, which for
 * hundreds of thousands of postings takes too long. Here the database writes the lines an
 * `insert … select` gives (columns: BULK_POSTING_COLUMNS), under the ledger's own rules:
 *
 * - every posting balances (debits equal credits), every amount is whole and non-zero, every key is
 *   1–64 characters: otherwise nothing is written and this throws (the caller's transaction rolls back);
 * - a posting whose key is already in the journal is skipped (posting twice adds nothing);
 * - ledger_month_totals, which the per-row trigger keeps for single postings, is brought up to date
 *   once for the lot.
 *
 * Run it inside the caller's transaction (`knex` is the transaction). Returns the lines written.
 */
export async function bulkPost(knex: Knex, organizationId: string, select: string): Promise<number> {
  const org = `'${organizationId.replace(/'/g, "''")}'::uuid`;
  await knex.raw(`create temporary table bulk_postings (
      date date not null, account_id uuid not null, cost_centre_id uuid not null, amount bigint not null,
      source text not null, memo text, posting_key varchar(64) not null, line smallint not null, source_id uuid) on commit drop`);
  await knex.raw(`insert into bulk_postings (${BULK_POSTING_COLUMNS.join(', ')}) ${select}`);
  await knex.raw(`delete from bulk_postings b where exists (
      select 1 from ledger_entries e where e.organization_id = ${org} and e.posting_key = b.posting_key and e.line = 1)`);
  const bad = await knex.raw(`
      select b.posting_key, sum(${debit('a.kind', 'b.amount')}) as imbalance, bool_or(b.amount = 0) as zero,
             count(*) filter (where a.id is null) as unknown_accounts, count(*) - count(distinct b.line) as repeated_lines
        from bulk_postings b left join accounts a on a.id = b.account_id and a.organization_id = ${org}
       group by b.posting_key
      having sum(${debit('a.kind', 'b.amount')}) <> 0 or bool_or(b.amount = 0) or count(*) filter (where a.id is null) > 0
             or count(*) <> count(distinct b.line) or min(b.line) <> 1 or length(b.posting_key) = 0
       limit 1`);
  if (bad.rows.length) {
    const r = bad.rows[0];
    throw new Error(
      `Bulk posting ${r.posting_key} breaks the ledger's rules (debits minus credits ${r.imbalance}, zero line ${r.zero}, unknown accounts ${r.unknown_accounts}, repeated line numbers ${r.repeated_lines})`,
    );
  }
  // The per-row trigger would update a month total for every line; the totals are added once below.
  await knex.raw('alter table ledger_entries disable trigger ledger_month_totals_sync');
  const written = await knex.raw(`
      insert into ledger_entries (id, created_at, updated_at, organization_id, ${BULK_POSTING_COLUMNS.join(', ')})
      select gen_random_uuid(), now(), now(), ${org}, ${BULK_POSTING_COLUMNS.join(', ')} from bulk_postings`);
  await knex.raw('alter table ledger_entries enable trigger ledger_month_totals_sync');
  await knex.raw(`
      insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
      select ${org}, account_id, cost_centre_id, date_trunc('month', date)::date, sum(amount), count(*)
        from bulk_postings group by 2, 3, 4
      on conflict (organization_id, account_id, cost_centre_id, month)
      do update set amount = ledger_month_totals.amount + excluded.amount, entries = ledger_month_totals.entries + excluded.entries`);
  await knex.raw('drop table bulk_postings');
  return written.rowCount ?? 0;
}
