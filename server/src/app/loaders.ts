import DataLoader from 'dataloader';
import type { Context } from './context';
import type { Position } from '../modules/orgchart/orgchart.entity';
import { OrgChartService } from '../modules/orgchart/orgchart.service';

/** Request-scoped batch loaders: a field on a list costs one statement, not one per row. */
export function createLoaders(ctx: Context) {
  return {
    currentPosition: new DataLoader<string, Position | null>(async (employeeIds) => {
      const byEmployee = await new OrgChartService(ctx).currentPositions([...employeeIds]);
      return employeeIds.map((id) => byEmployee.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
