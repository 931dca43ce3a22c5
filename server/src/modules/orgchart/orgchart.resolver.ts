import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { related } from '../../core/loaders';
import type { Context } from '../../core/context';
import { Allow, SignedIn } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Department, Employee, Location, Position } from './orgchart.entity';
import {
  ClosePositionInput,
  CreatePositionInput,
  EmployeeFilter,
  HireEmployeeInput,
  MovePositionInput,
  TerminateEmployeeInput,
  TransferEmployeeInput,
  UpdateEmployeeInput,
} from './orgchart.inputs';
import { OrgChartService } from './orgchart.service';
import { editLockedBecause } from './orgchart.access';
import { currentPosition } from './orgchart.loaders';
import { Headcount, OrgChart, OrgChartNode } from './orgchart.types';

const READ = Capability.ORG_CHART_READ;
const EDIT = [Capability.PEOPLE_EDIT_OFFICE_STAFF, Capability.PEOPLE_EDIT_NON_PROVIDER_STAFF, Capability.PEOPLE_EDIT_PROVIDERS];
const asOfArg = { nullable: true, description: 'YYYY-MM-DD; today when omitted.' };

@Resolver()
export class OrgChartResolver {
  @Allow(READ)
  @Query(() => OrgChart, { description: 'Every open seat as of a date, with its occupant and lines.' })
  orgChart(@Ctx() ctx: Context, @Arg('asOf', () => String, asOfArg) asOf?: string) {
    return new OrgChartService(ctx).chartView(asOf ?? undefined);
  }

  @Allow(READ)
  @Query(() => [OrgChartNode], { description: 'The position and everyone above it, nearest first.' })
  chainOfCommand(@Ctx() ctx: Context, @Arg('positionId', () => ID) positionId: string, @Arg('asOf', () => String, asOfArg) asOf?: string) {
    return new OrgChartService(ctx).chainOfCommand(positionId, asOf ?? undefined);
  }

  @Allow(READ)
  @Query(() => Headcount)
  headcount(@Ctx() ctx: Context, @Arg('asOf', () => String, asOfArg) asOf?: string) {
    return new OrgChartService(ctx).headcount(asOf ?? undefined);
  }

  @Allow(READ)
  @Query(() => [Position], { description: 'Open seats nobody fills.' })
  vacancies(@Ctx() ctx: Context, @Arg('asOf', () => String, asOfArg) asOf?: string) {
    return new OrgChartService(ctx).vacancies(asOf ?? undefined);
  }

  @Allow(READ)
  @Query(() => [OrgChartNode], { description: 'The seats reporting directly to the viewer’s own.' })
  myTeam(@Ctx() ctx: Context) {
    return new OrgChartService(ctx).myTeam();
  }

  @Allow(READ)
  @Query(() => [Employee])
  employees(@Ctx() ctx: Context, @Arg('filter', () => EmployeeFilter, { nullable: true }) filter?: EmployeeFilter) {
    return new OrgChartService(ctx).employees(filter ?? undefined);
  }

  @Allow(READ)
  @Query(() => Employee)
  employee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new OrgChartService(ctx).employee(id);
  }

  @Allow(READ)
  @Query(() => Position)
  position(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new OrgChartService(ctx).position(id);
  }

  @Allow(READ)
  @Query(() => [Location])
  locations(@Ctx() ctx: Context) {
    return new OrgChartService(ctx).locations();
  }

  @Allow(READ)
  @Query(() => [Department])
  departments(@Ctx() ctx: Context) {
    return new OrgChartService(ctx).departments();
  }

  @Allow(...EDIT)
  @Mutation(() => Position, { description: 'Opens a seat. Editing a seat needs the right for its category.' })
  createPosition(@Ctx() ctx: Context, @Arg('input', () => CreatePositionInput) input: CreatePositionInput) {
    return new OrgChartService(ctx).createPosition(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Position, { description: 'Changes whom a seat reports to from a date; refuses cycles.' })
  movePosition(@Ctx() ctx: Context, @Arg('input', () => MovePositionInput) input: MovePositionInput) {
    return new OrgChartService(ctx).movePosition(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Position)
  closePosition(@Ctx() ctx: Context, @Arg('input', () => ClosePositionInput) input: ClosePositionInput) {
    return new OrgChartService(ctx).closePosition(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Employee)
  hireEmployee(@Ctx() ctx: Context, @Arg('input', () => HireEmployeeInput) input: HireEmployeeInput) {
    return new OrgChartService(ctx).hire(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Employee)
  updateEmployee(@Ctx() ctx: Context, @Arg('input', () => UpdateEmployeeInput) input: UpdateEmployeeInput) {
    return new OrgChartService(ctx).update(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Employee)
  transferEmployee(@Ctx() ctx: Context, @Arg('input', () => TransferEmployeeInput) input: TransferEmployeeInput) {
    return new OrgChartService(ctx).transfer(input);
  }

  @Allow(...EDIT)
  @Mutation(() => Employee)
  terminateEmployee(@Ctx() ctx: Context, @Arg('input', () => TerminateEmployeeInput) input: TerminateEmployeeInput) {
    return new OrgChartService(ctx).terminate(input);
  }
}

@Resolver(() => Employee)
export class EmployeeFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Boolean, { description: 'Whether you may change this person’s record; the server decides (see lockedBecause).' })
  canEdit(@Root() employee: Employee, @Ctx() ctx: Context): boolean {
    return editLockedBecause(ctx, employee.category) === null;
  }

  @SignedIn()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why you may not change this person’s record, in words to show beside a lock; null when you may.',
  })
  lockedBecause(@Root() employee: Employee, @Ctx() ctx: Context): string | null {
    return editLockedBecause(ctx, employee.category);
  }

  @SignedIn()
  @FieldResolver(() => Position, { nullable: true, description: 'The seat this person fills today.' })
  position(@Root() employee: Employee, @Ctx() ctx: Context) {
    return currentPosition(ctx).load(employee.id);
  }
}

@Resolver(() => Position)
export class PositionFieldsResolver {
  @SignedIn()
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() position: Position, @Ctx() ctx: Context) {
    return related(ctx, Department, position.department);
  }

  @SignedIn()
  @FieldResolver(() => Location, { nullable: true })
  location(@Root() position: Position, @Ctx() ctx: Context) {
    return related(ctx, Location, position.location);
  }
}
