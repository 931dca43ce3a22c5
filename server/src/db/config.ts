import path from 'node:path';
import fs from 'node:fs';
import { DataloaderType, FlushMode, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES, TENANT_SCOPED } from './entities';
import { AuditSubscriber } from '../core/audit/audit.subscriber';
import { TenantGuard } from '../core/tenant-guard';
import { sqliteMigrations, postgresqlMigrations } from './migrations';

export type DatabaseKind = 'sqlite' | 'postgresql';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_SQLITE_FILE = path.join(REPO_ROOT, 'data', 'praxis.sqlite');

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** DATABASE_URL: unset → SQLite file under data/; `postgres://…` → PostgreSQL; `sqlite:PATH` → that file. */
export function ormConfig(url = process.env.DATABASE_URL, overrides: Partial<Options> = {}): Options {
  const kind = databaseKind(url);
  const common: Options = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // A query never writes what a request has pending: only its own flush does, after every check
    // has passed, so input refused halfway changes nothing (the default AUTO flushed early).
    flushMode: FlushMode.COMMIT,
    subscribers: [new TenantGuard(), new AuditSubscriber()],
    filters: {
      tenant: {
        name: 'tenant',
        entity: TENANT_SCOPED,
        default: true,
        cond: (args: { organizationId?: string }) => {
          if (!args?.organizationId) throw new Error('tenant filter used without an organization');
          return { organization: args.organizationId };
        },
      },
    },
    extensions: [Migrator],
    migrations: {
      transactional: true,
      // SQLite rebuilds a table now and then, which needs foreign keys off outside a transaction (see the Ledger migration).
      allOrNothing: kind === 'postgresql',
      snapshot: false,
      migrationsList: kind === 'postgresql' ? postgresqlMigrations : sqliteMigrations,
      path: path.join(__dirname, 'migrations', kind),
      pathTs: path.join(__dirname, 'migrations', kind),
      emit: 'ts',
    },
  };
  if (kind === 'postgresql') {
    // Fail fast when the database is down or every connection is busy: a request waits at most this
    // long for a connection and then answers SERVICE_UNAVAILABLE (503) instead of hanging.
    const waitMs = Number(process.env.DB_CONNECTION_TIMEOUT_MS ?? 3000);
    const pool = { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10), acquireTimeoutMillis: waitMs, createTimeoutMillis: waitMs };
    return { ...common, driver: PostgreSqlDriver, clientUrl: url, pool, ...overrides } as Options;
  }
  let dbName = url?.startsWith('sqlite:') ? url.slice('sqlite:'.length) : DEFAULT_SQLITE_FILE;
  if (dbName !== ':memory:') {
    dbName = path.resolve(REPO_ROOT, dbName);
    fs.mkdirSync(path.dirname(dbName), { recursive: true });
  }
  // WAL lets readers go on while one writer writes; a writer that finds the file locked waits up to
  // the busy timeout instead of failing. Knex keeps one SQLite connection, so statements queue in order.
  const pool = {
    afterCreate(connection: { pragma(sql: string): unknown }, done: (err: Error | null, connection: unknown) => void) {
      connection.pragma('journal_mode = WAL');
      connection.pragma(`busy_timeout = ${Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 5000)}`);
      done(null, connection);
    },
  };
  return { ...common, driver: BetterSqliteDriver, dbName, pool, ...overrides } as Options;
}
