import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { today, todayAsDate } from '../../core/dates';
import { Role } from '../../core/policy';
import { AuditAction, AuditEntry } from '../../core/audit/audit-entry.entity';
import { Budget, BudgetLine, BudgetStatus } from '../budget/budget.entity';
import { Employee } from '../orgchart/orgchart.entity';
import { Organization } from '../../core/organization.entity';
import { CompensationRecord } from './compensation.entity';
import { annualPay, compaRatio, proposalCost } from './pay';
import { PayBasis } from './compensation.entity';

let env: TestEnv;
let admin: ApiClient;
let pm: ApiClient;

const year = todayAsDate().getUTCFullYear();
const RECORD = 'mutation ($input: PayRecordInput!) { recordPay(input: $input) { id rate } }';
const OPEN = 'mutation ($input: OpenCycleInput!) { openCompensationCycle(input: $input) { id status } }';
const WORKSHEET = `query ($id: ID!) { cycleWorksheet(cycleId: $id) { id version employeeId name category annualPay compaRatio rangePosition
  bandMidpoint rating meritBps newRate newAnnualPay cost flags guideline { minBps maxBps } } }`;
const POOL =
  'query ($id: ID!) { compensationCycle(id: $id) { status pool { eligiblePayroll pool used usedWithBenefits remaining over staffOnly } } }';
const PROPOSE = 'mutation ($input: ProposalInput!) { proposeRaise(input: $input) { id version meritBps cost flags } }';

async function employeeNamed(first: string, last: string) {
  const em = env.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
  return em.findOneOrFail(Employee, { organization: org, firstName: first, lastName: last }, { filters: false });
}
async function worksheet(client: ApiClient, id: string) {
  return expectNoErrors(await client.gql(WORKSHEET, { id })).cycleWorksheet as any[];
}
async function propose(client: ApiClient, row: { id: string; version: number }, fields: Record<string, unknown>) {
  return client.gql(PROPOSE, { input: { id: row.id, expectedVersion: row.version, ...fields } });
}
async function draftTotal() {
  const em = env.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
  const draft = await em.findOneOrFail(Budget, { organization: org, status: BudgetStatus.DRAFT, fiscalYear: year + 1 }, { filters: false });
  const lines = await em.find(BudgetLine, { budget: draft }, { filters: false });
  return lines.reduce((s, l) => s + l.total, 0);
}

// Hand-computed cases: a part-time hourly front-desk receptionist and a salaried office manager.
let luis: Employee;
let tomas: Employee;
let cycleId: string;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  pm = await env.as('practice-manager@demo.test');
  luis = await employeeNamed('Luis', 'Ortega'); // 0.6 FTE
  tomas = await employeeNamed('Tomás', 'Alvarez');
  const effectiveFrom = today();
  expectNoErrors(
    await admin.gql(RECORD, {
      input: {
        employeeId: luis.id,
        effectiveFrom,
        payBasis: 'HOURLY',
        rate: 20_50,
        fteHundredths: 60,
        benefitsLoadBps: 2_400,
        reason: 'ADJUSTMENT',
      },
    }),
  );
  expectNoErrors(
    await admin.gql(RECORD, {
      input: {
        employeeId: tomas.id,
        effectiveFrom,
        payBasis: 'SALARY',
        rate: 82_000_00,
        fteHundredths: 100,
        benefitsLoadBps: 2_400,
        reason: 'ADJUSTMENT',
      },
    }),
  );
  // The demo's open cycle makes way for one whose every proposal the test controls.
  const demoCycle = expectNoErrors(await admin.gql('{ compensationCycles { id status } }')).compensationCycles.find(
    (c: any) => c.status === 'OPEN',
  );
  expectNoErrors(await admin.gql('mutation ($id: ID!) { cancelCompensationCycle(id: $id) { status } }', { id: demoCycle.id }));
  cycleId = expectNoErrors(
    await admin.gql(OPEN, {
      input: { name: 'Test merit', effectiveDate: `${year + 1}-01-01`, eligibleHiredBy: today(), includeProviders: true, poolBps: 300 },
    }),
  ).openCompensationCycle.id;
});
afterAll(() => env?.close());

