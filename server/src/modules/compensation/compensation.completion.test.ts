import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { today, todayAsDate } from '../../core/dates';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { User } from '../../core/organization.entity';
import { CompensationCycle, Proposal } from './compensation.entity';

/**
 * Issue 19.3: the demo's open cycle has most people still unproposed. The cycle says so — by manager
 * and by name — and approving it as it stands is an explicit choice with a reason, kept on record.
 */
let env: TestEnv;
let admin: ApiClient;
let pm: ApiClient;
let demoCycleId: string;

const year = todayAsDate().getUTCFullYear();
const COMPLETION = `query ($id: ID!) { compensationCycle(id: $id) { id completion {
  eligible proposed missing
  byManager { managerId managerName eligible proposed }
  unproposed { employeeId name managerId managerName isYou } } } }`;
const WORKSHEET = 'query ($id: ID!) { cycleWorksheet(cycleId: $id) { employeeId name managerId managerName proposedBy } }';
const APPROVE = `mutation ($id: ID!, $input: ApproveCycleInput) { approveCompensationCycle(id: $id, input: $input) {
  status eligibleAtApproval proposedAtApproval incompleteReason } }`;
const STATUS = 'query ($id: ID!) { compensationCycle(id: $id) { status eligibleAtApproval proposedAtApproval incompleteReason } }';

const completion = async (client: ApiClient, id: string) =>
  expectNoErrors(await client.gql(COMPLETION, { id })).compensationCycle.completion;
const worksheet = async (client: ApiClient, id: string) => expectNoErrors(await client.gql(WORKSHEET, { id })).cycleWorksheet as any[];

async function cycleUpdates(id: string) {
  return env.orm.em.fork().find(AuditEntry, { entityId: id, action: AuditAction.UPDATE }, { filters: false });
}

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  pm = await env.as('practice-manager@demo.test');
  demoCycleId = expectNoErrors(await admin.gql('{ compensationCycles { id status } }')).compensationCycles.find(
    (c: any) => c.status === 'OPEN',
  ).id;
});
afterAll(() => env?.close());

