import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../core/auth-checker';
import { MODULES } from '../modules';
import { guardArguments } from './argument-guard';

export const RESOLVERS = MODULES.flatMap((m) => m.resolvers ?? []);

let built: Promise<GraphQLSchema> | undefined;

export function praxisSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(guardArguments);
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printPraxisSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await praxisSchema()))}\n`;
}
