import { describe, expect, it } from 'vitest';
import { buildForest, collapsedBeyond, flatten, pathTo, revealPath, searchSeats, type SeatLike } from './tree';
import { GROUP_AFTER, toDisplayTree } from './display';
import type { ChartNode } from './orgChartNode';

function seat(id: string, reportsToId: string | null, title: string, name: string | null, totalReports = 0): SeatLike {
  return { id, reportsToId, position: { title }, employee: name ? { fullName: name } : null, totalReports };
}

// admin ─┬─ pm ─┬─ om ── ma1, ma2
//        │      └─ coder
//        ├─ md
//        └─ np (vacant)
const NODES = [
  seat('ma1', 'om', 'Medical Assistant', 'Keisha Young'),
  seat('coder', 'pm', 'Medical Coder', 'Harold Jensen'),
  seat('admin', null, 'Practice Administrator', 'Dana Whitfield', 7),
  seat('np', 'admin', 'Nurse Practitioner', null),
  seat('om', 'pm', 'Office Manager', 'Olivia Grant', 2),
  seat('md', 'admin', 'Medical Director', 'Robert Kline'),
  seat('pm', 'admin', 'Practice Manager', 'Marcus Bell', 4),
  seat('ma2', 'om', 'Medical Assistant', 'Ryan Mercer'),
];

describe('buildForest', () => {
  it('turns the flat list into one tree with depths, bigger teams first', () => {
    const forest = buildForest(NODES);
    expect(forest.roots.map((r) => r.node.id)).toEqual(['admin']);
    const admin = forest.roots[0]!;
    expect(admin.children.map((c) => c.node.id)).toEqual(['pm', 'md', 'np']);
    expect(forest.byId.get('ma2')!.depth).toBe(3);
    expect(forest.byId.get('om')!.children.map((c) => c.node.id)).toEqual(['ma1', 'ma2']);
  });

  it('makes a seat whose manager is missing a root instead of dropping it', () => {
    const forest = buildForest([...NODES, seat('orphan', 'closed-seat', 'Scheduler', 'Nora Fitzgerald')]);
    expect(forest.roots.map((r) => r.node.id).sort()).toEqual(['admin', 'orphan']);
  });

  it('survives a reporting cycle without looping', () => {
    const forest = buildForest([seat('a', 'b', 'A', 'Ann'), seat('b', 'a', 'B', 'Bob'), seat('c', 'a', 'C', 'Cy')]);
    expect(forest.byId.size).toBe(3);
    expect(
      flatten(forest)
        .map((i) => i.node.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('lists every seat depth-first for the table', () => {
    expect(flatten(buildForest(NODES)).map((i) => i.node.id)).toEqual(['admin', 'pm', 'om', 'ma1', 'ma2', 'coder', 'md', 'np']);
  });
});

describe('search and paths', () => {
  const forest = buildForest(NODES);

  it('finds a person by part of the name, ignoring case, and the path to them', () => {
    const [hit] = searchSeats(NODES, 'ryan mer');
    expect(hit!.id).toBe('ma2');
    expect(pathTo(forest, hit!.id)).toEqual(['admin', 'pm', 'om', 'ma2']);
  });

  it('finds seats by title and puts name matches first', () => {
    const withMedina = [...NODES, seat('recep', 'om', 'Receptionist', 'Zoe Medina')];
    // Zoe sorts last by name, but her name matches while the others match by title only.
    expect(searchSeats(withMedina, 'medi').map((n) => n.id)).toEqual(['recep', 'coder', 'ma1', 'md', 'ma2']);
    expect(searchSeats(NODES, 'olivia').map((n) => n.id)).toEqual(['om']);
  });

  it('finds vacancies by the word "vacant"', () => {
    expect(searchSeats(NODES, 'vacant').map((n) => n.id)).toEqual(['np']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchSeats(NODES, '   ')).toEqual([]);
  });

  it('starts two levels open and opens the managers above a found seat', () => {
    const collapsed = collapsedBeyond(forest, 2);
    expect(collapsed).toEqual({ pm: true, om: true });
    expect(revealPath(forest, collapsed, 'ma2')).toEqual({});
    expect(revealPath(forest, collapsed, 'coder')).toEqual({ om: true });
  });
});

describe('the drawn chart', () => {
  const chartNode = (s: SeatLike) => s as unknown as ChartNode;

  it('hands PrimeVue no children for a collapsed seat, but keeps its toggle', () => {
    const forest = buildForest(NODES.map(chartNode));
    const tree = toDisplayTree(forest, { pm: true }, 'Riverside')!;
    const pm = tree.children.find((c) => c.key === 'pm')!;
    expect(pm.children).toEqual([]);
    expect(pm).toMatchObject({ type: 'seat', leaf: false });
  });

  it('stacks many seats without reports into one group card', () => {
    const many = [seat('boss', null, 'Office Manager', 'Olivia Grant', 9)];
    for (let i = 0; i <= GROUP_AFTER; i++) many.push(seat(`s${i}`, 'boss', 'Medical Assistant', `Person ${i}`));
    const tree = toDisplayTree(buildForest(many.map(chartNode)), {}, 'Riverside')!;
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'group' });
    expect((tree.children[0]!.data as { seats: unknown[] }).seats).toHaveLength(GROUP_AFTER + 1);
  });

  it('puts the practice above several roots', () => {
    const tree = toDisplayTree(buildForest([seat('a', null, 'A', 'Ann'), seat('b', null, 'B', 'Bob')].map(chartNode)), {}, 'Riverside')!;
    expect(tree).toMatchObject({ type: 'practice', data: { name: 'Riverside', seats: 2 } });
  });

  it('builds a practice of several hundred seats', () => {
    const big: SeatLike[] = [seat('root', null, 'Administrator', 'Root')];
    for (let m = 0; m < 20; m++) {
      big.push(seat(`m${m}`, 'root', 'Manager', `Manager ${m}`));
      for (let s = 0; s < 30; s++) big.push(seat(`m${m}-s${s}`, `m${m}`, 'Staff', `Staff ${m}-${s}`));
    }
    const forest = buildForest(big);
    expect(flatten(forest)).toHaveLength(621);
    expect(pathTo(forest, 'm19-s29')).toEqual(['root', 'm19', 'm19-s29']);
  });
});
