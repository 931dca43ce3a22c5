import type { DemoSeed } from '../../core/module';
import { Budget, BudgetStatus } from '../budget/budget.entity';
import { Notification, NotificationKind, NotificationTarget } from './notification.entity';

const DAY = 86_400_000;

/**
 * Riverside's history of the current budget: the administrator was told it was submitted, the
 * practice manager that it was approved; both have read theirs long ago, so the bell starts at zero.
 */
export async function seedNotificationsDemo({ em, riverside, users }: DemoSeed): Promise<void> {
  const admin = users.get('administrator@demo.test');
  const pm = users.get('practice-manager@demo.test');
  const budget = await em.findOne(
    Budget,
    { organization: riverside, status: BudgetStatus.APPROVED },
    { orderBy: { fiscalYear: 'desc' }, filters: false },
  );
  if (!admin || !pm || !budget?.submittedAt || !budget.approvedAt) return;
  const label = `Fiscal ${budget.fiscalYear} original budget`;
  const base = { organization: riverside, target: NotificationTarget.BUDGET, targetId: budget.id };
  em.create(Notification, {
    ...base,
    recipient: admin,
    kind: NotificationKind.BUDGET_SUBMITTED,
    title: `${label} submitted for your approval`,
    text: `${pm.displayName} submitted it.`,
    createdAt: budget.submittedAt,
    readAt: new Date(budget.submittedAt.getTime() + DAY),
  });
  em.create(Notification, {
    ...base,
    recipient: pm,
    kind: NotificationKind.BUDGET_APPROVED,
    title: `${label} approved`,
    text: `${admin.displayName} approved it.`,
    createdAt: budget.approvedAt,
    readAt: new Date(budget.approvedAt.getTime() + DAY),
  });
}
