import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which of your notifications to mark read: these ids, or all of them.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification of yours in this organization.' })
  all?: boolean | null;
}
