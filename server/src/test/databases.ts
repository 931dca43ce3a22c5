import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';

/** The server PostgreSQL runs on; tests create and drop their own databases in it. */
export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgUrl(database: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const unique = () => `${process.pid}_${randomBytes(4).toString('hex')}`;

/** A fresh copy of the project's migrated, seeded template database, for one test file. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = inject('templateUrl');
  if (template.startsWith('postgres')) {
    const name = `praxis_test_${unique()}`;
    const templateName = new URL(template).pathname.slice(1);
    // Concurrent copies of one template can collide ("being accessed by other users"): retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await pgAdmin((c) => c.query(`create database ${name} template ${templateName}`));
        break;
      } catch (err) {
        if (attempt >= 20 || !/being accessed/.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
    return {
      url: pgUrl(name),
      drop: () => pgAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
    };
  }
  const file = path.join(os.tmpdir(), `praxis-test-${unique()}.sqlite`);
  fs.copyFileSync(template.slice('sqlite:'.length), file);
  return { url: `sqlite:${file}`, drop: async () => ['', '-wal', '-shm'].forEach((end) => fs.rmSync(file + end, { force: true })) };
}
