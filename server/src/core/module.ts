import { getMetadataStorage } from 'type-graphql';
import type { EntityClass, EntityManager } from '@mikro-orm/core';
import type { Context } from './context';
import type { Capability } from './policy';
import type { Organization, User } from './organization.entity';
import type { ScheduledJob } from './jobs';

/** A harmless call of one operation for the role × operation matrix test: inputs that point at nothing. */
export interface MatrixCall {
  query: string;
  variables?: Record<string, unknown>;
}

/** What a module's demo seeder gets: the demo practices, their users, and the day the demo is built on. */
export interface DemoSeed {
  em: EntityManager;
  riverside: Organization;
  lakeside: Organization;
  /** Demo sign-ins by email. */
  users: ReadonlyMap<string, User>;
}

export interface DownloadFile {
  fileName: string;
  data: Buffer | string;
  type: string;
}

/** A file behind a GET link, with the same sign-in, organization and capability checks as GraphQL. */
export interface Download {
  path: string;
  capability: Capability;
  produce(ctx: Context, request: { params: Record<string, string>; query: Record<string, unknown> }): Promise<DownloadFile>;
}

/**
 * Everything a domain brings, declared once in `modules/<domain>/index.ts`; `modules/index.ts`
 * lists the modules, and the ORM, the schema, the tenant filter, the demo and the access matrix
 * are derived from that list.
 */
export interface PraxisModule {
  name: string;
  entities?: EntityClass<any>[];
  resolvers?: Function[];
  /** Adds the module's demo data; modules are seeded in the order they are listed. */
  demo?: (seed: DemoSeed) => Promise<void> | void;
  /** One harmless call per operation the module's resolvers declare, keyed `Query.name` / `Mutation.name`. */
  matrix?: Record<string, MatrixCall>;
  downloads?: Download[];
  /** Work the module does on a schedule, once per organization (see core/jobs). */
  jobs?: ScheduledJob[];
  /** Organization-scoped entities that do not extend OrgScopedEntity (read-only rollups keyed by organization). */
  tenantScoped?: EntityClass<any>[];
}

export function defineModule(module: PraxisModule): PraxisModule {
  return module;
}

/** An id that names nothing, for matrix calls: an allowed role gets NOT_FOUND or VALIDATION_FAILED, never a change. */
export const NOTHING = '00000000-0000-4000-8000-000000000000';

/** The root operations a module's resolvers declare, as `Query.name` / `Mutation.name`. */
export function operationsOf(module: PraxisModule): string[] {
  const storage = getMetadataStorage();
  const own = new Set<Function>(module.resolvers ?? []);
  return [
    ...storage.queries.filter((q) => own.has(q.target)).map((q) => `Query.${q.schemaName}`),
    ...storage.mutations.filter((m) => own.has(m.target)).map((m) => `Mutation.${m.schemaName}`),
  ];
}
