import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { related } from '../../core/loaders';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Money } from '../../core/money';
import { BudgetCheckMode, Organization } from '../../core/organization.entity';
import { ValidationError } from '../../core/errors';
import { Budget, BudgetLine, BudgetStatus } from './budget.entity';
import { Account, CostCentre } from '../ledger/ledger.entity';
import { BudgetSpreadsheet } from './budget.spreadsheet';
import { CreateBudgetInput, SaveBudgetLinesInput, SpreadBudgetLineInput, VariancePeriodInput } from './budget.inputs';
import { BudgetService } from './budget.service';
import { budgetTotals } from './budget.loaders';
import { VarianceService } from './variance.service';
import { BudgetCheckResult, NewBudgetPreview, VarianceReport } from './budget.types';

const READ = Capability.BUDGETS_READ;
const EDIT = Capability.BUDGETS_EDIT;
const APPROVE = Capability.BUDGETS_APPROVE;

@ObjectType({ description: 'How the practice wants variances flagged and budgets enforced.' })
export class BudgetSettings {
  @Field(() => Int, { description: 'Flag unfavorable variances beyond this, in basis points (1000 = 10 %).' })
  varianceThresholdBps!: number;

  @Field(() => BudgetCheckMode)
  budgetCheckMode!: BudgetCheckMode;

  @Field(() => Int)
  fiscalYearStartMonth!: number;

  @Field(() => String)
  currency!: string;
}

@Resolver()
export class BudgetResolver {
  @Allow(READ)
  @Query(() => [Budget])
  budgets(
    @Ctx() ctx: Context,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number,
    @Arg('status', () => BudgetStatus, { nullable: true }) status?: BudgetStatus,
  ) {
    return new BudgetService(ctx).budgets(fiscalYear ?? undefined, status ?? undefined);
  }

  @Allow(READ)
  @Query(() => Budget, { nullable: true, description: 'The approved budget of the current fiscal year (revised over original).' })
  currentBudget(@Ctx() ctx: Context) {
    return new BudgetService(ctx).current();
  }

