import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Employee } from '../orgchart/orgchart.entity';
import { CompensationCycle, CompensationRecord, SalaryBand } from './compensation.entity';
import { ApproveCycleInput, OpenCycleInput, PayRecordInput, ProposalInput, SalaryBandInput } from './compensation.inputs';
import { currentPay } from './compensation.loaders';
import { CompensationService } from './compensation.service';
import { CycleApplication, CycleCompletion, GuidelineCell, PaySummary, PoolUsage, WorksheetRow } from './compensation.types';

const C = Capability;
const READ_ANY = [C.STAFF_COMPENSATION_READ, C.PROVIDER_COMPENSATION] as const;
const READ_PAY = [C.COMPENSATION_OWN_READ, ...READ_ANY] as const;

@Resolver()
export class CompensationResolver {
  @Allow(...READ_ANY)
  @Query(() => [SalaryBand], { description: 'Provider bands only for those who may see provider pay.' })
  salaryBands(@Ctx() ctx: Context) {
    return new CompensationService(ctx).bands();
  }

  @Allow(...READ_ANY)
  @Query(() => [PaySummary], { description: 'Current pay against band for everyone whose pay you may see; each read is audited.' })
  payOverview(@Ctx() ctx: Context) {
    return new CompensationService(ctx).overview();
  }

  @Allow(...READ_PAY)
  @Query(() => [CompensationRecord], { description: 'A person’s pay records, newest first; someone else’s are audited.' })
  payHistory(@Ctx() ctx: Context, @Arg('employeeId', () => ID) employeeId: string) {
    return new CompensationService(ctx).history(employeeId);
  }

  @Allow(C.COMPENSATION_OWN_READ)
  @Query(() => [CompensationRecord], { description: 'Your own pay records, newest first.' })
  myPay(@Ctx() ctx: Context) {
    return new CompensationService(ctx).myHistory();
  }

  @Allow(...READ_ANY)
  @Query(() => [CompensationCycle])
  compensationCycles(@Ctx() ctx: Context) {
    return new CompensationService(ctx).cycles();
  }

  @Allow(...READ_ANY)
  @Query(() => CompensationCycle, { nullable: true, description: 'The cycle in progress: open, else approved, else the latest.' })
  currentCompensationCycle(@Ctx() ctx: Context) {
    return new CompensationService(ctx).currentCycle();
  }

  @Allow(...READ_ANY)
  @Query(() => CompensationCycle)
  compensationCycle(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new CompensationService(ctx).cycle(id);
  }

  @Allow(...READ_ANY)
  @Query(() => [WorksheetRow], {
    description: 'Eligible employees you may see, with proposals and flags; every row is an audited pay read.',
  })
  cycleWorksheet(
    @Ctx() ctx: Context,
    @Arg('cycleId', () => ID) cycleId: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string,
    @Arg('managerId', () => ID, { nullable: true, description: 'The manager’s employee id.' }) managerId?: string,
  ) {
    return new CompensationService(ctx).worksheet(cycleId, { departmentId: departmentId ?? undefined, managerId: managerId ?? undefined });
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => SalaryBand)
  saveSalaryBand(@Ctx() ctx: Context, @Arg('input', () => SalaryBandInput) input: SalaryBandInput) {
    return new CompensationService(ctx).saveBand(input);
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => CompensationRecord, { description: 'A new pay record from a date (hire, promotion, adjustment, correction).' })
  recordPay(@Ctx() ctx: Context, @Arg('input', () => PayRecordInput) input: PayRecordInput) {
    return new CompensationService(ctx).recordPay(input);
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => CompensationCycle, { description: 'Opens a merit cycle and puts everyone eligible on its worksheet.' })
  openCompensationCycle(@Ctx() ctx: Context, @Arg('input', () => OpenCycleInput) input: OpenCycleInput) {
    return new CompensationService(ctx).open(input);
  }

  @Allow(C.STAFF_COMPENSATION_PROPOSE, C.PROVIDER_COMPENSATION)
  @Mutation(() => WorksheetRow, { description: 'The practice manager proposes for non-provider staff; the administrator for anyone.' })
  proposeRaise(@Ctx() ctx: Context, @Arg('input', () => ProposalInput) input: ProposalInput) {
    return new CompensationService(ctx).propose(input);
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => CompensationCycle, {
    description:
      'Closes proposals. With eligible people still unproposed it is refused (NEEDS_CONFIRMATION, kind CYCLE_INCOMPLETE) unless input acknowledges it with a reason.',
  })
  approveCompensationCycle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApproveCycleInput, { nullable: true }) input?: ApproveCycleInput,
  ) {
    return new CompensationService(ctx).approve(id, input);
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => CompensationCycle)
  cancelCompensationCycle(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new CompensationService(ctx).cancel(id);
  }

  @Allow(C.COMPENSATION_APPROVE)
  @Mutation(() => CycleApplication, { description: 'Writes the new pay records and raises the next draft budget, all or nothing.' })
  applyCompensationCycle(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new CompensationService(ctx).apply(id);
  }
}

@Resolver(() => CompensationCycle)
export class CompensationCycleFieldsResolver {
  @Allow(...READ_ANY)
  @FieldResolver(() => PoolUsage, { description: 'Summed by the database over the proposals you may see.' })
  pool(@Root() cycle: CompensationCycle, @Ctx() ctx: Context) {
    return new CompensationService(ctx).pool(cycle);
  }

  @Allow(...READ_ANY)
  @FieldResolver(() => CycleCompletion, {
    description: 'Eligible and proposed, by manager, and who has no proposal; counted by the database over the people you may see.',
  })
  completion(@Root() cycle: CompensationCycle, @Ctx() ctx: Context) {
    return new CompensationService(ctx).completion(cycle);
  }

  @Allow(...READ_ANY)
  @FieldResolver(() => [GuidelineCell], { description: 'Recommended merit ranges by rating and compa-ratio band.' })
  guidelines(@Root() cycle: CompensationCycle) {
    return cycle.guidelines;
  }
}

@Resolver(() => Employee)
export class EmployeePayFieldsResolver {
  @Allow(...READ_PAY)
  @FieldResolver(() => CompensationRecord, {
    nullable: true,
    description:
      'Pay in force today. Refused (FORBIDDEN) for pay you may not see: provider pay is the administrator’s; staff see only their own.',
  })
  async currentPay(@Root() employee: Employee, @Ctx() ctx: Context) {
    const service = new CompensationService(ctx);
    if (!service.mayRead(employee)) return service.currentPayOf(employee, null);
    return service.currentPayOf(employee, await currentPay(ctx).load(employee.id));
  }
}
