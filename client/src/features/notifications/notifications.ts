import type { RouteLocationRaw } from 'vue-router';
import type { NotificationKind, NotificationTarget } from '@/gql/graphql';

/** The page a notification leads to: its record, or the step the recipient has to take on it. */
export function notificationLink(n: { kind: NotificationKind; target: NotificationTarget; targetId: string }): RouteLocationRaw {
  switch (n.target) {
    case 'BUDGET':
      return { name: 'budget', params: { id: n.targetId } };
    case 'COMPENSATION_CYCLE':
      return {
        name: n.kind === 'CYCLE_AWAITING_APPROVAL' ? 'compensation-cycle-approval' : 'compensation-cycle',
        params: { id: n.targetId },
      };
  }
}

export const KIND_ICON: Record<NotificationKind, string> = {
  BUDGET_SUBMITTED: 'pi pi-inbox',
  BUDGET_SENT_BACK: 'pi pi-replay',
  BUDGET_APPROVED: 'pi pi-check-circle',
  PROPOSALS_TO_REVIEW: 'pi pi-users',
  CYCLE_AWAITING_APPROVAL: 'pi pi-flag',
};

/** What a screen reader hears on the bell. */
export function bellLabel(unread: number): string {
  return unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
}
