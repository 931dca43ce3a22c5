import { requestLoader } from '../../core/loaders';
import type { CompensationRecord } from './compensation.entity';
import { CompensationService } from './compensation.service';

/** Each employee's pay in force today: one statement for every employee a request asks about. */
export const currentPay = requestLoader<string, CompensationRecord | null>(async (ctx, employeeIds) => {
  const records = await new CompensationService(ctx).currentRecords(employeeIds);
  return employeeIds.map((id) => records.get(id) ?? null);
});
