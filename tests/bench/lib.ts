/** Small helpers the benchmark files share: timing, quantiles, a GraphQL client, child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = path.resolve(__dirname, '../..');

/** Nearest-rank quantile of an ascending list. */
export function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export interface Timing {
  median: number;
  p99: number;
  runs: number;
}

/** Warm-up runs, then timed runs one after another (never concurrent), in milliseconds. */
export async function time(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99), runs };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function waitUntilReady(url: string, child: ChildProcess, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

/** Starts a TypeScript entry point under tsx in its own process. */
export function startTsx(entry: string, cwd: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export interface GraphQLAnswer {
  data: any;
  /** Statements the server ran for the request (its x-sql-statements header). */
  sql: number;
  bytes: number;
}

/** POSTs one operation the way the SPA does (JSON body, bearer session); throws on GraphQL errors. */
export async function graphql(
  base: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLAnswer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 2000)}`);
  return { data: body.data, sql: Number(response.headers.get('x-sql-statements') ?? NaN), bytes: Buffer.byteLength(text) };
}

/**
 * Canonical form for comparing two answers as "the same rows and figures": objects with sorted
 * keys, arrays sorted by their canonical text (so ties a query leaves unordered do not count).
 */
export function canonical(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v
        .map(walk)
        .map((x) => JSON.stringify(x))
        .sort()
        .map((s) => JSON.parse(s));
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(walk(value));
}

/** The first path at which two answers differ, for the report; null when they are the same. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  const sort = (v: unknown[]) =>
    v
      .map((x) => [canonical(x), x] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([, x]) => x);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} rows against ${b.length}`;
    const sa = sort(a);
    const sb = sort(b);
    for (let i = 0; i < sa.length; i++) {
      const d = firstDifference(sa[i], sb[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) || (a === null && b === undefined)
    ? null
    : `${at}: ${JSON.stringify(a)?.slice(0, 120)} against ${JSON.stringify(b)?.slice(0, 120)}`;
}
