import { computed, reactive, ref, watch, type Ref } from 'vue';
import type { CombinedError } from '@urql/core';
import type { ProposalInput } from '@/gql/graphql';
import { codeOf, describeError, fieldOf } from '@/shared/errors';
import { formatMoney } from '@/shared/money';
import type { Guideline } from './pay';
import {
  disagreements,
  draftOf,
  livePool,
  liveProposal,
  parseDraft,
  sameValues,
  type LiveProposal,
  type ParsedDraft,
  type PoolChange,
  type ProposalDraft,
  type ProposalField,
  type ProposalValues,
  type WorksheetRow,
} from './worksheet';

const FIELDS: readonly ProposalField[] = ['rating', 'meritBps', 'adjustment', 'bonus', 'rationale'];
/** Which field of the draft a server field error belongs to. */
const DRAFT_FIELD: Record<ProposalField, keyof ProposalDraft> = {
  rating: 'rating',
  meritBps: 'merit',
  adjustment: 'adjustment',
  bonus: 'bonus',
  rationale: 'rationale',
};

export type RowErrors = Partial<Record<ProposalField | 'row', string>>;

export interface RowState {
  /** The saved row this page knows best: a save's answer until the worksheet query catches up. */
  base: WorksheetRow;
  draft: ProposalDraft;
  parsed: ParsedDraft;
  live: LiveProposal;
  dirty: boolean;
  saving: boolean;
  conflict: boolean;
  errors: RowErrors;
}

export interface SaveResult {
  row?: WorksheetRow | null;
  error?: CombinedError;
}

export interface PoolCheck {
  ok: boolean;
  text: string;
}

/**
 * Proposals being typed on the worksheet: drafts per row, the live pool, saving with the server's
 * field errors put back at their fields, and a check of this page's arithmetic against the
 * server's after each save.
 */
