import { requestLoader } from '../../core/loaders';
import { BudgetService } from './budget.service';

/** Revenue, expense and net of each budget: one statement for every budget a request lists. */
export const budgetTotals = requestLoader<string, { revenue: number; expense: number; net: number }>(async (ctx, ids) => {
  const totals = await new BudgetService(ctx).totals(ids);
  return ids.map((id) => totals.get(id)!);
});
