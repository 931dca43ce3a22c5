import type { Actor } from '../../core/context';

/** Only the person a notification is addressed to reads it or marks it read; no role sees anyone else's. */
export function isRecipient(actor: Actor, notification: { recipient: { id: string } }): boolean {
  return !!actor.userId && notification.recipient.id === actor.userId;
}
