import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../core/auth-checker';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import {
  BudgetFieldsResolver, BudgetLineFieldsResolver, BudgetResolver, LedgerEntryFieldsResolver,
} from '../modules/budget/budget.resolver';
import {
  CompensationCycleFieldsResolver, CompensationResolver, EmployeePayFieldsResolver,
} from '../modules/compensation/compensation.resolver';
import { CampaignFieldsResolver, CampaignResolver, LeadFieldsResolver } from '../modules/campaign/campaign.resolver';
import {
  EmployeeFieldsResolver, OrgChartResolver, PositionFieldsResolver,
} from '../modules/orgchart/orgchart.resolver';
import { EncounterResolver } from '../modules/encounter/encounter.resolver';
import {
  ProductivityResolver, ProductivityTargetFieldsResolver, ProviderPlanFieldsResolver, ProviderProductivityFieldsResolver,
} from '../modules/productivity/productivity.resolver';

export const RESOLVERS = [
  AuthResolver, OrgChartResolver, EmployeeFieldsResolver, PositionFieldsResolver, AuditResolver,
  BudgetResolver, BudgetFieldsResolver, BudgetLineFieldsResolver, LedgerEntryFieldsResolver,
  CampaignResolver, CampaignFieldsResolver, LeadFieldsResolver,
  CompensationResolver, CompensationCycleFieldsResolver, EmployeePayFieldsResolver,
  EncounterResolver, ProductivityResolver, ProviderProductivityFieldsResolver, ProviderPlanFieldsResolver, ProductivityTargetFieldsResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

export function praxisSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: false,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printPraxisSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await praxisSchema()))}\n`;
}
