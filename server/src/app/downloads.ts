import { randomUUID } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { Context } from '../core/context';
import type { Download } from '../core/module';
import { runInRequestScope } from '../core/request-scope';
import { ErrorCode, NotFoundError, PraxisError, ServiceUnavailableError, isDatabaseUnavailable } from '../core/errors';
import { logger } from '../core/logger';
import { MODULES } from '../modules';
import { isUuid } from './argument-guard';

type BuildContext = (orm: MikroORM, req: Request, res: Response) => Promise<Context>;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * File downloads (spreadsheets, CSV) with the same sign-in, organization and capability checks as
 * GraphQL. The organization may come as `?organization=` since a link cannot set a header.
 */
export function registerDownloads(app: Express, orm: MikroORM, buildContext: BuildContext) {
  for (const { path, capability, produce } of MODULES.flatMap((m) => m.downloads ?? []) as Download[]) {
    app.get(path, (req, res) => {
      const correlationId = randomUUID();
      runInRequestScope({ correlationId, sqlStatements: 0 }, async () => {
        try {
          if (typeof req.query.organization === 'string' && !req.headers['x-praxis-organization']) {
            req.headers['x-praxis-organization'] = req.query.organization;
          }
          // Every path parameter is a record's id; anything else names nothing.
          if (Object.values(req.params as Record<string, string>).some((value) => !isUuid(value))) throw new NotFoundError('File');
          const ctx = await buildContext(orm, req, res);
          ctx.require(capability);
          const file = await produce(ctx, { params: req.params as Record<string, string>, query: req.query as Record<string, unknown> });
          res.setHeader('Content-Type', file.type);
          res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
          res.setHeader('Cache-Control', 'no-store');
          res.send(file.data);
        } catch (thrown) {
          const err = isDatabaseUnavailable(thrown) ? new ServiceUnavailableError() : thrown;
          const code = err instanceof PraxisError ? err.code : ErrorCode.INTERNAL_SERVER_ERROR;
          if (!(err instanceof PraxisError)) logger.error({ correlationId, err }, 'download failed');
          res.status(STATUS[code] ?? 500).json({
            error: {
              code,
              message: err instanceof PraxisError ? err.message : 'Something went wrong on our side.',
              // The field at fault, as in a GraphQL error's extensions.
              ...(err instanceof PraxisError && typeof err.extensions.field === 'string' ? { field: err.extensions.field } : {}),
              correlationId,
            },
          });
        }
      });
    });
  }
}
