/**
 * The throughput yardstick: a minimal GraphQL server (the plain `graphql` package over node:http)
 * answering the same documents against the same schema (schema/schema.graphql) from the same
 * hand-written SQL as the baseline (baselines.ts). It authenticates each request as Praxis must
 * (the session token looked up in one statement) and caches parsed, validated documents, as
 * Apollo does; it does nothing else. Started by run.ts: DATABASE_URL, PORT, ROLE_CAPABILITIES.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { BASELINE, type BaselineContext } from './baselines';
import { praxisSchema } from './plan';

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const capabilitiesOf: Record<string, string[]> = JSON.parse(process.env.ROLE_CAPABILITIES ?? '{}');
const schema = praxisSchema();
const documents = new Map<string, DocumentNode>();
const rootValue = Object.fromEntries(
  Object.entries(BASELINE).map(([field, resolve]) => [field, (args: Record<string, unknown>, ctx: BaselineContext) => resolve(ctx, args)]),
);

async function viewer(token: string | undefined): Promise<BaselineContext | null> {
  if (!token) return null;
  const { rows } = await db.query(
    `select s.user_id, m.organization_id, m.role from sessions s join memberships m on m.user_id = s.user_id and (m.ends_on is null or m.ends_on > coalesce($2::date, current_date))
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [createHash('sha256').update(token).digest('hex'), process.env.PRAXIS_TODAY ?? null],
  );
  if (rows.length !== 1) return null;
  const r = rows[0];
  return {
    db,
    organizationId: r.organization_id,
    userId: r.user_id,
    role: r.role,
    capabilities: new Set(capabilitiesOf[r.role] ?? []),
    now: () => new Date(process.env.PRAXIS_TODAY ? `${process.env.PRAXIS_TODAY}T12:00:00Z` : Date.now()),
  };
}

function send(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/readyz') return send(res, 200, '{"status":"ready"}');
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, '{}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length) return send(res, 400, JSON.stringify({ errors }));
        documents.set(query, document);
      }
      const header = req.headers.authorization;
      const ctx = await viewer(header?.startsWith('Bearer ') ? header.slice(7) : undefined);
      if (!ctx) return send(res, 200, JSON.stringify({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] }));
      const result = await execute({ schema, document, rootValue, contextValue: ctx, variableValues: variables });
      send(res, 200, JSON.stringify(result));
    } catch (err) {
      send(res, 500, JSON.stringify({ errors: [{ message: String(err) }] }));
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void db.end().then(() => process.exit(0))));
