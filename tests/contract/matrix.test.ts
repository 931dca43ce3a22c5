import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { praxisSchema } from '../../server/src/app/schema';
import { PUBLIC, SIGNED_IN, requirementsOf } from '../../server/src/core/allow';
import { POLICY, Role, type Capability } from '../../server/src/core/policy';
import { createTestEnv, type ApiClient, type TestEnv } from '../../server/src/test/harness';

/** One demo user per role; consultants act in Riverside. */
const USERS: Record<Role, { email: string; organization?: string }> = {
  [Role.OFFICE_MANAGER]: { email: 'office-manager@demo.test' },
  [Role.PRACTICE_MANAGER]: { email: 'practice-manager@demo.test' },
  [Role.ADMINISTRATOR]: { email: 'administrator@demo.test' },
  [Role.PHYSICIAN_OWNER]: { email: 'owner@demo.test' },
  [Role.CONSULTANT]: { email: 'consultant@demo.test', organization: 'riverside' },
  [Role.ASSISTANT]: { email: 'assistant@demo.test' },
  [Role.PROVIDER]: { email: 'provider@demo.test' },
  [Role.STAFF]: { email: 'staff@demo.test' },
};

const NO_ID = '00000000-0000-4000-8000-000000000000';
const OFFICE_STAFF_HIRE = { firstName: 'Matrix', lastName: 'Probe', workEmail: 'not-an-email', category: 'ADMINISTRATIVE_STAFF', hireDate: '2026-01-01' };

/**
 * A harmless call of every guarded operation: an allowed role gets data or a VALIDATION/NOT_FOUND
 * error (inputs point at nothing), a denied role gets FORBIDDEN, and nothing is changed.
 */
