import { Field, ID, Int, ObjectType, Float } from 'type-graphql';
import { Employee, Position, PositionTier, StaffCategory } from './orgchart.entity';

@ObjectType({ description: 'One seat of the chart as of a date, with who fills it and its lines.' })
export class OrgChartNode {
  @Field(() => ID, { description: 'The position id.' })
  id!: string;

  @Field(() => Position)
  position!: Position;

  @Field(() => Employee, { nullable: true, description: 'Null for a vacancy.' })
  employee?: Employee | null;

  @Field(() => ID, { nullable: true, description: 'Administrative line: the position this one reports to.' })
  reportsToId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Dotted line: the supervising physician’s position (mid-level providers).' })
  clinicalSupervisorId?: string | null;

  @Field(() => Int, { description: 'Positions reporting directly (span of control).' })
  directReports!: number;

  @Field(() => Int, { description: 'Positions reporting directly or indirectly.' })
  totalReports!: number;
}

@ObjectType()
export class OrgChart {
  @Field(() => String)
  asOf!: string;

  @Field(() => [OrgChartNode], { description: 'Every open seat; build the tree from reportsToId.' })
  nodes!: OrgChartNode[];
}

@ObjectType()
export class CategoryCount {
  @Field(() => StaffCategory)
  category!: StaffCategory;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Float)
  fte!: number;
}

@ObjectType()
export class TierCount {
  @Field(() => PositionTier)
  tier!: PositionTier;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Int, { description: 'Open seats of this tier without an employee.' })
  vacancies!: number;
}

@ObjectType({ description: 'Who works here as of a date.' })
export class Headcount {
  @Field(() => String)
  asOf!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Float)
  totalFte!: number;

  @Field(() => Int)
  vacancies!: number;

  @Field(() => [CategoryCount])
  byCategory!: CategoryCount[];

  @Field(() => [TierCount])
  byTier!: TierCount[];
}
