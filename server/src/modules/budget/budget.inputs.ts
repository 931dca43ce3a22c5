import { Field, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../core/money';
import { BudgetVersion } from './budget.entity';
import { AccountGroup } from '../ledger/ledger.entity';
import { registerEnumType } from 'type-graphql';

export enum BudgetSource {
  EMPTY = 'EMPTY',
  LAST_YEAR_BUDGET = 'LAST_YEAR_BUDGET',
  LAST_YEAR_ACTUALS = 'LAST_YEAR_ACTUALS',
}
registerEnumType(BudgetSource, { name: 'BudgetSource', description: 'What a new budget starts from.' });

export enum IncompleteMonthFill {
  PRIOR_YEAR = 'PRIOR_YEAR',
  RUN_RATE = 'RUN_RATE',
}
registerEnumType(IncompleteMonthFill, {
  name: 'IncompleteMonthFill',
  description: 'What a budget built from actuals puts in the months of last year that have not ended yet.',
  valuesConfig: {
    PRIOR_YEAR: { description: 'The same month of the year before.' },
    RUN_RATE: { description: 'The average of the months that have ended.' },
  },
});

export enum SpreadMethod {
  EVEN = 'EVEN',
  SEASONAL = 'SEASONAL',
  LAST_YEAR = 'LAST_YEAR',
}
registerEnumType(SpreadMethod, { name: 'SpreadMethod', description: 'How an annual amount is spread over the twelve months.' });

@InputType()
export class GroupUpliftInput {
  @Field(() => AccountGroup)
  group!: AccountGroup;

  @Field(() => Int, { description: 'Basis points: 300 = +3 %.' })
  basisPoints!: number;
}

@InputType({ description: 'One line of a budget started from a simple form: an annual amount, spread evenly.' })
export class AnnualAmountInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => Money, { description: 'The annual amount, in cents.' })
  annual!: number;
}

@InputType()
export class CreateBudgetInput {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => BudgetVersion, { defaultValue: BudgetVersion.ORIGINAL })
  budgetVersion!: BudgetVersion;

  @Field(() => BudgetSource, { defaultValue: BudgetSource.EMPTY })
  source!: BudgetSource;

  @Field(() => Int, { defaultValue: 0, description: 'Uplift for every account, basis points (300 = +3 %).' })
  upliftBasisPoints!: number;

  @Field(() => [GroupUpliftInput], { nullable: true, description: 'Overrides the uplift for these account groups.' })
  groupUplifts?: GroupUpliftInput[];

  @Field(() => IncompleteMonthFill, {
    defaultValue: IncompleteMonthFill.PRIOR_YEAR,
    description: 'From actuals only: how the months of last year that have not ended are filled.',
  })
  fillIncompleteMonths!: IncompleteMonthFill;

  @Field(() => [AnnualAmountInput], {
    nullable: true,
    description: 'With source EMPTY only: the lines to start with, each annual amount spread evenly over the months.',
  })
  annualAmounts?: AnnualAmountInput[];
}

@InputType()
export class BudgetLineInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a line.' })
  lineId?: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; required with lineId.' })
  expectedVersion?: number;

  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  costCentreId!: string;

  @Field(() => [Money], { description: 'Twelve amounts in cents, fiscal month 1 first.' })
  months!: number[];
}

@InputType()
export class SaveBudgetLinesInput {
  @Field(() => ID)
  budgetId!: string;

  @Field(() => [BudgetLineInput])
  lines!: BudgetLineInput[];
}

@InputType()
export class SpreadBudgetLineInput {
  @Field(() => ID)
  lineId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Money, { description: 'The annual amount, in cents.' })
  annual!: number;

  @Field(() => SpreadMethod)
  method!: SpreadMethod;

  @Field(() => [Int], { nullable: true, description: 'SEASONAL: twelve relative weights, fiscal month 1 first.' })
  profile?: number[];
}

export enum VariancePeriodKind {
  YEAR_TO_DATE = 'YEAR_TO_DATE',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
registerEnumType(VariancePeriodKind, {
  name: 'VariancePeriodKind',
  description: 'Which stretch of the fiscal year a variance report compares.',
  valuesConfig: {
    YEAR_TO_DATE: { description: 'Fiscal months 1 … month (default: the last closed month).' },
    QUARTER: { description: 'One fiscal quarter (1–4).' },
    MONTH: { description: 'One fiscal month (1–12).' },
  },
});

@InputType({ description: 'The period of a variance report: year to date, one quarter or one month of the fiscal year.' })
export class VariancePeriodInput {
  @Field(() => VariancePeriodKind)
  kind!: VariancePeriodKind;

  @Field(() => Int, { nullable: true, description: 'Fiscal month: 1–12 for MONTH; 0–12 for YEAR_TO_DATE (through this month).' })
  month?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fiscal quarter 1–4, for QUARTER.' })
  quarter?: number | null;
}
