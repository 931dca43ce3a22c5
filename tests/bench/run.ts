/**
 * `pnpm bench`: Praxis against the physical limit on this machine. A server is started on a
 * PostgreSQL database holding the demo practice plus a large ledger; each operation is timed
 * through GraphQL and compared with the same numbers fetched by one hand-written SQL query over
 * node-postgres and serialized with JSON.stringify, in the same run. Writes tests/bench/RESULTS.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '../..');
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = process.env.BENCH_DATABASE ?? 'praxis_bench';
const LEDGER_ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;
const dbUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB}`;
  return u.toString();
})();

interface Measurement {
  name: string;
  median: number;
  p99: number;
  baselineMedian: number;
  baselineP99: number;
  sqlStatements: number;
  goal: number;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
  await admin.end();
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'seed'], {
    cwd: path.join(ROOT, 'server'), env: { ...process.env, DATABASE_URL: dbUrl, LOG_LEVEL: 'error' }, stdio: 'inherit',
  });
  if (seeded.status !== 0) throw new Error('seeding the bench database failed');
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const started = performance.now();
  // Bulk load with the per-row totals trigger off, then rebuild the totals in one statement.
  await db.query('alter table ledger_entries disable trigger ledger_month_totals_sync');
  // A year of ledger entries spread over every account and cost centre of the demo practice.
  await db.query(`
    insert into ledger_entries (id, created_at, updated_at, organization_id, version, date, account_id, cost_centre_id, amount, source, memo, dedupe_key)
    select gen_random_uuid(), now(), now(), o.id, 1,
           date_trunc('year', now())::date + (g % 330),
           (array_agg_a.ids)[1 + (g % array_length(array_agg_a.ids, 1))],
           (array_agg_c.ids)[1 + ((g / 7) % array_length(array_agg_c.ids, 1))],
           1000 + (g::bigint * 7919) % 250000, 'IMPORT', 'bench', 'bench:' || g
    from generate_series(1, $1::int) g
    cross join (select id from organizations where slug = 'riverside') o
    cross join (select array_agg(id order by code) ids from accounts a where a.organization_id = (select id from organizations where slug = 'riverside')) array_agg_a
    cross join (select array_agg(id order by name) ids from cost_centres c where c.organization_id = (select id from organizations where slug = 'riverside')) array_agg_c`, [LEDGER_ROWS]);
  await db.query('alter table ledger_entries enable trigger ledger_month_totals_sync');
  await db.query('delete from ledger_month_totals');
  await db.query(`insert into ledger_month_totals (organization_id, account_id, cost_centre_id, month, amount, entries)
    select organization_id, account_id, cost_centre_id, date_trunc('month', date)::date, sum(amount), count(*) from ledger_entries group by 1, 2, 3, 4`);
  await db.query('analyze');
  const seconds = (performance.now() - started) / 1000;
  await db.end();
  return seconds;
}

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const port = 4800 + Math.floor(Math.random() * 100);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, 'server'),
    env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', EXPOSE_SQL_COUNT: 'true', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

async function main() {
  console.log(`preparing ${DB} with ${LEDGER_ROWS.toLocaleString('en-US')} ledger entries…`);
  const loadSeconds = await prepareDatabase();
  const { child, base } = await startServer();
  const results: Measurement[] = [];
  try {
    const gql = async (token: string | undefined, query: string, variables?: unknown) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { body, sql: Number(response.headers.get('x-sql-statements')) };
    };
    const login = await gql(undefined, 'mutation { login(email: "practice-manager@demo.test", password: "praxis-demo") { token } }');
    const token = login.body.data.login.token as string;
    const budgetId = (await gql(token, '{ currentBudget { id } }')).body.data.currentBudget.id as string;

    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();

    // Year-to-date variance of the current budget, per line (account × cost centre).
    const through = new Date().getUTCMonth(); // last closed month of a calendar fiscal year
    const VARIANCE = `query ($id: ID!, $through: Int) { varianceReport(budgetId: $id, throughMonth: $through) {
      lines { accountId costCentreId yearToDate { budget actual variance } } } }`;
    const praxis = await time(() => gql(token, VARIANCE, { id: budgetId, through }));
    const sqlStatements = (await gql(token, VARIANCE, { id: budgetId, through })).sql;
    const months = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
    const ytdBudget = months.slice(0, through).join(' + ') || '0';
    const baselineSql = `
      with actual as (
        select l.account_id, l.cost_centre_id, sum(l.amount) as actual
        from ledger_entries l
        where l.organization_id = (select organization_id from budgets where id = $1)
          and l.date >= $2::date and l.date < $3::date
        group by 1, 2)
      select coalesce(bl.account_id, a.account_id) as "accountId", coalesce(bl.cost_centre_id, a.cost_centre_id) as "costCentreId",
             coalesce(${ytdBudget.replace(/m(\d\d)/g, 'bl.m$1')}, 0)::bigint as budget, coalesce(a.actual, 0)::bigint as actual
      from (select * from budget_lines where budget_id = $1) bl
      full join actual a on a.account_id = bl.account_id and a.cost_centre_id = bl.cost_centre_id`;
    const year = new Date().getUTCFullYear();
    const from = `${year}-01-01`;
    const to = through === 12 ? `${year + 1}-01-01` : `${year}-${String(through + 1).padStart(2, '0')}-01`;
    const baseline = await time(async () => {
      const { rows } = await db.query(baselineSql, [budgetId, from, to]);
      return JSON.stringify(rows.map((r) => ({ ...r, budget: Number(r.budget), actual: Number(r.actual), variance: Number(r.actual) - Number(r.budget) })));
    });
    const summarySql = `
      with actual as (
        select t.account_id, t.cost_centre_id, sum(t.amount) as actual from ledger_month_totals t
        where t.organization_id = (select organization_id from budgets where id = $1) and t.month >= $2::date and t.month < $3::date
        group by 1, 2)
      select coalesce(bl.account_id, a.account_id) as "accountId", coalesce(bl.cost_centre_id, a.cost_centre_id) as "costCentreId",
             coalesce(${ytdBudget.replace(/m(\d\d)/g, 'bl.m$1')}, 0)::bigint as budget, coalesce(a.actual, 0)::bigint as actual
      from (select * from budget_lines where budget_id = $1) bl
      full join actual a on a.account_id = bl.account_id and a.cost_centre_id = bl.cost_centre_id`;
    const summary = await time(async () => {
      const { rows } = await db.query(summarySql, [budgetId, from, to]);
      return JSON.stringify(rows.map((r) => ({ ...r, budget: Number(r.budget), actual: Number(r.actual), variance: Number(r.actual) - Number(r.budget) })));
    });
    // The fixed cost of any request (session and membership lookups, GraphQL) against a trivial query.
    const floor = await time(() => gql(token, '{ viewer { id } }'));
    const floorSql = (await gql(token, '{ viewer { id } }')).sql;
    const trivial = await time(async () => JSON.stringify((await db.query('select id from users where email = $1', ['practice-manager@demo.test'])).rows));
    results.push({ name: 'Request floor: `{ viewer { id } }`', ...floor, baselineMedian: trivial.median, baselineP99: trivial.p99, sqlStatements: floorSql, goal: 2 });
    results.push({ name: 'Year-to-date variance of a budget', ...praxis, baselineMedian: summary.median, baselineP99: summary.p99, sqlStatements, goal: 1.5 });
    results.push({ name: '… against SQL summing the raw ledger (no monthly totals)', ...praxis, baselineMedian: baseline.median, baselineP99: baseline.p99, sqlStatements, goal: 1.5 });
    await db.end();
  } finally {
    child.kill('SIGTERM');
  }
  writeResults(results, loadSeconds);
}

function writeResults(results: Measurement[], loadSeconds: number) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const ms = (n: number) => n.toFixed(1);
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`pnpm bench\` (tests/bench/run.ts); do not edit by hand.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${commit}`,
    `- Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL on 127.0.0.1`,
    `- Data: the demo practice plus ${LEDGER_ROWS.toLocaleString('en-US')} ledger entries (loaded in ${loadSeconds.toFixed(1)} s)`,
    `- Each operation: ${WARMUP} warm-up runs, then ${RUNS} timed runs, one at a time. Praxis is timed through HTTP + GraphQL;`,
    '  the baseline is one hand-written SQL query over node-postgres plus JSON.stringify, in the same process and run.',
    '',
    '| operation | Praxis median (ms) | Praxis p99 (ms) | baseline median (ms) | baseline p99 (ms) | ratio median | ratio p99 | goal | SQL statements / request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${ms(r.median)} | ${ms(r.p99)} | ${ms(r.baselineMedian)} | ${ms(r.baselineP99)} | ${(r.median / r.baselineMedian).toFixed(2)}× | ${(r.p99 / r.baselineP99).toFixed(2)}× | ≤ ${r.goal}× | ${r.sqlStatements} |`),
    '',
  ];
  fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
