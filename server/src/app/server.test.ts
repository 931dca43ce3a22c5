import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createTestEnv, type TestEnv } from '../test/harness';
import { freshDatabase } from '../test/databases';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env?.close());

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${env.baseUrl}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${env.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${env.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('hardening', () => {
  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${env.baseUrl}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('refuses batched requests', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses queries deeper than the limit', async () => {
    const api = await env.as('administrator@demo.test');
    const deep = `{ viewer ${'{ a '.repeat(12)}${'}'.repeat(12)} }`;
    const result = await api.gql(deep);
    expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/exceeds maximum operation depth of 10/));
  });

  it('refuses queries above the complexity limit with a clear code', async () => {
    const api = await env.as('administrator@demo.test');
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `h${i}: headcount { total totalFte vacancies byCategory { category headcount fte } }`,
    ).join(' ');
    const result = await api.gql(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.data).toBeUndefined();
  });

  it('answers a missing variable as the caller’s mistake, not a server failure', async () => {
    const api = await env.as('administrator@demo.test');
    const result = await api.gql('query ($id: ID!) { employee(id: $id) { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"$id"');
  });

  it('needs sign-in for everything but login, answering with HTTP 200 and a code', async () => {
    const result = await env.anonymous().gql('{ orgChart { asOf } }');
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs in as the new user even when the request carries another user’s cookie', async () => {
    const previous = await env.as('office-manager@demo.test');
    const result = await env
      .anonymous()
      .gql(
        'mutation { login(email: "consultant@demo.test", password: "praxis-demo") { viewer { displayName memberships { organizationName } current { role } } } }',
        undefined,
        { cookie: `praxis_session=${previous.token}` },
      );
    expect(result.data?.login.viewer).toEqual({
      displayName: 'Victoria Hale',
      current: null,
      memberships: [{ organizationName: 'Lakeside Pediatrics' }, { organizationName: 'Riverside Family Medicine' }],
    });
  });

  it('puts a correlation id in every error and in the response header', async () => {
    const result = await env.anonymous().gql('{ headcount { total } }');
    const id = result.errors?.[0].extensions?.correlationId;
    expect(id).toMatch(/[0-9a-f-]{36}/);
    expect(result.headers.get('x-correlation-id')).toBe(id);
  });
});

/** A port nothing listens on now, so two spawned servers cannot collide on a random pick. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts the real entry point as production would, on its own database copy. */
async function startProduction(extraEnv: Record<string, string> = {}) {
  const db = await freshDatabase();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'main.ts')], {
    cwd: path.join(__dirname, '..', '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // A cold tsx start on a busy CI machine can take tens of seconds; give up only after a minute.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await db.drop();
      throw new Error(`The server exited before it was ready:\n${log}`);
    }
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await db.drop();
      throw new Error(`The server was not ready within a minute:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return { child, base, exited, stop, log: () => log, drop: db.drop };
}

describe('production mode', () => {
  it('hides introspection, stack traces and field suggestions, and logs the correlation id', { timeout: 120_000 }, async () => {
    const prod = await startProduction();
    try {
      const gql = async (query: string) =>
        (
          await fetch(`${prod.base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json() as Promise<any>;
      const introspection = await gql('{ __schema { types { name } } }');
      expect(introspection.errors?.[0].message).toMatch(/introspection/i);
      const typo = await gql('{ viewr { id } }');
      expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
      const login = await gql('mutation { login(email: "nobody@x.example", password: "wrong-password") { token } }');
      const error = login.errors[0];
      expect(error.extensions.stacktrace).toBeUndefined();
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      const refused = await gql('{ headcount { total } }');
      expect(refused.errors[0].extensions.stacktrace).toBeUndefined();
      expect(prod.log()).not.toMatch(/praxis-demo/);
    } finally {
      await prod.stop();
      await prod.drop();
    }
  });

  it('finishes in-flight requests on SIGTERM before exiting', { timeout: 120_000 }, async () => {
    const prod = await startProduction();
    try {
      const inFlight = fetch(`${prod.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "administrator@demo.test", password: "praxis-demo") { token } }' }),
      });
      await new Promise((r) => setTimeout(r, 20));
      prod.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as any).data.login.token).toBeTruthy();
      const code = await prod.exited;
      expect(code).toBe(0);
    } finally {
      if (prod.child.exitCode === null) prod.child.kill('SIGKILL');
      await prod.drop();
    }
  });
});
