/** Writes tests/bench/RESULTS.md from one run's numbers. */
import fs from 'node:fs';
import path from 'node:path';
import type { Timing } from './lib';
import type { Operation } from './operations';
import type { BundleWeights, OrgChartTiming } from './spa';

export interface LatencyRow {
  op: Operation;
  praxis: Timing;
  baseline: Timing;
  sql: { min: number; max: number };
  sqlDemo: number | null;
  baselineStatements: number;
  kilobytes: number;
  difference: string | null;
}

export interface Load {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface ThroughputRow {
  op: Operation;
  praxis: Load;
  minimal: Load;
  minimalDifference: string | null;
}

export interface BreakdownRow {
  field: string;
  praxis: number;
  baseline: number;
  sql: number;
}

export interface Report {
  machine: string;
  date: string;
  commit: string;
  settings: string[];
  sizes: [string, number][];
  seed: { demoSeconds: number; largeSeconds: number; largeReported: number | null; vacuumSeconds: number; buildSeconds: number };
  latency: LatencyRow[];
  unmeasured: { label: string; error: string }[];
  breakdown: { label: string; rows: BreakdownRow[] } | null;
  throughput: ThroughputRow[];
  connections: number;
  bundle: BundleWeights | null;
  browser: OrgChartTiming | null;
  browserError: string | null;
  wallSeconds: number;
  load: string;
}

const GOALS = { initialKb: 150, routeKb: 60, orgChartMs: 1500, throughputShare: 0.5 };
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const x = (n: number) => `${n >= 10 ? n.toFixed(0) : n.toFixed(2)}×`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const status = (ok: boolean) => (ok ? '✅ met' : '❌ not met');

interface Gap {
  what: string;
  /** How many times over its goal (1 = exactly at the goal). */
  factor: number;
}

export function writeResults(file: string, r: Report): string {
  const out: string[] = [];
  const gaps: Gap[] = [];
  out.push('# Benchmark results', '');
  out.push("Written by `pnpm bench` (tests/bench/run.ts); do not edit by hand. Goals are issue 6's; they are goals, not tests.", '');
  out.push(`- Date: ${r.date}`, `- Commit: ${r.commit}`, `- Machine: ${r.machine}`, `- Load average at start → end: ${r.load}`);
  for (const s of r.settings) out.push(`- ${s}`);
  out.push(`- Bench wall time: ${(r.wallSeconds / 60).toFixed(1)} min`, '');

  out.push('## Data', '');
  out.push(
    `Seeded into a new database: the demo (\`pnpm praxis seed\`, ${r.seed.demoSeconds.toFixed(1)} s), then the large group (\`pnpm praxis seed --scale large\`, ${r.seed.largeSeconds.toFixed(1)} s for the command${r.seed.largeReported === null ? '' : `, ${r.seed.largeReported.toFixed(1)} s as the seed reports it`}); then \`vacuum analyze\` (${r.seed.vacuumSeconds.toFixed(1)} s), so autovacuum does not run during the measurements. Client build: ${r.seed.buildSeconds.toFixed(1)} s.`,
    '',
  );
  out.push('| Summit Health Partners | rows |', '|---|---:|');
  for (const [name, n] of r.sizes) out.push(`| ${name} | ${n.toLocaleString('en-US')} |`);
  out.push('');

  out.push('## Latency: Praxis against hand-written SQL', '');
  out.push(
    "Sequential requests, one at a time. Praxis: the document the SPA sends (with urql's `__typename`s) over HTTP to the production server, timed until the whole response is read. Baseline: hand-written SQL over node-postgres (one statement per widget, a dashboard's statements together with `Promise.all` over a `pg.Pool`) plus `JSON.stringify`, in the bench process, in the same run. Before timing, the bench checks that the baseline's answer holds the same rows and figures as Praxis's (\"same answer\"; arrays compared as sets). p99 is the nearest rank: below 100 runs, the slowest run.",
    '',
  );
  out.push(
    '| operation | as | runs | Praxis median ms | Praxis p99 ms | baseline median ms | baseline p99 ms | ratio median (goal) | ratio p99 (goal) | status | SQL / request, large (demo) | baseline statements | response KB | same answer |',
  );
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|');
  for (const l of r.latency) {
    const rm = l.praxis.median / l.baseline.median;
    const rp = l.praxis.p99 / l.baseline.p99;
    const ok = rm <= l.op.medianGoal && rp <= l.op.p99Goal;
    gaps.push({ what: `${l.op.label}: ${x(rm)} its baseline at the median (goal ${l.op.medianGoal}×)`, factor: rm / l.op.medianGoal });
    gaps.push({ what: `${l.op.label}: ${x(rp)} its baseline at p99 (goal ${l.op.p99Goal}×)`, factor: rp / l.op.p99Goal });
    const sql = l.sql.min === l.sql.max ? `${l.sql.min}` : `${l.sql.min}–${l.sql.max}`;
    const sqlSame = l.sqlDemo === null ? '' : l.sqlDemo === l.sql.min ? ' =' : ' ≠';
    out.push(
      `| ${l.op.label} | ${l.op.user} | ${l.praxis.runs}/${l.baseline.runs} | ${ms(l.praxis.median)} | ${ms(l.praxis.p99)} | ${ms(l.baseline.median)} | ${ms(l.baseline.p99)} | ${x(rm)} (≤ ${l.op.medianGoal}×) | ${x(rp)} (≤ ${l.op.p99Goal}×) | ${status(ok)} | ${sql} (${l.sqlDemo ?? '—'})${sqlSame} | ${l.baselineStatements} | ${l.kilobytes.toFixed(0)} | ${l.difference ? `⚠ ${l.difference}` : 'yes'} |`,
    );
  }
  out.push('');
  for (const u of r.unmeasured) out.push(`- **${u.label}: not measured** — ${u.error}`);
  if (r.unmeasured.length) out.push('');
  const sqlDiffers = r.latency.filter((l) => l.sqlDemo !== null && l.sqlDemo !== l.sql.min);
  out.push(
    `SQL statements per request the same on the demo and the large data set (the fewest a request took on the large set; a range's upper end is the session's last-seen time, written at most once a minute): ${sqlDiffers.length === 0 ? '✅ yes, for every operation' : `❌ not for ${sqlDiffers.map((l) => `${l.op.label} (${l.sqlDemo} → ${l.sql.min})`).join(', ')}`}.`,
    '',
  );

  if (r.breakdown) {
    out.push(`### Where a dashboard's time goes: ${r.breakdown.label}, each top-level field alone`, '');
    out.push('| field | Praxis median ms | SQL statements | baseline median ms | ratio |', '|---|---:|---:|---:|---:|');
    for (const b of r.breakdown.rows)
      out.push(`| \`${b.field}\` | ${ms(b.praxis)} | ${b.sql} | ${ms(b.baseline)} | ${x(b.praxis / b.baseline)} |`);
    out.push('');
  }

  out.push('## Throughput: dashboards under concurrent load', '');
  out.push(
    `autocannon, ${r.connections} connections, the dashboard's document with its user's session. The minimal server is the plain \`graphql\` package over \`node:http\` (tests/bench/minimal-server.ts): the same schema and document, the same hand-written SQL as the baseline, the session looked up in one statement, parsed documents cached. Each run sends a fixed number of requests (at least one per connection, about 10 s at the speed of one sequential request) and divides by the time all took, so slow servers are not judged on a window shorter than one request.`,
    '',
  );
  out.push(
    "| dashboard | Praxis req/s | minimal graphql-js req/s | Praxis ÷ minimal (goal ≥ 0.5) | status | Praxis p50 / p99 ms under load | minimal p50 / p99 ms | requests (Praxis / minimal) | errors | minimal's answer |",
  );
  out.push('|---|---:|---:|---:|---|---:|---:|---:|---:|---|');
  for (const t of r.throughput) {
    const share = t.praxis.rps / t.minimal.rps;
    gaps.push({
      what: `${t.op.label} throughput: ${share.toFixed(2)} of the minimal server's (goal ≥ 0.5)`,
      factor: GOALS.throughputShare / share,
    });
    out.push(
      `| ${t.op.label} | ${t.praxis.rps.toFixed(2)} | ${t.minimal.rps.toFixed(2)} | ${share.toFixed(2)} | ${status(share >= GOALS.throughputShare)} | ${ms(t.praxis.p50)} / ${ms(t.praxis.p99)} | ${ms(t.minimal.p50)} / ${ms(t.minimal.p99)} | ${t.praxis.requests} in ${t.praxis.seconds.toFixed(0)} s / ${t.minimal.requests} in ${t.minimal.seconds.toFixed(0)} s | ${t.praxis.errors} / ${t.minimal.errors} | ${t.minimalDifference ? `⚠ ${t.minimalDifference}` : 'same'} |`,
    );
  }
  out.push('');

  out.push('## The SPA', '');
  if (r.bundle) {
    const b = r.bundle;
    gaps.push({
      what: `initial JavaScript: ${kb(b.initial)} KB gzipped (goal ≤ ${GOALS.initialKb} KB)`,
      factor: b.initial / 1024 / GOALS.initialKb,
    });
    out.push(
      `Built by \`pnpm --filter @praxis/client build\` (with \`--manifest\`, to know which chunk is which route); sizes gzipped with zlib's default level, as Vite reports them.`,
      '',
    );
    out.push(
      `**Initial JavaScript** (the entry script and the modulepreloads of index.html): **${kb(b.initial)} KB** gzipped, goal ≤ ${GOALS.initialKb} KB: ${status(b.initial / 1024 <= GOALS.initialKb)}. (Initial CSS, not counted: ${kb(b.initialCss)} KB.)`,
      '',
    );
    out.push('| initial file | KB gzipped |', '|---|---:|');
    for (const f of b.initialFiles) out.push(`| ${f.file} | ${kb(f.gzip)} |`);
    out.push('');
    const worst = [...b.routes].sort((a, c) => c.chunk - a.chunk)[0];
    if (worst)
      gaps.push({
        what: `largest route chunk: ${worst.component} ${kb(worst.chunk)} KB gzipped (goal ≤ ${GOALS.routeKb} KB)`,
        factor: worst.chunk / 1024 / GOALS.routeKb,
      });
    out.push(
      `**Route chunks** (goal: every route chunk ≤ ${GOALS.routeKb} KB gzipped): ${status(b.routes.every((x) => x.chunk / 1024 <= GOALS.routeKb))}. "On navigation" adds the chunk's static imports the first page did not load (shared chunks counted for every route that needs them).`,
      '',
    );
    out.push('| route | component | chunk KB gzipped | status | on navigation KB gzipped (files) |', '|---|---|---:|---|---:|');
    for (const c of b.routes)
      out.push(
        `| ${c.route} | ${c.component} | ${kb(c.chunk)} | ${status(c.chunk / 1024 <= GOALS.routeKb)} | ${kb(c.onNavigation)} (${c.files}) |`,
      );
    out.push('');
  }
  if (r.browser) {
    const o = r.browser;
    gaps.push({
      what: `org chart of the large group interactive in ${(o.load.median / 1000).toFixed(1)} s (goal ≤ 1.5 s)`,
      factor: o.load.median / GOALS.orgChartMs,
    });
    out.push(
      `**The org chart of ${r.sizes.find(([n]) => n === 'employees')?.[1].toLocaleString('en-US') ?? '?'} people in headless Chromium** (/usr/bin/chromium), signed in as the Summit administrator, served by the Praxis server under test; ${o.runs} runs after a warm-up visit (browser cache warm). Interactive: the first seat card, clicked, shows itself selected. ${o.nodes} seat cards drawn (the chart opens two levels deep). Goal ≤ ${GOALS.orgChartMs / 1000} s: ${status(o.load.median <= GOALS.orgChartMs)}.`,
      '',
    );
    out.push('| measure | median ms | slowest ms |', '|---|---:|---:|');
    out.push(`| Direct visit of /org-chart until interactive | ${ms(o.load.median)} | ${ms(o.load.max)} |`);
    out.push(`| From the dashboard, the "Org chart" link until interactive | ${ms(o.navigate.median)} | ${ms(o.navigate.max)} |`);
    out.push(`| … of which the orgChart request (sent → response read) | ${ms(o.query.median)} | ${ms(o.query.max)} |`);
    out.push('');
  } else if (r.browserError) {
    out.push(`The org chart in Chromium could not be measured: ${r.browserError}`, '');
  }

  out.push('## Goals', '');
  const latencyOk = r.latency.filter(
    (l) => l.praxis.median / l.baseline.median <= l.op.medianGoal && l.praxis.p99 / l.baseline.p99 <= l.op.p99Goal,
  ).length;
  out.push(`- Within 2× of the baseline at the median and 3× at p99 (variance 1.5×): ${latencyOk} of ${r.latency.length} operations.`);
  out.push(
    `- SQL statements per request the same on the demo and the large data set: ${sqlDiffers.length ? `${r.latency.length - sqlDiffers.length} of ${r.latency.length}` : 'all'}.`,
  );
  out.push(
    `- Dashboard throughput at least half the minimal server's: ${r.throughput.filter((t) => t.praxis.rps / t.minimal.rps >= 0.5).length} of ${r.throughput.length} dashboards.`,
  );
  if (r.bundle)
    out.push(
      `- Initial JavaScript ≤ 150 KB gzipped: ${kb(r.bundle.initial)} KB; every route chunk ≤ 60 KB: ${r.bundle.routes.filter((c) => c.chunk / 1024 <= 60).length} of ${r.bundle.routes.length}.`,
    );
  if (r.browser) out.push(`- Org chart of 4,000 people interactive within 1.5 s: ${(r.browser.load.median / 1000).toFixed(1)} s.`);
  out.push('');
  const biggest = [...gaps].sort((a, b) => b.factor - a.factor)[0];
  if (biggest)
    out.push(`**Biggest gap:** ${biggest.what} — ${biggest.factor > 1 ? `${x(biggest.factor)} over its goal` : 'within its goal'}.`, '');

  const text = out.join('\n');
  fs.writeFileSync(path.resolve(file), text);
  return text;
}
