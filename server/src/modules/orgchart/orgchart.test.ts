import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { Organization } from '../../core/organization.entity';
import { today } from '../../core/dates';
import { Assignment, Employee, Position, PositionTier, ReportingLine, StaffCategory } from './orgchart.entity';

const CHART = `query Chart($asOf: String) { orgChart(asOf: $asOf) { asOf nodes {
  id reportsToId clinicalSupervisorId directReports totalReports
  position { title category tier department { name } location { name } }
  employee { id fullName } } } }`;

let env: TestEnv;
let admin: ApiClient;
let officeManager: ApiClient;
let practiceManager: ApiClient;

type Node = {
  id: string;
  reportsToId: string | null;
  clinicalSupervisorId: string | null;
  directReports: number;
  totalReports: number;
  position: { title: string; category: string };
  employee: { id: string; fullName: string } | null;
};

async function chart(api: ApiClient, asOf?: string): Promise<Node[]> {
  return expectNoErrors(await api.gql(CHART, { asOf })).orgChart.nodes;
}
const byName = (nodes: Node[], name: string) => nodes.find((n) => n.employee?.fullName === name)!;
const byTitle = (nodes: Node[], title: string) => nodes.find((n) => n.position.title === title)!;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('administrator@demo.test');
  officeManager = await env.as('office-manager@demo.test');
  practiceManager = await env.as('practice-manager@demo.test');
});
afterAll(() => env?.close());

describe('reading the chart', () => {
  it('shows every seat of the practice with its lines, vacancies and clinical supervisors', async () => {
    const nodes = await chart(officeManager);
    expect(nodes).toHaveLength(48);
    const top = nodes.filter((n) => !n.reportsToId);
    expect(top.map((n) => n.employee?.fullName)).toEqual(['Dana Whitfield']);
    expect(top[0].totalReports).toBe(47);
    expect(
      nodes
        .filter((n) => !n.employee)
        .map((n) => n.position.title)
        .sort(),
    ).toEqual(['Medical Assistant', 'Nurse Practitioner']);
    const megan = byName(nodes, 'Megan Torres');
    expect(byTitle(nodes, 'Medical Director').id).toBe(megan.clinicalSupervisorId);
    expect(megan.reportsToId).toBe(top[0].id);
    const olivia = byName(nodes, 'Olivia Grant');
    expect(olivia.directReports).toBe(14);
  });

  it('gives the chain of command from a seat to the top', async () => {
    const nodes = await chart(admin);
    const sam = byName(nodes, 'Sam Carter');
    const result = expectNoErrors(
      await officeManager.gql('query ($id: ID!) { chainOfCommand(positionId: $id) { employee { fullName } } }', { id: sam.id }),
    );
    expect(result.chainOfCommand.map((n: any) => n.employee.fullName)).toEqual([
      'Sam Carter',
      'Olivia Grant',
      'Marcus Bell',
      'Dana Whitfield',
    ]);
  });

  it('counts headcount by category and tier in SQL', async () => {
    const { headcount } = expectNoErrors(
      await officeManager.gql(
        '{ headcount { total totalFte vacancies byCategory { category headcount fte } byTier { tier headcount vacancies } } }',
      ),
    );
    expect(headcount.total).toBe(46);
    expect(headcount.vacancies).toBe(2);
    expect(headcount.byCategory).toContainEqual({ category: 'PHYSICIAN', headcount: 8, fte: 8 });
    expect(headcount.byTier).toContainEqual({ tier: 'PROVIDER', headcount: 12, vacancies: 1 });
    expect(headcount.totalFte).toBe(44.25);
  });

  it('never shows another organization’s people', async () => {
    const owner = await env.as('owner@demo.test');
    const nodes = await chart(owner);
    expect(nodes.map((n) => n.employee?.fullName).sort()).toEqual(['Emily Dawson', 'Hannah Brooks', 'Jorge Salinas', 'Katie Morgan']);
    const riversideEmployee = byName(await chart(admin), 'Sam Carter').employee!.id;
    const read = await owner.gql('query ($id: ID!) { employee(id: $id) { fullName } }', { id: riversideEmployee });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = expectNoErrors(await owner.gql('{ employees { fullName } }'));
    expect(list.employees).toHaveLength(4);
  });

  it('hides HR details from roles without PEOPLE_READ_DETAILS', async () => {
    const staff = await env.as('staff@demo.test');
    const result = await staff.gql('{ employees(filter: { search: "Carter" }) { fullName hireDate } }');
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.employees[0]).toEqual({ fullName: 'Sam Carter', hireDate: null });
    const names = expectNoErrors(await staff.gql('{ employees(filter: { search: "Carter" }) { fullName position { title } } }'));
    expect(names.employees[0].position.title).toBe('Front Desk Coordinator');
  });
});

