import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from './orm';
import { ENTITIES } from './entities';
import { freshDatabase } from '../test/databases';
import { runInRequestScope } from '../core/request-scope';
import { Role } from '../core/policy';
import { Organization } from '../core/organization.entity';
import { Department, Employee } from '../modules/orgchart/orgchart.entity';
import { Account, CostCentre, LedgerEntry, LedgerMonthTotal, LedgerSource } from '../modules/ledger/ledger.entity';

let orm: MikroORM;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await freshDatabase();
  drop = db.drop;
  orm = await openDatabase(db.url);
});
afterAll(async () => {
  await orm?.close();
  await drop?.();
});

describe('migrations', () => {
  it('leave nothing between the entities and the migrated schema', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    if (process.env.TEST_DB === 'postgresql') {
      expect((await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
      return;
    }
    // MikroORM cannot read SQLite check constraints back, so its diff always rebuilds tables with
    // enums. Compare instead what SQLite itself stores: the migrated schema against one created
    // straight from the entities.
    const fromEntities = await openDatabase('sqlite::memory:');
    await fromEntities.getSchemaGenerator().createSchema();
    const master = (o: MikroORM) =>
      o.em
        .getConnection()
        .execute(
          "select type, name, sql from sqlite_master where type <> 'trigger' and name not like 'sqlite_%' and name not like 'mikro_orm%' order by type, name",
        );
    // Column order may differ (ALTER TABLE appends), so compare each table's definitions as a set.
    const definitions = (sql: string) => {
      const body = sql.slice(sql.indexOf('(') + 1, sql.lastIndexOf(')'));
      const parts: string[] = [];
      let depth = 0;
      let current = '';
      for (const ch of body) {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (ch === ',' && depth === 0) {
          parts.push(current.trim());
          current = '';
        } else current += ch;
      }
      return [...parts, current.trim()].flatMap(inlineForeignKey).sort().join(', ');
    };
    // ALTER TABLE … ADD COLUMN declares a foreign key on the column; CREATE TABLE at the table's end.
    const inlineForeignKey = (part: string): string[] => {
      const m = /^(\w+) (.*?) constraint (\w+) references (\w+) ?\((\w+)\)(.*)$/.exec(part);
      if (!m) return [part];
      const [, column, type, name, table, target, actions] = m;
      const action = (what: string) => new RegExp(`on ${what} (set null|cascade|restrict|no action)`).exec(actions!)?.[0];
      const rule = [action('delete'), action('update')].filter(Boolean).join(' ');
      return [`${column} ${type}`, `constraint ${name} foreign key(${column}) references ${table}(${target}) ${rule}`.trim()];
    };
    const normalize = (rows: { type: string; name: string; sql: string | null }[]) =>
      rows.map((r) => {
        const sql = (r.sql ?? '').replace(/\s+/g, ' ').replace(/`|"/g, '');
        return { ...r, sql: r.type === 'table' ? definitions(sql) : sql };
      });
    expect(normalize(await master(orm))).toEqual(normalize(await master(fromEntities)));
    await fromEntities.close();
  });
});

describe('change tracking', () => {
  it('sees no change in records that were only read (no spurious updates or version bumps)', async () => {
    const em = orm.em.fork();
    for (const entity of ENTITIES) await em.find(entity as never, {}, { filters: false, limit: 5 });
    em.getUnitOfWork().computeChangeSets();
    expect(
      em
        .getUnitOfWork()
        .getChangeSets()
        .map((c) => `${c.name}: ${Object.keys(c.payload ?? {}).join(', ')}`),
    ).toEqual([]);
  });
});

describe('ledger month totals', () => {
  it('follow every insert, update and delete of ledger entries, whoever writes them', async () => {
    const em = orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'lakeside' });
    const [account] = await em.find(Account, { organization: org }, { filters: false, limit: 1 });
    const [centre] = await em.find(CostCentre, { organization: org }, { filters: false, limit: 1 });
    const total = async () => {
      const rows = await orm.em
        .fork()
        .find(LedgerMonthTotal, { organization: org, account, costCentre: centre, month: '2031-05-01' }, { filters: false });
      return rows.map((r) => [r.amount, r.entries]);
    };
    const a = em.create(LedgerEntry, {
      organization: org,
      date: '2031-05-03',
      account,
      costCentre: centre,
      amount: 1_000,
      source: LedgerSource.JOURNAL,
      postingKey: 'a',
      line: 1,
    });
    const b = em.create(LedgerEntry, {
      organization: org,
      date: '2031-05-20',
      account,
      costCentre: centre,
      amount: 250,
      source: LedgerSource.JOURNAL,
      postingKey: 'b',
      line: 1,
    });
    await em.flush();
    expect(await total()).toEqual([[1_250, 2]]);
    b.amount = 300;
    await em.flush();
    expect(await total()).toEqual([[1_300, 2]]);
    a.date = '2031-06-01';
    await em.flush();
    expect(await total()).toEqual([[300, 1]]);
    em.remove(b);
    await em.flush();
    expect(await total()).toEqual([[0, 0]]);
  });
});

describe('tenant isolation', () => {
  it('refuses reads without an organization instead of returning everyone’s rows', async () => {
    await expect(orm.em.fork().find(Employee, {})).rejects.toThrow(/filter/);
  });

  it('confines reads to the request’s organization', async () => {
    const em = orm.em.fork();
    const lakeside = await em.findOneOrFail(Organization, { slug: 'lakeside' });
    em.setFilterParams('tenant', { organizationId: lakeside.id });
    const people = await em.find(Employee, {});
    expect(people).toHaveLength(4);
    expect(people.every((p) => p.organization.id === lakeside.id)).toBe(true);
  });

  it('refuses, inside a request, a write to another organization’s rows', async () => {
    const em = orm.em.fork();
    const [lakeside, riverside] = await Promise.all([
      em.findOneOrFail(Organization, { slug: 'lakeside' }),
      em.findOneOrFail(Organization, { slug: 'riverside' }),
    ]);
    const scope = {
      correlationId: 'test',
      sqlStatements: 0,
      actor: { userId: 'u', role: Role.ADMINISTRATOR, organizationId: lakeside.id },
    };
    await runInRequestScope(scope, async () => {
      em.create(Department, { organization: riverside, name: 'Smuggled' });
      await expect(em.flush()).rejects.toThrow(/belongs to another organization/);
    });
    expect(await orm.em.fork().count(Department, { name: 'Smuggled' }, { filters: false })).toBe(0);
  });
});
