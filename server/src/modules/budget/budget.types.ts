import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../core/money';
import { Budget } from './budget.entity';
import { AccountGroup, AccountKind } from '../ledger/ledger.entity';
import { BudgetCheckMode } from '../../core/organization.entity';
import { BudgetSource, VariancePeriodKind } from './budget.inputs';

registerEnumType(BudgetCheckMode, { name: 'BudgetCheckMode', description: 'What happens when spending would exceed the budget.' });

export enum BudgetCheckOutcome {
  OK = 'OK',
  WARN = 'WARN',
  STOP = 'STOP',
}
registerEnumType(BudgetCheckOutcome, { name: 'BudgetCheckOutcome' });

@ObjectType({ description: 'Budget against actual for one period.' })
export class VarianceFigures {
  @Field(() => Money)
  budget!: number;

  @Field(() => Money)
  actual!: number;

  @Field(() => Money, { description: 'actual − budget.' })
  variance!: number;

  @Field(() => Float, { nullable: true, description: 'variance ÷ budget × 100; null when the budget is zero.' })
  variancePercent?: number | null;

  @Field(() => Boolean, { description: 'More revenue or less expense than budgeted (or exactly on budget).' })
  favourable!: boolean;

  @Field(() => Boolean, { description: 'Unfavorable beyond the practice’s threshold.' })
  flagged!: boolean;
}

@ObjectType({ description: 'The same period of the previous fiscal year, from the ledger, against this year.' })
export class PriorYearFigures {
  @Field(() => Money, { description: 'Actuals of the same fiscal months one year earlier.' })
  actual!: number;

  @Field(() => Money, { description: 'This year’s actual − the prior year’s.' })
  change!: number;

  @Field(() => Float, { nullable: true, description: 'change ÷ prior-year actual × 100; null when the prior year had none.' })
  changePercent?: number | null;

  @Field(() => Boolean, { description: 'More revenue or less expense than the year before (or the same).' })
  favourable!: boolean;
}

@ObjectType({ description: 'The fiscal months a variance report’s period covers.' })
export class VariancePeriod {
  @Field(() => VariancePeriodKind)
  kind!: VariancePeriodKind;

  @Field(() => Int, { nullable: true, description: 'The month asked for (MONTH, YEAR_TO_DATE).' })
  month?: number | null;

  @Field(() => Int, { nullable: true, description: 'The quarter asked for (QUARTER).' })
  quarter?: number | null;

  @Field(() => Int, { description: 'First fiscal month of the period (1–12).' })
  fromMonth!: number;

  @Field(() => Int, { description: 'Last fiscal month of the period (0 when year to date has no closed month yet).' })
  toMonth!: number;

  @Field(() => String, { description: 'E.g. "Q2 · Apr–Jun 2026", "Mar 2026", "Jan–Oct 2026".' })
  label!: string;

  @Field(() => String, { description: 'The same period of the previous fiscal year.' })
  priorLabel!: string;
}

@ObjectType()
export class VarianceRow {
  @Field(() => String, { description: 'Stable key: account, group or cost centre id(s).' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ID, { nullable: true })
  accountId?: string | null;

  @Field(() => String, { nullable: true })
  accountCode?: string | null;

  @Field(() => AccountGroup, { nullable: true })
  group?: AccountGroup | null;

  @Field(() => AccountKind, { nullable: true })
  kind?: AccountKind | null;

  @Field(() => ID, { nullable: true })
  costCentreId?: string | null;

  @Field(() => String, { nullable: true })
  costCentreName?: string | null;

  @Field(() => [VarianceFigures], { description: 'Fiscal months 1–12.' })
  months!: VarianceFigures[];

  @Field(() => [VarianceFigures], { description: 'Fiscal quarters 1–4.' })
  quarters!: VarianceFigures[];

  @Field(() => VarianceFigures, { description: 'Fiscal months 1 … throughMonth.' })
  yearToDate!: VarianceFigures;

  @Field(() => VarianceFigures, { description: 'The report’s period (VarianceReport.period); actuals summed by the database.' })
  period!: VarianceFigures;

  @Field(() => PriorYearFigures, { description: 'The same period of the previous fiscal year.' })
  priorYear!: PriorYearFigures;

  @Field(() => Money)
  annualBudget!: number;

  @Field(() => Money, { description: 'Actuals to date + the budget of the remaining months.' })
  yearEndForecast!: number;
}

@ObjectType()
export class VarianceReport {
  @Field(() => Budget)
  budget!: Budget;

  @Field(() => Int, { description: 'Year to date runs through this fiscal month (1–12).' })
  throughMonth!: number;

  @Field(() => VariancePeriod, { description: 'The period of each row’s `period` and `priorYear` figures.' })
  period!: VariancePeriod;

  @Field(() => [String], { description: 'Labels of fiscal months 1–12, e.g. "Jan 2026".' })
  monthLabels!: string[];

  @Field(() => Float)
  thresholdPercent!: number;

  @Field(() => [VarianceRow], { description: 'One row per budget line (account × cost centre).' })
  lines!: VarianceRow[];

  @Field(() => [VarianceRow], { description: 'One row per account across cost centres.' })
  accounts!: VarianceRow[];

  @Field(() => [VarianceRow])
  groups!: VarianceRow[];

  @Field(() => [VarianceRow])
  costCentres!: VarianceRow[];

  @Field(() => VarianceRow, { description: 'Net: revenue − expense.' })
  net!: VarianceRow;

  @Field(() => VarianceRow)
  revenue!: VarianceRow;

  @Field(() => VarianceRow)
  expense!: VarianceRow;
}

@ObjectType()
export class BudgetCheckResult {
  @Field(() => BudgetCheckOutcome)
  outcome!: BudgetCheckOutcome;

  @Field(() => BudgetCheckMode)
  mode!: BudgetCheckMode;

  @Field(() => String)
  message!: string;

  @Field(() => Money)
  monthBudget!: number;

  @Field(() => Money)
  monthActual!: number;

  @Field(() => Money)
  yearBudget!: number;

  @Field(() => Money)
  yearActual!: number;

  @Field(() => Boolean)
  withinMonth!: boolean;

  @Field(() => Boolean)
  withinYear!: boolean;
}

@ObjectType({ description: 'Whether a new budget could start from a source, and why not.' })
export class BudgetSourceOption {
  @Field(() => BudgetSource)
  source!: BudgetSource;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the source cannot be used, when it cannot.' })
  reason?: string | null;
}

@ObjectType({ description: 'What creating a budget with these choices would make, before anything is created.' })
export class NewBudgetPreview {
  @Field(() => Budget, { nullable: true, description: 'The budget of this fiscal year and version that already exists.' })
  existing?: Budget | null;

  @Field(() => [BudgetSourceOption])
  sources!: BudgetSourceOption[];

  @Field(() => [String], { description: 'Months of actuals used as booked (YYYY-MM).' })
  actualMonths!: string[];

  @Field(() => [String], { description: 'Months of last year that have not ended, filled by the chosen rule (YYYY-MM).' })
  filledMonths!: string[];

  @Field(() => Int)
  lineCount!: number;

  @Field(() => Money, { description: 'Annual revenue of the new budget.' })
  revenue!: number;

  @Field(() => Money, { description: 'Annual expense of the new budget.' })
  expense!: number;

  @Field(() => Money, { description: 'Revenue − expense.' })
  net!: number;
}
