import { Field, Float, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Money } from '../../core/money';
import { Allow, Sensitive } from '../../core/allow';
import { Capability } from '../../core/policy';
import { Employee } from '../orgchart/orgchart.entity';
import { PlanModel, ProductivityTarget, ProviderPlan } from './productivity.entity';
import { AuditProviderRead } from './provider-access';

const ADMIN = Capability.PROVIDER_COMPENSATION;
const PROVIDER_PAY = [Capability.PROVIDER_COMPENSATION, Capability.COMPENSATION_OWN_READ] as const;
const auditPay = () => UseMiddleware(AuditProviderRead('ProviderPay', (r) => r.providerId));

@ObjectType({ description: 'A count (visits), hundredths (wRVUs) or tenths (patients per day) for a period, against its target.' })
export class QuantityFigure {
  @Field(() => Int)
  actual!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The target for the whole period (a month is a twelfth of the year); null without a target.',
  })
  target?: number | null;

  @Field(() => Int, { nullable: true, description: 'The share of the target due by the as-of date (days elapsed ÷ days in the period).' })
  expected?: number | null;

  @Field(() => Float, { nullable: true, description: 'actual ÷ expected: below 1 is behind target.' })
  percentOfTarget?: number | null;

  @Field(() => Int, { description: 'The actual at the same pace over the whole period.' })
  projected!: number;
}

@ObjectType({ description: 'An amount for a period, against its target.' })
export class MoneyFigure {
  @Field(() => Money)
  actual!: number;

  @Field(() => Money, { nullable: true })
  target?: number | null;

  @Field(() => Money, { nullable: true })
  expected?: number | null;

  @Field(() => Float, { nullable: true })
  percentOfTarget?: number | null;

  @Field(() => Money)
  projected!: number;
}

@ObjectType({ description: 'One calendar month of a provider’s year, with a twelfth of the annual target.' })
export class MonthProductivity {
  @Field(() => String, { description: 'YYYY-MM.' })
  key!: string;

  @Field(() => Int)
  visits!: number;

  @Field(() => Int)
  daysWorked!: number;

  @Field(() => Int)
  wrvuHundredths!: number;

  @Field(() => Money)
  charges!: number;

  @Field(() => Money)
  collections!: number;

  @Field(() => Int, { nullable: true })
  visitsTarget?: number | null;

  @Field(() => Int, { nullable: true })
  wrvuTargetHundredths?: number | null;

  @Field(() => Money, { nullable: true })
  chargesTarget?: number | null;

  @Field(() => Money, { nullable: true })
  collectionsTarget?: number | null;
}

@ObjectType({ description: 'A provider’s service lines of one procedure code in a period.' })
export class CodeProductivity {
  @Field(() => String)
  code!: string;

  @Field(() => Int, { description: 'Service lines.' })
  lines!: number;

  @Field(() => Int)
  units!: number;

  @Field(() => Int)
  wrvuHundredths!: number;

  @Field(() => Money)
  charges!: number;
}

@Sensitive()
@ObjectType({ description: 'A provider’s production in a period against target, and the plan’s projected pay for the year.' })
export class ProviderProductivity {
  @Allow(...PROVIDER_PAY)
  @Field(() => ID)
  providerId!: string;

