import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../core/context';
import { now } from '../../core/dates';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../core/errors';
import { logger } from '../../core/logger';
import { MailRefused, mailer, publicUrl } from '../../core/mail';
import { Membership, Organization, User } from '../../core/organization.entity';
import { type Capability, rolesHolding } from '../../core/policy';
import { isRecipient } from './notifications.access';
import { Notification, NotificationKind, NotificationTarget } from './notification.entity';
import type { MarkNotificationsReadInput } from './notifications.inputs';

/** Who should hear of it: named users, or everyone in the organization holding a capability (the approvers). */
export type Recipients = { users: (User | string | null | undefined)[] } | { holding: Capability; except?: Capability };

export interface NotifyInput {
  to: Recipients;
  kind: NotificationKind;
  title: string;
  text?: string | null;
  target: NotificationTarget;
  targetId: string;
  /**
   * One unread notification per recipient, kind and record: a second event updates it (title,
   * text, time) instead of adding another line — proposals saved one after another are one item.
   */
  coalesce?: boolean;
}

export const MAX_NOTIFICATIONS_PAGE = 50;

/** The SPA's page for a notification, as client/src/features/notifications/notifications.ts leads to it. */
export function notificationPath(n: Pick<Notification, 'kind' | 'target' | 'targetId'>): string {
  switch (n.target) {
    case NotificationTarget.BUDGET:
      return `/budgets/${n.targetId}`;
    case NotificationTarget.COMPENSATION_CYCLE:
      return `/compensation/cycles/${n.targetId}${n.kind === NotificationKind.CYCLE_AWAITING_APPROVAL ? '/approval' : ''}`;
  }
}

/**
 * In-app notifications. Other modules call `notify` inside the change that causes it, before their
 * flush, so the notification is written in the same transaction as the change (or not at all).
 * The person who made the change is never notified of it. When mail is configured (core/mail), the
 * `notifications.email` job emails what is still unread afterwards: the table is its outbox, so a
 * change rolled back never sends mail and a send that failed is tried again.
 */
export class NotificationService {
  private readonly em: EntityManager;

  constructor(private readonly ctx: Context) {
    this.em = ctx.em as EntityManager;
  }

  /**
   * Persists (does not flush) one notification per recipient; returns them. Its reads never flush
   * the caller's pending change early, so the caller's one flush writes both.
   */
  async notify(input: NotifyInput): Promise<Notification[]> {
    const recipients = (await this.recipients(input.to)).filter((id) => id !== this.ctx.userId);
    if (!recipients.length) return [];
    const organization = this.em.getReference(Organization, this.ctx.organizationId);
    const title = input.title.slice(0, 200);
    const text = input.text?.slice(0, 2000) ?? null;
    const existing = input.coalesce
      ? await this.em.find(
          Notification,
          {
            organization,
            recipient: { $in: recipients },
            kind: input.kind,
            target: input.target,
            targetId: input.targetId,
            readAt: null,
          },
          { flushMode: FlushMode.COMMIT },
        )
      : [];
    return recipients.map((id) => {
      const same = existing.find((n) => n.recipient.id === id);
      if (same) return Object.assign(same, { title, text, createdAt: now() });
      return this.em.create(Notification, {
        organization,
        recipient: this.em.getReference(User, id),
        kind: input.kind,
        title,
        text,
        target: input.target,
        targetId: input.targetId,
      });
    });
  }

