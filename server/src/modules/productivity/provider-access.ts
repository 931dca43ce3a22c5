import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../core/context';
import { viewerEmployee } from '../orgchart/orgchart.loaders';

type ProviderRow = { id?: string; provider?: { id: string }; providerId?: string };

/**
 * Audits reads of a provider's plan, targets and pay by anyone but the provider: notes which
 * record's which fields went out, and the request writes one READ entry per record at the end.
 */
export function AuditProviderRead(
  entityName: string,
  idOf: (root: ProviderRow) => string | undefined = (r) => r.id,
): MiddlewareFn<Context> {
  return async ({ root, info, context }, next) => {
    const value = await next();
    const row = root as ProviderRow | undefined;
    const id = row ? idOf(row) : undefined;
    if (value === null || value === undefined || !row || !id) return value;
    const providerId = row.providerId ?? row.provider?.id;
    const own = await viewerEmployee(context);
    if (own && own.id === providerId) return value;
    context.audit.noteRead(entityName, id, [info.fieldName]);
    return value;
  };
}
