import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, expectNoErrors, type TestEnv } from '../../test/harness';
import { Budget } from '../budget/budget.entity';
import { Employee } from '../orgchart/orgchart.entity';

const OWNER = 'query ($kind: RecordKind!, $id: ID!) { recordOwner(kind: $kind, id: $id) { organizationId organizationName } }';

let env: TestEnv;
let riversideBudget: string;
let riversidePerson: string;
let lakesidePerson: string;
beforeAll(async () => {
  env = await createTestEnv();
  const em = env.orm.em.fork();
  const riverside = await env.organizationId('riverside');
  const lakeside = await env.organizationId('lakeside');
  riversideBudget = (await em.findOneOrFail(Budget, { organization: riverside }, { filters: false })).id;
  riversidePerson = (await em.findOneOrFail(Employee, { organization: riverside }, { filters: false })).id;
  lakesidePerson = (await em.findOneOrFail(Employee, { organization: lakeside }, { filters: false })).id;
});
afterAll(() => env?.close());

describe('recordOwner: a link to another practice’s record', () => {
  it('names the owning practice to a member of it who is acting in another practice', async () => {
    const consultant = await env.as('consultant@demo.test', { organization: 'lakeside' });
    // The page itself still finds nothing in Lakeside…
    const budget = await consultant.gql('query ($id: ID!) { budget(id: $id) { id } }', { id: riversideBudget });
    expect(budget.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // …and this says whose it is, so the page can offer the switch.
    const owner = expectNoErrors(await consultant.gql(OWNER, { kind: 'BUDGET', id: riversideBudget }));
    expect(owner.recordOwner).toEqual({
      organizationId: await env.organizationId('riverside'),
      organizationName: 'Riverside Family Medicine',
    });
    const person = expectNoErrors(await consultant.gql(OWNER, { kind: 'EMPLOYEE', id: riversidePerson }));
    expect(person.recordOwner.organizationName).toBe('Riverside Family Medicine');
  });

  it('tells a non-member nothing: the same null as for an id that exists nowhere', async () => {
    const owner = await env.as('owner@demo.test');
    const other = expectNoErrors(await owner.gql(OWNER, { kind: 'BUDGET', id: riversideBudget }));
    const nowhere = expectNoErrors(await owner.gql(OWNER, { kind: 'BUDGET', id: '00000000-0000-4000-8000-000000000000' }));
    expect(other.recordOwner).toBeNull();
    expect(nowhere.recordOwner).toBeNull();
    // A record of the right practice but asked as the wrong kind is not found either.
    const manager = await env.as('practice-manager@demo.test');
    expect(expectNoErrors(await manager.gql(OWNER, { kind: 'BUDGET', id: lakesidePerson })).recordOwner).toBeNull();
  });

  it('answers only a signed-in user', async () => {
    const result = await env.anonymous().gql(OWNER, { kind: 'BUDGET', id: riversideBudget });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
