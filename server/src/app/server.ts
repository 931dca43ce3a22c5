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
import { parse as parseCookies } from 'cookie';
import type { MikroORM } from '@mikro-orm/core';
import { Context } from '../core/context';
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
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [depthLimit(MAX_DEPTH)],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      operationGuard,
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
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

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await orm.isConnected().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unreachable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '25mb' }),
    (req, _res, next) => {
      const correlationId =
        String(req.headers['x-correlation-id'] ?? '')
          .replace(/[^\w-]/g, '')
          .slice(0, 64) || randomUUID();
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
