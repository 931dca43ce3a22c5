import { MikroORM, type Options } from '@mikro-orm/core';
import { ormConfig } from './config';

export async function openDatabase(url = process.env.DATABASE_URL, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, overrides));
}

/** Applies the committed migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
