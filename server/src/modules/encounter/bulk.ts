import { randomUUID } from 'node:crypto';
import { isPostgres } from '../../core/query';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * Inserts many rows in multi-row INSERT statements straight through knex, skipping the unit of
 * work and the ORM's per-row mapping (an order of magnitude faster for the demo year and for large
 * imports). `props` are property names; each row is a tuple of their values. Every statement stays
 * under the databases' bound-parameter limits, and inside `em.transactional` the rows join its
 * transaction. No subscribers run: the caller audits.
 */
export async function bulkInsert(em: EntityManager, entity: EntityClass<object>, props: string[], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const { table, columns } = columnsOf(em, entity, props);
  // SQLite keeps timestamps as epoch milliseconds (as MikroORM writes them); PostgreSQL takes dates.
  const sqlite = !isPostgres(em);
  const dates = props.map((_, k) => rows[0][k] instanceof Date);
  const knex = em.getKnex();
  const trx = em.getTransactionContext();
  const meta = { tableName: table };
  const into = `insert into ${knex.ref(meta.tableName)} (${columns.map((c) => knex.ref(c)).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  // eslint-disable-next-line exact/no-float-division -- rows per insert statement, not a figure
  const size = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const bindings: unknown[] = [];
    for (const row of chunk) {
      for (let k = 0; k < row.length; k++) bindings.push(sqlite && dates[k] ? (row[k] as Date).getTime() : row[k]);
    }
    const query = knex.raw(into + Array(chunk.length).fill(tuple).join(', '), bindings as never[]);
    await (trx ? query.transacting(trx as never) : query);
  }
}

/**
 * UUIDs for a batch: a random prefix per batch and a counter, so a large batch appends to the
 * primary-key index instead of scattering across it. Still unique and unguessable across batches.
 */
export function uuidBatch(): () => string {
  const prefix = randomUUID().slice(0, 24); // xxxxxxxx-xxxx-4xxx-yxxx-
  let n = 0;
  return () => prefix + (n++).toString(16).padStart(12, '0');
}

function columnsOf(em: EntityManager, entity: EntityClass<object>, props: string[]) {
  const meta = em.getMetadata().get(entity.name);
  const found = props.map((p) => {
    const prop = meta.properties[p as never] as { fieldNames?: string[]; columnTypes?: string[] } | undefined;
    if (!prop?.fieldNames?.[0]) throw new Error(`${entity.name} has no column for ${p}`);
    return { column: prop.fieldNames[0], type: (prop.columnTypes?.[0] ?? 'text').replace(/\(.*\)/, '') };
  });
  return { table: meta.tableName, columns: found.map((f) => f.column), types: found.map((f) => f.type) };
}

/**
 * Installation work (the demo seed) into tables nobody else is writing: the table's secondary
 * indexes and foreign keys are set aside during the insert and rebuilt after it in one pass
 * each, which costs a fraction of maintaining them row by row. All in one transaction, so a
 * failure leaves the table as it was. Not for requests: use bulkInsert there.
 */
export async function directInsert(em: EntityManager, entity: EntityClass<object>, props: string[], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  if (em.getTransactionContext()) return bulkInsert(em, entity, props, rows);
  const { table, columns, types } = columnsOf(em, entity, props);
  const knex = em.getKnex();
  if (isPostgres(em)) {
    await knex.transaction(async (trx) => {
      const foreignKeys = (
        await trx.raw(
          `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = ?::regclass and contype = 'f'`,
          [table],
        )
      ).rows as { name: string; def: string }[];
      const indexes = (
        await trx.raw(
          `select indexname as name, indexdef as def from pg_indexes where tablename = ? and indexname not in (select conname from pg_constraint where conrelid = ?::regclass)`,
          [table, table],
        )
      ).rows as { name: string; def: string }[];
      for (const f of foreignKeys) await trx.raw(`alter table ${knex.ref(table)} drop constraint ${knex.ref(f.name)}`);
      for (const i of indexes) await trx.raw(`drop index ${knex.ref(i.name)}`);
      const sql = `insert into ${knex.ref(table)} (${columns.map((c) => knex.ref(c)).join(', ')}) select * from unnest(${types.map((t) => `?::${t}[]`).join(', ')})`;
      for (let i = 0; i < rows.length; i += 20_000) {
        const chunk = rows.slice(i, i + 20_000);
        await trx.raw(sql, columns.map((_, k) => chunk.map((r) => r[k])) as never[]);
      }
      for (const i of indexes) await trx.raw(i.def);
      for (const f of foreignKeys) await trx.raw(`alter table ${knex.ref(table)} add constraint ${knex.ref(f.name)} ${f.def}`);
    });
    return;
  }
  const client = knex.client as unknown as {
    acquireConnection(): Promise<SqliteDatabase>;
    releaseConnection(c: SqliteDatabase): Promise<void>;
  };
  const db = await client.acquireConnection();
  try {
    db.pragma('foreign_keys = OFF');
    const statement = db.prepare(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    const dateColumns = rows[0].flatMap((v, k) => (v instanceof Date ? [k] : []));
    const indexes = db
      .prepare(`select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`)
      .all(table) as { name: string; sql: string }[];
    db.transaction(() => {
      for (const i of indexes) db.exec(`drop index "${i.name}"`);
      for (const row of rows) {
        for (const k of dateColumns) row[k] = (row[k] as Date).getTime();
        statement.run(row);
      }
      for (const i of indexes) db.exec(i.sql);
    })();
    const broken = db.prepare(`select count(*) as n from pragma_foreign_key_check(?)`).all(table) as { n: number }[];
    if (broken[0].n) throw new Error(`${table}: ${broken[0].n} rows point at nothing`);
  } finally {
    db.pragma('foreign_keys = ON');
    await client.releaseConnection(db);
  }
}

interface SqliteDatabase {
  prepare(sql: string): { run(values: unknown[]): unknown; all(...values: unknown[]): unknown[] };
  transaction(fn: () => void): () => void;
  exec(sql: string): void;
  pragma(sql: string): unknown;
}
