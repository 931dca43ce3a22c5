import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import depthLimit from 'graphql-depth-limit';
import { Kind, visit, type DocumentNode, type ValidationRule } from 'graphql';
import { parse as parseCookies } from 'cookie';
import type { MikroORM } from '@mikro-orm/core';
import { Context } from '../core/context';
import { ServiceUnavailableError, isDatabaseUnavailable } from '../core/errors';
import { praxisSchema } from './schema';
import { operationGuard } from './operation-guard';
import { formatError } from './format-error';
import { currentScope, runInRequestScope } from '../core/request-scope';
import { logger } from '../core/logger';
import { SESSION_COOKIE, SessionService } from '../modules/auth/session.service';
import { REPO_ROOT } from '../db/config';
import { registerDownloads } from './downloads';
import { writeAuditReads } from '../core/audit/audit-reads';

export const ORGANIZATION_HEADER = 'x-praxis-organization';
export const MAX_DEPTH = Number(process.env.GRAPHQL_MAX_DEPTH ?? 10);

export interface PraxisServer {
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] || undefined;
}

/** Who is asking and in which organization: session → user → the membership the header names. */
async function buildContext(orm: MikroORM, req: Request, res: Response): Promise<Context> {
  try {
    return await identify(orm, req, res);
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw new ServiceUnavailableError();
    throw err;
  }
}

async function identify(orm: MikroORM, req: Request, res: Response): Promise<Context> {
  const scope = currentScope()!;
  const ctx = new Context(orm.em.fork({ clear: true, useContext: false }), scope.correlationId, req, res);
  const token = bearerToken(req);
  if (!token) return ctx;
  const sessions = new SessionService(ctx.em);
  const session = await sessions.authenticate(token);
  if (!session) return ctx;
  ctx.user = session.user;
  ctx.sessionTokenHash = session.tokenHash;
  ctx.memberships = await sessions.activeMemberships(session.user);
  const wanted = req.headers[ORGANIZATION_HEADER];
  const membership = wanted
    ? ctx.memberships.find((m) => m.organization.id === wanted || m.organization.slug === wanted)
    : ctx.memberships.length === 1
      ? ctx.memberships[0]
      : undefined;
  if (membership) {
    ctx.actAs(membership);
    scope.actor = { userId: session.user.id, role: membership.role, organizationId: membership.organization.id };
  }
  return ctx;
}

/** graphql-depth-limit follows fragments without a guard; a cycle is NoFragmentCycles' to report, so skip depth then. */
const cycleSafeDepthLimit: ValidationRule = (context) => (hasFragmentCycle(context.getDocument()) ? {} : depthLimit(MAX_DEPTH)(context));

function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  const done = new Set<string>();
  const onPath = new Set<string>();
  const cyclic = (name: string): boolean => {
    if (onPath.has(name)) return true;
    if (done.has(name) || !spreads.has(name)) return false;
    onPath.add(name);
    const found = spreads.get(name)!.some(cyclic);
    onPath.delete(name);
    done.add(name);
    return found;
  };
  return [...spreads.keys()].some(cyclic);
}

const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not a JSON object.',
  'entity.too.large': 'The request body is too large.',
  'entity.verify.failed': 'The request body could not be read.',
  'request.aborted': 'The request was aborted.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
  'charset.unsupported': 'Send the request body as UTF-8.',
  'encoding.unsupported': 'The request body’s Content-Encoding is not supported.',
  'stream.encoding.set': 'The request body could not be read.',
};

/** What the HTTP layer refuses (unreadable or oversized bodies, malformed URLs) answers like GraphQL does: JSON with a code. */
function httpErrors(err: unknown, req: Request, res: Response, next: express.NextFunction) {
  if (res.headersSent) return next(err);
  const correlationId = randomUUID();
  const status = Number((err as { status?: unknown }).status);
  const known = BODY_ERRORS[String((err as { type?: unknown }).type)];
  if (known || (status >= 400 && status < 500)) {
    res.status(status >= 400 && status < 500 ? status : 400).json({
      errors: [{ message: known ?? 'The request could not be read.', extensions: { code: 'BAD_REQUEST', correlationId } }],
    });
    return;
  }
  logger.error({ correlationId, err, path: req.path }, 'request failed');
  res.status(500).json({
    errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } }],
  });
}

