import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase, migrate } from '../db/orm';
import { seedDemo } from '../db/seeders/demo';
import { pgAdmin, pgUrl } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

/**
 * Once per project: migrate and seed a template database; each test file then gets its own copy
 * (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), so no two files share state.
 */
export default async function setup(project: TestProject) {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
  // The template is seeded on the same fixed day the test files run on.
  process.env.PRAXIS_TODAY ??= project.config.env?.PRAXIS_TODAY;
  const kind = project.config.env?.TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';
  const tag = `${project.name.replace(/\W/g, '_')}_${process.pid}`;
  let url: string;
  let cleanup: () => Promise<void>;
  if (kind === 'postgresql') {
    const name = `praxis_tpl_${tag}`;
    await pgAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
    await pgAdmin((c) => c.query(`create database ${name}`));
    url = pgUrl(name);
    cleanup = () => pgAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  } else {
    const file = path.join(os.tmpdir(), `praxis-tpl-${tag}.sqlite`);
    fs.rmSync(file, { force: true });
    url = `sqlite:${file}`;
    cleanup = async () => fs.rmSync(file, { force: true });
  }
  const orm = await openDatabase(url);
  await migrate(orm);
  await seedDemo(orm);
  await orm.close();
  project.provide('templateUrl', url);
  return cleanup;
}
