import type { EntityClass } from '@mikro-orm/core';
import { AuditEntry } from '../core/audit/audit-entry.entity';
import { OrgScopedEntity } from '../core/org-scoped.entity';
import { Membership, Organization, User } from '../core/organization.entity';
import { MODULES } from '../modules';

/** Core's own entities, then every module's, in the order the modules are listed. */
export const ENTITIES: EntityClass<any>[] = [Organization, User, Membership, AuditEntry, ...MODULES.flatMap((m) => m.entities ?? [])];

/** Entities read only through the tenant filter: every OrgScopedEntity, the audit log, and rollups modules name. */
export const TENANT_SCOPED: string[] = [
  AuditEntry,
  ...ENTITIES.filter((e) => e.prototype instanceof OrgScopedEntity),
  ...MODULES.flatMap((m) => m.tenantScoped ?? []),
].map((e) => e.name);
