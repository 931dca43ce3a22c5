import { ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { SignedIn } from './allow';
import { BaseEntity } from './base.entity';
import type { Organization } from './organization.entity';

/**
 * Everything that belongs to one organization. The `tenant` filter (db/config.ts) confines every
 * read to the request's organization, and the tenant guard refuses any write outside it.
 */
@ObjectType()
export abstract class OrgScopedEntity<Optional extends string = never> extends BaseEntity<Optional> {
  @ManyToOne({ entity: 'Organization', deleteRule: 'cascade', index: true })
  organization!: Organization;

  /** How the audit log names this record ("Sam Carter", "FY2027 original"); undefined = its id. */
  auditLabel(): string | undefined {
    return undefined;
  }

  /** Optimistic lock: a save based on an older version is refused with CONFLICT. */
  @SignedIn()
  @Field(() => Int, { description: 'Send back as expectedVersion when saving; a stale version gets CONFLICT.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