  @Allow(...PROVIDER_PAY)
  @Field(() => Employee)
  provider!: Employee;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int)
  year!: number;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int, { nullable: true, description: 'Calendar month 1–12; null for the whole year.' })
  month?: number | null;

  @Allow(...PROVIDER_PAY)
  @Field(() => String, { description: 'First day of the period.' })
  from!: string;

  @Allow(...PROVIDER_PAY)
  @Field(() => String, { description: 'Day after the period.' })
  to!: string;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int)
  daysInPeriod!: number;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int, { description: 'Days of the period up to and including the as-of date.' })
  daysElapsed!: number;

  @Allow(...PROVIDER_PAY)
  @Field(() => QuantityFigure)
  visits!: QuantityFigure;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int, { description: 'Days with at least one visit.' })
  daysWorked!: number;

  @Allow(...PROVIDER_PAY)
  @Field(() => QuantityFigure, { description: 'Visits per day worked, in tenths; the target is a rate, not pro-rated.' })
  patientsPerDayTenths!: QuantityFigure;

  @Allow(...PROVIDER_PAY)
  @Field(() => QuantityFigure, { description: 'Work RVUs in hundredths.' })
  wrvuHundredths!: QuantityFigure;

  @Allow(...PROVIDER_PAY)
  @Field(() => MoneyFigure)
  charges!: MoneyFigure;

  @Allow(...PROVIDER_PAY)
  @Field(() => MoneyFigure, { description: 'Collections posted in the period (cash basis).' })
  collections!: MoneyFigure;

  @Allow(...PROVIDER_PAY)
  @Field(() => Boolean, { description: 'wRVUs behind the pace the target sets.' })
  belowTarget!: boolean;

  @Allow(...PROVIDER_PAY)
  @Field(() => ProviderPlan, { nullable: true })
  plan?: ProviderPlan | null;

  @Allow(...PROVIDER_PAY)
  @Field(() => ProductivityTarget, { nullable: true })
  target?: ProductivityTarget | null;

  @Allow(...PROVIDER_PAY)
  @Field(() => Int, { description: 'The year’s wRVUs (hundredths) at the pace so far: what the plan is projected on.' })
  annualizedWrvuHundredths!: number;

  @Allow(...PROVIDER_PAY)
  @Field(() => Money, { description: 'The year’s collections at the pace so far.' })
  annualizedCollections!: number;

  @Allow(...PROVIDER_PAY)
  @auditPay()
  @Field(() => Money, { nullable: true, description: 'The plan’s pay for the year on the annualized actuals; null without a plan.' })
  projectedPay?: number | null;

  @Allow(...PROVIDER_PAY)
  @auditPay()
  @Field(() => Money, { nullable: true, description: 'Projected pay ÷ annualized wRVUs; null without a plan or without wRVUs.' })
  payPerWrvu?: number | null;

  @Allow(...PROVIDER_PAY)
  @Field(() => String, { description: 'Counted and annualized up to this date.' })
  asOf!: string;
}

@ObjectType({ description: 'How a measure spreads across the providers: linear-interpolated percentiles.' })
export class Quantiles {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  p25?: number | null;

  @Field(() => Int, { nullable: true })
  median?: number | null;

  @Field(() => Int, { nullable: true })
  p75?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;
}

@ObjectType()
export class MoneyQuantiles {
  @Field(() => Int)
  count!: number;

  @Field(() => Money, { nullable: true })
  min?: number | null;

  @Field(() => Money, { nullable: true })
  p25?: number | null;

  @Field(() => Money, { nullable: true })
  median?: number | null;

  @Field(() => Money, { nullable: true })
  p75?: number | null;

  @Field(() => Money, { nullable: true })
  max?: number | null;
}

@ObjectType({ description: 'The group’s spread, over providers with visits in the period.' })
export class ProductivityDistribution {
  @Field(() => Quantiles)
  wrvuHundredths!: Quantiles;

  @Field(() => Quantiles)
  visits!: Quantiles;

  @Field(() => Quantiles)
  patientsPerDayTenths!: Quantiles;

  @Field(() => MoneyQuantiles)
  charges!: MoneyQuantiles;

  @Field(() => MoneyQuantiles)
  collections!: MoneyQuantiles;

  @Field(() => Quantiles, { description: 'wRVUs as a share of the pace target, in basis points (10 000 = on target).' })
  wrvuPercentOfTargetBps!: Quantiles;

  @Field(() => MoneyQuantiles)
  payPerWrvu!: MoneyQuantiles;
}

@ObjectType()
export class ProductivityTotals {
  @Field(() => Int, { description: 'Providers in the report (those in `providers`), with a target or not.' })
  providers!: number;

  @Field(() => Int, {
    description: 'Of `withTarget`, those whose wRVUs are below the pace their target sets: the rows with `belowTarget`.',
  })
  belowTarget!: number;

  @Field(() => Int, { description: 'Providers with a wRVU target for the period: the ones that can be behind or on pace.' })
  withTarget!: number;

  @Field(() => Int)
  visits!: number;

  @Field(() => Int)
  wrvuHundredths!: number;

  @Field(() => Int, { description: 'Sum of the providers’ wRVU targets for the period.' })
  wrvuTargetHundredths!: number;

  @Field(() => Money)
  charges!: number;

  @Field(() => Money)
  collections!: number;

