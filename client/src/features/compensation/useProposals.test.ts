import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import type { ProposalInput } from '@/gql/graphql';
import type { Guideline } from './pay';
import { useProposals, type SaveResult } from './useProposals';
import type { WorksheetRow } from './worksheet';
import { worksheetRow } from './testRows';

const GUIDELINES: Guideline[] = [
  { rating: 3, compaBand: 'WITHIN', minBps: 200, maxBps: 350 },
  { rating: 4, compaBand: 'WITHIN', minBps: 300, maxBps: 450 },
];
// The pool as the server summed it: one proposal already saved elsewhere.
const SERVER_POOL = { pool: 5_939_531, used: 1_255_542, usedWithBenefits: 1_556_872 };

function setup(rows: WorksheetRow[], propose: (input: ProposalInput) => Promise<SaveResult>) {
  const rowsRef = ref<readonly WorksheetRow[]>(rows);
  const pool = ref({ ...SERVER_POOL });
  const reload = vi.fn();
  const proposals = useProposals({ rows: rowsRef, guidelines: ref(GUIDELINES), pool, propose, reload });
  return { proposals, rowsRef, pool, reload };
}

const validation = (field: string, message: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field } })] });

describe('proposals on the worksheet', () => {
  it('moves the pool as the user types, by the raise at the person’s FTE', () => {
    const arjun = worksheetRow();
    const { proposals } = setup([arjun], vi.fn());
    proposals.edit(arjun, 'rating', 3);
    proposals.edit(arjun, 'merit', '3');
    // $19.56/h + 3 % = $20.15/h: 2,080 h × 59 cents = $1,227.20 a year, $1,521.73 with a 24 % load.
    expect(proposals.pool.value).toEqual({
      pool: 5_939_531,
      used: 1_255_542 + 122_720,
      usedWithBenefits: 1_556_872 + 152_173,
      remaining: 5_939_531 - 1_378_262,
      over: 0,
    });
    expect(proposals.unsavedCost.value).toBe(122_720);
    expect(proposals.dirtyIds.value).toEqual(['p-1']);
    // A half-typed number keeps the last good figures and says what is wrong.
    proposals.edit(arjun, 'merit', '3..');
    expect(proposals.states.value.get('p-1')!.errors.meritBps).toMatch(/percentage/);
    expect(proposals.pool.value!.used).toBe(1_255_542);
  });

  it('shows the guideline for the typed rating and flags a merit outside it', () => {
    const arjun = worksheetRow();
    const { proposals } = setup([arjun], vi.fn());
    proposals.edit(arjun, 'rating', 4);
    proposals.edit(arjun, 'merit', '5');
    const live = proposals.states.value.get('p-1')!.live;
    expect(live.guideline).toMatchObject({ minBps: 300, maxBps: 450 });
    expect(live.outsideGuideline).toBe(true);
    expect(live.flags).toContain('OUTSIDE_GUIDELINE');
  });

  it('puts the server’s field error at its field and keeps the draft', async () => {
    const arjun = worksheetRow();
    const propose = vi.fn(async () => ({ error: validation('input.rationale', 'Say why this differs.') }));
    const { proposals } = setup([arjun], propose);
    proposals.edit(arjun, 'rating', 4);
    proposals.edit(arjun, 'merit', '6');
    expect(await proposals.save('p-1')).toBe(false);
    expect(propose).toHaveBeenCalledWith({
      id: 'p-1',
      expectedVersion: 1,
      rating: 4,
      meritBps: 600,
      adjustment: 0,
      bonus: 0,
      rationale: null,
    });
    const state = proposals.states.value.get('p-1')!;
    expect(state.errors.rationale).toBe('Say why this differs.');
    expect(state.dirty).toBe(true);
    // Typing the rationale clears the error.
    proposals.edit(arjun, 'rationale', 'Took over payroll');
    expect(proposals.states.value.get('p-1')!.errors.rationale).toBeUndefined();
  });

  it('after a save, shows the server’s row and says whether its figures match this page’s', async () => {
    const arjun = worksheetRow();
    const savedRow = worksheetRow({ version: 2, rating: 3, meritBps: 300, proposedBy: 'Marcus Bell' });
    const { proposals, rowsRef, pool } = setup(
      [arjun],
      vi.fn(async () => ({ row: savedRow })),
    );
    proposals.edit(arjun, 'rating', 3);
    proposals.edit(arjun, 'merit', '3');
    const typed = proposals.pool.value!.used;
    expect(await proposals.save('p-1')).toBe(true);
    expect(proposals.dirtyIds.value).toEqual([]);
    expect(proposals.check.value).toMatchObject({ ok: true });
    // Until the worksheet query comes back, the saved row counts on top of the old sums ...
    expect(proposals.pool.value!.used).toBe(typed);
    // ... and once it does, the server's sums alone.
    pool.value = { ...SERVER_POOL, used: SERVER_POOL.used + 122_720, usedWithBenefits: SERVER_POOL.usedWithBenefits + 152_173 };
    rowsRef.value = [savedRow];
    await nextTick();
    expect(proposals.pool.value!.used).toBe(typed);
    expect(proposals.states.value.get('p-1')!.base).toEqual(savedRow);
  });

  it('reports a server figure that differs from this page’s arithmetic', async () => {
    const arjun = worksheetRow();
    const odd = worksheetRow({ version: 2, rating: 3, meritBps: 300, cost: 122_721 });
    const { proposals } = setup(
      [arjun],
      vi.fn(async () => ({ row: odd })),
    );
    proposals.edit(arjun, 'rating', 3);
    proposals.edit(arjun, 'merit', '3');
    await proposals.save('p-1');
    expect(proposals.check.value?.ok).toBe(false);
  });

  it('on a stale version, loads theirs and keeps mine to save again', async () => {
    const arjun = worksheetRow();
    const conflict = new CombinedError({ graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })] });
    const { proposals, reload } = setup(
      [arjun],
      vi.fn(async () => ({ error: conflict })),
    );
    proposals.edit(arjun, 'merit', '2');
    proposals.edit(arjun, 'rating', 3);
    expect(await proposals.save('p-1')).toBe(false);
    expect(reload).toHaveBeenCalled();
    const state = proposals.states.value.get('p-1')!;
    expect(state.conflict).toBe(true);
    expect(state.errors.row).toMatch(/Someone else changed this proposal/);
    expect(state.draft.merit).toBe('2');
  });

  it('undo puts a row back as saved', () => {
    const arjun = worksheetRow({ rating: 3, meritBps: 250, version: 3 });
    const { proposals } = setup([arjun], vi.fn());
    proposals.edit(arjun, 'merit', '3.5');
    expect(proposals.dirtyIds.value).toEqual(['p-1']);
    proposals.discard('p-1');
    expect(proposals.dirtyIds.value).toEqual([]);
    expect(proposals.states.value.get('p-1')!.draft.merit).toBe('2.5');
  });
});
