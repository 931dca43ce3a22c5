import type { MikroORM } from '@mikro-orm/core';
import { openDatabase } from '../db/orm';
import { createServer, type PraxisServer } from '../app/server';
import { DEMO_PASSWORD } from '../db/seeders/demo';
import { Organization } from '../core/organization.entity';
import { freshDatabase } from './databases';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  headers: Headers;
  /** SQL statements the server ran for this request. */
  sqlStatements: number;
}

export interface ApiClient {
  token?: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
}

export interface TestEnv {
  orm: MikroORM;
  server: PraxisServer;
  baseUrl: string;
  databaseUrl: string;
  anonymous(): ApiClient;
  /** Signs in as a demo user; `organization` is a slug or id sent as X-Praxis-Organization. */
  as(email: string, options?: { organization?: string; password?: string }): Promise<ApiClient>;
  organizationId(slug: string): Promise<string>;
  close(): Promise<void>;
}

function client(baseUrl: string, token?: string, organization?: string): ApiClient {
  return {
    token,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(organization ? { 'x-praxis-organization': organization } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return {
        status: response.status,
        data: body.data,
        errors: body.errors,
        headers: response.headers,
        sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
      };
    },
  };
}

/** A running server on its own fresh copy of the seeded demo database (SQLite or PostgreSQL by TEST_DB). */
export async function createTestEnv(): Promise<TestEnv> {
  const db = await freshDatabase();
  const orm = await openDatabase(db.url);
  const server = await createServer(orm, { serveClient: false });
  const port = await server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    orm,
    server,
    baseUrl,
    databaseUrl: db.url,
    anonymous: () => client(baseUrl),
    async as(email, options = {}) {
      const result = await client(baseUrl).gql<{ login: { token: string } }>(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password: options.password ?? DEMO_PASSWORD },
      );
      if (!result.data?.login) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
      return client(baseUrl, result.data.login.token, options.organization);
    },
    async organizationId(slug) {
      const org = await orm.em.fork().findOneOrFail(Organization, { slug });
      return org.id;
    },
    async close() {
      await server.stop();
      await orm.close();
      await db.drop();
    },
  };
}

export function expectNoErrors<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