const CALLS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'Query.viewer': { query: '{ viewer { id } }' },
  'Query.orgChart': { query: '{ orgChart { asOf } }' },
  'Query.chainOfCommand': { query: `{ chainOfCommand(positionId: "${NO_ID}") { id } }` },
  'Query.headcount': { query: '{ headcount { total } }' },
  'Query.vacancies': { query: '{ vacancies { id } }' },
  'Query.myTeam': { query: '{ myTeam { id } }' },
  'Query.employees': { query: '{ employees { id } }' },
  'Query.employee': { query: `{ employee(id: "${NO_ID}") { id } }` },
  'Query.position': { query: `{ position(id: "${NO_ID}") { id } }` },
  'Query.locations': { query: '{ locations { id } }' },
  'Query.departments': { query: '{ departments { id } }' },
  'Query.auditLog': { query: '{ auditLog(limit: 1) { total } }' },
  'Mutation.login': { query: 'mutation { login(email: "nobody@demo.test", password: "wrong-wrong") { token } }' },
  'Mutation.logout': { query: 'mutation { logout }' },
  'Mutation.createPosition': {
    query: 'mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }',
    variables: { input: { title: '', category: 'ADMINISTRATIVE_STAFF', tier: 'STAFF', openedOn: '2026-01-01' } },
  },
  'Mutation.movePosition': {
    query: 'mutation ($input: MovePositionInput!) { movePosition(input: $input) { id } }',
    variables: { input: { positionId: NO_ID, effectiveDate: '2026-01-01' } },
  },
  'Mutation.closePosition': {
    query: 'mutation ($input: ClosePositionInput!) { closePosition(input: $input) { id } }',
    variables: { input: { positionId: NO_ID, closedOn: '2026-01-01' } },
  },
  'Mutation.hireEmployee': {
    query: 'mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }',
    variables: { input: OFFICE_STAFF_HIRE },
  },
  'Mutation.updateEmployee': {
    query: 'mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }',
    variables: { input: { employeeId: NO_ID, expectedVersion: 1 } },
  },
  'Mutation.transferEmployee': {
    query: 'mutation ($input: TransferEmployeeInput!) { transferEmployee(input: $input) { id } }',
    variables: { input: { employeeId: NO_ID, positionId: NO_ID, effectiveDate: '2026-01-01' } },
  },
  'Mutation.terminateEmployee': {
    query: 'mutation ($input: TerminateEmployeeInput!) { terminateEmployee(input: $input) { id } }',
    variables: { input: { employeeId: NO_ID, endDate: '2026-01-01' } },
  },
  'Query.accounts': { query: '{ accounts { id } }' },
  'Query.costCentres': { query: '{ costCentres { id } }' },
  'Query.budgets': { query: '{ budgets { id } }' },
  'Query.budget': { query: `{ budget(id: "${NO_ID}") { id } }` },
  'Query.varianceReport': { query: `{ varianceReport(budgetId: "${NO_ID}") { throughMonth } }` },
  'Query.ledgerEntries': { query: '{ ledgerEntries(from: "2020-01-01", to: "2020-01-02") { total } }' },
  'Query.budgetCheck': { query: `{ budgetCheck(accountId: "${NO_ID}", costCentreId: "${NO_ID}", date: "2026-01-01", amount: 1) { outcome } }` },
  'Query.budgetSettings': { query: '{ budgetSettings { budgetCheckMode } }' },
  'Query.inspectActualsCsv': { query: '{ inspectActualsCsv(csv: "Date,Amount") { headers } }' },
  'Mutation.saveAccount': { query: 'mutation { saveAccount(input: { code: "", name: "", group: OTHER_EXPENSE }) { id } }' },
  'Mutation.createBudget': { query: 'mutation { createBudget(input: { fiscalYear: 1 }) { id } }' },
  'Mutation.saveBudgetLines': { query: `mutation { saveBudgetLines(input: { budgetId: "${NO_ID}", lines: [] }) { id } }` },
  'Mutation.deleteBudgetLine': { query: `mutation { deleteBudgetLine(lineId: "${NO_ID}", expectedVersion: 1) }` },
  'Mutation.spreadBudgetLine': { query: `mutation { spreadBudgetLine(input: { lineId: "${NO_ID}", expectedVersion: 1, annual: 1, method: EVEN }) { id } }` },
  'Mutation.submitBudget': { query: `mutation { submitBudget(id: "${NO_ID}") { id } }` },
  'Mutation.approveBudget': { query: `mutation { approveBudget(id: "${NO_ID}") { id } }` },
  'Mutation.rejectBudget': { query: `mutation { rejectBudget(id: "${NO_ID}", comment: "x") { id } }` },
  'Mutation.lockBudget': { query: `mutation { lockBudget(id: "${NO_ID}") { id } }` },
  'Mutation.reviseBudget': { query: `mutation { reviseBudget(id: "${NO_ID}") { id } }` },
  'Mutation.postJournalEntry': { query: `mutation { postJournalEntry(input: { date: "x", accountId: "${NO_ID}", costCentreId: "${NO_ID}", amount: 1 }) { id } }` },
  'Mutation.importActuals': { query: 'mutation { importActuals(input: { fileName: "x.csv", csv: "A,B", columns: { date: "Date", account: "Account", costCentre: "Class", amount: "Amount" } }) { ok } }' },
  'Query.currentBudget': { query: '{ currentBudget { id } }' },
  'Mutation.deleteBudget': { query: `mutation { deleteBudget(id: "${NO_ID}") }` },
  'Mutation.importBudgetXlsx': { query: `mutation { importBudgetXlsx(budgetId: "${NO_ID}", fileBase64: "") { added } }` },
  'Query.campaigns': { query: '{ campaigns { id } }' },
  'Query.campaign': { query: `{ campaign(id: "${NO_ID}") { id } }` },
  'Query.campaignMeasures': { query: '{ campaignMeasures { key } }' },
  'Query.leads': { query: '{ leads { id } }' },
  'Mutation.saveCampaign': { query: 'mutation { saveCampaign(input: { name: "", channel: OTHER, startDate: "x", endDate: "x", budgetAmount: 0, trackingCode: "" }) { warning } }' },
  'Mutation.setCampaignStatus': { query: `mutation { setCampaignStatus(id: "${NO_ID}", status: ACTIVE) { id } }` },
  'Mutation.addCampaignSpend': { query: `mutation { addCampaignSpend(input: { campaignId: "${NO_ID}", date: "x", amount: 1 }) { id } }` },
  'Mutation.addLead': { query: 'mutation { addLead(input: { inquiryDate: "x" }) { id } }' },
  'Mutation.moveLead': { query: `mutation { moveLead(input: { leadId: "${NO_ID}", expectedVersion: 1, stage: SCHEDULED, date: "x" }) { id } }` },
  'Mutation.importLeads': { query: 'mutation { importLeads(csv: "a,b") { ok } }' },
  'Mutation.importCampaignSpend': { query: 'mutation { importCampaignSpend(csv: "a,b") { ok } }' },
  'Query.salaryBands': { query: '{ salaryBands { id } }' },
  'Query.payOverview': { query: '{ payOverview { employeeId } }' },
  'Query.payHistory': { query: `{ payHistory(employeeId: "${NO_ID}") { id } }` },
  'Query.myPay': { query: '{ myPay { id } }' },
  'Query.compensationCycles': { query: '{ compensationCycles { id } }' },
  'Query.currentCompensationCycle': { query: '{ currentCompensationCycle { id } }' },
  'Query.compensationCycle': { query: `{ compensationCycle(id: "${NO_ID}") { id } }` },
  'Query.cycleWorksheet': { query: `{ cycleWorksheet(cycleId: "${NO_ID}") { id } }` },
  'Mutation.saveSalaryBand': { query: 'mutation { saveSalaryBand(input: { job: "", category: CLINICAL_STAFF, minimum: 0, midpoint: 0, maximum: 0 }) { id } }' },
  'Mutation.recordPay': { query: `mutation { recordPay(input: { employeeId: "${NO_ID}", effectiveFrom: "x", payBasis: SALARY, rate: 1, fteHundredths: 100, reason: HIRE }) { id } }` },
  'Mutation.openCompensationCycle': { query: 'mutation { openCompensationCycle(input: { name: "", effectiveDate: "x", eligibleHiredBy: "x" }) { id } }' },
  'Mutation.proposeRaise': { query: `mutation { proposeRaise(input: { id: "${NO_ID}", expectedVersion: 1, meritBps: 0 }) { id } }` },
  'Mutation.approveCompensationCycle': { query: `mutation { approveCompensationCycle(id: "${NO_ID}") { id } }` },
  'Mutation.cancelCompensationCycle': { query: `mutation { cancelCompensationCycle(id: "${NO_ID}") { id } }` },
  'Mutation.applyCompensationCycle': { query: `mutation { applyCompensationCycle(id: "${NO_ID}") { payRecords } }` },
  'Mutation.updateBudgetSettings': { query: 'mutation { updateBudgetSettings(varianceThresholdBps: -1, budgetCheckMode: WARN) { budgetCheckMode } }' },
  'Query.procedureCodes': { query: '{ procedureCodes(limit: 1) { code } }' },
  'Query.encounterStats': { query: '{ encounterStats { encounters } }' },
  'Mutation.importProcedureCodes': { query: 'mutation { importProcedureCodes(csv: "a,b") { ok } }' },
  'Mutation.importEncounters': { query: 'mutation { importEncounters(csv: "a,b", dryRun: true) { ok } }' },
  'Query.productivity': { query: '{ productivity(year: 2026, month: 1) { year } }' },
  'Query.providerProductivity': { query: `{ providerProductivity(providerId: "${NO_ID}", year: 2026) { providerId } }` },
  'Query.myProductivity': { query: '{ myProductivity { providerId } }' },
  'Query.providerPlans': { query: '{ providerPlans(year: 2026) { id } }' },
  'Query.productivityTargets': { query: '{ productivityTargets(year: 2026) { id } }' },
  'Query.productivityWhatIf': { query: '{ productivityWhatIf(input: { year: 2026, changes: [] }) { difference } }' },
  'Mutation.saveProviderPlan': { query: `mutation { saveProviderPlan(input: { providerId: "${NO_ID}", year: 2026, model: SALARY }) { id } }` },
  'Mutation.saveProductivityTarget': { query: `mutation { saveProductivityTarget(input: { providerId: "${NO_ID}", year: 2026, patientsPerDayTenths: 0, visits: 0, wrvuHundredths: 0, charges: 0, collections: 0 }) { id } }` },
};

