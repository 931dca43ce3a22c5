import path from 'node:path';

/**
 * Praxis's module frame, as lint rules:
 * - `no-foreign-entity-writes`: a module creates, inserts, updates or deletes in bulk only the
 *   entities it owns (declared in its own folder); another module's records change through that
 *   module's service (the ledger's journal through LedgerService.post, budget lines through BudgetService).
 */
const WRITES = new Set(['create', 'insert', 'insertMany', 'upsert', 'upsertMany', 'nativeInsert', 'nativeUpdate', 'nativeDelete']);

const moduleOf = (file) => {
  const match = /[\\/]server[\\/]src[\\/]modules[\\/]([^\\/]+)[\\/]/.exec(file);
  return match ? match[1] : null;
};

export const noForeignEntityWrites = {
  meta: {
    type: 'problem',
    docs: { description: 'A module writes only its own entities; others change through their module’s service.' },
    messages: {
      foreign: '{{entity}} belongs to the {{owner}} module: change it through that module’s service, not {{call}} here.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const own = moduleOf(file);
    if (!own || /\.test\.ts$/.test(file)) return {};
    /** Imported entity classes (from an `*.entity` file) by local name → owning module. */
    const owners = new Map();
    return {
      ImportDeclaration(node) {
        if (node.importKind === 'type' || !/\.entity$/.test(node.source.value)) return;
        const target = path.resolve(path.dirname(file), node.source.value);
        const owner = moduleOf(`${target}.ts`);
        if (!owner || owner === own) return;
        for (const spec of node.specifiers) {
          if (spec.importKind !== 'type' && spec.local) owners.set(spec.local.name, owner);
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || !WRITES.has(callee.property.name)) return;
        const entity = node.arguments[0];
        if (entity?.type !== 'Identifier' || !owners.has(entity.name)) return;
        context.report({
          node,
          messageId: 'foreign',
          data: { entity: entity.name, owner: owners.get(entity.name), call: `${callee.property.name}()` },
        });
      },
      NewExpression(node) {
        if (node.callee.type !== 'Identifier' || !owners.has(node.callee.name)) return;
        context.report({
          node,
          messageId: 'foreign',
          data: { entity: node.callee.name, owner: owners.get(node.callee.name), call: 'new' },
        });
      },
    };
  },
};

export default { rules: { 'no-foreign-entity-writes': noForeignEntityWrites } };
