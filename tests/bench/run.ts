/**
 * `pnpm bench`: Praxis against the physical limit on this machine (issue 6).
 *
 * 1. A new PostgreSQL database: the demo (`pnpm praxis seed`), then the large group
 *    (`pnpm praxis seed --scale large`), timed. The client is built.
 * 2. The API server in production mode, which also serves the built SPA; every Summit user signs in.
 * 3. Latency: each operation the SPA sends (tier dashboards, org chart, variance, campaign channels,
 *    productivity), median and p99 over sequential runs, SQL statements per request (large and demo),
 *    against hand-written SQL over node-postgres + JSON.stringify computing the same answer.
 * 4. Throughput: autocannon against Praxis and against a minimal graphql-js server over the same SQL.
 * 5. The SPA: gzipped initial JavaScript and route chunks; the org chart in headless Chromium.
 * 6. tests/bench/RESULTS.md.
 *
 * Environment: TEST_POSTGRES_URL (admin connection, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_DATABASE (praxis_bench), BENCH_SCALE (large), BENCH_RUNS (30), BENCH_SECONDS_PER_OPERATION (45),
 * BENCH_CONNECTIONS (32), BENCH_LOAD_SECONDS (10), BENCH_BROWSER_RUNS (5), BENCH_JIT (off),
 * BENCH_REUSE_DATABASE=true to skip the database and seeding, BENCH_SKIP_BUILD=true to use the client
 * already in client/dist (development only: such a run writes $TMPDIR/praxis-bench-RESULTS.md, or BENCH_RESULTS),
 * BENCH_ONLY=key,key to measure only those operations (operations.ts keys; the throughput of the dashboards among
 * them, the org chart in Chromium only when org-chart is one): a partial run, written like a development run.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { parse, print } from 'graphql';
import pg from 'pg';
import * as documents from '../../client/src/gql/graphql';
import { baselineAnswer, type BaselineContext } from './baselines';
import { canonical, firstDifference, freePort, graphql, ROOT, startTsx, stop, time, waitUntilReady, type Timing } from './lib';
import { operations, SUMMIT_USERS, variablesFor, type ClientState, type UserKey } from './operations';
import { planOf, singleFieldQuery } from './plan';
import { writeResults, type BreakdownRow, type LatencyRow, type Load, type Report, type ThroughputRow } from './results';
import { bundleWeights, buildClient, orgChartInBrowser } from './spa';

const env = process.env;
// One calendar day for the seed, the server and the baselines, whatever the clock does during the run.
env.PRAXIS_TODAY ??= new Date().toISOString().slice(0, 10);
const benchNow = () => new Date(`${env.PRAXIS_TODAY}T12:00:00Z`);
const ADMIN_URL = env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = env.BENCH_DATABASE ?? 'praxis_bench';
const SCALE = env.BENCH_SCALE ?? 'large';
const RUNS = Number(env.BENCH_RUNS ?? 30);
const MIN_RUNS = 10;
const WARMUP = 3;
const SECONDS_PER_OPERATION = Number(env.BENCH_SECONDS_PER_OPERATION ?? 45);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const LOAD_SECONDS = Number(env.BENCH_LOAD_SECONDS ?? 10);
const BROWSER_RUNS = Number(env.BENCH_BROWSER_RUNS ?? 5);
const JIT = env.BENCH_JIT ?? 'off';
const REUSE = env.BENCH_REUSE_DATABASE === 'true';
const SKIP_BUILD = env.BENCH_SKIP_BUILD === 'true';
const ONLY = env.BENCH_ONLY
  ? new Set(
      env.BENCH_ONLY.split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
  : null;
const PASSWORD = 'praxis-demo';
const DEMO_USERS: Record<UserKey, string> = {
  administrator: 'administrator@demo.test',
  practiceManager: 'practice-manager@demo.test',
  officeManager: 'office-manager@demo.test',
  provider: 'provider@demo.test',
  staff: 'staff@demo.test',
};

const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB}`;
  return u.toString();
})();
const log = (...args: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** Runs a command, echoing its output, and returns it with the wall time. */
function run(cmd: string, args: string[], extraEnv: Record<string, string>): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      process.stdout.write(d);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, output })
        : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
  // JIT compilation costs PostgreSQL 15 up to a second on some of these queries on this machine, for
  // Praxis and baseline alike; the bench measures both without it unless BENCH_JIT=on.
  await admin.query(`alter database ${DB} set jit = ${JIT === 'on' ? 'on' : 'off'}`);
  await admin.end();
  const seedEnv = { DATABASE_URL: dbUrl, LOG_LEVEL: 'error' };
  log('seeding the demo…');
  const demo = await run('pnpm', ['praxis', 'seed'], seedEnv);
  log(`seeding the ${SCALE} group…`);
  const large = await run('pnpm', ['praxis', 'seed', '--scale', SCALE], seedEnv);
  const reported = /done in ([\d.]+) s/.exec(large.output);
  // Autovacuum would otherwise visit the freshly loaded tables during the measurements (and set the
  // visibility maps index-only scans need at some moment of its choosing): do it now, once.
  log('vacuum analyze…');
  const started = performance.now();
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  await db.query('vacuum analyze');
  await db.end();
  return {
    demoSeconds: demo.seconds,
    largeSeconds: large.seconds,
    largeReported: reported ? Number(reported[1]) : null,
    vacuumSeconds: (performance.now() - started) / 1000,
  };
}

