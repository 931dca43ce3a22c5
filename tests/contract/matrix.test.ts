import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { praxisSchema } from '../../server/src/app/schema';
import { PUBLIC, SIGNED_IN, requirementsOf } from '../../server/src/core/allow';
import { POLICY, Role, type Capability } from '../../server/src/core/policy';
import { createTestEnv, type ApiClient, type TestEnv } from '../../server/src/test/harness';
import { operationsOf, type MatrixCall } from '../../server/src/core/module';
import { MODULES } from '../../server/src/modules';

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

/** Every module's harmless calls: an allowed role gets data or a VALIDATION/NOT_FOUND error, a denied role FORBIDDEN, nothing changes. */
const CALLS: Record<string, MatrixCall> = Object.assign({}, ...MODULES.map((m) => m.matrix ?? {}));

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
  operations = roots.flatMap((root) =>
    Object.values(root.getFields()).map((field) => ({
      key: `${root.name}.${field.name}`,
      capabilities: (requirementsOf(field) ?? []).filter((r) => r !== PUBLIC && r !== SIGNED_IN) as Capability[],
    })),
  );
  for (const role of Object.values(Role)) clients.set(role, await env.as(USERS[role].email, { organization: USERS[role].organization }));
});
afterAll(() => env?.close());

describe('the access matrix', () => {
  it('has a harmless call for every operation, so a new operation cannot skip the matrix', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(CALLS).sort());
  });

  it('finds each operation’s call in the module whose resolvers declare it', () => {
    for (const module of MODULES) expect(Object.keys(module.matrix ?? {}).sort(), module.name).toEqual(operationsOf(module).sort());
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
