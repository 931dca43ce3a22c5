import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/orm';
import { createServer } from './server';
import { logger } from '../core/logger';
import { Employee } from '../modules/orgchart/orgchart.entity';
import { createTestEnv, expectNoErrors as expectData, type ApiClient, type TestEnv } from '../test/harness';

let env: TestEnv;
let admin: ApiClient;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
});
afterAll(() => env?.close());

const codes = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.map((e) => e.extensions?.code);

describe('IDs that are not UUIDs', () => {
  it('are refused as the caller’s mistake, in arguments, variables and inputs, on every database', async () => {
    const literal = await admin.gql('{ employee(id: "x") { id } }');
    expect(codes(literal)).toEqual(['BAD_USER_INPUT']);
    expect(literal.errors?.[0].extensions?.field).toBe('id');
    const variable = await admin.gql('query ($id: ID!) { budget(id: $id) { id } }', { id: "1' or 1=1" });
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    const optional = await admin.gql('{ ledgerEntries(costCentreId: "nope", from: "2026-01-01", to: "2026-02-01") { total } }');
    expect(codes(optional)).toEqual(['BAD_USER_INPUT']);
    const nested = await admin.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }', {
      input: { employeeId: '42', expectedVersion: 1, firstName: 'X' },
    });
    expect(codes(nested)).toEqual(['BAD_USER_INPUT']);
    expect(nested.errors?.[0].extensions?.field).toBe('input.employeeId');
  });

  it('answer NOT_FOUND on download routes', async () => {
    const response = await fetch(`${env.baseUrl}/download/budgets/x.xlsx`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('control characters in strings', () => {
  it('are refused in every string argument, signed in or not, before anything is read or written', async () => {
    const login = await env
      .anonymous()
      .gql('mutation ($email: String!) { login(email: $email, password: "praxis-demo") { token } }', { email: 'staff@demo.test\u0000' });
    expect(codes(login)).toEqual(['BAD_USER_INPUT']);
    expect(login.errors?.[0].extensions?.field).toBe('email');
    const employees = expectData(await admin.gql('{ employees { id version firstName } }')).employees as {
      id: string;
      version: number;
      firstName: string;
    }[];
    const [first] = employees;
    for (const bad of ['Ann\u0000', 'Ann\u0007e', 'A\u001bnn', 'Ann\u007f']) {
      const update = await admin.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { firstName } }', {
        input: { employeeId: first.id, expectedVersion: first.version, firstName: bad },
      });
      expect(codes(update)).toEqual(['BAD_USER_INPUT']);
      expect(update.errors?.[0].extensions?.field).toBe('input.firstName');
    }
    const still = expectData(await admin.gql('query ($id: ID!) { employee(id: $id) { firstName version } }', { id: first.id }));
    expect(still.employee).toEqual({ firstName: first.firstName, version: first.version });
  });

  it('still accepts tabs and line breaks', async () => {
    const [employee] = expectData(await admin.gql('{ employees { id version } }')).employees as { id: string; version: number }[];
    const update = await admin.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { firstName } }', {
      input: { employeeId: employee.id, expectedVersion: employee.version, firstName: 'Ann\tMarie\r\n' },
    });
    expect(update.errors).toBeUndefined();
  });
});

