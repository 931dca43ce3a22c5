import { defineModule, NOTHING } from '../../core/module';
import { CompensationCycle, CompensationRecord, Proposal, SalaryBand } from './compensation.entity';
import { CompensationCycleFieldsResolver, CompensationResolver, EmployeePayFieldsResolver } from './compensation.resolver';
import { seedCompensationDemo } from './compensation.demo';

/** Pay records, salary bands, merit cycles and their proposals. */
export const compensationModule = defineModule({
  name: 'compensation',
  entities: [SalaryBand, CompensationRecord, CompensationCycle, Proposal],
  resolvers: [CompensationResolver, CompensationCycleFieldsResolver, EmployeePayFieldsResolver],
  demo: seedCompensationDemo,
  matrix: {
    'Query.salaryBands': { query: '{ salaryBands { id } }' },
    'Query.payOverview': { query: '{ payOverview { employeeId } }' },
    'Query.payHistory': { query: `{ payHistory(employeeId: "${NOTHING}") { id } }` },
    'Query.myPay': { query: '{ myPay { id } }' },
    'Query.compensationCycles': { query: '{ compensationCycles { id } }' },
    'Query.currentCompensationCycle': { query: '{ currentCompensationCycle { id } }' },
    'Query.compensationCycle': { query: `{ compensationCycle(id: "${NOTHING}") { id } }` },
    'Query.cycleWorksheet': { query: `{ cycleWorksheet(cycleId: "${NOTHING}") { id } }` },
    'Mutation.saveSalaryBand': {
      query: 'mutation { saveSalaryBand(input: { job: "", category: CLINICAL_STAFF, minimum: 0, midpoint: 0, maximum: 0 }) { id } }',
    },
    'Mutation.recordPay': {
      query: `mutation { recordPay(input: { employeeId: "${NOTHING}", effectiveFrom: "x", payBasis: SALARY, rate: 1, fteHundredths: 100, reason: HIRE }) { id } }`,
    },
    'Mutation.openCompensationCycle': {
      query: 'mutation { openCompensationCycle(input: { name: "", effectiveDate: "x", eligibleHiredBy: "x" }) { id } }',
    },
    'Mutation.proposeRaise': { query: `mutation { proposeRaise(input: { id: "${NOTHING}", expectedVersion: 1, meritBps: 0 }) { id } }` },
    'Mutation.approveCompensationCycle': { query: `mutation { approveCompensationCycle(id: "${NOTHING}") { id } }` },
    'Mutation.cancelCompensationCycle': { query: `mutation { cancelCompensationCycle(id: "${NOTHING}") { id } }` },
    'Mutation.applyCompensationCycle': { query: `mutation { applyCompensationCycle(id: "${NOTHING}") { payRecords } }` },
  },
});
