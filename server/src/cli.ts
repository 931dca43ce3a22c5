import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LARGE, SCALE_USERS, scaledSizes, seedScale } from './db/seeders/scale';
import { parseArgs } from 'node:util';
import { openDatabase, migrate } from './db/orm';
import { REPO_ROOT, databaseKind } from './db/config';
import { seedDemo } from './db/seeders/demo';
import { createAdministrator } from './db/seeders/administrator';
import { printPraxisSchema } from './app/schema';
import { registerMigration } from './db/migrations/register';

const USAGE = `pnpm praxis <command>

  migrate                 apply pending migrations
  seed [--scale S]        seed the demo practices (not in production); --scale large: a
                          40-site group on PostgreSQL for benchmarks (or a factor, e.g. 0.01)
  create-admin            create an organization and its administrator
      --org "Name" --email you@practice.com --name "Your Name" [--password …]
      (password also from PRAXIS_ADMIN_PASSWORD; at least 12 characters)
  schema                  write schema/schema.graphql
  migration:create        generate a migration for the current DATABASE_URL's database
  migration:check         exit 1 when the entities differ from the migrated schema

DATABASE_URL: unset = SQLite file data/praxis.sqlite; postgres://… = PostgreSQL.`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      org: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      scale: { type: 'string' },
    },
    allowPositionals: true,
  });
  switch (command) {
    case 'schema': {
      const file = path.join(REPO_ROOT, 'schema', 'schema.graphql');
      fs.writeFileSync(file, await printPraxisSchema());
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      return;
    }
    case 'migrate': {
      const orm = await openDatabase();
      const applied = await migrate(orm);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      await orm.close();
      return;
    }
    case 'seed': {
      const scale = values.scale ?? 'small';
      if (!['small', 'large'].includes(scale) && !/^\d*\.?\d+$/.test(scale))
        throw new Error('--scale is small (the demo), large, or a factor of the large group such as 0.01.');
      const orm = await openDatabase();
      await migrate(orm);
      if (scale === 'small') {
        console.log((await seedDemo(orm)) ? 'demo practices seeded (password praxis-demo)' : 'demo already present');
      } else {
        const started = performance.now();
        const sizes = scale === 'large' ? LARGE : scaledSizes(Number(scale));
        console.log(
          `seeding Summit Health Partners: ${Object.entries(sizes)
            .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
            .join(', ')}`,
        );
        const seeded = await seedScale(orm, sizes, (step, rows, seconds) =>
          console.log(`  ${step.padEnd(58)} ${rows.toLocaleString('en-US').padStart(10)} rows ${seconds.toFixed(1).padStart(6)} s`),
        );
        console.log(
          seeded
            ? `done in ${((performance.now() - started) / 1000).toFixed(1)} s; sign in as ${SCALE_USERS.administrator} (password praxis-demo)`
            : 'the large group is already present',
        );
      }
      await orm.close();
      return;
    }
    case 'create-admin': {
      const password = values.password ?? process.env.PRAXIS_ADMIN_PASSWORD;
      if (!values.org || !values.email || !values.name || !password) {
        throw new Error('create-admin needs --org, --email, --name and a password (--password or PRAXIS_ADMIN_PASSWORD).');
      }
      const orm = await openDatabase();
      await migrate(orm);
      const org = await createAdministrator(orm, { organizationName: values.org, email: values.email, displayName: values.name, password });
      console.log(`created ${values.email} as administrator of ${org.name} (${org.id})`);
      await orm.close();
      return;
    }
    case 'migration:create': {
      const orm = await openDatabase();
      const result = await orm.getMigrator().createMigration(undefined, false, false, process.env.MIGRATION_NAME);
      if (!result.fileName) {
        console.log('no changes');
      } else {
        const file = path.join(REPO_ROOT, 'server', 'src', 'db', 'migrations', databaseKind(), path.basename(result.fileName));
        const { removedRebuilds } = registerMigration(databaseKind(), file);
        console.log(`created ${databaseKind()} migration ${path.basename(result.fileName)} and listed it in migrations/index.ts`);
        if (removedRebuilds.length)
          console.log(
            `  removed SQLite table rebuilds of ${removedRebuilds.join(', ')}: keep one by hand only if an enum's values changed`,
          );
      }
      await orm.close();
      return;
    }
    case 'migration:check': {
      const orm = await openDatabase();
      await migrate(orm);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      await orm.close();
      if (diff.trim()) {
        console.error(`entities and migrations differ on ${databaseKind()}:\n${diff}`);
        process.exit(1);
      }
      console.log(`no pending changes on ${databaseKind()}`);
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help') process.exit(2);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