interface Operation {
  key: string;
  capabilities: Capability[];
}

let env: TestEnv;
let operations: Operation[];
const clients = new Map<Role, ApiClient>();

beforeAll(async () => {
  env = await createTestEnv();
  const schema = await praxisSchema();
  const roots = [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[];
  operations = roots.flatMap((root) => Object.values(root.getFields()).map((field) => ({
    key: `${root.name}.${field.name}`,
    capabilities: (requirementsOf(field) ?? []).filter((r) => r !== PUBLIC && r !== SIGNED_IN) as Capability[],
  })));
  for (const role of Object.values(Role)) clients.set(role, await env.as(USERS[role].email, { organization: USERS[role].organization }));
});
afterAll(() => env?.close());

describe('the access matrix', () => {
  it('has a harmless call for every operation, so a new operation cannot skip the matrix', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(CALLS).sort());
  });

  for (const role of Object.values(Role)) {
    it(`${role}: allowed exactly where the policy table grants a capability, FORBIDDEN elsewhere`, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const operation of operations.filter((o) => o.capabilities.length > 0)) {
        const call = CALLS[operation.key];
        const result = await clients.get(role)!.gql(call.query, call.variables);
        const code = result.errors?.[0]?.extensions?.code;
        const allowed = operation.capabilities.some((c) => POLICY[role].includes(c));
        outcomes.push(`${operation.key}: ${code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'denied' : 'allowed'}`);
        expected.push(`${operation.key}: ${allowed ? 'allowed' : 'denied'}`);
        if (!allowed) expect(code, `${role} ${operation.key}`).toBe('FORBIDDEN');
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('lets every signed-in role read its viewer, and nobody signed out', async () => {
    for (const role of Object.values(Role)) expect((await clients.get(role)!.gql('{ viewer { id } }')).errors).toBeUndefined();
    expect((await env.anonymous().gql('{ viewer { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
