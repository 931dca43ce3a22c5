import { defineModule, NOTHING } from '../../core/module';
import { Notification } from './notification.entity';
import { NotificationResolver } from './notifications.resolver';
import { NotificationService } from './notifications.service';
import { seedNotificationsDemo } from './notifications.demo';

/**
 * In-app notifications: what waits for each person (a budget sent back, proposals to review), with an
 * unread count; emailed too when mail is configured (core/mail).
 */
export const notificationsModule = defineModule({
  name: 'notifications',
  entities: [Notification],
  tenantScoped: [Notification],
  resolvers: [NotificationResolver],
  demo: seedNotificationsDemo,
  jobs: [
    {
      name: 'notifications.email',
      // Every minute, so the mail follows the change within about a minute.
      cron: '* * * * *',
      run: (ctx) => new NotificationService(ctx).emailUnread(),
    },
  ],
  matrix: {
    'Query.notifications': { query: '{ notifications(first: 1) { id } }' },
    'Query.unreadNotificationCount': { query: '{ unreadNotificationCount }' },
    'Mutation.markNotificationsRead': { query: `mutation { markNotificationsRead(input: { ids: ["${NOTHING}"] }) { id } }` },
  },
});
