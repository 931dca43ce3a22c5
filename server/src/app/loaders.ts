import DataLoader from 'dataloader';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { Context } from '../core/context';
import type { Position } from '../modules/orgchart/orgchart.entity';
import { OrgChartService } from '../modules/orgchart/orgchart.service';
import { BudgetService } from '../modules/budget/budget.service';
import { CompensationService } from '../modules/compensation/compensation.service';
import type { CompensationRecord } from '../modules/compensation/compensation.entity';

/** Request-scoped batch loaders: a field on a list costs one statement, not one per row. */
export function createLoaders(ctx: Context) {
  const byEntity = new Map<EntityClass<any>, DataLoader<string, any>>();
  function byId<T extends { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> {
    let loader = byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await ctx.em.find(entity, { id: { $in: [...ids] } } as never);
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      });
      byEntity.set(entity, loader);
    }
    return loader;
  }
  return {
    /** The relation as loaded, or one batched statement for all the stubs of this request. */
    async related<T extends { id: string }>(entity: EntityClass<T>, stub: T | null | undefined): Promise<T | null> {
      if (!stub) return null;
      // Plain rows (the org chart's read path) already hold what they refer to.
      if (!(stub as { __helper?: unknown }).__helper) return stub;
      return wrap(stub).isInitialized() ? stub : byId(entity).load(stub.id);
    },
    budgetTotals: new DataLoader<string, { revenue: number; expense: number; net: number }>(async (ids) => {
      const totals = await new BudgetService(ctx).totals([...ids]);
      return ids.map((id) => totals.get(id)!);
    }),
    currentPay: new DataLoader<string, CompensationRecord | null>(async (employeeIds) => {
      const records = await new CompensationService(ctx).currentRecords([...employeeIds]);
      return employeeIds.map((id) => records.get(id) ?? null);
    }),
    currentPosition: new DataLoader<string, Position | null>(async (employeeIds) => {
      const byEmployee = await new OrgChartService(ctx).currentPositions([...employeeIds]);
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
