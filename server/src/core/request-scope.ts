import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from './policy';

/** What the whole of one request knows about itself, reachable from ORM subscribers and loggers. */
export interface RequestScope {
  correlationId: string;
  actor?: { userId: string; role: Role; organizationId: string };
  sqlStatements: number;
  /** Installation work (demo seeding): no tenant to guard, nothing for the audit log. */
  system?: true;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs installation work (seeding) outside any user's request. */
export function runAsSystem<T>(fn: () => T): T {
  return storage.run({ correlationId: 'system', sqlStatements: 0, system: true }, fn);
}