export function useProposals(options: {
  rows: Ref<readonly WorksheetRow[]>;
  guidelines: Ref<readonly Guideline[]>;
  pool: Ref<{ pool: number; used: number; usedWithBenefits: number } | null | undefined>;
  propose: (input: ProposalInput) => Promise<SaveResult>;
  /** Someone else saved first: load their version (the draft stays). */
  reload: () => void;
}) {
  const drafts = reactive<Record<string, ProposalDraft>>({});
  const saved = reactive<Record<string, WorksheetRow>>({});
  const serverErrors = reactive<Record<string, RowErrors>>({});
  const conflicts = reactive(new Set<string>());
  const saving = reactive(new Set<string>());
  const check = ref<PoolCheck | null>(null);

  const byId = computed(() => new Map(options.rows.value.map((r) => [r.id, r])));

  // The worksheet query caught up with a save: its row is the one to use again.
  watch(
    options.rows,
    (rows) => {
      for (const row of rows) {
        const mine = saved[row.id];
        if (mine && row.version >= mine.version) delete saved[row.id];
      }
      const off = disagreements(rows);
      if (off.length) {
        check.value = {
          ok: false,
          text: `This page’s arithmetic differs from the server’s for ${off.map((r) => r.name).join(', ')}: the figures shown for saved rows are the server’s.`,
        };
      }
    },
    { immediate: true },
  );

  function baseOf(row: WorksheetRow): WorksheetRow {
    const mine = saved[row.id];
    return mine && mine.version > row.version ? mine : row;
  }

  function stateOf(row: WorksheetRow): RowState {
    const base = baseOf(row);
    const draft = drafts[row.id] ?? draftOf(base);
    const parsed = parseDraft(draft, base);
    const live = liveProposal(base, parsed.values, options.guidelines.value);
    return {
      base,
      draft,
      parsed,
      live,
      dirty: !!drafts[row.id] && (!sameValues(parsed.values, base) || Object.keys(parsed.errors).length > 0),
      saving: saving.has(row.id),
      conflict: conflicts.has(row.id),
      errors: { ...serverErrors[row.id], ...parsed.errors },
    };
  }

  const states = computed(() => new Map(options.rows.value.map((row) => [row.id, stateOf(row)])));
  const dirtyIds = computed(() => [...states.value].filter(([, s]) => s.dirty).map(([id]) => id));

  /** The pool as typed: the server's sums, moved by every row that differs from what it summed. */
  const pool = computed(() => {
    const server = options.pool.value;
    if (!server) return null;
    const changes: PoolChange[] = [];
    for (const row of options.rows.value) {
      const s = states.value.get(row.id)!;
      if (s.base === row && !drafts[row.id]) continue;
      changes.push({ counted: row, live: s.live });
    }
    return livePool(server, changes);
  });

  /** What the typed drafts add to (or take from) the saved pool use. */
  const unsavedCost = computed(() =>
    dirtyIds.value.reduce((sum, id) => {
      const s = states.value.get(id)!;
      return sum + s.live.cost - s.base.cost;
    }, 0),
  );

  function edit<K extends keyof ProposalDraft>(row: WorksheetRow, field: K, value: ProposalDraft[K]) {
    const draft = (drafts[row.id] ??= draftOf(baseOf(row)));
    draft[field] = value;
    const errors = serverErrors[row.id];
    if (errors) {
      for (const f of FIELDS) if (DRAFT_FIELD[f] === field) delete errors[f];
      // Typing a rationale answers a "say why" on the merit too.
      if (field === 'merit' || field === 'rating') delete errors.rationale;
    }
  }

  function discard(id: string) {
    delete drafts[id];
    delete serverErrors[id];
    conflicts.delete(id);
  }

  function discardAll() {
    for (const id of Object.keys(drafts)) discard(id);
  }

  function input(base: WorksheetRow, values: ProposalValues): ProposalInput {
    return {
      id: base.id,
      expectedVersion: base.version,
      rating: values.rating,
      meritBps: values.meritBps,
      adjustment: values.adjustment,
      bonus: values.bonus,
      rationale: values.rationale,
    };
  }

  /** Saves one row; true when it is saved (or had nothing to save). */
  async function save(id: string): Promise<boolean> {
    const row = byId.value.get(id);
    const state = row && states.value.get(id);
    if (!row || !state || saving.has(id)) return false;
    if (!state.dirty) {
      discard(id);
      return true;
    }
    if (Object.keys(state.parsed.errors).length) return false;
    const sent = state.parsed.values;
    const expected = state.live;
    saving.add(id);
    delete serverErrors[id];
    const result = await options.propose(input(state.base, sent));
    saving.delete(id);

    if (result.error || !result.row) {
      const errors: RowErrors = {};
      for (const e of result.error?.graphQLErrors ?? []) {
        const code = codeOf(e);
        const field = fieldOf(e) as ProposalField | undefined;
        if (code === 'VALIDATION_FAILED' && field && FIELDS.includes(field)) errors[field] = e.message;
        else if (code === 'CONFLICT') {
          conflicts.add(id);
          errors.row =
            'Someone else changed this proposal since you loaded it. Their version is loaded now: save again to replace it with yours, or undo yours.';
        } else errors.row = code === 'VALIDATION_FAILED' ? e.message : describeError(result.error);
      }
      if (!Object.keys(errors).length) errors.row = describeError(result.error) || 'The proposal was not saved. Try again.';
      serverErrors[id] = errors;
      if (conflicts.has(id)) options.reload();
      return false;
    }

    const answer = result.row;
    saved[id] = answer;
    conflicts.delete(id);
    // Keep what was typed while the save was on its way.
    const now = drafts[id] && parseDraft(drafts[id], answer).values;
    if (!now || sameValues(now, sent)) delete drafts[id];
    check.value =
      answer.cost === expected.cost && answer.newAnnualPay === expected.newAnnualPay
        ? { ok: true, text: `Saved ${answer.name}: the server’s figures match this page’s to the cent.` }
        : {
            ok: false,
            text: `Saved ${answer.name}: the server computed a cost of ${formatMoney(answer.cost)} where this page expected ${formatMoney(expected.cost)}. The server’s figure counts.`,
          };
    return true;
  }

  /** Saves every changed row, one after another; returns how many could not be saved. */
  async function saveAll(): Promise<number> {
    let failed = 0;
    for (const id of dirtyIds.value) if (!(await save(id))) failed++;
    return failed;
  }

  return { states, dirtyIds, pool, unsavedCost, check, edit, discard, discardAll, save, saveAll };
}
