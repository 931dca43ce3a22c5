import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { related } from '../../core/loaders';
import type { Context } from '../../core/context';
import { Allow } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Employee } from '../orgchart/orgchart.entity';
import { ProductivityTarget, ProviderPlan } from './productivity.entity';
import { ProductivityTargetInput, ProviderPlanInput, WhatIfInput } from './productivity.inputs';
import { ProductivityService } from './productivity.service';
import { CodeProductivity, MonthProductivity, ProductivityReport, ProviderProductivity, WhatIfResult } from './productivity.types';

const ADMIN = Capability.PROVIDER_COMPENSATION;
const OWN = Capability.COMPENSATION_OWN_READ;

@Resolver()
export class ProductivityResolver {
  @Allow(ADMIN)
  @Query(() => ProductivityReport, {
    description: 'Every provider’s visits, wRVUs, charges and collections against target, projected pay, and the group’s distribution.',
  })
  productivity(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int, { nullable: true, description: 'Calendar month 1–12 of that fiscal year; omit for the whole year.' })
    month?: number,
    @Arg('asOf', () => String, { nullable: true, description: 'Count and annualize up to this date (default today).' }) asOf?: string,
  ) {
    return new ProductivityService(ctx).report(year, month ?? null, asOf);
  }

  @Allow(ADMIN)
  @Query(() => ProviderProductivity)
  providerProductivity(
    @Ctx() ctx: Context,
    @Arg('providerId', () => ID) providerId: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int, { nullable: true }) month?: number,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string,
  ) {
    return new ProductivityService(ctx).provider(providerId, year, month ?? null, asOf);
  }

  @Allow(OWN)
  @Query(() => ProviderProductivity, {
    nullable: true,
    description: 'The signed-in provider’s own productivity, plan and targets; null for anyone who is not a provider.',
  })
  myProductivity(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true, description: 'Default: the fiscal year of asOf.' }) year?: number,
    @Arg('month', () => Int, { nullable: true }) month?: number,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string,
  ) {
    return new ProductivityService(ctx).mine(year, month ?? null, asOf);
  }

  @Allow(ADMIN)
  @Query(() => [ProviderPlan])
  providerPlans(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return new ProductivityService(ctx).plans(year);
  }

  @Allow(ADMIN)
  @Query(() => [ProductivityTarget])
  productivityTargets(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return new ProductivityService(ctx).targets(year);
  }

  @Allow(ADMIN)
  @Query(() => WhatIfResult, {
    description: 'Projected pay if plan terms changed, for one provider or all, against today’s plans. Nothing is saved.',
  })
  productivityWhatIf(@Ctx() ctx: Context, @Arg('input', () => WhatIfInput) input: WhatIfInput) {
    return new ProductivityService(ctx).whatIf(input);
  }

  @Allow(ADMIN)
  @Mutation(() => ProviderPlan)
  saveProviderPlan(@Ctx() ctx: Context, @Arg('input', () => ProviderPlanInput) input: ProviderPlanInput) {
    return new ProductivityService(ctx).savePlan(input);
  }

  @Allow(ADMIN)
  @Mutation(() => ProductivityTarget)
  saveProductivityTarget(@Ctx() ctx: Context, @Arg('input', () => ProductivityTargetInput) input: ProductivityTargetInput) {
    return new ProductivityService(ctx).saveTarget(input);
  }
}

@Resolver(() => ProviderProductivity)
export class ProviderProductivityFieldsResolver {
  @Allow(ADMIN, OWN)
  @FieldResolver(() => [MonthProductivity], {
    description: 'The year month by month up to the as-of date, with a twelfth of the annual target.',
  })
  months(@Root() row: ProviderProductivity, @Ctx() ctx: Context) {
    return new ProductivityService(ctx).months(row);
  }

  @Allow(ADMIN, OWN)
  @FieldResolver(() => [CodeProductivity], { description: 'The period’s service lines by procedure code, most wRVUs first.' })
  codes(@Root() row: ProviderProductivity, @Ctx() ctx: Context) {
    return new ProductivityService(ctx).codes(row);
  }
}

@Resolver(() => ProviderPlan)
export class ProviderPlanFieldsResolver {
  @Allow(ADMIN, OWN)
  @FieldResolver(() => Employee)
  provider(@Root() plan: ProviderPlan, @Ctx() ctx: Context) {
    return related(ctx, Employee, plan.provider);
  }
}

@Resolver(() => ProductivityTarget)
export class ProductivityTargetFieldsResolver {
  @Allow(ADMIN, OWN)
  @FieldResolver(() => Employee)
  provider(@Root() target: ProductivityTarget, @Ctx() ctx: Context) {
    return related(ctx, Employee, target.provider);
  }
}
