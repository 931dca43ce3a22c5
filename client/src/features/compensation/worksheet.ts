import { graphql } from '@/gql';
import type { PayFlag, WorksheetGrid_RowFragment } from '@/gql/graphql';
import { formatAmount, parseMoney, percentToBasisPoints } from '@/shared/money';
import { bpsToPercentText } from './compensation';
import {
  compaBandOf,
  compaRatio,
  fullTimeAnnual,
  guidelineFor,
  poolFigures,
  proposalCost,
  proposalFlags,
  type Guideline,
  type PoolFigures,
} from './pay';

/** What the worksheet (and the approval view) needs of one eligible employee. */
export const WorksheetRowFragment = graphql(`
  fragment WorksheetGrid_row on WorksheetRow {
    id
    version
    employeeId
    name
    title
    department
    departmentId
    category
    managerId
    managerName
    payBasis
    rate
    fteHundredths
    annualPay
    bandMinimum
    bandMidpoint
    bandMaximum
    compaRatio
    rangePosition
    benefitsLoadBps
    rating
    meritBps
    adjustment
    bonus
    rationale
    guideline { rating compaBand minBps maxBps }
    newRate
    newAnnualPay
    cost
    flags
    proposedBy
    mayPropose
    lockedBecause
  }
`);

export type WorksheetRow = WorksheetGrid_RowFragment;

/** Saves one row's proposal; the answer is the row as the server now computes it. */
export const ProposeRaiseMutation = graphql(`
  mutation ProposeRaise($input: ProposalInput!) {
    proposeRaise(input: $input) { ...WorksheetGrid_row }
  }
`);

/** The fields of a proposal, as the server names them in `extensions.field` (without `input.`). */
export type ProposalField = 'rating' | 'meritBps' | 'adjustment' | 'bonus' | 'rationale';

/** A proposal as typed: text, so a half-typed "3." stays on screen. */
export interface ProposalDraft {
  rating: number | null;
  merit: string;
  adjustment: string;
  bonus: string;
  rationale: string;
}

export interface ProposalValues {
  rating: number | null;
  meritBps: number;
  adjustment: number;
  bonus: number;
  rationale: string | null;
}

/** A row's saved proposal as the text its fields show. */
export function draftOf(row: ProposalValues): ProposalDraft {
  return {
    rating: row.rating,
    merit: row.meritBps ? bpsToPercentText(row.meritBps) : '',
    adjustment: row.adjustment ? formatAmount(row.adjustment) : '',
    bonus: row.bonus ? formatAmount(row.bonus) : '',
    rationale: row.rationale ?? '',
  };
}

export interface ParsedDraft {
  values: ProposalValues;
  /** Text that is not a number: the field keeps its saved value in the figures until fixed. */
  errors: Partial<Record<ProposalField, string>>;
}

/** Empty means zero; anything else must be a percentage or an amount. */
export function parseDraft(draft: ProposalDraft, saved: ProposalValues): ParsedDraft {
  const errors: ParsedDraft['errors'] = {};
  const merit = draft.merit.trim() === '' ? 0 : percentToBasisPoints(draft.merit);
  if (merit === null) errors.meritBps = 'Type a percentage, e.g. 3.5';
  const adjustment = draft.adjustment.trim() === '' ? 0 : parseMoney(draft.adjustment);
  if (adjustment === null) errors.adjustment = 'Type an amount, e.g. 0.50';
  const bonus = draft.bonus.trim() === '' ? 0 : parseMoney(draft.bonus);
  if (bonus === null) errors.bonus = 'Type an amount, e.g. 500';
  return {
    values: {
      rating: draft.rating,
      meritBps: merit ?? saved.meritBps,
      adjustment: adjustment ?? saved.adjustment,
      bonus: bonus ?? saved.bonus,
      rationale: draft.rationale.trim() || null,
    },
    errors,
  };
}

export const sameValues = (a: ProposalValues, b: ProposalValues) =>
  a.rating === b.rating &&
  a.meritBps === b.meritBps &&
  a.adjustment === b.adjustment &&
  a.bonus === b.bonus &&
  (a.rationale ?? null) === (b.rationale ?? null);

export interface LiveProposal extends ProposalValues {
  guideline: Guideline | null;
  outsideGuideline: boolean;
  newRate: number;
  newAnnualPay: number;
  cost: number;
  loadedCost: number;
  flags: PayFlag[];
  /** New full-time pay ÷ band midpoint. */
  newCompaRatio: number | null;
}

/**
 * The guideline's compa-ratio band: the server's (it uses the band midpoint the cycle opened with)
 * once the row has one, else from the row's compa-ratio.
 */
export function rowCompaBand(row: WorksheetRow) {
  return row.guideline?.compaBand ?? compaBandOf(row.compaRatio ?? compaRatio(fullTimeAnnual(row), row.bandMidpoint));
}

/** A row's figures for the given proposal: what the server would compute on saving it. */
export function liveProposal(row: WorksheetRow, values: ProposalValues, guidelines: readonly Guideline[]): LiveProposal {
  const guideline = guidelineFor(guidelines, values.rating, rowCompaBand(row));
  const cost = proposalCost({ ...row, meritBps: values.meritBps, adjustment: values.adjustment, bonus: values.bonus });
  const flags = proposalFlags(row, guideline, values.meritBps, cost.newRate);
  return {
    ...values,
    ...cost,
    guideline,
    outsideGuideline: flags.includes('OUTSIDE_GUIDELINE'),
    flags,
    newCompaRatio: compaRatio(fullTimeAnnual({ payBasis: row.payBasis, rate: cost.newRate }), row.bandMidpoint),
  };
}

/** The loaded cost of a row as saved (the server sums it but does not send it per row). */
export const savedLoadedCost = (row: WorksheetRow) => proposalCost(row).loadedCost;

export interface PoolChange {
  /** The row as the pool query counted it. */
  counted: WorksheetRow;
  /** The row as it stands on this page: typed, or saved since the pool was counted. */
  live: { cost: number; loadedCost: number };
}

/**
 * The pool as the user types: the server's figures, plus for each changed row the difference
 * between what it costs now and what it cost when the server summed the pool.
 */
export function livePool(server: { pool: number; used: number; usedWithBenefits: number }, changes: readonly PoolChange[]): PoolFigures {
  let used = server.used;
  let loaded = server.usedWithBenefits;
  for (const { counted, live } of changes) {
    used += live.cost - counted.cost;
    loaded += live.loadedCost - savedLoadedCost(counted);
  }
  return poolFigures(server.pool, used, loaded);
}

/** Rows whose server figures this page's arithmetic does not reproduce (none, unless the two drift apart). */
export function disagreements(rows: readonly WorksheetRow[]): WorksheetRow[] {
  return rows.filter((row) => {
    const mine = proposalCost(row);
    return mine.newRate !== row.newRate || mine.newAnnualPay !== row.newAnnualPay || mine.cost !== row.cost;
  });
}
