import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type ApiClient, type TestEnv } from '../../test/harness';
import { Organization } from '../../core/organization.entity';
import { Assignment, Employee, Position, ReportingLine } from './orgchart.entity';

/** Issue 19.4: adding a person together with a new seat is one change, all or nothing. */

const HIRE = `mutation ($input: HireEmployeeInput!) { hireEmployee(input: $input) {
  id fullName category hireDate position { id title tier category openedOn location { name } } } }`;
const CHART = `{ orgChart { nodes { id reportsToId position { title } employee { fullName } } } headcount { total vacancies } }`;

let env: TestEnv;
let owner: ApiClient;
let officeManager: ApiClient;

type Chart = {
  orgChart: { nodes: { id: string; reportsToId: string | null; position: { title: string }; employee: { fullName: string } | null }[] };
  headcount: { total: number; vacancies: number };
};
const chart = async (api: ApiClient): Promise<Chart> => expectNoErrors(await api.gql(CHART));
const seatOf = (c: Chart, name: string) => c.orgChart.nodes.find((n) => n.employee?.fullName === name)!;

/** Rows of Lakeside's org chart, counted past the tenant filter: what a refused change must leave alone. */
async function lakesideRows() {
  const em = env.orm.em.fork();
  const org = await em.findOneOrFail(Organization, { slug: 'lakeside' });
  const count = (entity: new () => object) => em.count(entity as never, { organization: org } as never, { filters: false });
  return {
    positions: await count(Position),
    lines: await count(ReportingLine),
    employees: await count(Employee),
    assignments: await count(Assignment),
  };
}

const person = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Priya',
  lastName: 'Nair',
  workEmail: 'priya.nair@lakesidepeds.example',
  category: 'CLINICAL_STAFF',
  employmentType: 'PART_TIME',
  fte: 0.6,
  hireDate: '2026-11-16',
  ...overrides,
});

beforeAll(async () => {
  env = await createTestEnv();
  owner = await env.as('owner@demo.test');
  officeManager = await env.as('office-manager@demo.test');
});
afterAll(() => env?.close());

describe('hiring into a new seat', () => {
  it('refuses a reporting line to a seat outside the practice, and saves neither the seat nor the person', async () => {
    const before = await lakesideRows();
    const riversideSeat = seatOf(await chart(officeManager), 'Olivia Grant').id;
    const result = await owner.gql(HIRE, { input: person({ newPosition: { title: 'Pediatric Nurse', reportsToId: riversideSeat } }) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.newPosition.reportsToId' });
    expect(await lakesideRows()).toEqual(before);
  });

  it('refuses a blank title at its field', async () => {
    const before = await lakesideRows();
    const result = await owner.gql(HIRE, { input: person({ newPosition: { title: '  ' } }) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.newPosition.title' });
    expect(await lakesideRows()).toEqual(before);
  });

  it('refuses a vacant seat and a new one at once', async () => {
    const vacancy = expectNoErrors(await officeManager.gql('{ vacancies { id category } }')).vacancies.find(
      (v: { category: string }) => v.category === 'CLINICAL_STAFF',
    );
    const result = await officeManager.gql(HIRE, {
      input: person({ workEmail: 'both@riversidefm.example', positionId: vacancy.id, newPosition: { title: 'Medical Assistant II' } }),
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.newPosition' });
  });

  it('opens the seat and fills it in one change, reporting to the owner, and counts the person', async () => {
    const before = await chart(owner);
    const ownerSeat = seatOf(before, 'Hannah Brooks');
    expect(ownerSeat.reportsToId).toBeNull();
    const hired = expectNoErrors(
      await owner.gql(HIRE, { input: person({ newPosition: { title: 'Pediatric Nurse', reportsToId: ownerSeat.id } }) }),
    ).hireEmployee;
    expect(hired).toMatchObject({
      fullName: 'Priya Nair',
      hireDate: '2026-11-16',
      position: { title: 'Pediatric Nurse', tier: 'STAFF', category: 'CLINICAL_STAFF', openedOn: '2026-11-16' },
    });
    const after = await chart(owner);
    const seat = seatOf(after, 'Priya Nair');
    expect(seat).toMatchObject({ id: hired.position.id, reportsToId: ownerSeat.id, position: { title: 'Pediatric Nurse' } });
    expect(after.headcount).toEqual({ total: before.headcount.total + 1, vacancies: before.headcount.vacancies });
  });

  it('refuses a duplicate work email at its field, and saves neither the seat nor the person', async () => {
    const before = await lakesideRows();
    const ownerSeat = seatOf(await chart(owner), 'Hannah Brooks');
    const result = await owner.gql(HIRE, {
      input: person({
        firstName: 'Pat',
        workEmail: 'Priya.Nair@lakesidepeds.example',
        newPosition: { title: 'Scheduler', reportsToId: ownerSeat.id },
      }),
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.workEmail' });
    expect(await lakesideRows()).toEqual(before);
    expect((await chart(owner)).orgChart.nodes.map((n) => n.position.title)).not.toContain('Scheduler');
  });

  it('needs the right to edit the category, as for any seat', async () => {
    const result = await officeManager.gql(HIRE, {
      input: person({ category: 'PHYSICIAN', workEmail: 'new.doc@riversidefm.example', newPosition: { title: 'Pediatrician' } }),
    });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a refused transfer', () => {
  it('leaves the person in their seat (the ended assignment is not saved ahead of the check)', async () => {
    const before = await chart(officeManager);
    const sam = seatOf(before, 'Sam Carter');
    const employee = expectNoErrors(await officeManager.gql('{ employees(filter: { search: "Carter" }) { id } }')).employees[0];
    const result = await officeManager.gql('mutation ($input: TransferEmployeeInput!) { transferEmployee(input: $input) { id } }', {
      input: { employeeId: employee.id, positionId: seatOf(before, 'Jasmine Powell').id, effectiveDate: '2026-11-16' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.positionId' });
    expect(seatOf(await chart(officeManager), 'Sam Carter').id).toBe(sam.id);
  });
});
