import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Role } from '../../core/policy';
import { AuditAction } from '../../core/audit/audit-entry.entity';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One recorded change or sensitive read.' })
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Null for the system (seeding, CLI).' })
  actorName?: string | null;

  @Field(() => Role, { nullable: true })
  actorRole?: Role | null;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => String)
  entityName!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The record’s name at the time, e.g. "Sam Carter".' })
  entityLabel?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after?: Record<string, unknown> | null;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditLogEntry])
  entries!: AuditLogEntry[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  entityName?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => Boolean, { nullable: true, description: 'Leave out reads of personal data: changes only.' })
  changesOnly?: boolean;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@ObjectType({ description: 'The reads of personal data one request made, of one kind of record: one line instead of one per record.' })
export class AuditReadGroup {
  @Field(() => ID, { description: 'The request’s correlation id.' })
  id!: string;

  @Field(() => Date, { description: 'When the request’s reads were written.' })
  at!: Date;

  @Field(() => String, { nullable: true })
  actorName?: string | null;

  @Field(() => Role, { nullable: true })
  actorRole?: Role | null;

  @Field(() => String)
  entityName!: string;

  @Field(() => [String], { description: 'The fields read, e.g. ["pay", "proposal"].' })
  fields!: string[];

  @Field(() => Int, { description: 'How many records of this kind the request read.' })
  subjectCount!: number;

  @Field(() => [ID], { description: 'The first few of those records, in id order.' })
  subjectSample!: string[];
}

@ObjectType()
export class AuditReadPage {
  @Field(() => [AuditReadGroup])
  groups!: AuditReadGroup[];

  @Field(() => Int)
  total!: number;
}

@InputType()
export class AuditReadFilter {
  @Field(() => String, { nullable: true })
  entityName?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}
