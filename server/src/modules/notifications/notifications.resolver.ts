import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Notification } from './notification.entity';
import { MarkNotificationsReadInput } from './notifications.inputs';
import { NotificationService } from './notifications.service';

const C = Capability;

@Resolver(() => Notification)
export class NotificationResolver {
  @Allow(C.NOTIFICATIONS_OWN)
  @Query(() => [Notification], { description: 'Your latest notifications in this organization, newest first (at most 50).' })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
  ) {
    return new NotificationService(ctx).mine(first, unreadOnly);
  }

  @Allow(C.NOTIFICATIONS_OWN)
  @Query(() => Int, { description: 'How many of your notifications in this organization are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return new NotificationService(ctx).unreadCount();
  }

  @Allow(C.NOTIFICATIONS_OWN)
  @Mutation(() => [Notification], { description: 'Marks your notifications read (the named ones, or all); returns them.' })
  markNotificationsRead(@Ctx() ctx: Context, @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput) {
    return new NotificationService(ctx).markRead(input);
  }

  @SignedIn()
  @FieldResolver(() => Date)
  createdAt(@Root() notification: Notification): Date {
    return notification.createdAt;
  }
}
