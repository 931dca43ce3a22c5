import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../core/context';
import { Employee } from '../orgchart/orgchart.entity';

const viewerEmployees = new WeakMap<Context, Promise<Employee | null>>();

/** The viewer's own employee record in the request's organization (one statement per request). */
export function viewerEmployee(ctx: Context): Promise<Employee | null> {
  if (!ctx.user || !ctx.membership) return Promise.resolve(null);
  let found = viewerEmployees.get(ctx);
  if (!found) {
    found = ctx.em.findOne(Employee, { user: ctx.user.id });
    viewerEmployees.set(ctx, found);
  }
  return found;
}

type ProviderRow = { id?: string; provider?: { id: string }; providerId?: string };

/**
 * Audits reads of a provider's plan, targets and pay by anyone but the provider: notes which
 * record's which fields went out, and the request writes one READ entry per record at the end.
 */
export function AuditProviderRead(entityName: string, idOf: (root: ProviderRow) => string | undefined = (r) => r.id): MiddlewareFn<Context> {
  return async ({ root, info, context }, next) => {
    const value = await next();
    const row = root as ProviderRow | undefined;
    const id = row ? idOf(row) : undefined;
    if (value === null || value === undefined || !row || !id) return value;
    const providerId = row.providerId ?? row.provider?.id;
    const own = await viewerEmployee(context);
    if (own && own.id === providerId) return value;
    const reads = (context.auditReads ??= new Map());
    const key = `${entityName}|${id}`;
    reads.set(key, new Set([...(reads.get(key) ?? []), info.fieldName]));
    return value;
  };
}
