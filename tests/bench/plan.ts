/**
 * What a document asks for, worked out once before timing: the top-level fields with their
 * arguments (which baseline statements to run) and the shape of the answer (to cut the baseline's
 * rows to exactly the fields the page reads, with the `__typename`s urql adds).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  astFromValue,
  buildSchema,
  print,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ROOT } from './lib';

let cached: GraphQLSchema | undefined;
/** The committed schema (schema/schema.graphql), which the server emits. */
export function praxisSchema(): GraphQLSchema {
  cached ??= buildSchema(fs.readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
  return cached;
}

/**
 * urql's cacheExchange adds `__typename` to every selection set but the operation's own before the
 * document goes out (formatDocument in @urql/core); the bench sends what the browser sends.
 */
export function withTypenames(doc: DocumentNode): DocumentNode {
  const add = (node: { selectionSet?: SelectionSetNode }) => {
    if (!node.selectionSet) return undefined;
    const has = node.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
    if (has) return undefined;
    const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
    return { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, typename] } };
  };
  return visit(doc, {
    Field: { leave: add },
    InlineFragment: { leave: add },
    FragmentDefinition: { leave: add },
  });
}

export interface Shape {
  typename: string;
  fields: { key: string; name: string; sub?: Shape }[];
}

export interface TopLevelCall {
  key: string;
  field: string;
  args: Record<string, unknown>;
}

export interface Plan {
  calls: TopLevelCall[];
  shape: Shape;
}

/** The top-level fields (merged across fragments, @include/@skip applied) and the answer's shape. */
export function planOf(doc: DocumentNode, variables: Record<string, unknown>): Plan {
  const schema = praxisSchema();
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const vars = coerced.coerced;
  const included = (node: { directives?: readonly any[] }) =>
    getDirectiveValues(GraphQLSkipDirective, node, vars)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if !== false;

  const collect = (sets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>()) => {
    for (const set of sets) {
      for (const s of set.selections) {
        if (!included(s)) continue;
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          into.set(key, [...(into.get(key) ?? []), s]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          collect([s.selectionSet], into);
        } else {
          collect([fragments.get(s.name.value)!.selectionSet], into);
        }
      }
    }
    return into;
  };
  const shapeOf = (type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Shape => ({
    typename: type.name,
    fields: [...collect(sets)].map(([key, nodes]) => {
      const name = nodes[0].name.value;
      if (name === '__typename') return { key, name };
      const def = type.getFields()[name];
      if (!def) throw new Error(`${type.name}.${name} is not in schema/schema.graphql`);
      const named = getNamedType(def.type);
      const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      return { key, name, ...(subSets.length ? { sub: shapeOf(named as GraphQLObjectType, subSets) } : {}) };
    }),
  });
  const queryType = schema.getQueryType()!;
  const shape = shapeOf(queryType, [operation.selectionSet]);
  const rootFields = collect([operation.selectionSet]);
  const calls = [...rootFields]
    .filter(([, nodes]) => nodes[0].name.value !== '__typename')
    .map(([key, nodes]) => ({
      key,
      field: nodes[0].name.value,
      args: getArgumentValues(queryType.getFields()[nodes[0].name.value], nodes[0], vars),
    }));
  return { calls, shape };
}

/** The whole answer: each top-level result (keyed by response key) cut to its shape. */
export function projectRoot(results: Record<string, unknown>, shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of shape.fields)
    out[f.key] = f.name === '__typename' ? shape.typename : f.sub ? project(results[f.key], f.sub) : (results[f.key] ?? null);
  return out;
}

/** Cuts an answer to the fields a shape asks for, naming types as the server does. */
export function project(value: any, shape: Shape): any {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => project(v, shape));
  const out: Record<string, unknown> = {};
  for (const f of shape.fields) {
    if (f.name === '__typename') out[f.key] = shape.typename;
    else if (f.sub) out[f.key] = project(value[f.name], f.sub);
    else out[f.key] = value[f.name] ?? null;
  }
  return out;
}

/** One top-level field of a plan as a query of its own, for the per-widget breakdown. */
export function singleFieldQuery(plan: Plan, call: TopLevelCall): string {
  const field = praxisSchema().getQueryType()!.getFields()[call.field];
  const args = field.args
    .filter((a) => call.args[a.name] !== undefined)
    .map((a) => `${a.name}: ${print(astFromValue(call.args[a.name], a.type)!)}`);
  const selection = (shape: Shape): string =>
    `{ ${shape.fields.map((f) => `${f.key === f.name ? '' : `${f.key}: `}${f.name}${f.sub ? ` ${selection(f.sub)}` : ''}`).join(' ')} }`;
  const sub = plan.shape.fields.find((f) => f.key === call.key)?.sub;
  return `query ${call.key[0].toUpperCase()}${call.key.slice(1)}Alone { ${call.key === call.field ? '' : `${call.key}: `}${call.field}${args.length ? `(${args.join(', ')})` : ''}${sub ? ` ${selection(sub)}` : ''} }`;
}