describe('malformed requests', () => {
  const send = (body: string, contentType = 'application/json') =>
    fetch(`${env.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it.each([
    ['malformed JSON', '{"query": ', 'application/json', 400],
    ['a JSON string', '"{ __typename }"', 'application/json', 400],
    ['a JSON number', '42', 'application/json', 400],
    ['JSON null', 'null', 'application/json', 400],
    ['an empty array', '[]', 'application/json', 400],
    ['an object without a query', '{"variables": {}}', 'application/json', 400],
    ['a query that is not a string', '{"query": 7}', 'application/json', 400],
    ['variables that are not an object', '{"query": "{ __typename }", "variables": "x"}', 'application/json', 400],
    ['an unsupported charset', '{"query": "{ __typename }"}', 'application/json; charset=ibm-037', 415],
    ['a gzip body that is not gzip', '{"query": "{ __typename }"}', 'application/json', 400],
  ])('answers %s with JSON and a code, no stack or paths', async (_what, body, contentType, status) => {
    const response =
      _what === 'a gzip body that is not gzip'
        ? await fetch(`${env.baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': contentType, 'content-encoding': 'gzip' },
            body,
          })
        : await send(body, contentType);
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const json = JSON.parse(text);
    expect(json.errors[0].extensions.code).toMatch(/^BAD_REQUEST$/);
    expect(text).not.toMatch(/\/work\/|node_modules|at [\w.]+ \(/);
  });

  it('answers a malformed URL with JSON too', async () => {
    const response = await fetch(`${env.baseUrl}/download/budgets/%E0%A4%A.xlsx`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body above the limit with 413 and a code', async () => {
    const response = await send(`{"query": "${' '.repeat(26 * 1024 * 1024)}"}`);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('odd documents', () => {
  it('answers fragment cycles with a validation error, not a server failure', async () => {
    const result = await admin.gql('query { viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }');
    expect(result.status).toBe(400);
    expect(codes(result)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes(result)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('answers persisted-query hashes with a code (automatic persisted queries are off)', async () => {
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } },
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
    ]) {
      const response = await fetch(`${env.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBeLessThan(500);
      expect(codes(await response.json())).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    }
  });
});

describe('one request, several resolvers', () => {
  it.each(['staff@demo.test', 'provider@demo.test', 'office-manager@demo.test'])(
    'gives %s whole employees after the viewer looked up their own',
    async (email) => {
      const api = await env.as(email);
      const result = await api.gql('{ viewer { id employeeId isProvider } employees { id version firstName lastName } }');
      expect(codes(result)).toBeUndefined();
      const employees = result.data.employees as { id: string; version: number; firstName: string }[];
      const own = employees.find((e) => e.id === result.data.viewer.employeeId);
      expect(own?.version).toBeGreaterThan(0);
      expect(own?.firstName).toBeTruthy();
    },
  );
});

describe('smaller findings', () => {
  const hire = (api: ApiClient, workEmail: string) =>
    api.gql('mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }', {
      input: { category: 'ADMINISTRATIVE_STAFF', firstName: 'Dana', lastName: 'Twin', hireDate: '2026-11-16', workEmail },
    });

  it('keeps a work email to one employee per organization', async () => {
    const employees = expectData(await admin.gql('{ employees { id version workEmail } }')).employees as {
      id: string;
      version: number;
      workEmail: string;
    }[];
    const [a, b] = employees;
    const twin = await hire(admin, a.workEmail.toUpperCase());
    expect(codes(twin)).toEqual(['VALIDATION_FAILED']);
    expect(twin.errors?.[0].extensions?.field).toBe('input.workEmail');
    const update = await admin.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }', {
      input: { employeeId: b.id, expectedVersion: b.version, workEmail: a.workEmail },
    });
    expect(update.errors?.[0].extensions?.field).toBe('input.workEmail');
    const keep = await admin.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }', {
      input: { employeeId: b.id, expectedVersion: b.version, workEmail: b.workEmail },
    });
    expect(keep.errors).toBeUndefined();
    expect(codes(await hire(await env.as('owner@demo.test'), a.workEmail))).toBeUndefined();
  });

  it('keeps a work email to one employee per organization in the database too', async () => {
    const em = env.orm.em.fork();
    const one = await em.findOneOrFail(Employee, { organization: await env.organizationId('riverside') }, { filters: false });
    const copy = (organization: unknown) =>
      em.fork().insert(Employee, {
        id: randomUUID(),
        createdAt: new Date(),
        updatedAt: new Date(),
        organization,
        firstName: 'Dana',
        lastName: 'Twin',
        workEmail: one.workEmail,
        category: one.category,
        hireDate: one.hireDate,
      } as never);
    await expect(copy(one.organization)).rejects.toThrow(/unique|duplicate/i);
    await expect(copy(await env.organizationId('lakeside'))).resolves.toBeTruthy();
  });

  it('answers budgetCheck for another organization’s cost centre with NOT_FOUND', async () => {
    const owner = await env.as('owner@demo.test');
    const [theirs] = expectData(await owner.gql('{ costCentres { id } }')).costCentres as { id: string }[];
    const [ours] = expectData(await admin.gql('{ costCentres { id } }')).costCentres as { id: string }[];
    const [account] = expectData(await admin.gql('{ accounts { id } }')).accounts as { id: string }[];
    const check = (costCentreId: string) =>
      admin.gql('query ($a: ID!, $c: ID!) { budgetCheck(accountId: $a, costCentreId: $c, date: "2026-11-16", amount: 100) { outcome } }', {
        a: account.id,
        c: costCentreId,
      });
    expect((await check(ours.id)).errors).toBeUndefined();
    expect(codes(await check(theirs.id))).toEqual(['NOT_FOUND']);
  });

  it('marks the session cookie Secure by default in production', async () => {
    const login = () =>
      fetch(`${env.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "staff@demo.test", password: "praxis-demo") { token } }' }),
      }).then((r) => r.headers.get('set-cookie') ?? '');
    const saved = { ...process.env };
    try {
      expect(await login()).not.toMatch(/Secure/);
      process.env.NODE_ENV = 'production';
      expect(await login()).toMatch(/; Secure/);
      process.env.COOKIE_SECURE = 'false';
      expect(await login()).not.toMatch(/Secure/);
    } finally {
      process.env.NODE_ENV = saved.NODE_ENV;
      if (saved.COOKIE_SECURE === undefined) delete process.env.COOKIE_SECURE;
      else process.env.COOKIE_SECURE = saved.COOKIE_SECURE;
    }
  });
});

describe('database trouble', () => {
  it.runIf(process.env.TEST_DB === 'postgresql')(
    'answers SERVICE_UNAVAILABLE (503) at once when no connection is free, and /readyz says so',
    async () => {
      const orm = await openDatabase(env.databaseUrl, { pool: { min: 0, max: 1, acquireTimeoutMillis: 300, createTimeoutMillis: 300 } });
      const server = await createServer(orm, { serveClient: false });
      const port = await server.listen(0, '127.0.0.1');
      const knexClient = (
        orm.em as unknown as {
          getKnex(): { client: { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> } };
        }
      ).getKnex().client;
      const held = await knexClient.acquireConnection();
      try {
        const signedIn = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
          body: JSON.stringify({ query: '{ employees { id } }' }),
        });
        expect(signedIn.status).toBe(503);
        expect(codes(await signedIn.json())).toEqual(['SERVICE_UNAVAILABLE']);
        const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { login(email: "staff@demo.test", password: "praxis-demo") { token } }' }),
        });
        expect(login.status).toBe(503);
        expect(codes(await login.json())).toEqual(['SERVICE_UNAVAILABLE']);
        expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
        const download = await fetch(`http://127.0.0.1:${port}/download/budgets/00000000-0000-0000-0000-000000000000.xlsx`, {
          headers: { authorization: `Bearer ${admin.token}` },
        });
        expect(download.status).toBe(503);
      } finally {
        await knexClient.releaseConnection(held);
        await server.stop();
        await orm.close();
      }
      expect((await fetch(`${env.baseUrl}/readyz`)).status).toBe(200);
    },
  );

  it.runIf(process.env.TEST_DB !== 'postgresql')('runs SQLite in WAL mode with a busy timeout', async () => {
    const rows = (await env.orm.em.getConnection().execute('pragma journal_mode')) as { journal_mode: string }[];
    expect(rows[0].journal_mode).toBe('wal');
    const timeout = (await env.orm.em.getConnection().execute('pragma busy_timeout')) as Record<string, number>[];
    expect(Object.values(timeout[0])[0]).toBeGreaterThanOrEqual(5000);
  });
});

