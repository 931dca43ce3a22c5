import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

const REPO_ROOT = path.resolve(__dirname, '../../..');
// PRAXIS_SERVER_DIR runs the browser tests against another checkout of the server.
const SERVER_DIR = process.env.PRAXIS_SERVER_DIR ?? path.join(REPO_ROOT, 'server');
const TSX_CLI = path.join(SERVER_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/**
 * The calendar day every browser test runs on: the server's today (its demo seed follows it) and,
 * through the shared fixtures of support/app.ts, the browser's. Mid-month, so no test meets a month
 * or year end it did not ask for.
 */
export const TODAY = '2026-11-16';

export interface PraxisServer {
  /** e.g. http://127.0.0.1:43121 — the API and the built SPA on one port. */
  readonly url: string;
}

function freePort(): Promise<number> {
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

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Praxis server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Praxis server did not become ready within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts a Praxis server on a fresh, seeded SQLite database for the current test file and stops
 * it afterwards. Call at the top level of a spec file.
 */
export function usePraxisServer(): PraxisServer {
  const handle = { url: '' };
  let child: ChildProcess | undefined;
  let dir: string | undefined;

  test.beforeAll(async () => {
    if (!fs.existsSync(path.join(SERVER_DIR, '..', 'client', 'dist', 'index.html'))) {
      throw new Error('client/dist is missing: run `pnpm --filter @praxis/client build` (the e2e script does).');
    }
    test.setTimeout(90_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxis-e2e-'));
    const port = await freePort();
    let log = '';
    child = spawn(process.execPath, [TSX_CLI, 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: `sqlite:${path.join(dir, `e2e-${randomUUID()}.sqlite`)}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        PRAXIS_TODAY: TODAY,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    handle.url = `http://127.0.0.1:${port}`;
    await waitUntilReady(handle.url, child, () => log);
  });

  test.afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  return handle;
}
