import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerMigration } from './register';

describe('a new migration', () => {
  it('loses SQLite’s spurious table rebuilds and joins the list of its database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxis-migration-'));
    const index = path.join(dir, 'index.ts');
    fs.copyFileSync(path.join(__dirname, 'index.ts'), index);
    const file = path.join(dir, 'Migration20990101000000_Things.ts');
    fs.writeFileSync(file, [
      "import { Migration } from '@mikro-orm/migrations';",
      'export class Migration20990101000000_Things extends Migration {',
      '  override async up(): Promise<void> {',
      '    this.addSql(`create table \\`things\\` (\\`id\\` text not null, primary key (\\`id\\`));`);',
      '    this.addSql(`pragma foreign_keys = off;`);',
      '    this.addSql(`create table \\`budgets__temp_alter\\` (\\`id\\` text not null);`);',
      '    this.addSql(`insert into \\`budgets__temp_alter\\` select \\`id\\` from \\`budgets\\`;`);',
      '    this.addSql(`drop table \\`budgets\\`;`);',
      '    this.addSql(`alter table \\`budgets__temp_alter\\` rename to \\`budgets\\`;`);',
      '    this.addSql(`pragma foreign_keys = on;alter table \\`users\\` add column \\`nickname\\` text null;`);',
      '  }',
      '}',
    ].join('\n'));
    expect(registerMigration('sqlite', file, index)).toEqual({ removedRebuilds: ['budgets'] });
    const migration = fs.readFileSync(file, 'utf8');
    expect(migration).toContain('create table \\`things\\`');
    expect(migration).toContain('alter table \\`users\\` add column \\`nickname\\`');
    expect(migration).not.toMatch(/temp_alter|drop table|pragma/);
    const list = fs.readFileSync(index, 'utf8');
    expect(list).toContain("import { Migration20990101000000_Things as SqliteThings } from './sqlite/Migration20990101000000_Things';");
    expect(list).toMatch(/\{ name: 'Migration20990101000000_Things', class: SqliteThings \},\n\];\nexport const postgresqlMigrations/);
    registerMigration('sqlite', file, index);
    expect(fs.readFileSync(index, 'utf8')).toBe(list);
  });
});
