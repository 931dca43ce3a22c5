import { now } from './dates';
import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SignedIn } from './allow';

/** UUID keys: known before insert (the audit log records them) and never guessable across tenants. */
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults, optional in `em.create`. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | Optional;

  @SignedIn()
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: Date, onCreate: () => now() })
  createdAt: Date = now();

  @Property({ type: Date, onCreate: () => now(), onUpdate: () => now() })
  updatedAt: Date = now();
}
