import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Capability, Role } from '../../core/policy';

registerEnumType(Role, { name: 'Role', description: 'A role tier within one organization.' });
registerEnumType(Capability, { name: 'Capability', description: 'A right named in the access policy.' });

@ObjectType({ description: 'An organization the viewer belongs to, with the role held there.' })
export class ViewerMembership {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Last day of access is the day before (consultants).' })
  endsOn?: string | null;
}

@ObjectType({ description: 'The signed-in user, acting in one organization.' })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [ViewerMembership])
  memberships!: ViewerMembership[];

  @Field(() => ViewerMembership, { nullable: true, description: 'The organization this request acts in.' })
  current?: ViewerMembership | null;

  @Field(() => [Capability], { description: 'What the viewer may do in the current organization.' })
  capabilities!: Capability[];

  @Field(() => ID, { nullable: true, description: 'The viewer’s employee record in the current organization.' })
  employeeId?: string | null;

  @Field(() => Boolean, {
    description: 'The viewer is a physician or advanced-practice provider here: they have productivity of their own.',
  })
  isProvider!: boolean;

  @Field(() => String, {
    description: 'Today’s calendar day (YYYY-MM-DD) in the current organization’s time zone: what the SPA calls today.',
  })
  today!: string;
}

@ObjectType()
export class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. The SPA also gets it as an httpOnly cookie.' })
  token!: string;

  @Field(() => Viewer)
  viewer!: Viewer;
}