describe('GET requests', () => {
  const get = (query: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
    fetch(`${env.baseUrl}/graphql?query=${encodeURIComponent(query)}`, { headers: { authorization: `Bearer ${admin.token}`, ...headers } });

  it('answer queries that carry the preflight header, and nothing else', async () => {
    const query = await get('{ viewer { id } }');
    expect(query.status).toBe(200);
    expect((await query.json()).data.viewer.id).toBeTruthy();

    // Without the header a browser could send it from another site: refused with a code.
    const bare = await get('{ viewer { id } }', {});
    expect(bare.status).toBe(400);
    expect(codes(await bare.json())).toEqual(['BAD_REQUEST']);
  });

  it('never run a mutation', async () => {
    const before = expectData(await admin.gql('{ budgetSettings { varianceThresholdBps budgetCheckMode } }')).budgetSettings;
    const mutation = await get(
      `mutation { updateBudgetSettings(varianceThresholdBps: 1234, budgetCheckMode: ${before.budgetCheckMode}) { varianceThresholdBps } }`,
    );
    expect(mutation.status).toBe(405);
    expect(codes(await mutation.json())).toEqual(['BAD_REQUEST']);
    expect(expectData(await admin.gql('{ budgetSettings { varianceThresholdBps } }')).budgetSettings.varianceThresholdBps).toBe(
      before.varianceThresholdBps,
    );
  });
});

describe('closed requests', () => {
  it('are logged with method, path, operation name and duration when the client leaves before the answer', async () => {
    const warn = vi.spyOn(logger, 'warn');
    try {
      // A finished request leaves no warning.
      await env.anonymous().gql('query Finished { __typename }');
      expect(warn).not.toHaveBeenCalled();

      // A sign-in (a password hash to compute) whose client hangs up right after sending it.
      const body = JSON.stringify({
        operationName: 'GiveUp',
        query: 'mutation GiveUp { login(email: "nobody@demo.test", password: "wrong-password") { token } }',
      });
      const port = new URL(env.baseUrl).port;
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
            () => {
              socket.destroy();
              resolve();
            },
          );
        });
        socket.on('error', reject);
      });
      await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 10_000 });
      const [fields, message] = warn.mock.calls[0] as unknown as [Record<string, unknown>, string];
      expect(message).toMatch(/closed before its response/);
      expect(fields).toMatchObject({ method: 'POST', path: '/graphql', operationName: 'GiveUp' });
      expect(fields.durationMs).toEqual(expect.any(Number));
    } finally {
      warn.mockRestore();
    }
  });
});
