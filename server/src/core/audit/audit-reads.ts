import { randomUUID } from 'node:crypto';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { AuditAction, AuditEntry } from './audit-entry.entity';

/**
 * Reads of personal data (lead contacts, later pay and patient data) are audited: the field
 * middleware notes which record's which fields were returned, and the request writes one READ
 * entry per record when the response goes out.
 */
export function AuditRead(entityName: string): MiddlewareFn<Context> {
  return async ({ root, info, context }, next) => {
    const value = await next();
    if (value !== null && value !== undefined && root?.id) {
      const reads = (context.auditReads ??= new Map());
      const key = `${entityName}|${root.id as string}`;
      reads.set(key, new Set([...(reads.get(key) ?? []), info.fieldName]));
    }
    return value;
  };
}

/** Rows per INSERT: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_STATEMENT = 2_000;

/** One multi-row INSERT for the request's reads (a page of 600 providers' pay is one statement, not a flush in batches). */
export async function writeAuditReads(ctx: Context): Promise<void> {
  if (!ctx.auditReads?.size || !ctx.user || !ctx.membership) return;
  const em = ctx.em.fork({ clear: true });
  const at = new Date();
  const rows = [...ctx.auditReads].map(([key, fields]) => {
    const [entityName, entityId] = key.split('|');
    return {
      id: randomUUID(), organization: ctx.organizationId, at, actor: ctx.user!.id, actorRole: ctx.membership!.role,
      action: AuditAction.READ, entityName, entityId, entityLabel: null, before: null,
      after: { fields: [...fields].sort() }, correlationId: ctx.correlationId,
    };
  });
  ctx.auditReads.clear();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await em.insertMany(AuditEntry, rows.slice(i, i + ROWS_PER_STATEMENT) as never);
  }
}
