import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseKind } from '../config';

const INDEX = path.join(__dirname, 'index.ts');

/**
 * After `migration:create`: SQLite migrations lose the table rebuilds MikroORM generates for every
 * table with an enum (it cannot read CHECK constraints back, so it always thinks they changed), and
 * the migration joins its database's list in index.ts. Returns the tables whose rebuild was removed:
 * keep one by hand only when an enum's values really changed (see the Ledger migration), and the
 * schema test tells when one was needed.
 */
export function registerMigration(kind: DatabaseKind, file: string, indexFile = INDEX): { removedRebuilds: string[] } {
  const name = path.basename(file, '.ts');
  let removedRebuilds: string[] = [];
  if (kind === 'sqlite') {
    const source = fs.readFileSync(file, 'utf8');
    const statements = source.split('\n');
    const kept: string[] = [];
    let rebuilding: string | null = null;
    for (const line of statements) {
      const start = /create table \\`(\w+)__temp_alter\\`/.exec(line);
      if (start) {
        rebuilding = start[1];
        removedRebuilds.push(rebuilding);
        if (kept.length && /pragma foreign_keys = off;`\);$/.test(kept[kept.length - 1])) kept.pop();
        continue;
      }
      if (rebuilding) {
        if (/pragma foreign_keys = on;/.test(line)) {
          rebuilding = null;
          const rest = line.replace(/pragma foreign_keys = on;(pragma foreign_keys = off;)?/, '');
          if (!/this\.addSql\(`\s*`\);/.test(rest)) kept.push(rest);
        }
        continue;
      }
      kept.push(line);
    }
    removedRebuilds = [...new Set(removedRebuilds)];
    fs.writeFileSync(file, kept.join('\n'));
  }
  const index = fs.readFileSync(indexFile, 'utf8');
  if (!index.includes(`'${name}'`)) {
    const alias = `${kind === 'sqlite' ? 'Sqlite' : 'Postgresql'}${name.replace(/^Migration\d+_?/, '') || name}`;
    const list = kind === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
    const lines = index.split('\n');
    const lastImport = lines.reduce((last, line, i) => (line.startsWith('import ') ? i : last), 0);
    lines.splice(lastImport + 1, 0, `import { ${name} as ${alias} } from './${kind}/${name}';`);
    const withImport = lines.join('\n');
    const at = withImport.indexOf('];', withImport.indexOf(`export const ${list}`));
    fs.writeFileSync(indexFile, `${withImport.slice(0, at)}  { name: '${name}', class: ${alias} },\n${withImport.slice(at)}`);
  }
  return { removedRebuilds };
}
