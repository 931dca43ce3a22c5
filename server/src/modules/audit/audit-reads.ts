import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../app/context';
import { Organization, User } from '../organization/organization.entity';
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

export async function writeAuditReads(ctx: Context): Promise<void> {
  if (!ctx.auditReads?.size || !ctx.user || !ctx.membership) return;
  const em = ctx.em.fork({ clear: true });
  for (const [key, fields] of ctx.auditReads) {
    const [entityName, entityId] = key.split('|');
    const entry = new AuditEntry();
    entry.organization = em.getReference(Organization, ctx.organizationId);
    entry.actor = em.getReference(User, ctx.user.id);
    entry.actorRole = ctx.membership.role;
    entry.action = AuditAction.READ;
    entry.entityName = entityName;
    entry.entityId = entityId;
    entry.after = { fields: [...fields].sort() };
    entry.correlationId = ctx.correlationId;
    em.persist(entry);
  }
  ctx.auditReads.clear();
  await em.flush();
}