  @Field(() => Money, { description: 'Sum of the projected pay of the providers with a plan.' })
  projectedPay!: number;
}

@Sensitive()
@ObjectType({ description: 'Every provider’s productivity for a period, the group’s distribution and totals.' })
export class ProductivityReport {
  @Allow(ADMIN)
  @Field(() => Int)
  year!: number;

  @Allow(ADMIN)
  @Field(() => Int, { nullable: true })
  month?: number | null;

  @Allow(ADMIN)
  @Field(() => String, { description: 'First day of the period.' })
  from!: string;

  @Allow(ADMIN)
  @Field(() => String, { description: 'Day after the period.' })
  to!: string;

  @Allow(ADMIN)
  @Field(() => String)
  asOf!: string;

  @Allow(ADMIN)
  @Field(() => Int)
  daysInPeriod!: number;

  @Allow(ADMIN)
  @Field(() => Int)
  daysElapsed!: number;

  @Allow(ADMIN)
  @Field(() => [ProviderProductivity])
  providers!: ProviderProductivity[];

  @Allow(ADMIN)
  @Field(() => ProductivityDistribution)
  distribution!: ProductivityDistribution;

  @Allow(ADMIN)
  @Field(() => ProductivityTotals)
  totals!: ProductivityTotals;
}

@Sensitive()
@ObjectType({ description: 'A plan’s terms, as they are or as a what-if would make them.' })
export class PlanTermsView {
  @Allow(ADMIN)
  @Field(() => PlanModel)
  model!: PlanModel;

  @Allow(ADMIN)
  @Field(() => Money)
  baseSalary!: number;

  @Allow(ADMIN)
  @Field(() => Int)
  wrvuThresholdHundredths!: number;

  @Allow(ADMIN)
  @Field(() => Money)
  ratePerWrvu!: number;

  @Allow(ADMIN)
  @Field(() => Int)
  collectionsBps!: number;

  @Allow(ADMIN)
  @Field(() => Money)
  qualityBonus!: number;
}

@Sensitive()
@ObjectType({ description: 'One provider’s projected pay now and under the what-if.' })
export class WhatIfRow {
  @Allow(ADMIN)
  @Field(() => ID)
  providerId!: string;

  @Allow(ADMIN)
  @Field(() => Employee)
  provider!: Employee;

  @Allow(ADMIN)
  @Field(() => Int)
  annualizedWrvuHundredths!: number;

  @Allow(ADMIN)
  @Field(() => Money)
  annualizedCollections!: number;

  @Allow(ADMIN)
  @auditPay()
  @Field(() => PlanTermsView, { nullable: true })
  current?: PlanTermsView | null;

  @Allow(ADMIN)
  @auditPay()
  @Field(() => PlanTermsView, { nullable: true })
  whatIf?: PlanTermsView | null;

  @Allow(ADMIN)
  @auditPay()
  @Field(() => Money, { nullable: true })
  currentPay?: number | null;

  @Allow(ADMIN)
  @auditPay()
  @Field(() => Money, { nullable: true })
  whatIfPay?: number | null;

  @Allow(ADMIN)
  @Field(() => Money, { description: 'whatIfPay − currentPay (a missing plan counts as zero).' })
  difference!: number;

  @Allow(ADMIN)
  @Field(() => Money, { nullable: true })
  currentPayPerWrvu?: number | null;

  @Allow(ADMIN)
  @Field(() => Money, { nullable: true })
  whatIfPayPerWrvu?: number | null;

  @Allow(ADMIN)
  @Field(() => Boolean, { description: 'A change touched this provider’s plan.' })
  changed!: boolean;
}

@Sensitive()
@ObjectType({ description: 'Projected pay under changed plan terms, computed and not saved.' })
export class WhatIfResult {
  @Allow(ADMIN)
  @Field(() => Int)
  year!: number;

  @Allow(ADMIN)
  @Field(() => String)
  asOf!: string;

  @Allow(ADMIN)
  @Field(() => [WhatIfRow])
  providers!: WhatIfRow[];

  @Allow(ADMIN)
  @Field(() => Money)
  currentTotal!: number;

  @Allow(ADMIN)
  @Field(() => Money)
  whatIfTotal!: number;

  @Allow(ADMIN)
  @Field(() => Money, { description: 'whatIfTotal − currentTotal: what the change would cost (negative: save).' })
  difference!: number;
}