  @Allow(READ)
  @Query(() => Budget)
  budget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).budget(id);
  }

  @Allow(READ)
  @Query(() => VarianceReport, { description: 'Budget against actuals by line, account, group and cost centre.' })
  varianceReport(
    @Ctx() ctx: Context,
    @Arg('budgetId', () => ID) budgetId: string,
    @Arg('throughMonth', () => Int, { nullable: true, description: 'Fiscal month 0–12; defaults to the current one.' })
    throughMonth?: number,
    @Arg('period', () => VariancePeriodInput, {
      nullable: true,
      description: 'The period of each row’s `period` and `priorYear` figures; defaults to year to date.',
    })
    period?: VariancePeriodInput,
  ) {
    return new VarianceService(ctx).report(budgetId, throughMonth ?? undefined, period ?? undefined);
  }

  @Allow(READ, Capability.PAYABLES_ENTER)
  @Query(() => BudgetCheckResult, { description: 'Would this spending stay within the approved budget?' })
  budgetCheck(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('costCentreId', () => ID) costCentreId: string,
    @Arg('date', () => String) date: string,
    @Arg('amount', () => Money) amount: number,
  ) {
    return new VarianceService(ctx).checkAsked(accountId, costCentreId, date, amount);
  }

  @Allow(READ)
  @Query(() => BudgetSettings)
  async budgetSettings(@Ctx() ctx: Context): Promise<BudgetSettings> {
    return ctx.em.findOneOrFail(Organization, { id: ctx.organizationId });
  }

  @Allow(EDIT)
  @Query(() => NewBudgetPreview, {
    description: 'What createBudget would make with this input, and what stands in its way; creates nothing.',
  })
  newBudgetPreview(@Ctx() ctx: Context, @Arg('input', () => CreateBudgetInput) input: CreateBudgetInput) {
    return new BudgetService(ctx).preview(input);
  }

  @Allow(EDIT)
  @Mutation(() => Budget, { description: 'Starts a draft: empty, or from last year’s budget or actuals with an uplift.' })
  createBudget(@Ctx() ctx: Context, @Arg('input', () => CreateBudgetInput) input: CreateBudgetInput) {
    return new BudgetService(ctx).create(input);
  }

  @Allow(EDIT)
  @Mutation(() => [BudgetLine], { description: 'Saves edited and new lines together; stale lines give CONFLICT and nothing is saved.' })
  saveBudgetLines(@Ctx() ctx: Context, @Arg('input', () => SaveBudgetLinesInput) input: SaveBudgetLinesInput) {
    return new BudgetService(ctx).saveLines(input);
  }

  @Allow(EDIT)
  @Mutation(() => Boolean)
  deleteBudgetLine(
    @Ctx() ctx: Context,
    @Arg('lineId', () => ID) lineId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ) {
    return new BudgetService(ctx).deleteLine(lineId, expectedVersion);
  }

  @Allow(EDIT)
  @Mutation(() => BudgetLine, { description: 'Spreads an annual amount over the months, exact to the cent.' })
  spreadBudgetLine(@Ctx() ctx: Context, @Arg('input', () => SpreadBudgetLineInput) input: SpreadBudgetLineInput) {
    return new BudgetService(ctx).spread(input);
  }

  @Allow(EDIT)
  @Mutation(() => Budget)
  submitBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).submit(id);
  }

  @Allow(APPROVE)
  @Mutation(() => Budget)
  approveBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).approve(id);
  }

  @Allow(APPROVE)
  @Mutation(() => Budget, { description: 'Sends a submitted budget back to draft with a comment.' })
  rejectBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string) {
    return new BudgetService(ctx).reject(id, comment);
  }

  @Allow(APPROVE)
  @Mutation(() => Budget)
  lockBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).lock(id);
  }

  @Allow(EDIT)
  @Mutation(() => Budget, { description: 'Starts a revised draft as a copy of an approved budget.' })
  reviseBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).revise(id);
  }

  @Allow(EDIT)
  @Mutation(() => SpreadsheetImportResult, { description: 'Reads an edited export back into a draft; all or nothing.' })
  importBudgetXlsx(@Ctx() ctx: Context, @Arg('budgetId', () => ID) budgetId: string, @Arg('fileBase64', () => String) fileBase64: string) {
    return new BudgetSpreadsheet(ctx).importXlsx(budgetId, Buffer.from(fileBase64, 'base64'));
  }

  @Allow(EDIT)
  @Mutation(() => Boolean, { description: 'Discards a draft budget and its lines.' })
  deleteBudget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return new BudgetService(ctx).discard(id);
  }

  @Allow(APPROVE)
  @Mutation(() => BudgetSettings)
  async updateBudgetSettings(
    @Ctx() ctx: Context,
    @Arg('varianceThresholdBps', () => Int) varianceThresholdBps: number,
    @Arg('budgetCheckMode', () => BudgetCheckMode) budgetCheckMode: BudgetCheckMode,
  ): Promise<BudgetSettings> {
    if (!Number.isInteger(varianceThresholdBps) || varianceThresholdBps < 0 || varianceThresholdBps > 10_000) {
      throw new ValidationError('varianceThresholdBps', 'Choose a threshold from 0 to 100 %.');
    }
    const org = await ctx.em.findOneOrFail(Organization, { id: ctx.organizationId });
    org.varianceThresholdBps = varianceThresholdBps;
    org.budgetCheckMode = budgetCheckMode;
    await ctx.em.flush();
    return org;
  }
}

@ObjectType()
export class SpreadsheetImportResult {
  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  removed!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType({ description: 'Revenue, expense and net of a budget’s lines, for the year.' })
export class BudgetTotals {
  @Field(() => Money)
  revenue!: number;

  @Field(() => Money)
  expense!: number;

  @Field(() => Money)
  net!: number;
}

@Resolver(() => Budget)
export class BudgetFieldsResolver {
  @Allow(READ)
  @FieldResolver(() => BudgetTotals)
  totals(@Root() budget: Budget, @Ctx() ctx: Context) {
    return budgetTotals(ctx).load(budget.id);
  }

  @Allow(READ)
  @FieldResolver(() => VarianceReport, { description: 'This budget against actuals (same as varianceReport).' })
  variance(
    @Root() budget: Budget,
    @Ctx() ctx: Context,
    @Arg('throughMonth', () => Int, { nullable: true, description: 'Fiscal month 0–12; defaults to the last closed one.' })
    throughMonth?: number,
    @Arg('period', () => VariancePeriodInput, {
      nullable: true,
      description: 'Year to date, a quarter or a month; defaults to year to date.',
    })
    period?: VariancePeriodInput,
  ) {
    return new VarianceService(ctx).report(budget.id, throughMonth ?? undefined, period ?? undefined);
  }

  @Allow(READ)
  @FieldResolver(() => [BudgetLine], {
    description: 'One line per account and cost centre; provider pay only for the roles that hold provider compensation.',
  })
  lines(@Root() budget: Budget, @Ctx() ctx: Context) {
    return new BudgetService(ctx).readableLines(budget);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineFieldsResolver {
  @Allow(READ)
  @FieldResolver(() => Account)
  account(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return related(ctx, Account, line.account);
  }

  @Allow(READ)
  @FieldResolver(() => CostCentre)
  costCentre(@Root() line: BudgetLine, @Ctx() ctx: Context) {
    return related(ctx, CostCentre, line.costCentre);
  }
}
