import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { PUBLIC, requirementsOf } from '../core/allow';
import { ErrorCode, ForbiddenError, PraxisError, UnauthenticatedError } from '../core/errors';
import type { Context } from '../core/context';

export const MAX_COMPLEXITY = Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 1000);

function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, fragments, out);
    else {
      const fragment = fragments[selection.name.value];
      if (fragment) rootFields(fragment.selectionSet, fragments, out);
    }
  }
  return out;
}

/**
 * Deny by default: an operation may only touch root fields that declare a requirement
 * (`@Allow`, `@SignedIn`, `@Public`), and everything but `@Public` needs a signed-in user.
 * Capabilities themselves are checked per field by type-graphql's `@Authorized`.
 * Also rejects operations above the complexity limit.
 */
export const operationGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(requestContext) {
        try {
          check(requestContext);
        } catch (err) {
          // Refusals are answers, not server failures: HTTP 200 like any GraphQL error.
          if (err instanceof PraxisError) err.extensions.http = { status: 200 };
          throw err;
        }
      },
    };
  },
};

function check({ operation, document, schema, contextValue, request }: GraphQLRequestContextDidResolveOperation<Context>) {
  if (!operation) return;
  const root = (operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()) as GraphQLObjectType | null;
  if (!root || operation.operation === 'subscription') throw new ForbiddenError('Subscriptions are not offered.');
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  for (const name of rootFields(operation.selectionSet, fragments)) {
    if (name.startsWith('__')) continue;
    const requirements = requirementsOf(root.getFields()[name]);
    if (!requirements?.length) throw new ForbiddenError(`${root.name}.${name} declares no capability, so nobody may use it.`);
    if (!requirements.includes(PUBLIC) && !contextValue.user) throw new UnauthenticatedError();
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (err) {
    // Estimating coerces the variables first: a missing or mistyped variable is the caller's mistake.
    if (err instanceof GraphQLError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 200 } } });
    throw err;
  }
  if (complexity > MAX_COMPLEXITY) {
    throw new PraxisError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This query is too complex (${complexity}, limit ${MAX_COMPLEXITY}); ask for fewer fields.`,
      { complexity, limit: MAX_COMPLEXITY },
    );
  }
}
