import { defineModule, NOTHING } from '../../core/module';
import { Budget, BudgetLine } from './budget.entity';
import { BudgetFieldsResolver, BudgetLineFieldsResolver, BudgetResolver } from './budget.resolver';
import { BudgetSpreadsheet } from './budget.spreadsheet';
import { seedBudgetDemo } from './budget.demo';
import { Capability } from '../../core/policy';
import { ValidationError } from '../../core/errors';
import { VariancePeriodKind, type VariancePeriodInput } from './budget.inputs';

/** Budgets per fiscal year and version, their approval, variance and spreadsheets. */
export const budgetModule = defineModule({
  name: 'budget',
  entities: [Budget, BudgetLine],
  resolvers: [BudgetResolver, BudgetFieldsResolver, BudgetLineFieldsResolver],
  demo: seedBudgetDemo,
  downloads: [
    {
      path: '/download/budgets/:id.xlsx',
      capability: Capability.BUDGETS_READ,
      async produce(ctx, { params }) {
        const file = await new BudgetSpreadsheet(ctx).exportXlsx(String(params.id));
        return { ...file, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      },
    },
    {
      path: '/download/budgets/:id/variance.csv',
      capability: Capability.BUDGETS_READ,
      async produce(ctx, { params, query }) {
        const through = query.throughMonth === undefined ? undefined : Number(query.throughMonth);
        const file = await new BudgetSpreadsheet(ctx).varianceCsv(String(params.id), through, periodFromQuery(query));
        return { ...file, type: 'text/csv; charset=utf-8' };
      },
    },
  ],
  matrix: {
    'Query.budgets': { query: '{ budgets { id } }' },
    'Query.budget': { query: `{ budget(id: "${NOTHING}") { id } }` },
    'Query.varianceReport': { query: `{ varianceReport(budgetId: "${NOTHING}") { throughMonth } }` },
    'Query.budgetCheck': {
      query: `{ budgetCheck(accountId: "${NOTHING}", costCentreId: "${NOTHING}", date: "2026-01-01", amount: 1) { outcome } }`,
    },
    'Query.budgetSettings': { query: '{ budgetSettings { budgetCheckMode } }' },
    'Query.newBudgetPreview': { query: '{ newBudgetPreview(input: { fiscalYear: 2030 }) { lineCount } }' },
    'Mutation.createBudget': { query: 'mutation { createBudget(input: { fiscalYear: 1 }) { id } }' },
    'Mutation.saveBudgetLines': { query: `mutation { saveBudgetLines(input: { budgetId: "${NOTHING}", lines: [] }) { id } }` },
    'Mutation.deleteBudgetLine': { query: `mutation { deleteBudgetLine(lineId: "${NOTHING}", expectedVersion: 1) }` },
    'Mutation.spreadBudgetLine': {
      query: `mutation { spreadBudgetLine(input: { lineId: "${NOTHING}", expectedVersion: 1, annual: 1, method: EVEN }) { id } }`,
    },
    'Mutation.submitBudget': { query: `mutation { submitBudget(id: "${NOTHING}") { id } }` },
    'Mutation.approveBudget': { query: `mutation { approveBudget(id: "${NOTHING}") { id } }` },
    'Mutation.rejectBudget': { query: `mutation { rejectBudget(id: "${NOTHING}", comment: "x") { id } }` },
    'Mutation.lockBudget': { query: `mutation { lockBudget(id: "${NOTHING}") { id } }` },
    'Mutation.reviseBudget': { query: `mutation { reviseBudget(id: "${NOTHING}") { id } }` },
    'Query.currentBudget': { query: '{ currentBudget { id } }' },
    'Mutation.deleteBudget': { query: `mutation { deleteBudget(id: "${NOTHING}") }` },
    'Mutation.importBudgetXlsx': { query: `mutation { importBudgetXlsx(budgetId: "${NOTHING}", fileBase64: "") { added } }` },
    'Mutation.updateBudgetSettings': {
      query: 'mutation { updateBudgetSettings(varianceThresholdBps: -1, budgetCheckMode: WARN) { budgetCheckMode } }',
    },
  },
});

/** `?period=QUARTER&quarter=2`, `?period=MONTH&month=5` or `?period=YEAR_TO_DATE&month=7` of a variance download. */
function periodFromQuery(query: Record<string, unknown>): VariancePeriodInput | undefined {
  if (query.period === undefined) return undefined;
  const kind = String(query.period);
  if (!Object.values(VariancePeriodKind).includes(kind as VariancePeriodKind)) {
    throw new ValidationError('period', 'Choose YEAR_TO_DATE, QUARTER or MONTH.');
  }
  const whole = (v: unknown) => (v === undefined ? undefined : Number(v));
  return { kind: kind as VariancePeriodKind, month: whole(query.month), quarter: whole(query.quarter) };
}
