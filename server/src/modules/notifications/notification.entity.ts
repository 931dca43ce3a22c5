import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SignedIn } from '../../core/allow';
import { BaseEntity } from '../../core/base.entity';
import { Organization, User } from '../../core/organization.entity';

export enum NotificationKind {
  BUDGET_SUBMITTED = 'BUDGET_SUBMITTED',
  BUDGET_SENT_BACK = 'BUDGET_SENT_BACK',
  BUDGET_APPROVED = 'BUDGET_APPROVED',
  PROPOSALS_TO_REVIEW = 'PROPOSALS_TO_REVIEW',
  CYCLE_AWAITING_APPROVAL = 'CYCLE_AWAITING_APPROVAL',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What happened that the recipient should act on.' });

/** The record a notification leads to: the SPA maps each to its page. */
export enum NotificationTarget {
  BUDGET = 'BUDGET',
  COMPENSATION_CYCLE = 'COMPENSATION_CYCLE',
}
registerEnumType(NotificationTarget, { name: 'NotificationTarget', description: 'The kind of record a notification links to.' });

/**
 * Something waiting for one person in one organization. Not an OrgScopedEntity: it is a delivery
 * record derived from an audited change (the budget sent back is in the audit log), so creating and
 * reading it is not audited again; reads still go through the tenant filter (`tenantScoped`).
 */
@ObjectType({ description: 'Something that happened and waits for you: a budget sent back, proposals to review.' })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['organization', 'recipient', 'createdAt'] })
export class Notification extends BaseEntity<'text' | 'readAt' | 'emailedAt'> {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade', index: true })
  recipient!: User;

  @SignedIn()
  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @SignedIn()
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @SignedIn()
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @SignedIn()
  @Field(() => NotificationTarget)
  @Enum({ items: () => NotificationTarget })
  target!: NotificationTarget;

  @SignedIn()
  @Field(() => ID, { description: 'The id of the record it links to.' })
  @Property({ type: 'uuid' })
  targetId!: string;

  @SignedIn()
  @Field(() => Date, { nullable: true, description: 'When the recipient opened it; null while unread.' })
  @Property({ type: Date, nullable: true })
  readAt?: Date | null;

  /** When it was emailed to the recipient; null until then (the outbox of `notifications.email`). Not in the API. */
  @Property({ type: Date, nullable: true })
  emailedAt?: Date | null;
}
