import type { Context } from '../../core/context';
import { requestLoader } from '../../core/loaders';
import { Employee, type Position } from './orgchart.entity';
import { OrgChartService } from './orgchart.service';

/** The seat each employee fills today: one statement for every employee a request asks about. */
export const currentPosition = requestLoader<string, Position | null>(async (ctx, employeeIds) => {
  const byEmployee = await new OrgChartService(ctx).currentPositions(employeeIds);
  return employeeIds.map((id) => byEmployee.get(id) ?? null);
});

const VIEWER_EMPLOYEE = Symbol('viewer employee');

/** The viewer's own employee record in the request's organization: one statement per request. */
export function viewerEmployee(ctx: Context): Promise<Employee | null> {
  if (!ctx.user || !ctx.membership) return Promise.resolve(null);
  return ctx.memo(VIEWER_EMPLOYEE, () => ctx.em.findOne(Employee, { user: ctx.user!.id }));
}