describe('changing the chart', () => {
  it('refuses a move that would make a cycle, and changes nothing', async () => {
    const before = await chart(admin);
    const result = await admin.gql('mutation ($input: MovePositionInput!) { movePosition(input: $input) { id } }', {
      input: {
        positionId: byTitle(before, 'Practice Manager').id,
        reportsToId: byName(before, 'Sam Carter').id,
        effectiveDate: '2026-01-01',
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.reportsToId' });
    expect(result.errors?.[0].message).toMatch(/cannot report to Front Desk Coordinator/);
    expect(await chart(admin)).toEqual(before);
  });

  it('re-parents a position from its effective date, keeping history', async () => {
    const nodes = await chart(admin);
    const tyler = byName(nodes, 'Tyler Graves');
    const oakHill = byTitle(nodes, 'Office Manager, Oak Hill');
    expectNoErrors(
      await practiceManager.gql('mutation ($input: MovePositionInput!) { movePosition(input: $input) { id } }', {
        input: { positionId: tyler.id, reportsToId: oakHill.id, effectiveDate: '2030-03-01' },
      }),
    );
    expect(byName(await chart(admin, '2030-02-28'), 'Tyler Graves').reportsToId).toBe(tyler.reportsToId);
    expect(byName(await chart(admin, '2030-03-01'), 'Tyler Graves').reportsToId).toBe(oakHill.id);
  });

  it('lets the office manager edit office staff but not providers or managers', async () => {
    const nodes = await chart(admin);
    const hire = (api: ApiClient, category: string, positionId?: string) =>
      api.gql('mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id fullName position { title } } }', {
        input: {
          firstName: 'Alex',
          lastName: 'Rivera',
          workEmail: `alex.${category.toLowerCase()}@riversidefm.example`,
          category,
          hireDate: today(),
          positionId,
        },
      });
    const ma = expectNoErrors(
      await hire(
        officeManager,
        'CLINICAL_STAFF',
        byTitle(
          nodes.filter((n) => !n.employee),
          'Medical Assistant',
        ).id,
      ),
    );
    expect(ma.hireEmployee.position.title).toBe('Medical Assistant');
    expect((await hire(officeManager, 'PHYSICIAN')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hire(officeManager, 'MANAGEMENT')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expectNoErrors(await hire(practiceManager, 'MANAGEMENT'));
    expect((await hire(practiceManager, 'NURSE_PRACTITIONER')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const np = expectNoErrors(
      await hire(
        admin,
        'NURSE_PRACTITIONER',
        byTitle(
          nodes.filter((n) => !n.employee),
          'Nurse Practitioner',
        ).id,
      ),
    );
    expect(np.hireEmployee.fullName).toBe('Alex Rivera');
    const staff = await env.as('staff@demo.test');
    expect((await hire(staff, 'CLINICAL_STAFF')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to fill a filled seat and names the field', async () => {
    const nodes = await chart(admin);
    const result = await officeManager.gql('mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }', {
      input: {
        firstName: 'Jo',
        lastName: 'Doe',
        workEmail: 'jo@x.example',
        category: 'ADMINISTRATIVE_STAFF',
        hireDate: '2026-12-01',
        positionId: byName(nodes, 'Sam Carter').id,
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.positionId' });
    expect(await env.orm.em.fork().count(Employee, { workEmail: 'jo@x.example' }, { filters: false })).toBe(0);
  });

  it('rejects bad input with the field at fault', async () => {
    const nodes = await chart(admin);
    const bad = await officeManager.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }', {
      input: { employeeId: byName(nodes, 'Sam Carter').employee!.id, expectedVersion: 1, workEmail: 'not-an-email' },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.workEmail' });
    const date = await officeManager.gql('mutation ($input: TerminateEmployeeInput!) { terminateEmployee(input: $input) { id } }', {
      input: { employeeId: byName(nodes, 'Sam Carter').employee!.id, endDate: '2026-13-45' },
    });
    expect(date.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.endDate' });
  });

  it('refuses a save based on a stale version with CONFLICT and the current values', async () => {
    const nodes = await chart(admin);
    const id = byName(nodes, 'Jasmine Powell').employee!.id;
    const save = (api: ApiClient, lastName: string) =>
      api.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { lastName version } }', {
        input: { employeeId: id, expectedVersion: 1, lastName },
      });
    expect(expectNoErrors(await save(officeManager, 'Powell-Hart')).updateEmployee).toEqual({ lastName: 'Powell-Hart', version: 2 });
    const second = await save(practiceManager, 'Powell-Smith');
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', current: { lastName: 'Powell-Hart', version: 2 } });
    const now = expectNoErrors(await admin.gql('query ($id: ID!) { employee(id: $id) { lastName } }', { id }));
    expect(now.employee.lastName).toBe('Powell-Hart');
  });

  it('terminating someone leaves their seat vacant; a seat with reports cannot close', async () => {
    const nodes = await chart(admin);
    const ben = byName(nodes, 'Ben Hollis');
    expectNoErrors(
      await officeManager.gql('mutation ($input: TerminateEmployeeInput!) { terminateEmployee(input: $input) { endDate } }', {
        input: { employeeId: ben.employee!.id, endDate: '2026-12-15' },
      }),
    );
    const after = await chart(admin, '2026-12-15');
    expect(after.find((n) => n.id === ben.id)?.employee).toBeNull();
    const closing = await practiceManager.gql('mutation ($input: ClosePositionInput!) { closePosition(input: $input) { id } }', {
      input: { positionId: byTitle(nodes, 'Office Manager, Oak Hill').id, closedOn: '2027-01-01' },
    });
    expect(closing.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.positionId' });
  });

  it('cannot touch another organization’s positions', async () => {
    const riversideSeat = byTitle(await chart(admin), 'Scheduler').id;
    const owner = await env.as('owner@demo.test');
    const result = await owner.gql('mutation ($input: ClosePositionInput!) { closePosition(input: $input) { id } }', {
      input: { positionId: riversideSeat, closedOn: '2027-01-01' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.positionId' });
  });
});

describe('the lock the SPA shows', () => {
  it('says per person whether the viewer may edit them, and why not, as the mutation would decide', async () => {
    const Q =
      '{ employees(filter: { search: "Ruiz" }) { canEdit lockedBecause } staff: employees(filter: { search: "Carter" }) { canEdit lockedBecause } }';
    const asOffice = expectNoErrors(await officeManager.gql(Q));
    expect(asOffice.employees[0]).toEqual({
      canEdit: false,
      lockedBecause: 'Your role can view this person but not edit their record: providers’ records are the administrator’s.',
    });
    expect(asOffice.staff[0]).toEqual({ canEdit: true, lockedBecause: null });
    expect(expectNoErrors(await admin.gql(Q)).employees[0]).toEqual({ canEdit: true, lockedBecause: null });
    const ruiz = expectNoErrors(await officeManager.gql('{ employees(filter: { search: "Ruiz" }) { id version } }')).employees[0];
    const refused = await officeManager.gql('mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }', {
      input: { employeeId: ruiz.id, expectedVersion: ruiz.version, lastName: 'X' },
    });
    expect(refused.errors?.[0]).toMatchObject({ message: asOffice.employees[0].lockedBecause, extensions: { code: 'FORBIDDEN' } });
  });
});

describe('SQL statements do not grow with the practice', () => {
  it('reads the chart, the people list and headcount with the same number of statements at ten times the size', async () => {
    const queries = [
      CHART,
      '{ employees { fullName position { title location { name } } } }',
      '{ headcount { total byTier { tier vacancies } } vacancies { title } }',
    ];
    const measure = async () => Promise.all(queries.map(async (q) => (await admin.gql(q)).sqlStatements));
    const small = await measure();

    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    const top = await em.findOneOrFail(Position, { organization: org, title: 'Practice Administrator' }, { filters: false });
    for (let team = 0; team < 45; team++) {
      const lead = em.create(Position, {
        organization: org,
        title: `Team Lead ${team}`,
        category: StaffCategory.MANAGEMENT,
        tier: PositionTier.MANAGER,
        openedOn: '2020-01-01',
      });
      em.create(ReportingLine, { organization: org, position: lead, reportsTo: top, effectiveFrom: '2020-01-01' });
      for (let i = 0; i < 10; i++) {
        const seat =
          i === 0
            ? lead
            : em.create(Position, {
                organization: org,
                title: `Associate ${team}.${i}`,
                category: StaffCategory.CLINICAL_STAFF,
                tier: PositionTier.STAFF,
                openedOn: '2020-01-01',
              });
        if (i > 0) em.create(ReportingLine, { organization: org, position: seat, reportsTo: lead, effectiveFrom: '2020-01-01' });
        const person = em.create(Employee, {
          organization: org,
          firstName: `P${team}`,
          lastName: `N${i}`,
          workEmail: `p${team}.${i}@x.example`,
          category: seat.category,
          hireDate: '2020-01-01',
        });
        em.create(Assignment, { organization: org, employee: person, position: seat, startDate: '2020-01-01' });
      }
    }
    await em.flush();
    expect((await chart(admin)).length).toBeGreaterThan(480);
    expect(await measure()).toEqual(small);
  });
});

describe('my team and vacancies load only what they return', () => {
  const TEAM = `{ myTeam { id reportsToId clinicalSupervisorId directReports totalReports
    position { title category tier department { name } location { name } }
    employee { id fullName } } }`;
  const VACANCIES = '{ vacancies { id title category openedOn department { name } location { name } } }';
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  it('answers as the whole chart would, with the same statements when 200 seats are added elsewhere', async () => {
    const viewers: [ApiClient, string][] = [
      [admin, 'Dana Whitfield'],
      [practiceManager, 'Marcus Bell'],
      [officeManager, 'Olivia Grant'],
    ];
    const em = env.orm.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'riverside' });
    // A vacancy on the office manager's team, so both answers have one whatever earlier tests filled.
    const olivia = byName(await chart(admin), 'Olivia Grant');
    const open = em.create(Position, {
      organization: org,
      title: 'Billing Specialist',
      category: StaffCategory.ADMINISTRATIVE_STAFF,
      tier: PositionTier.STAFF,
      openedOn: '2020-01-01',
    });
    em.create(ReportingLine, { organization: org, position: open, reportsTo: olivia.id, effectiveFrom: '2020-01-01' });
    await em.flush();

    const answers = async () => {
      const nodes = await chart(admin);
      const teams = await Promise.all(
        viewers.map(async ([api, name]) => {
          const result = await api.gql(TEAM);
          const team: Node[] = expectNoErrors(result).myTeam;
          const expected = nodes.filter((n) => n.reportsToId === byName(nodes, name).id);
          expect(team.map((n) => n.position.title)).toEqual(expected.map((n) => n.position.title));
          expect(byId(team)).toEqual(byId(expected));
          return { team, sql: result.sqlStatements };
        }),
      );
      const vacancies = await admin.gql(VACANCIES);
      const vacant = expectNoErrors(vacancies).vacancies;
      expect(vacant.map((p: any) => p.id).sort()).toEqual(
        nodes
          .filter((n) => !n.employee)
          .map((n) => n.id)
          .sort(),
      );
      return { teams, vacancies: vacant, vacanciesSql: vacancies.sqlStatements };
    };
    const small = await answers();
    expect(small.teams[0].team.some((n) => n.totalReports > n.directReports)).toBe(true);
    expect(small.vacancies.map((p: any) => p.title)).toContain('Billing Specialist');

    const base = () => ({ id: crypto.randomUUID(), organization: org.id, createdAt: new Date(), updatedAt: new Date(), version: 1 });
    const seats = Array.from({ length: 200 }, (_, i) => ({
      ...base(),
      title: `Remote Coder ${i}`,
      category: StaffCategory.ADMINISTRATIVE_STAFF,
      tier: PositionTier.STAFF,
      openedOn: '2020-01-01',
    }));
    const people = seats.map((_, i) => ({
      ...base(),
      firstName: 'Remote',
      lastName: `Coder ${i}`,
      workEmail: `remote.${i}@x.example`,
      category: StaffCategory.ADMINISTRATIVE_STAFF,
      employmentType: 'FULL_TIME',
      fteHundredths: 100,
      hireDate: '2020-01-01',
    }));
    await em.insertMany(Position, seats as never);
    await em.insertMany(Employee, people as never);
    await em.insertMany(
      Assignment,
      seats.map((s, i) => ({ ...base(), employee: people[i].id, position: s.id, startDate: '2020-01-01' })) as never,
    );
    // A tree of its own, reporting to nobody on anyone's team; ten of them moved there from a line that ended.
    await em.insertMany(
      ReportingLine,
      seats
        .slice(1)
        .map((s, i) => ({ ...base(), position: s.id, reportsTo: seats[Math.floor(i / 10)].id, effectiveFrom: '2020-01-01' })) as never,
    );
    await em.insertMany(
      ReportingLine,
      seats
        .slice(1, 11)
        .map((s) => ({ ...base(), position: s.id, reportsTo: olivia.id, effectiveFrom: '2019-01-01', effectiveTo: '2020-01-01' })) as never,
    );

    const large = await answers();
    expect((await chart(admin)).length).toBeGreaterThanOrEqual(200);
    expect(large.teams.map((t) => t.team)).toEqual(small.teams.map((t) => t.team));
    expect(large.vacancies).toEqual(small.vacancies);
    expect(large.teams.map((t) => t.sql)).toEqual(small.teams.map((t) => t.sql));
    expect(large.vacanciesSql).toBe(small.vacanciesSql);
  });
});
