import { now } from '../dates';
import { randomUUID } from 'node:crypto';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { AuditAction, AuditEntry } from './audit-entry.entity';

export { AuditedReads } from './audited-reads';

/** A field middleware that notes the read of the field for the record it belongs to (when it returned something). */
export function AuditRead(entityName: string, idOf: (root: any) => string | undefined = (root) => root?.id): MiddlewareFn<Context> {
  return async ({ root, info, context }, next) => {
    const value = await next();
    const id = idOf(root);
    if (value !== null && value !== undefined && id) context.audit.noteRead(entityName, id, [info.fieldName]);
    return value;
  };
}

/** Rows per INSERT: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_STATEMENT = 2_000;

/** One multi-row INSERT for the request's reads (a page of 600 providers' pay is one statement, not a flush in batches). */
export async function writeAuditReads(ctx: Context): Promise<void> {
  if (!ctx.audit.size || !ctx.user || !ctx.membership) return;
  const em = ctx.em.fork({ clear: true });
  const at = now();
  const rows = ctx.audit.take().map(({ entityName, entityId, fields }) => ({
    id: randomUUID(),
    organization: ctx.organizationId,
    at,
    actor: ctx.user!.id,
    actorRole: ctx.membership!.role,
    action: AuditAction.READ,
    entityName,
    entityId,
    entityLabel: null,
    before: null,
    after: { fields },
    correlationId: ctx.correlationId,
  }));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await em.insertMany(AuditEntry, rows.slice(i, i + ROWS_PER_STATEMENT) as never);
  }
}
