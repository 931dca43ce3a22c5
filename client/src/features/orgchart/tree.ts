/**
 * The server sends the chart as a flat list of seats with `reportsToId`; the page builds the tree
 * here. Everything is keyed by position id and linear in the number of seats, so a practice of
 * several hundred people stays fast.
 */
export interface SeatLike {
  id: string;
  reportsToId?: string | null;
  employee?: { fullName: string } | null;
  position: { title: string };
  totalReports?: number;
}

export interface TreeItem<N extends SeatLike> {
  node: N;
  depth: number;
  parentId: string | null;
  children: TreeItem<N>[];
}

export interface Forest<N extends SeatLike> {
  roots: TreeItem<N>[];
  byId: Map<string, TreeItem<N>>;
}

/** Bigger teams first, then by title, then by name: managers lead, peers group together. */
export function defaultOrder<N extends SeatLike>(a: TreeItem<N>, b: TreeItem<N>): number {
  return (
    (b.node.totalReports ?? b.children.length) - (a.node.totalReports ?? a.children.length) ||
    a.node.position.title.localeCompare(b.node.position.title) ||
    Number(!a.node.employee) - Number(!b.node.employee) ||
    (a.node.employee?.fullName ?? '').localeCompare(b.node.employee?.fullName ?? '')
  );
}

export function buildForest<N extends SeatLike>(
  nodes: readonly N[],
  order: (a: TreeItem<N>, b: TreeItem<N>) => number = defaultOrder,
): Forest<N> {
  const byId = new Map<string, TreeItem<N>>();
  for (const node of nodes) byId.set(node.id, { node, depth: 0, parentId: null, children: [] });

  // A seat whose manager is missing from the list (closed, or outside the date) becomes a root.
  // A cycle cannot come from the server, but if one did, the seat where it is noticed becomes a root.
  const roots: TreeItem<N>[] = [];
  for (const item of byId.values()) {
    const parentId = item.node.reportsToId;
    if (parentId && byId.has(parentId) && !createsCycle(byId, item.node.id, parentId)) {
      item.parentId = parentId;
      byId.get(parentId)!.children.push(item);
    } else {
      roots.push(item);
    }
  }

  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    item.children.sort(order);
    for (const child of item.children) {
      child.depth = item.depth + 1;
      stack.push(child);
    }
  }
  roots.sort(order);
  return { roots, byId };
}

function createsCycle<N extends SeatLike>(byId: Map<string, TreeItem<N>>, id: string, parentId: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = byId.get(at)?.node.reportsToId) {
    if (at === id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** Ids from the top of the chart down to the seat, both included; empty when unknown. */
export function pathTo<N extends SeatLike>(forest: Forest<N>, id: string): string[] {
  const path: string[] = [];
  for (let item = forest.byId.get(id); item; item = item.parentId ? forest.byId.get(item.parentId) : undefined) {
    path.unshift(item.node.id);
  }
  return path;
}

/** Depth-first, in display order: the rows of the list view. */
export function flatten<N extends SeatLike>(forest: Forest<N>): TreeItem<N>[] {
  const rows: TreeItem<N>[] = [];
  const stack = [...forest.roots].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    rows.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return rows;
}

/** Collapse every seat with reports from `levels - 1` down, so `levels` levels show at first. */
export function collapsedBeyond<N extends SeatLike>(forest: Forest<N>, levels: number): Record<string, true> {
  const collapsed: Record<string, true> = {};
  for (const item of forest.byId.values()) {
    if (item.children.length && item.depth >= levels - 1) collapsed[item.node.id] = true;
  }
  return collapsed;
}

/** The same collapsed set with every manager above `id` opened, so the seat is on screen. */
export function revealPath<N extends SeatLike>(forest: Forest<N>, collapsed: Record<string, true>, id: string): Record<string, true> {
  const next = { ...collapsed };
  for (const ancestor of pathTo(forest, id).slice(0, -1)) delete next[ancestor];
  return next;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Seats whose person or title matches every word of the query; people whose name starts with the
 * query come first, then other name matches, then title-only matches.
 */
export function searchSeats<N extends SeatLike>(nodes: readonly N[], query: string, limit = 20): N[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const full = fold(query.trim());
  const scored: { node: N; score: number }[] = [];
  for (const node of nodes) {
    const name = fold(node.employee?.fullName ?? '');
    const title = fold(node.position.title);
    const haystack = `${name} ${title} ${node.employee ? '' : 'vacant vacancy open'}`;
    if (!words.every((w) => haystack.includes(w))) continue;
    const score = name.startsWith(full) ? 0 : words.every((w) => name.includes(w)) ? 1 : 2;
    scored.push({ node, score });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        (a.node.employee?.fullName ?? a.node.position.title).localeCompare(b.node.employee?.fullName ?? b.node.position.title),
    )
    .slice(0, limit)
    .map((s) => s.node);
}