async function dataSizes(db: pg.Pool, organizationId: string): Promise<[string, number][]> {
  const tables = [
    'locations',
    'employees',
    'positions',
    'budgets',
    'budget_lines',
    'ledger_entries',
    'campaigns',
    'leads',
    'encounters',
    'service_lines',
    'collections',
    'provider_plans',
    'compensation_proposals',
    'vendors',
    'bills',
    'bill_lines',
    'bill_payments',
  ];
  const { rows } = await db.query(
    `select ${tables.map((t) => `(select count(*) from ${t} where organization_id = $1) as ${t}`).join(', ')}`,
    [organizationId],
  );
  return tables.map((t) => [t, Number(rows[0][t])]);
}

interface SignedIn {
  token: string;
  userId: string;
  employeeId: string | null;
  role: string;
  capabilities: string[];
}

async function signIn(base: string, email: string): Promise<SignedIn> {
  const login = await graphql(
    base,
    undefined,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: PASSWORD },
  );
  const token = login.data.login.token as string;
  const viewer = (await graphql(base, token, print(documents.ViewerDocument))).data.viewer;
  return { token, userId: viewer.id, employeeId: viewer.employeeId ?? null, role: viewer.current.role, capabilities: viewer.capabilities };
}

/** The timed Praxis request: the body read in full but not parsed (the baseline does not parse either). */
async function praxisRequest(base: string, token: string, body: string): Promise<number> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Number(response.headers.get('x-sql-statements'));
}

/** As many runs as fit in the time budget, at least MIN_RUNS and at most RUNS. */
async function timeWithin(fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const started = performance.now();
  await fn();
  const once = (performance.now() - started) / 1000;
  const runs = Math.max(MIN_RUNS, Math.min(RUNS, Math.floor(SECONDS_PER_OPERATION / Math.max(once, 0.001))));
  return time(fn, runs, 0);
}

/** Waits until a process has been idle (under 5% of a core) for a second. */
async function settle(pid: number | undefined) {
  if (!pid) return;
  const cpu = () => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const before = cpu();
    await new Promise((r) => setTimeout(r, 1000));
    if (cpu() - before < 5) return;
  }
}