  /** Your latest notifications in this organization, newest first. */
  mine(first = 10, unreadOnly = false): Promise<Notification[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS_PAGE)
      throw new ValidationError('first', `Ask for 1 to ${MAX_NOTIFICATIONS_PAGE} notifications.`);
    return this.em.find(
      Notification,
      { organization: this.ctx.organizationId, recipient: this.me(), ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: first },
    );
  }

  unreadCount(): Promise<number> {
    return this.em.count(Notification, { organization: this.ctx.organizationId, recipient: this.me(), readAt: null });
  }

  /**
   * Marks the named notifications (or all) read and returns them. An id that is not one of yours is
   * NOT_FOUND — whoever it belongs to — and nothing is marked.
   */
  async markRead(input: MarkNotificationsReadInput): Promise<Notification[]> {
    const ids = [...new Set(input.ids ?? [])];
    if (!input.all && !ids.length) throw new ValidationError('input.ids', 'Name the notifications to mark read, or ask for all.');
    if (input.all && ids.length) throw new ValidationError('input.all', 'Either name notifications or ask for all, not both.');
    const found = await this.em.find(
      Notification,
      input.all
        ? { organization: this.ctx.organizationId, recipient: this.me(), readAt: null }
        : { organization: this.ctx.organizationId, id: { $in: ids } },
    );
    for (const id of ids) {
      const n = found.find((f) => f.id === id);
      if (!n || !isRecipient(this.ctx, n)) throw new NotFoundError('Notification', id);
    }
    const at = now();
    for (const n of found) n.readAt ??= at;
    await this.em.flush();
    return found;
  }

  /**
   * Emails each unread notification not emailed yet to its recipient, if their membership here has
   * not ended, and marks it emailed. One the server refuses stays as it is, for the next run; when
   * the server cannot be reached, the rest wait for the next run too (the job holds a transaction).
   * Does nothing when no mail server is configured.
   */
  async emailUnread(): Promise<{ emailed: number; failed: number } | void> {
    const mail = mailer();
    if (!mail) return;
    const organization = this.ctx.membership!.organization;
    const pending = await this.em.find(
      Notification,
      {
        organization,
        readAt: null,
        emailedAt: null,
        recipient: { memberships: { organization, $or: [{ endsOn: null }, { endsOn: { $gt: this.ctx.today() } }] } },
      },
      { populate: ['recipient'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    let emailed = 0;
    let failed = 0;
    for (const n of pending) {
      const link = `${publicUrl()}${notificationPath(n)}`;
      const text = [n.text, `Open it in Praxis (${organization.name}): ${link}`].filter(Boolean).join('\n\n');
      try {
        await mail.send({ to: n.recipient.email, subject: n.title, text: `${text}\n` });
        n.emailedAt = now();
        emailed++;
      } catch (err) {
        failed++;
        // What the server answered, never the message.
        const { message, code, command, responseCode } = err as Record<string, unknown>;
        logger.warn(
          { notificationId: n.id, organizationId: organization.id, err: { message, code, command, responseCode } },
          'notification email not sent; it is tried again on the next run',
        );
        if (!(err instanceof MailRefused)) break;
      }
    }
    await this.em.flush();
    return { emailed, failed };
  }

  private me(): string {
    if (!this.ctx.userId) throw new UnauthenticatedError();
    return this.ctx.userId;
  }

  /** The users of this organization holding a capability today (for rules like "everyone but the approvers"). */
  usersHolding(capability: Capability): Promise<string[]> {
    return this.recipients({ holding: capability });
  }

  /** User ids, in a stable order; members holding a capability whose access has not ended. */
  private async recipients(to: Recipients): Promise<string[]> {
    if ('users' in to) {
      const ids = to.users.map((u) => (typeof u === 'string' ? u : u?.id)).filter((id): id is string => !!id);
      return [...new Set(ids)];
    }
    const today = this.ctx.today();
    const members = await this.em.find(
      Membership,
      {
        organization: this.ctx.organizationId,
        role: { $in: rolesHolding(to.holding).filter((r) => !to.except || !rolesHolding(to.except).includes(r)) },
        $or: [{ endsOn: null }, { endsOn: { $gt: today } }],
      },
      { orderBy: { user: { id: 'asc' } }, flushMode: FlushMode.COMMIT },
    );
    return [...new Set(members.map((m) => m.user.id))];
  }
}
