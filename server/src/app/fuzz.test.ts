import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { praxisSchema } from './schema';
import { createTestEnv, type ApiClient, type TestEnv } from '../test/harness';

/**
 * Requests generated from the schema: every root field as every role with every field of what it
 * returns, then with nulls, wrong types, huge and control-character strings, extreme numbers and
 * dates; plus aliases, fragment cycles and malformed bodies. Refusals are fine; what fails is a
 * server error: INTERNAL_SERVER_ERROR, an error without a code, a 5xx, or the server's paths.
 */
const USERS: [string, string?][] = [
  ['administrator@demo.test'],
  ['practice-manager@demo.test'],
  ['office-manager@demo.test'],
  ['assistant@demo.test'],
  ['provider@demo.test'],
  ['staff@demo.test'],
  ['owner@demo.test'],
  ['consultant@demo.test', 'riverside'],
];
/** Thousands of requests: ~20 s on an idle machine, several times that on a busy CI runner. */
const FUZZ_TIMEOUT = 300_000;
const LEAK = /node_modules|\/(?:work|home|usr|src)\/[\w./-]+|\.ts:\d+|\bat \S+ \(/;

let env: TestEnv;
let schema: GraphQLSchema;
const clients = new Map<string, ApiClient>();
let failures: string[] = [];
let requests = 0;

beforeAll(async () => {
  env = await createTestEnv();
  schema = await praxisSchema();
  for (const [email, organization] of USERS) clients.set(email, await env.as(email, { organization }));
  clients.set('anonymous', env.anonymous());
}, 120_000);
afterAll(() => env?.close());
beforeEach(() => {
  failures = [];
});

function judge(label: string, status: number, text: string) {
  requests += 1;
  if (status >= 500) return failures.push(`${label}: HTTP ${status} ${text.slice(0, 300)}`);
  if (LEAK.test(text)) return failures.push(`${label}: leaks a path ${text.slice(0, 300)}`);
  let body: { errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return failures.push(`${label}: not JSON ${text.slice(0, 200)}`);
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') failures.push(`${label}: ${JSON.stringify(error).slice(0, 300)}`);
  }
}

async function send(client: ApiClient, label: string, query: string, variables?: Record<string, unknown>) {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${env.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
        ...(client === clients.get('consultant@demo.test') ? { 'x-praxis-organization': 'riverside' } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    text = await response.text();
  } catch (err) {
    // A connection closed without an answer is a failure like a 5xx, and names the request that caused it.
    failures.push(`${label}: no response (${String((err as { cause?: unknown }).cause ?? err)})`);
    return;
  }
  judge(label, response.status, text);
}

/** Runs `tasks` a few at a time: enough to keep the server busy, not enough to starve the other test files. */
async function inParallel(tasks: (() => Promise<unknown>)[], width = 4) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

/** Every field of `type`, nested `depth` levels (no type twice on one path; fields that need arguments left out). */
function selection(type: GraphQLObjectType, depth: number, path: string[] = []): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0 && !path.includes(named.name)) {
      const inner = selection(named, depth - 1, [...path, type.name]);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function resultSelection(field: GraphQLField<unknown, unknown>, depth: number): string {
  const named = getNamedType(field.type);
  return isObjectType(named) ? `{ ${selection(named, depth) || '__typename'} }` : '';
}

type Mode = 'plain' | 'null' | 'wrong' | 'huge' | 'control' | 'extreme';

/** A value for an argument of `type` in the given mode; `plain` tries to be valid. */
function value(type: GraphQLInputType, mode: Mode, seen: string[] = []): unknown {
  if (isNonNullType(type)) return mode === 'null' ? null : value(type.ofType, mode, seen);
  if (isListType(type)) return [value(type.ofType, mode, seen)];
  if (mode === 'null') return null;
  if (isEnumType(type)) return mode === 'wrong' ? 'NOT_A_VALUE' : type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (seen.includes(type.name)) return null;
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, value(f.type, mode, [...seen, type.name])]));
  }
  const name = type.name;
  if (mode === 'wrong') return name === 'String' || name === 'ID' ? 12 : 'twelve';
  switch (name) {
    case 'ID':
      return mode === 'huge'
        ? 'f'.repeat(10_000)
        : mode === 'control'
          ? 'a\u0000b'
          : mode === 'extreme'
            ? '00000000-0000-0000-0000-000000000000'
            : randomUUID();
    case 'String':
      return mode === 'huge'
        ? 'x'.repeat(200_000)
        : mode === 'control'
          ? 'a\u0000\u001b\u007fb'
          : mode === 'extreme'
            ? '9999-12-31'
            : '2026-02-30';
    case 'Int':
      return mode === 'extreme' ? 2147483647 : mode === 'huge' ? -2147483648 : 1;
    case 'Float':
      return mode === 'extreme' ? 1.7976931348623157e308 : mode === 'huge' ? -1e300 : 0.5;
    case 'Money':
      return mode === 'extreme' ? Number.MAX_SAFE_INTEGER : mode === 'huge' ? -Number.MAX_SAFE_INTEGER : 100;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return mode === 'extreme' ? '275760-09-13T00:00:00.000Z' : mode === 'huge' ? '0000-01-01T00:00:00Z' : '2026-11-16T00:00:00Z';
    default:
      return mode === 'control' ? 'a\u0000' : {};
  }
}