describe('pay arithmetic', () => {
  it('annualizes hourly pay at FTE and computes a raise to the cent', () => {
    expect(annualPay({ payBasis: PayBasis.HOURLY, rate: 20_50, fteHundredths: 60 })).toBe(2_558_400); // 20.50 × 2080 × 0.6
    expect(
      proposalCost({
        payBasis: PayBasis.HOURLY,
        rate: 20_50,
        fteHundredths: 60,
        meritBps: 350,
        adjustment: 0,
        bonus: 0,
        benefitsLoadBps: 2_400,
      }),
    ).toEqual({ newRate: 21_22, newAnnualPay: 2_648_256, cost: 89_856, loadedCost: 111_421 }); // 20.50 + 0.7175 → 21.22; 898.56 × 1.24 = 1,114.2144
    expect(compaRatio(82_000_00, 80_000_00)).toBe(1.025);
  });
});

describe('a merit cycle', () => {
  it('puts everyone eligible on the worksheet with compa-ratio and range position', async () => {
    const rows = await worksheet(admin, cycleId);
    const l = rows.find((r) => r.employeeId === luis.id);
    expect(l).toMatchObject({ annualPay: 2_558_400, bandMidpoint: 42_000_00, compaRatio: 1.0152 }); // 20.50 × 2080 = 42,640 ÷ 42,000
    expect(l.rangePosition).toBeCloseTo((42_640 - 36_000) / (48_000 - 36_000), 4);
    expect(rows.some((r) => r.category === 'PHYSICIAN')).toBe(true);
  });

  it('shows the practice manager staff rows only, and a pool over staff only', async () => {
    const rows = await worksheet(pm, cycleId);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => !['PHYSICIAN', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'NURSE_MIDWIFE'].includes(r.category))).toBe(true);
    const staff = expectNoErrors(await pm.gql(POOL, { id: cycleId })).compensationCycle.pool;
    const all = expectNoErrors(await admin.gql(POOL, { id: cycleId })).compensationCycle.pool;
    expect(staff.staffOnly).toBe(true);
    expect(staff.eligiblePayroll).toBe(rows.reduce((s, r) => s + r.annualPay, 0));
    expect(all.eligiblePayroll).toBeGreaterThan(staff.eligiblePayroll);
    expect(all.pool).toBe(Math.round(all.eligiblePayroll * 0.03));
  });

  it('enforces the guideline: outside it needs a rationale, and a raise needs a rating', async () => {
    const rows = await worksheet(pm, cycleId);
    const l = rows.find((r) => r.employeeId === luis.id);
    const unrated = await propose(pm, l, { meritBps: 300 });
    expect(unrated.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.rating' });
    const outside = await propose(pm, l, { rating: 2, meritBps: 500 });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.rationale' });
    expect(outside.errors?.[0].message).toContain('0%–1%');
    expect((await worksheet(pm, cycleId)).find((r) => r.employeeId === luis.id)).toMatchObject({ meritBps: 0, version: l.version });
    const explained = expectNoErrors(
      await propose(pm, l, { rating: 2, meritBps: 500, rationale: 'Took over scheduling for Oak Hill' }),
    ).proposeRaise;
    expect(explained.flags).toContain('OUTSIDE_GUIDELINE');
  });

  it('refuses the practice manager a provider’s proposal, and a stale version', async () => {
    const provider = (await worksheet(admin, cycleId)).find((r) => r.category === 'PHYSICIAN');
    expect((await propose(pm, provider, { rating: 3, meritBps: 300 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const l = (await worksheet(pm, cycleId)).find((r) => r.employeeId === luis.id);
    expect((await propose(pm, { id: l.id, version: l.version - 1 }, { rating: 3, meritBps: 300 })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('refuses a raise for oneself, and the practice manager a raise for the administrator', async () => {
    const rows = await worksheet(admin, cycleId);
    const marcus = await employeeNamed('Marcus', 'Bell'); // the practice manager
    const dana = await employeeNamed('Dana', 'Whitfield'); // the administrator
    const own = rows.find((r) => r.employeeId === marcus.id);
    expect((await propose(pm, own, { rating: 5, meritBps: 500 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const boss = rows.find((r) => r.employeeId === dana.id);
    expect((await propose(pm, boss, { rating: 3, meritBps: 300 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await propose(admin, own, { rating: 1, meritBps: 0 })).errors).toBeUndefined();
    const asSeenByPm = expectNoErrors(
      await pm.gql('query ($id: ID!) { cycleWorksheet(cycleId: $id) { employeeId mayPropose } }', { id: cycleId }),
    ).cycleWorksheet;
    const may = (id: string) => asSeenByPm.find((r: any) => r.employeeId === id).mayPropose;
    expect([may(marcus.id), may(dana.id), may(luis.id)]).toEqual([false, false, true]);
  });

  it('keeps the pool live to the cent', async () => {
    const rows = await worksheet(pm, cycleId);
    const l = rows.find((r) => r.employeeId === luis.id);
    const t = rows.find((r) => r.employeeId === tomas.id);
    expectNoErrors(await propose(pm, l, { rating: 3, meritBps: 350 }));
    expectNoErrors(await propose(pm, t, { rating: 4, meritBps: 400, bonus: 500_00 }));
    const pool = expectNoErrors(await pm.gql(POOL, { id: cycleId })).compensationCycle.pool;
    // Luis: 89,856 (above). Tomás: 82,000 × 4% = 3,280.00 + 500.00 bonus = 378,000; loaded × 1.24 = 468,720.
    expect(pool.used).toBe(89_856 + 378_000);
    expect(pool.usedWithBenefits).toBe(111_421 + 468_720);
    expect(pool.remaining).toBe(Math.max(0, pool.pool - pool.used));
    expect(pool.over).toBe(0);
  });
});

describe('who sees whose pay', () => {
  it('refuses the practice manager provider pay at field level, and audits what it does see', async () => {
    const doctor = await employeeNamed('Robert', 'Kline');
    const refused = await pm.gql('query ($id: ID!) { employee(id: $id) { fullName currentPay { rate } } }', { id: doctor.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].path).toEqual(['employee', 'currentPay']);
    expect(
      (await pm.gql('query ($id: ID!) { payHistory(employeeId: $id) { rate } }', { id: doctor.id })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const overview = expectNoErrors(await pm.gql('{ payOverview { employeeId category } }')).payOverview;
    expect(overview.some((r: any) => r.employeeId === doctor.id)).toBe(false);

    const seen = expectNoErrors(await pm.gql('query ($id: ID!) { employee(id: $id) { currentPay { rate payBasis } } }', { id: tomas.id }));
    expect(seen.employee.currentPay).toEqual({ rate: 82_000_00, payBasis: 'SALARY' });
    const audit = await env.orm.em
      .fork()
      .find(AuditEntry, { entityId: tomas.id, action: AuditAction.READ, actorRole: Role.PRACTICE_MANAGER }, { filters: false });
    expect(audit.some((a) => (a.after as any).fields.includes('currentPay'))).toBe(true);
  });

  it('lets a provider and a staff member see their own pay only, unaudited', async () => {
    const provider = await env.as('provider@demo.test');
    const own = expectNoErrors(await provider.gql('{ myPay { rate payBasis effectiveFrom } }')).myPay;
    expect(own.length).toBeGreaterThan(0);
    expect(
      (await provider.gql('query ($id: ID!) { payHistory(employeeId: $id) { rate } }', { id: tomas.id })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await provider.gql('{ payOverview { employeeId } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await env.as('staff@demo.test');
    expect(expectNoErrors(await staff.gql('{ myPay { rate } }')).myPay.length).toBeGreaterThan(0);
    expect(
      (await staff.gql('query ($id: ID!) { employee(id: $id) { currentPay { rate } } }', { id: luis.id })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('approving and applying', () => {
  it('is the administrator’s: writes the new pay records and raises the draft budget once', async () => {
    const apply = 'mutation ($id: ID!) { applyCompensationCycle(id: $id) { payRecords budgetId budgetLinesChanged budgetIncrease } }';
    expect(
      (await pm.gql('mutation ($id: ID!) { approveCompensationCycle(id: $id) { status } }', { id: cycleId })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await admin.gql(apply, { id: cycleId })).errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    // Two of the cycle's people have a proposal: approving it so is a choice, with a reason.
    const approve = 'mutation ($id: ID!, $input: ApproveCycleInput) { approveCompensationCycle(id: $id, input: $input) { status } }';
    expect((await admin.gql(approve, { id: cycleId })).errors?.[0].extensions?.code).toBe('NEEDS_CONFIRMATION');
    expectNoErrors(await admin.gql(approve, { id: cycleId, input: { acknowledgeIncomplete: true, reason: 'A test of two' } }));
    const before = await draftTotal();
    const result = expectNoErrors(await admin.gql(apply, { id: cycleId })).applyCompensationCycle;
    expect(result).toMatchObject({ payRecords: 2, budgetIncrease: 111_421 + 468_720 });
    expect(await draftTotal()).toBe(before + 111_421 + 468_720);
    const history = expectNoErrors(
      await admin.gql('query ($id: ID!) { payHistory(employeeId: $id) { effectiveFrom rate reason } }', { id: luis.id }),
    ).payHistory;
    expect(history[0]).toEqual({ effectiveFrom: `${year + 1}-01-01`, rate: 21_22, reason: 'MERIT' });
    const tomasRecord = await env.orm.em
      .fork()
      .findOneOrFail(CompensationRecord, { employee: tomas.id, effectiveFrom: `${year + 1}-01-01` }, { filters: false });
    expect(tomasRecord.note).toBe('Test merit'); // the cycle, not the reviewers' rationale
    expect(expectNoErrors(await admin.gql('{ currentCompensationCycle { id status } }')).currentCompensationCycle).toEqual({
      id: cycleId,
      status: 'APPLIED',
    });
    expect((await admin.gql(apply, { id: cycleId })).errors?.[0].message).toContain('applied already');
    expect(await draftTotal()).toBe(before + 111_421 + 468_720);
  });

  it('leaves nothing applied when a write fails in the middle', async () => {
    const second = expectNoErrors(
      await admin.gql(OPEN, {
        input: { name: 'Mid-year', effectiveDate: `${year + 1}-07-01`, eligibleHiredBy: today(), poolAmount: 10_000_00 },
      }),
    ).openCompensationCycle.id;
    const rows = await worksheet(admin, second);
    for (const who of [luis, tomas])
      expectNoErrors(
        await propose(
          admin,
          rows.find((r) => r.employeeId === who.id),
          { rating: 3, meritBps: 250 },
        ),
      );
    expectNoErrors(
      await admin.gql('mutation ($id: ID!, $input: ApproveCycleInput) { approveCompensationCycle(id: $id, input: $input) { status } }', {
        id: second,
        input: { acknowledgeIncomplete: true, reason: 'Only these two' },
      }),
    );
    // Someone records Tomás's pay on the effective date in the meantime: his new record cannot be written.
    expectNoErrors(
      await admin.gql(RECORD, {
        input: {
          employeeId: tomas.id,
          effectiveFrom: `${year + 1}-07-01`,
          payBasis: 'SALARY',
          rate: 90_000_00,
          fteHundredths: 100,
          reason: 'PROMOTION',
        },
      }),
    );
    const before = await draftTotal();
    const failed = await admin.gql('mutation ($id: ID!) { applyCompensationCycle(id: $id) { payRecords } }', { id: second });
    expect(failed.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await draftTotal()).toBe(before);
    const luisRecords = await env.orm.em
      .fork()
      .find(CompensationRecord, { employee: luis.id, effectiveFrom: `${year + 1}-07-01` }, { filters: false });
    expect(luisRecords).toEqual([]);
    expect(expectNoErrors(await admin.gql(POOL, { id: second })).compensationCycle.status).toBe('APPROVED');
  });
});
