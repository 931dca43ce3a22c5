import type { EntityName } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';

/**
 * Runs an aggregate query confined to the request's organization by the same `tenant` filter that
 * guards `em.find`; the filter is applied after `build`, so no `where` in it can drop the filter.
 * Use this rather than `em.createQueryBuilder`.
 */
export async function tenantRows<Row, T extends object = object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  build: (qb: QueryBuilder<T, any>) => QueryBuilder<T, any>,
): Promise<Row[]> {
  const qb = build(em.createQueryBuilder(entity, alias) as QueryBuilder<T, any>);
  await qb.applyFilters();
  return qb.execute('all', false) as Promise<Row[]>;
}

/** PostgreSQL or SQLite: for the few SQL expressions the two spell differently. */
export function isPostgres(em: { getPlatform(): object }): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}
