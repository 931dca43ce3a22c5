import { defineModule, NOTHING } from '../../core/module';
import { Assignment, Department, Employee, Location, Position, ReportingLine } from './orgchart.entity';
import { EmployeeFieldsResolver, OrgChartResolver, PositionFieldsResolver } from './orgchart.resolver';
import { seedOrgChartDemo } from './orgchart.demo';

const OFFICE_STAFF_HIRE = {
  firstName: 'Matrix',
  lastName: 'Probe',
  workEmail: 'not-an-email',
  category: 'ADMINISTRATIVE_STAFF',
  hireDate: '2026-01-01',
};

/** Locations, departments, seats, reporting lines and the people who fill them. */
export const orgChartModule = defineModule({
  name: 'orgchart',
  entities: [Location, Department, Position, ReportingLine, Employee, Assignment],
  resolvers: [OrgChartResolver, EmployeeFieldsResolver, PositionFieldsResolver],
  demo: seedOrgChartDemo,
  matrix: {
    'Query.orgChart': { query: '{ orgChart { asOf } }' },
    'Query.chainOfCommand': { query: `{ chainOfCommand(positionId: "${NOTHING}") { id } }` },
    'Query.headcount': { query: '{ headcount { total } }' },
    'Query.vacancies': { query: '{ vacancies { id } }' },
    'Query.myTeam': { query: '{ myTeam { id } }' },
    'Query.employees': { query: '{ employees { id } }' },
    'Query.employee': { query: `{ employee(id: "${NOTHING}") { id } }` },
    'Query.position': { query: `{ position(id: "${NOTHING}") { id } }` },
    'Query.locations': { query: '{ locations { id } }' },
    'Query.departments': { query: '{ departments { id } }' },
    'Mutation.createPosition': {
      query: 'mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }',
      variables: { input: { title: '', category: 'ADMINISTRATIVE_STAFF', tier: 'STAFF', openedOn: '2026-01-01' } },
    },
    'Mutation.movePosition': {
      query: 'mutation ($input: MovePositionInput!) { movePosition(input: $input) { id } }',
      variables: { input: { positionId: NOTHING, effectiveDate: '2026-01-01' } },
    },
    'Mutation.closePosition': {
      query: 'mutation ($input: ClosePositionInput!) { closePosition(input: $input) { id } }',
      variables: { input: { positionId: NOTHING, closedOn: '2026-01-01' } },
    },
    'Mutation.hireEmployee': {
      query: 'mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
      variables: { input: OFFICE_STAFF_HIRE },
    },
    'Mutation.updateEmployee': {
      query: 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }',
      variables: { input: { employeeId: NOTHING, expectedVersion: 1 } },
    },
    'Mutation.transferEmployee': {
      query: 'mutation ($input: TransferEmployeeInput!) { transferEmployee(input: $input) { id } }',
      variables: { input: { employeeId: NOTHING, positionId: NOTHING, effectiveDate: '2026-01-01' } },
    },
    'Mutation.terminateEmployee': {
      query: 'mutation ($input: TerminateEmployeeInput!) { terminateEmployee(input: $input) { id } }',
      variables: { input: { employeeId: NOTHING, endDate: '2026-01-01' } },
    },
  },
});