/** The operation a GraphQL request named (in the body, the URL, or its document's first definition), for the log. */
function operationNameOf(req: Request): string | undefined {
  const body = (req.body ?? {}) as { operationName?: unknown; query?: unknown };
  const params = (req.query ?? {}) as { operationName?: unknown; query?: unknown };
  const named = body.operationName ?? params.operationName;
  if (typeof named === 'string' && named) return named.slice(0, 100);
  const document = typeof body.query === 'string' ? body.query : typeof params.query === 'string' ? params.query : '';
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w{0,99})/.exec(document)?.[1];
}

/**
 * A request whose connection closes before its response was sent (the client gave up, a proxy timed
 * out, the server dropped it) leaves a warning with method, path, operation and how long it had run,
 * so an answer nobody received is still seen.
 */
function logClosedRequests(req: Request, res: Response, next: express.NextFunction) {
  const started = performance.now();
  res.once('close', () => {
    if (res.writableFinished) return;
    logger.warn(
      {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        operationName: operationNameOf(req),
        durationMs: Math.round(performance.now() - started),
        correlationId: res.locals.correlationId as string | undefined,
        responseStarted: res.headersSent,
      },
      'request closed before its response was sent',
    );
  });
  next();
}

export async function createServer(orm: MikroORM, options: { serveClient?: boolean } = {}): Promise<PraxisServer> {
  const production = process.env.NODE_ENV === 'production';
  const exposeSqlCount = !production || process.env.EXPOSE_SQL_COUNT === 'true';
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  const httpServer = http.createServer(app);

  const knex = (orm.em as unknown as { getKnex(): { on(e: string, f: () => void): void } }).getKnex();
  knex.on('query', () => {
    const scope = currentScope();
    if (scope) scope.sqlStatements += 1;
  });

  const apollo = new ApolloServer<Context>({
    schema: await praxisSchema(),
    csrfPrevention: true,
    // main.ts owns shutdown (finish requests, then close the database); Apollo must not race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [cycleSafeDepthLimit],
    // Clients send whole documents; a hash alone answers PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      operationGuard,
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (
                response.body.kind === 'single' &&
                response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')
              ) {
                response.http.status = 503;
                response.http.headers.set('retry-after', '5');
              }
              await writeAuditReads(contextValue);
              const scope = currentScope();
              if (!scope) return;
              response.http.headers.set('x-correlation-id', scope.correlationId);
              if (exposeSqlCount) response.http.headers.set('x-sql-statements', String(scope.sqlStatements));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(logClosedRequests);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    // Answers within a few seconds however the database fails: a hung check is no answer to a load balancer.
    const ok = await Promise.race([
      orm.isConnected().catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000).unref()),
    ]);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unreachable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '25mb' }),
    (req, res, next) => {
      const correlationId =
        String(req.headers['x-correlation-id'] ?? '')
          .replace(/[^\w-]/g, '')
          .slice(0, 64) || randomUUID();
      res.locals.correlationId = correlationId;
      runInRequestScope({ correlationId, sqlStatements: 0 }, next);
    },
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(orm, req, res) }),
  );

  registerDownloads(app, orm, buildContext);

  const clientDist = path.join(REPO_ROOT, 'client', 'dist');
  if (options.serveClient !== false && fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|download\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDist, 'index.html'));
    });
  }

  app.use(httpErrors);

  return {
    app,
    httpServer,
    listen(port, host = process.env.HOST ?? '0.0.0.0') {
      return new Promise((resolve) => {
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise((r) => httpServer.close(() => r(undefined)));
    },
  };
}

export { logger };
