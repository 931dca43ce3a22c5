import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { openDatabase, migrate } from '../../server/src/db/orm';
import { seedDemo, DEMO_PASSWORD } from '../../server/src/db/seeders/demo';
import { createServer, type PraxisServer } from '../../server/src/app/server';
import { logger } from '../../server/src/core/logger';

/**
 * PostgreSQL restarted under write load: a fast shutdown, then an immediate one (a crash, recovered
 * from the WAL), while clients keep hiring people through the GraphQL API. Every hire the API
 * acknowledged must be there afterwards, the writes refused meanwhile must have answered with a code,
 * and writing must resume once the database is back. The cluster is the test's own (initdb into a
 * temporary directory, a free port, its socket in that directory): the shared PostgreSQL on 5432
 * is never touched.
 */
const run = promisify(execFile);
const PG_BIN =
  process.env.PG_BIN ??
  (fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
        .find((bin) => fs.existsSync(path.join(bin, 'initdb')))
    : undefined);
// PostgreSQL refuses to run as root: then the cluster belongs to the postgres user and its tools run as that user.
const AS_ROOT = process.getuid?.() === 0;
const pgTool = (tool: string, args: string[]) =>
  AS_ROOT ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN!, tool), ...args]) : run(path.join(PG_BIN!, tool), args);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

let dir: string;
let dataDir: string;
let orm: MikroORM | undefined;
let server: PraxisServer | undefined;
let baseUrl: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxis-fault-'));
  dataDir = path.join(dir, 'data');
  if (AS_ROOT) await run('chown', ['postgres:postgres', dir]);
  await pgTool('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // -l (here and on every restart): the server's output goes to a file, so pg_ctl returns instead of the server holding our pipe open.
  await pgTool('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  orm = await openDatabase(url);
  await migrate(orm);
  await seedDemo(orm);
  server = await createServer(orm, { serveClient: false });
  baseUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await orm?.close().catch(() => undefined);
  if (dataDir && fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
    await pgTool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

/** Tries until the database answers again (a sign-in needs it too). */
async function signIn(email: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const { body } = await gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: email,
      p: DEMO_PASSWORD,
    });
    if (body.data?.login?.token) return body.data.login.token;
    if (attempt > 50) throw new Error(`cannot sign in: ${JSON.stringify(body.errors)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const HIRE = 'mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id workEmail } }';

describe.runIf(PG_BIN)('PostgreSQL restarted under write load', () => {
  it('keeps every acknowledged write, answers the others with a code, and resumes', async () => {
    const token = await signIn('administrator@demo.test');
    // What the server logged as unexpected, to name the cause if a refusal is not the coded one.
    const unexpected: string[] = [];
    const logged = vi.spyOn(logger, 'error').mockImplementation(((fields: { err?: Error }) => {
      unexpected.push(String(fields?.err?.message ?? fields?.err ?? fields));
    }) as never);
    const acknowledged = new Map<string, string>(); // workEmail → id
    const refused: string[] = []; // codes of the writes not acknowledged
    let stop = false;
    let sent = 0;
    const worker = async (w: number) => {
      while (!stop) {
        const workEmail = `load-${w}-${sent++}@fault.test`;
        try {
          const { status, body } = await gql(
            HIRE,
            { input: { category: 'ADMINISTRATIVE_STAFF', firstName: 'Load', lastName: `W${w}`, hireDate: '2026-11-16', workEmail } },
            token,
          );
          if (body.data?.hireEmployee?.id) acknowledged.set(workEmail, body.data.hireEmployee.id);
          else {
            refused.push(`${status} ${body.errors?.map((e) => e.extensions?.code).join(',')}`);
            await new Promise((r) => setTimeout(r, 50));
          }
        } catch (err) {
          refused.push(`no response: ${String(err)}`);
        }
      }
    };
    const until = async (count: number) => {
      const deadline = Date.now() + 60_000;
      while (acknowledged.size < count) {
        if (Date.now() > deadline)
          throw new Error(`only ${acknowledged.size} writes acknowledged; refused: ${refused.slice(-5).join('; ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    const workers = Array.from({ length: 4 }, (_, w) => worker(w));
    try {
      await until(20);
      await pgTool('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'log'), '-m', 'fast', '-w', 'restart']);
      const afterFast = acknowledged.size;
      await until(afterFast + 20);
      // Immediate: no shutdown checkpoint, so the committed writes come back from the WAL.
      await pgTool('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'log'), '-m', 'immediate', '-w', 'restart']);
      const afterCrash = acknowledged.size;
      await until(afterCrash + 20);
    } finally {
      stop = true;
      await Promise.all(workers);
      logged.mockRestore();
    }

    // Every acknowledged hire is there, once, under the id the API gave.
    const { body } = await gql('{ employees { id workEmail } }', {}, token);
    expect(body.errors).toBeUndefined();
    const stored = new Map<string, string>(
      (body.data.employees as { id: string; workEmail: string }[])
        .filter((e) => e.workEmail.endsWith('@fault.test'))
        .map((e) => [e.workEmail, e.id]),
    );
    const missing = [...acknowledged].filter(([email, id]) => stored.get(email) !== id);
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);
    // What was refused during the restarts was refused with a code (503 SERVICE_UNAVAILABLE), never a dropped connection.
    expect({ refused: refused.filter((r) => !/^503 SERVICE_UNAVAILABLE$/.test(r)), unexpected }).toEqual({ refused: [], unexpected: [] });
  });
});
