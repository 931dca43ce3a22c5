import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { OrgScopedEntity } from '../org-scoped.entity';
import { currentScope } from '../request-scope';
import { Organization, User } from '../organization.entity';
import { AuditAction, AuditEntry } from './audit-entry.entity';

const IGNORED = new Set(['updatedAt', 'createdAt', 'version', 'organization', 'id']);
const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value ?? null;
}

function pick(data: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (!IGNORED.has(key)) out[key] = plain(data?.[key]);
  return out;
}

/**
 * Records every committed change of an organization's data in the same flush, hence the same
 * transaction: who (user and role), in which organization, what, before and after. Also keeps the
 * log append-only.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    if (currentScope()?.system) return;
    const actor = currentScope()?.actor;
    const correlationId = currentScope()?.correlationId ?? null;
    for (const changeSet of [...uow.getChangeSets()] as ChangeSet<object>[]) {
      const entity = changeSet.entity;
      if (entity instanceof AuditEntry) {
        if (changeSet.type !== ChangeSetType.CREATE) throw new Error('The audit log is append-only.');
        continue;
      }
      const action = ACTIONS[changeSet.type];
      if (!(entity instanceof OrgScopedEntity) || !action) continue;
      const payload = (changeSet.payload ?? {}) as Record<string, unknown>;
      const original = changeSet.originalEntity as Record<string, unknown> | undefined;
      const changedKeys = Object.keys(payload).filter((k) => !IGNORED.has(k));
      if (action === AuditAction.UPDATE && changedKeys.length === 0) continue;
      const entry = new AuditEntry();
      entry.organization = em.getReference(Organization, entity.organization.id);
      entry.actor = actor ? em.getReference(User, actor.userId) : null;
      entry.actorRole = actor?.role ?? null;
      entry.action = action;
      entry.entityName = changeSet.name;
      entry.entityId = entity.id;
      entry.entityLabel = entity.auditLabel()?.slice(0, 200) ?? null;
      entry.correlationId = correlationId;
      if (action === AuditAction.CREATE) entry.after = pick(payload, changedKeys);
      if (action === AuditAction.UPDATE) {
        entry.before = pick(original, changedKeys);
        entry.after = pick(payload, changedKeys);
      }
      if (action === AuditAction.DELETE) entry.before = pick(original, Object.keys(original ?? {}));
      uow.computeChangeSet(entry);
    }
  }
}