describe('how complete a merit cycle is', () => {
  it('counts the demo cycle: the managers’ proposals made, everyone else still to do, by manager and by name', async () => {
    const c = await completion(admin, demoCycleId);
    const rows = await worksheet(admin, demoCycleId);
    // The demo's figures: everyone eligible, the administrator has proposed for the managers only.
    expect({ eligible: c.eligible, proposed: c.proposed, missing: c.missing }).toEqual({ eligible: 46, proposed: 4, missing: 42 });
    // The same people as the worksheet, counted independently of it.
    expect(c.eligible).toBe(rows.length);
    expect(c.proposed).toBe(rows.filter((r) => r.proposedBy).length);
    expect(c.unproposed.map((p: any) => p.employeeId).sort()).toEqual(
      rows
        .filter((r) => !r.proposedBy)
        .map((r) => r.employeeId)
        .sort(),
    );
    // Each person under the manager the worksheet shows for them.
    for (const p of c.unproposed) {
      const row = rows.find((r) => r.employeeId === p.employeeId);
      expect([p.name, p.managerId, p.managerName]).toEqual([row.name, row.managerId, row.managerName]);
    }
    // By manager: the sums are the totals, and each manager's figures are their people's on the worksheet.
    expect(c.byManager.reduce((n: number, m: any) => n + m.eligible, 0)).toBe(c.eligible);
    expect(c.byManager.reduce((n: number, m: any) => n + m.proposed, 0)).toBe(c.proposed);
    for (const m of c.byManager) {
      const theirs = rows.filter((r) => r.managerId === m.managerId);
      expect([m.managerName, m.eligible, m.proposed]).toEqual([
        theirs[0]?.managerName ?? null,
        theirs.length,
        theirs.filter((r) => r.proposedBy).length,
      ]);
    }
    // Most missing first.
    const missing = c.byManager.map((m: any) => m.eligible - m.proposed);
    expect(missing).toEqual([...missing].sort((a, b) => b - a));
    // The administrator's own row is among the missing, and marked as hers: nobody proposes their own raise.
    expect(c.unproposed.filter((p: any) => p.isYou).map((p: any) => p.name)).toEqual(['Dana Whitfield']);
  });

  it('shows the practice manager staff only, like the worksheet and the pool', async () => {
    const c = await completion(pm, demoCycleId);
    const rows = await worksheet(pm, demoCycleId);
    expect(c.eligible).toBe(rows.length);
    expect(c.eligible).toBeLessThan(46);
    expect(c.unproposed.map((p: any) => p.employeeId).sort()).toEqual(
      rows
        .filter((r) => !r.proposedBy)
        .map((r) => r.employeeId)
        .sort(),
    );
    expect(c.unproposed.some((p: any) => p.name === 'Dana Whitfield' && !p.isYou)).toBe(true);
  });

  it('is refused to those who may not see the cycle', async () => {
    const staff = await env.as('staff@demo.test');
    expect((await staff.gql(COMPLETION, { id: demoCycleId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('approving an incomplete cycle', () => {
  it('is refused without an acknowledgement, and changes nothing', async () => {
    const refused = await admin.gql(APPROVE, { id: demoCycleId });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'NEEDS_CONFIRMATION',
      field: 'input.acknowledgeIncomplete',
      kind: 'CYCLE_INCOMPLETE',
      eligible: 46,
      proposed: 4,
      missing: 42,
    });
    expect(refused.errors?.[0].message).toContain('42 of 46');
    // A reason alone is not an acknowledgement; an acknowledgement needs a reason.
    const unacknowledged = await admin.gql(APPROVE, { id: demoCycleId, input: { reason: 'Year end' } });
    expect(unacknowledged.errors?.[0].extensions?.code).toBe('NEEDS_CONFIRMATION');
    const noReason = await admin.gql(APPROVE, { id: demoCycleId, input: { acknowledgeIncomplete: true, reason: '   ' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.reason' });
    expect(expectNoErrors(await admin.gql(STATUS, { id: demoCycleId })).compensationCycle).toEqual({
      status: 'OPEN',
      eligibleAtApproval: null,
      proposedAtApproval: null,
      incompleteReason: null,
    });
    expect(await cycleUpdates(demoCycleId)).toEqual([]);
    // Still the administrator's alone.
    const byPm = await pm.gql(APPROVE, { id: demoCycleId, input: { acknowledgeIncomplete: true, reason: 'x' } });
    expect(byPm.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('goes ahead with an acknowledgement and a reason, and keeps who, why and the counts', async () => {
    const reason = 'Payroll closes Friday; the staff raises follow in a mid-year cycle.';
    const approved = expectNoErrors(
      await admin.gql(APPROVE, { id: demoCycleId, input: { acknowledgeIncomplete: true, reason: `  ${reason} ` } }),
    ).approveCompensationCycle;
    expect(approved).toEqual({ status: 'APPROVED', eligibleAtApproval: 46, proposedAtApproval: 4, incompleteReason: reason });
    const em = env.orm.em.fork();
    const cycle = await em.findOneOrFail(CompensationCycle, { id: demoCycleId }, { filters: false });
    const dana = await em.findOneOrFail(User, { email: 'administrator@demo.test' });
    expect(cycle.approvedBy?.id).toBe(dana.id);
    // The audit trail has the approval with its reason and counts.
    const [entry] = await cycleUpdates(demoCycleId);
    expect(entry?.actor?.id).toBe(dana.id);
    expect(entry?.after).toMatchObject({
      status: 'APPROVED',
      approvedBy: dana.id,
      eligibleAtApproval: 46,
      proposedAtApproval: 4,
      incompleteReason: reason,
    });
  });
});

describe('a complete cycle', () => {
  let cycleId: string;

  beforeAll(async () => {
    expectNoErrors(await admin.gql('mutation ($id: ID!) { cancelCompensationCycle(id: $id) { status } }', { id: demoCycleId }));
    cycleId = expectNoErrors(
      await admin.gql('mutation ($input: OpenCycleInput!) { openCompensationCycle(input: $input) { id } }', {
        input: { name: 'Staff only', effectiveDate: `${year + 1}-04-01`, eligibleHiredBy: today(), includeProviders: false, poolBps: 300 },
      }),
    ).openCompensationCycle.id;
  });

  it('counts in a fixed number of statements, however many people the cycle holds', async () => {
    const statements = async (id: string) => {
      const bare = await admin.gql('query ($id: ID!) { compensationCycle(id: $id) { id } }', { id });
      const full = await admin.gql(COMPLETION, { id });
      expectNoErrors(full);
      return full.sqlStatements - bare.sqlStatements;
    };
    const small = await completion(admin, cycleId);
    const large = await completion(admin, demoCycleId);
    expect(small.eligible).toBeLessThan(large.eligible);
    expect(await statements(cycleId)).toBe(2);
    expect(await statements(demoCycleId)).toBe(2);
  });

  it('approves as before, with no acknowledgement, and records the counts', async () => {
    // Everyone proposed: the administrator for the others, and her own row by whoever sets her pay.
    const em = env.orm.em.fork();
    await em.nativeUpdate(Proposal, { cycle: cycleId }, { proposedAt: new Date(), meritBps: 0 }, { filters: false });
    const c = await completion(admin, cycleId);
    expect(c).toMatchObject({ missing: 0, unproposed: [] });
    expect(c.byManager.every((m: any) => m.eligible === m.proposed)).toBe(true);
    const approved = expectNoErrors(await admin.gql(APPROVE, { id: cycleId })).approveCompensationCycle;
    expect(approved).toEqual({
      status: 'APPROVED',
      eligibleAtApproval: c.eligible,
      proposedAtApproval: c.eligible,
      incompleteReason: null,
    });
  });
});
