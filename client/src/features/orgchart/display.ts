import type { ChartNode } from './orgChartNode';
import type { Forest, TreeItem } from './tree';

/** PrimeVue OrganizationChart's node shape, with our payload per kind. */
export type DisplayNode =
  | { key: string; type: 'seat'; data: ChartNode; children: DisplayNode[]; leaf?: boolean }
  | { key: string; type: 'group'; data: { seats: ChartNode[]; parentId: string }; children: DisplayNode[] }
  | { key: string; type: 'practice'; data: { name: string; seats: number }; children: DisplayNode[] };

/** Above this many seats without reports, siblings stack in one card instead of spreading sideways. */
export const GROUP_AFTER = 3;

function seatNode(item: TreeItem<ChartNode>, collapsed: Record<string, true>): DisplayNode {
  const hasReports = item.children.length > 0;
  // A collapsed seat hands PrimeVue no children at all: hidden subtrees would otherwise still take their width.
  const children = hasReports && !collapsed[item.node.id] ? childrenOf(item, collapsed) : [];
  return { key: item.node.id, type: 'seat', data: item.node, children, ...(hasReports ? { leaf: false } : {}) };
}

function childrenOf(item: TreeItem<ChartNode>, collapsed: Record<string, true>): DisplayNode[] {
  const managers = item.children.filter((c) => c.children.length > 0);
  const leaves = item.children.filter((c) => c.children.length === 0);
  const nodes = managers.map((c) => seatNode(c, collapsed));
  if (leaves.length > GROUP_AFTER) {
    nodes.push({
      key: `group:${item.node.id}`,
      type: 'group',
      data: { seats: leaves.map((l) => l.node), parentId: item.node.id },
      children: [],
    });
  } else {
    nodes.push(...leaves.map((c) => seatNode(c, collapsed)));
  }
  return nodes;
}

/** The chart to draw: one root, or the practice itself above several roots. */
export function toDisplayTree(forest: Forest<ChartNode>, collapsed: Record<string, true>, practiceName: string): DisplayNode | null {
  if (!forest.roots.length) return null;
  if (forest.roots.length === 1) return seatNode(forest.roots[0]!, collapsed);
  return {
    key: 'practice',
    type: 'practice',
    data: { name: practiceName, seats: forest.byId.size },
    children: forest.roots.map((r) => seatNode(r, collapsed)),
  };
}
