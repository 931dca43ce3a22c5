import { describe, expect, it } from 'vitest';
import { bellLabel, notificationLink } from './notifications';

describe('notifications', () => {
  it('says the unread count to a screen reader', () => {
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
  });

  it('leads to the record, or to the step waiting on it', () => {
    const id = '3f2b8c1e-0000-4000-8000-0000000000da';
    expect(notificationLink({ kind: 'BUDGET_SENT_BACK', target: 'BUDGET', targetId: id })).toEqual({ name: 'budget', params: { id } });
    expect(notificationLink({ kind: 'PROPOSALS_TO_REVIEW', target: 'COMPENSATION_CYCLE', targetId: id })).toEqual({
      name: 'compensation-cycle',
      params: { id },
    });
    expect(notificationLink({ kind: 'CYCLE_AWAITING_APPROVAL', target: 'COMPENSATION_CYCLE', targetId: id })).toEqual({
      name: 'compensation-cycle-approval',
      params: { id },
    });
  });
});