function call(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, mode: Mode, depth: number) {
  // Plain calls leave optional arguments to their defaults, so what they return is read in full.
  const used = mode === 'plain' ? field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined) : field.args;
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(used.map((a) => [a.name, value(a.type, mode)]));
  // Asking for the viewer beside every field: a resolver must not see another's partial entities.
  const viewer = kind === 'query' ? 'viewer { id employeeId }' : '';
  const query = `${kind}${defs ? ` (${defs})` : ''} { ${viewer} ${field.name}${args ? `(${args})` : ''} ${resultSelection(field, depth)} }`;
  return { query, variables };
}

describe('fuzz', () => {
  it(
    'reads every field of every type reachable from each query, as every role',
    async () => {
      const tasks: (() => Promise<void>)[] = [];
      for (const [who, client] of clients) {
        for (const field of Object.values(schema.getQueryType()!.getFields())) {
          const { query, variables } = call('query', field, 'plain', 4);
          tasks.push(() => send(client, `${who} ${field.name}`, query, variables));
        }
      }
      await inParallel(tasks);
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'survives nulls, wrong types, huge, control-character and extreme values in every root field, as every role',
    async () => {
      const modes: Mode[] = ['null', 'wrong', 'huge', 'control', 'extreme'];
      const tasks: (() => Promise<void>)[] = [];
      for (const [who, client] of clients) {
        for (const [kind, root] of [
          ['query', schema.getQueryType()!],
          ['mutation', schema.getMutationType()!],
        ] as const) {
          for (const field of Object.values(root.getFields())) {
            // Every role gets nulls and control characters; the administrator and nobody get every mode.
            for (const mode of who === 'administrator@demo.test' || who === 'anonymous' ? modes : (['null', 'control'] as Mode[])) {
              if (!field.args.length && mode !== 'null') continue;
              const { query, variables } = call(kind, field, mode, 1);
              tasks.push(() => send(client, `${who} ${field.name} ${mode}`, query, variables));
            }
          }
        }
      }
      await inParallel(tasks);
      expect(failures).toEqual([]);
      expect(requests).toBeGreaterThan(1000);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'survives aliases, fragment cycles, deep and odd documents',
    async () => {
      const admin = clients.get('administrator@demo.test')!;
      const documents = [
        `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`,
        'query { viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }',
        'query { viewer { ...A } } fragment A on Viewer { id ...A }',
        `{ viewer ${'{ memberships '.repeat(50)}${'}'.repeat(50)} }`,
        `{ ${'('.repeat(5000)} }`,
        '{ viewer { id } } { viewer { id } }',
        'query A { viewer { id } } query A { viewer { id } }',
        'subscription { viewer { id } }',
        '{ __schema { types { name } } }',
        '{ viewer { id @include(if: "yes") } }',
        `{ viewer(${'x: 1, '.repeat(1000)}) { id } }`,
        '{ employee(id: "00000000-0000-0000-0000-000000000000") { id } employee(id: "x") { id } }',
        '\u0000',
        '',
      ];
      for (const document of documents) await send(admin, `document ${document.slice(0, 40)}`, document);
      expect(failures).toEqual([]);
    },
    FUZZ_TIMEOUT,
  );

  it('answers malformed bodies with JSON and a code', async () => {
    const bodies: [string, string][] = [
      ['{', 'application/json'],
      ['[]', 'application/json'],
      ['[{"query": "{ __typename }"}]', 'application/json'],
      ['"x"', 'application/json'],
      ['true', 'application/json'],
      ['{"query": null}', 'application/json'],
      ['{"query": "{ __typename }", "operationName": 5}', 'application/json'],
      ['{"query": "{ __typename }", "extensions": "x"}', 'application/json'],
      ['{"query": "{ __typename }"}', 'application/json; charset=utf-16'],
      ['{"query": "{ __typename }"}', 'text/plain'],
      ['query={ __typename }', 'application/x-www-form-urlencoded'],
      ['\u00ff\u00fe{', 'application/json'],
    ];
    for (const [body, contentType] of bodies) {
      const response = await fetch(`${env.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'apollo-require-preflight': 'true' },
        body,
      });
      const text = await response.text();
      judge(`body ${body} as ${contentType}`, response.status, text);
      if (response.status >= 400) expect(JSON.parse(text).errors?.[0]?.extensions?.code, `${body} ${contentType}`).toBeTruthy();
    }
    expect(failures).toEqual([]);
  });
});
