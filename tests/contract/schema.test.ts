import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, buildSchema as buildSdl, parse, specifiedRules, validate, NoUnusedFragmentsRule, type DefinitionNode } from 'graphql';
import { printPraxisSchema } from '../../server/src/app/schema';

const ROOT = path.resolve(__dirname, '../..');
const COMMITTED = path.join(ROOT, 'schema', 'schema.graphql');

describe('schema/schema.graphql', () => {
  it('is exactly what the server emits (run `pnpm schema` after changing the API)', async () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(await printPraxisSchema());
  });
});

function clientDocuments(): { file: string; definitions: readonly DefinitionNode[] }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'gql') walk(full);
      else if (/\.(vue|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) files.push(full);
    }
  };
  walk(path.join(ROOT, 'client', 'src'));
  return files.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)].map((m) => ({
      file: path.relative(ROOT, file),
      definitions: parse(m[1]).definitions,
    })),
  );
}

describe('client documents', () => {
  it('are all valid against the committed schema', () => {
    const schema = buildSdl(fs.readFileSync(COMMITTED, 'utf8'));
    const documents = clientDocuments();
    expect(documents.length).toBeGreaterThan(0);
    const all = { kind: Kind.DOCUMENT, definitions: documents.flatMap((d) => d.definitions) } as const;
    const errors = validate(
      schema,
      all,
      specifiedRules.filter((r) => r !== NoUnusedFragmentsRule),
    );
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
