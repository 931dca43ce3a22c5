import { defineModule, NOTHING, type Download } from '../../core/module';
import { Capability } from '../../core/policy';
import { PayrollExport, TimeCard, TimeCardCorrection, TimeCardSettings, TimeEntry } from './timecards.entity';
import { PayrollExportResolver, TimeCardCorrectionResolver, TimeCardResolver, TimeEntryResolver } from './timecards.resolver';
import { TimeCardService } from './timecards.service';
import { seedTimeCardsDemo } from './timecards.demo';

const csv = (format: 'gusto' | 'adp'): Download => ({
  path: `/download/payroll/:id/${format}.csv`,
  capability: Capability.TIME_CARDS_APPROVE_ALL,
  async produce(ctx, { params }) {
    const file = await new TimeCardService(ctx).payrollCsv(String(params.id), format);
    return { ...file, type: 'text/csv; charset=utf-8' };
  },
});

/** Time cards: punches and hours, overtime by rule, approval on the org chart's lines, and the payroll export. */
export const timeCardsModule = defineModule({
  name: 'timecards',
  entities: [TimeCardSettings, PayrollExport, TimeCard, TimeEntry, TimeCardCorrection],
  resolvers: [TimeCardResolver, TimeEntryResolver, TimeCardCorrectionResolver, PayrollExportResolver],
  demo: seedTimeCardsDemo,
  downloads: [csv('gusto'), csv('adp')],
  matrix: {
    'Query.myTimeCard': { query: '{ myTimeCard { weekStart } }' },
    'Query.timeCard': { query: `{ timeCard(id: "${NOTHING}") { id } }` },
    'Query.timeCards': { query: '{ timeCards(weekStart: "2026-01-04") { id } }' },
    'Query.timeCardSettings': { query: '{ timeCardSettings { ruleSet } }' },
    'Query.payrollPeriod': { query: '{ payrollPeriod(periodStart: "2026-01-04", periodEnd: "2026-01-04") { id } }' },
    'Query.payrollExports': { query: '{ payrollExports { id } }' },
    'Mutation.clock': { query: 'mutation { clock(action: MEAL_END) { id } }' },
    'Mutation.saveTimeEntry': {
      query: `mutation { saveTimeEntry(input: { employeeId: "${NOTHING}", kind: WORK, day: "2026-01-05" }) { id } }`,
    },
    'Mutation.removeTimeEntry': { query: `mutation { removeTimeEntry(entryId: "${NOTHING}", reason: "x", expectedVersion: 1) { id } }` },
    'Mutation.submitTimeCard': { query: `mutation { submitTimeCard(id: "${NOTHING}", expectedVersion: 1) { id } }` },
    'Mutation.approveTimeCard': { query: `mutation { approveTimeCard(id: "${NOTHING}", expectedVersion: 1) { id } }` },
    'Mutation.reopenTimeCard': { query: `mutation { reopenTimeCard(id: "${NOTHING}", expectedVersion: 1, reason: "x") { id } }` },
    'Mutation.lockTimeCards': { query: 'mutation { lockTimeCards(weekStart: "1999-01-03") { id } }' },
    'Mutation.exportPayroll': { query: 'mutation { exportPayroll(periodStart: "2026-01-04", periodEnd: "2025-01-04") { id } }' },
    'Mutation.saveTimeCardSettings': {
      query: 'mutation { saveTimeCardSettings(input: { workweekStartsOn: 9, ruleSet: FLSA, roundingMinutes: 0 }) { id } }',
    },
  },
});
