import { isObjectType, type GraphQLSchema } from 'graphql';
import { isSensitive, requirementsOf, PUBLIC, SIGNED_IN } from './allow';
import { Capability } from './policy';

/**
 * Where the schema breaks "declared, not scattered": operations with no requirement, fields of
 * sensitive types with no requirement, and requirements naming unknown capabilities.
 */
export function policyViolations(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const known = new Set<string>([...Object.values(Capability), PUBLIC, SIGNED_IN]);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean);
  const check = (typeName: string, fieldName: string, requirements: string[] | undefined) => {
    if (!requirements?.length) problems.push(`${typeName}.${fieldName} declares no capability`);
    for (const r of requirements ?? []) if (!known.has(r)) problems.push(`${typeName}.${fieldName} names unknown capability ${r}`);
  };
  for (const root of roots) {
    for (const field of Object.values(root!.getFields())) check(root!.name, field.name, requirementsOf(field));
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || !isSensitive(type)) continue;
    for (const field of Object.values(type.getFields())) check(type.name, field.name, requirementsOf(field));
  }
  return problems;
}
