import { now } from '../dates';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Organization, User } from '../organization.entity';
import { Role } from '../policy';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ = 'READ',
}

/** Append-only: the audit subscriber refuses any update or delete of an entry. */
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['organization', 'at'] })
// "Recent changes" skips the (many more) audited reads: a partial index finds the changes directly.
@Index({
  name: 'audit_entries_changes_index',
  expression: `create index "audit_entries_changes_index" on "audit_entries" ("organization_id", "at" desc, "id" desc) where "action" <> 'READ'`,
})
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: Date })
  at: Date = now();

  /** Null for the system (seeding, migrations run by the CLI). */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @Enum({ items: () => Role, nullable: true })
  actorRole?: Role | null;

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Property({ type: 'string', length: 80 })
  entityName!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  /** The record's name when it was changed ("Sam Carter"), so the log reads well after renames. */
  @Property({ type: 'string', length: 200, nullable: true })
  entityLabel?: string | null;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 64, nullable: true })
  correlationId?: string | null;
}
