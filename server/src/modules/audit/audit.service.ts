import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { auditScope } from './audit.access';
import { ValidationError } from '../../core/errors';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import type { AuditLogFilter, AuditLogPage } from './audit.types';

export class AuditService {
  constructor(private readonly ctx: Context) {}

  /** Newest first. Without AUDIT_READ_ALL a reader sees only their own actions. */
  async list(filter: AuditLogFilter = {}, limit = 50, offset = 0): Promise<AuditLogPage> {
    if (limit < 1 || limit > 500) throw new ValidationError('limit', 'Ask for 1 to 500 entries.');
    if (offset < 0) throw new ValidationError('offset', 'The offset cannot be negative.');
    const where: FilterQuery<AuditEntry> = {};
    if (filter.entityName) where.entityName = filter.entityName;
    if (filter.entityId) where.entityId = filter.entityId;
    if (filter.action) where.action = filter.action;
    else if (filter.changesOnly) where.action = { $ne: AuditAction.READ };
    if (filter.actorId) where.actor = filter.actorId;
    if (filter.from || filter.to) where.at = { ...(filter.from && { $gte: filter.from }), ...(filter.to && { $lt: filter.to }) };
    Object.assign(where, auditScope(this.ctx));
    const [entries, total] = await this.ctx.em.findAndCount(AuditEntry, where, {
      populate: ['actor'],
      orderBy: { at: 'desc', id: 'desc' },
      limit,
      offset,
    });
    return {
      total,
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actorName: e.actor?.displayName ?? null,
        actorRole: e.actorRole ?? null,
        action: e.action,
        entityName: e.entityName,
        entityId: e.entityId,
        entityLabel: e.entityLabel ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    };
  }
}
