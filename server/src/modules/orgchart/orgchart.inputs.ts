import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { EmploymentType, PositionTier, StaffCategory } from './orgchart.entity';

@InputType()
export class CreatePositionInput {
  @Field(() => String)
  title!: string;

  @Field(() => StaffCategory)
  category!: StaffCategory;

  @Field(() => PositionTier)
  tier!: PositionTier;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null only for the top of the chart.' })
  reportsToId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A physician position; only for advanced-practice seats.' })
  clinicalSupervisorId?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  openedOn!: string;
}

@InputType()
export class MovePositionInput {
  @Field(() => ID)
  positionId!: string;

  @Field(() => ID, { nullable: true })
  reportsToId?: string | null;

  @Field(() => ID, { nullable: true })
  clinicalSupervisorId?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD; the new line holds from this date.' })
  effectiveDate!: string;
}

@InputType()
export class ClosePositionInput {
  @Field(() => ID)
  positionId!: string;

  @Field(() => String)
  closedOn!: string;
}

@InputType({ description: 'A seat opened together with the hire: its category is the person’s, it opens on the hire date.' })
export class NewPositionInput {
  @Field(() => String, { description: 'The job title.' })
  title!: string;

  @Field(() => PositionTier, { nullable: true, description: 'Omitted: the tier the category implies (providers, managers, staff).' })
  tier?: PositionTier | null;

  @Field(() => ID, { nullable: true, description: 'The seat the new one reports to; null only for the top of the chart.' })
  reportsToId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A physician position; only for advanced-practice seats.' })
  clinicalSupervisorId?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;
}

@InputType()
export class HireEmployeeInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  workEmail!: string;

  @Field(() => StaffCategory)
  category!: StaffCategory;

  @Field(() => EmploymentType, { defaultValue: EmploymentType.FULL_TIME })
  employmentType!: EmploymentType;

  @Field(() => Float, { defaultValue: 1 })
  fte!: number;

  @Field(() => String)
  hireDate!: string;

  @Field(() => ID, { nullable: true, description: 'The vacant position to fill; not with newPosition.' })
  positionId?: string | null;

  @Field(() => NewPositionInput, {
    nullable: true,
    description: 'A new seat for this person, opened in the same change: both or neither are saved. Not with positionId.',
  })
  newPosition?: NewPositionInput | null;
}

@InputType()
export class UpdateEmployeeInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  firstName?: string;

  @Field(() => String, { nullable: true })
  lastName?: string;

  @Field(() => String, { nullable: true })
  workEmail?: string;

  @Field(() => EmploymentType, { nullable: true })
  employmentType?: EmploymentType;

  @Field(() => Float, { nullable: true })
  fte?: number;
}

@InputType()
export class TransferEmployeeInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => ID)
  positionId!: string;

  @Field(() => String)
  effectiveDate!: string;
}

@InputType()
export class TerminateEmployeeInput {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => String, { description: 'Last day worked is the day before.' })
  endDate!: string;
}

@InputType()
export class EmployeeFilter {
  @Field(() => String, { nullable: true, description: 'Matches first name, last name or email.' })
  search?: string;

  @Field(() => [StaffCategory], { nullable: true })
  categories?: StaffCategory[];

  @Field(() => Boolean, { defaultValue: false, description: 'Include people who have left.' })
  includeFormer!: boolean;
}
