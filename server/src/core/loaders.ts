import DataLoader from 'dataloader';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { Context } from './context';

/**
 * A batch loader that lives for one request and belongs to the module that defines it: a field on
 * a list of a thousand rows costs one statement, not a thousand.
 *
 *     export const currentPay = requestLoader((ctx, ids: string[]) => …one statement…, aligned with ids);
 *     currentPay(ctx).load(employee.id)
 */
export function requestLoader<K, V>(
  batch: (ctx: Context, keys: K[]) => Promise<V[]>,
  options: { cacheKey?: (key: K) => unknown } = {},
): (ctx: Context) => DataLoader<K, V> {
  const name = Symbol('request loader');
  return (ctx) => ctx.memo(name, () => new DataLoader<K, V, unknown>((keys) => batch(ctx, [...keys]), { cacheKeyFn: options.cacheKey }));
}

const byIdLoaders = new Map<EntityClass<any>, (ctx: Context) => DataLoader<string, any>>();

/** The relation as it is loaded, or one batched statement for every unloaded stub of this request. */
export async function related<T extends { id: string }>(
  ctx: Context,
  entity: EntityClass<T>,
  stub: T | null | undefined,
): Promise<T | null> {
  if (!stub) return null;
  // Plain rows (the org chart's read path) already hold what they refer to.
  if (!(stub as { __helper?: unknown }).__helper) return stub;
  if (wrap(stub).isInitialized()) return stub;
  let loader = byIdLoaders.get(entity);
  if (!loader) {
    loader = requestLoader<string, T | null>(async (c, ids) => {
      const rows = await c.em.find(entity, { id: { $in: ids } } as never);
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    byIdLoaders.set(entity, loader);
  }
  return loader(ctx).load(stub.id);
}