async function load(url: string, token: string, body: string, sequentialMs: number): Promise<Load> {
  // A fixed number of requests: about LOAD_SECONDS at the speed of one sequential request, and at
  // least one per connection, so a server slower than the window still finishes what it started.
  const amount = Math.max(CONNECTIONS, Math.round((LOAD_SECONDS * 1000) / Math.max(sequentialMs, 1)));
  const started = performance.now();
  const result = await autocannon({
    url,
    method: 'POST',
    amount,
    connections: CONNECTIONS,
    timeout: 600,
    body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    verifyBody: (text) => !text.startsWith('{"errors"'),
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: result['2xx'],
    seconds,
    rps: result['2xx'] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

async function main() {
  const wallStart = performance.now();
  const loadStart = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  log(`database ${DB}${REUSE ? ' (reused)' : ''}`);
  const seed = REUSE ? { demoSeconds: 0, largeSeconds: 0, largeReported: null, vacuumSeconds: 0 } : await prepareDatabase();

  log('building the client…');
  const build = SKIP_BUILD ? { seconds: 0 } : buildClient();
  let bundle: Report['bundle'] = null;
  try {
    bundle = bundleWeights();
  } catch (err) {
    log(`bundle sizes: ${(err as Error).message}`);
  }

  const db = new pg.Pool({ connectionString: dbUrl, max: 10 });
  const organizationId = (await db.query(`select id from organizations where slug = 'summit'`)).rows[0]?.id as string;
  if (!organizationId) throw new Error(`${DB} has no Summit Health Partners: seed it with pnpm praxis seed --scale ${SCALE}`);
  const sizes = await dataSizes(db, organizationId);
  const pgVersion = (await db.query('show server_version')).rows[0].server_version;

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`starting Praxis on ${base}…`);
  const server = startTsx('src/main.ts', path.join(ROOT, 'server'), {
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    EXPOSE_SQL_COUNT: 'true',
    LOG_LEVEL: 'error',
    SESSION_IDLE_MINUTES: '720',
    SESSION_MAX_HOURS: '12',
  });
  let minimal: ReturnType<typeof startTsx> | undefined;
  const latency: LatencyRow[] = [];
  const throughput: ThroughputRow[] = [];
  let breakdown: Report['breakdown'] = null;
  let browser: Report['browser'] = null;
  let browserError: string | null = null;
  const unmeasured: { label: string; error: string }[] = [];
  try {
    await waitUntilReady(`${base}/readyz`, server, 'the Praxis server');
    const users = {} as Record<UserKey, SignedIn>;
    const demoUsers = {} as Record<UserKey, SignedIn>;
    for (const key of Object.keys(SUMMIT_USERS) as UserKey[]) {
      users[key] = await signIn(base, SUMMIT_USERS[key]);
      demoUsers[key] = await signIn(base, DEMO_USERS[key]);
    }
    const currentBudget = async (u: SignedIn) => (await graphql(base, u.token, '{ currentBudget { id } }')).data.currentBudget.id as string;
    const state: ClientState = {
      today: new Date(),
      employeeIdOf: Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.employeeId])) as Record<UserKey, string | null>,
      currentBudgetId: await currentBudget(users.administrator),
    };
    const demoState: ClientState = {
      today: state.today,
      employeeIdOf: Object.fromEntries(Object.entries(demoUsers).map(([k, u]) => [k, u.employeeId])) as Record<UserKey, string | null>,
      currentBudgetId: await currentBudget(demoUsers.administrator),
    };
    const contextOf = (u: SignedIn, counter?: { n: number }): BaselineContext => ({
      db: {
        query: (text: string, params?: unknown[]) => {
          if (counter) counter.n += 1;
          return db.query(text, params);
        },
      },
      organizationId,
      userId: u.userId,
      role: u.role,
      capabilities: new Set(u.capabilities),
      now: benchNow,
    });

    const ops = operations().filter((op) => !ONLY || ONLY.has(op.key));
    const unknownKeys = [...(ONLY ?? [])].filter((k) => !operations().some((op) => op.key === k));
    if (unknownKeys.length) throw new Error(`BENCH_ONLY names no operation ${unknownKeys.join(', ')} (see tests/bench/operations.ts)`);
    const prepared = ops.map((op) => {
      const variables = variablesFor(op, state);
      return { op, variables, plan: planOf(op.document, variables), body: JSON.stringify({ query: op.query, variables }) };
    });

    // ---- latency (productivity last: each of its requests writes an audit entry per provider read) ----
    const measure = async ({ op, variables, plan, body }: (typeof prepared)[number]) => {
      const user = users[op.user];
      const praxisAnswer = await graphql(base, user.token, op.query, variables);
      const counter = { n: 0 };
      const baseline = await baselineAnswer(contextOf(user, counter), plan);
      const difference = canonical(praxisAnswer.data) === canonical(baseline) ? null : firstDifference(praxisAnswer.data, baseline);
      if (difference) log(`⚠ ${op.key}: the baseline's answer differs from Praxis's: ${difference}`);
      let sqlDemo: number | null = null;
      try {
        const demoVariables = variablesFor(op, demoState);
        await graphql(base, demoUsers[op.user].token, op.query, demoVariables);
        sqlDemo = (await graphql(base, demoUsers[op.user].token, op.query, demoVariables)).sql;
      } catch (err) {
        log(`${op.key} on the demo: ${(err as Error).message.slice(0, 200)}`);
      }
      const counts: number[] = [];
      log(`${op.key}: Praxis…`);
      const praxis = await timeWithin(async () => counts.push(await praxisRequest(base, user.token, body)));
      log(`${op.key}: baseline…`);
      const ctx = contextOf(user);
      const baselineTiming = await timeWithin(async () => JSON.stringify({ data: await baselineAnswer(ctx, plan) }));
      log(`${op.key}: Praxis ${praxis.median.toFixed(1)} ms, baseline ${baselineTiming.median.toFixed(1)} ms`);
      latency.push({
        op,
        praxis,
        baseline: baselineTiming,
        sql: { min: Math.min(...counts), max: Math.max(...counts) },
        sqlDemo,
        baselineStatements: counter.n,
        kilobytes: praxisAnswer.bytes / 1024,
        difference,
      });
    };
    // An operation that cannot be measured (a document changed under the bench, a server error) is
    // reported as such; the others still run.
    const tryMeasure = async (p: (typeof prepared)[number]) => {
      try {
        await measure(p);
      } catch (err) {
        const error = (err as Error).message.split('\n')[0].slice(0, 300);
        log(`✗ ${p.op.key}: ${error}`);
        unmeasured.push({ label: p.op.label, error });
      }
    };
    for (const p of prepared.filter((p) => p.op.key !== 'productivity')) await tryMeasure(p);

    // ---- where the administrator dashboard's time goes ----
    const admin = prepared.find((p) => p.op.key === 'administrator-dashboard' && latency.some((l) => l.op.key === p.op.key));
    if (admin) {
      const rows: BreakdownRow[] = [];
      for (const call of admin.plan.calls) {
        const query = singleFieldQuery(admin.plan, call);
        const plan = planOf(parse(query), {});
        const body = JSON.stringify({ query });
        const counts: number[] = [];
        const alone = await time(async () => counts.push(await praxisRequest(base, users.administrator.token, body)), 5, 1);
        const ctx = contextOf(users.administrator);
        const baseline = await time(async () => JSON.stringify({ data: await baselineAnswer(ctx, plan) }), 5, 1);
        rows.push({
          field: call.key === call.field ? call.field : `${call.key}: ${call.field}`,
          praxis: alone.median,
          baseline: baseline.median,
          sql: Math.max(...counts),
        });
      }
      breakdown = { label: admin.op.label, rows: rows.sort((a, b) => b.praxis - a.praxis) };
    }

    // ---- throughput ----
    const loaded = prepared.filter((p) => p.op.dashboard && latency.some((l) => l.op.key === p.op.key));
    const minimalPort = loaded.length ? await freePort() : 0;
    const minimalBase = `http://127.0.0.1:${minimalPort}`;
    const capabilities = Object.fromEntries(Object.values(users).map((u) => [u.role, u.capabilities]));
    if (loaded.length) {
      minimal = startTsx(path.join(__dirname, 'minimal-server.ts'), path.join(ROOT, 'tests'), {
        DATABASE_URL: dbUrl,
        PORT: String(minimalPort),
        ROLE_CAPABILITIES: JSON.stringify(capabilities),
        NODE_ENV: 'production',
      });
      await waitUntilReady(`${minimalBase}/readyz`, minimal, 'the minimal graphql-js server');
    }
    for (const { op, variables, body } of loaded) {
      const user = users[op.user];
      const praxisAnswer = await graphql(base, user.token, op.query, variables);
      const minimalAnswer = await graphql(minimalBase, user.token, op.query, variables);
      const difference =
        canonical(praxisAnswer.data) === canonical(minimalAnswer.data) ? null : firstDifference(praxisAnswer.data, minimalAnswer.data);
      const sequential = latency.find((l) => l.op.key === op.key)!;
      log(`${op.key}: load on Praxis…`);
      await settle(server.pid);
      const praxisLoad = await load(`${base}/graphql`, user.token, body, sequential.praxis.median);
      log(`${op.key}: load on the minimal server…`);
      await settle(minimal!.pid);
      const minimalLoad = await load(`${minimalBase}/graphql`, user.token, body, sequential.baseline.median);
      log(`${op.key}: ${praxisLoad.rps.toFixed(2)} req/s against ${minimalLoad.rps.toFixed(2)} req/s`);
      throughput.push({ op, praxis: praxisLoad, minimal: minimalLoad, minimalDifference: difference });
    }
    if (minimal) await stop(minimal);

    for (const p of prepared.filter((p) => p.op.key === 'productivity')) await tryMeasure(p);
    await db.query(`delete from audit_entries where correlation_id = 'bench-baseline'`);

    // ---- the org chart in Chromium ----
    if (!ONLY || ONLY.has('org-chart')) {
      log('the org chart in Chromium…');
      await settle(server.pid);
      try {
        browser = await orgChartInBrowser(base, SUMMIT_USERS.administrator, PASSWORD, BROWSER_RUNS);
      } catch (err) {
        browserError = (err as Error).message.split('\n')[0];
        log(`browser: ${browserError}`);
      }
    } else browserError = `not measured: BENCH_ONLY=${[...ONLY].join(',')}`;
  } finally {
    if (minimal) await stop(minimal);
    await stop(server);
    await db.end();
  }

  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report: Report = {
    machine: `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion} on 127.0.0.1`,
    date: new Date().toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes in the working tree)' : ''}`,
    settings: [
      `Database: ${DB}, ${REUSE ? 'REUSED from an earlier run (development only: not a result)' : 'created and seeded by this run'}; PostgreSQL JIT ${JIT === 'on' ? 'on' : 'off'} for the database (both sides)`,
      ...(SKIP_BUILD ? ['Client: NOT rebuilt by this run (BENCH_SKIP_BUILD, development only)'] : []),
      ...(ONLY ? [`Operations: ONLY ${[...ONLY].join(', ')} (BENCH_ONLY): a partial run, not a result for the others`] : []),
      `Praxis: server/src/main.ts under tsx, NODE_ENV=production, EXPOSE_SQL_COUNT=true; the baseline's pg.Pool has 10 connections`,
      `Latency: ${WARMUP} warm-up runs, then ${MIN_RUNS}–${RUNS} timed runs per side (as many as fit in ${SECONDS_PER_OPERATION} s)`,
    ],
    sizes,
    seed: { ...seed, buildSeconds: build.seconds },
    latency,
    unmeasured,
    breakdown,
    throughput,
    connections: CONNECTIONS,
    bundle,
    browser,
    browserError,
    wallSeconds: (performance.now() - wallStart) / 1000,
    load: `${loadStart} → ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  };
  // A development or partial run (reused database, client not rebuilt, some operations only) is not a
  // result: it goes to a scratch file.
  const file =
    env.BENCH_RESULTS ??
    (REUSE || SKIP_BUILD || ONLY ? path.join(os.tmpdir(), 'praxis-bench-RESULTS.md') : path.join(__dirname, 'RESULTS.md'));
  const text = writeResults(file, report);
  log(`wrote ${file}`);
  console.log(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
