import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { OrgScopedEntity } from './org-scoped.entity';
import { ForbiddenError } from './errors';
import { currentScope } from './request-scope';

/**
 * The write half of tenant isolation (the `tenant` filter is the read half): inside a request,
 * every changed row must belong to the organization the request acts in. Outside a request
 * (CLI, seeding) there is no tenant and nothing to guard.
 */
export class TenantGuard implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const scope = currentScope();
    if (!scope || scope.system) return;
    for (const changeSet of uow.getChangeSets()) {
      const entity = changeSet.entity;
      if (!(entity instanceof OrgScopedEntity)) continue;
      if (!scope.actor || entity.organization?.id !== scope.actor.organizationId) {
        throw new ForbiddenError('That record belongs to another organization.');
      }
    }
  }
}
