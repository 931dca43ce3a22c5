import type { Actor } from '../../core/context';
import { ErrorCode, PraxisError } from '../../core/errors';
import { Capability } from '../../core/policy';
import { TimeCardStatus } from './timecards.entity';

const C = Capability;

/** Whose card it is, as the access rules see it. */
export interface CardRelation {
  /** The viewer's own card. */
  own: boolean;
  /** The card's employee reports directly to the viewer's seat on the org chart. */
  directReport: boolean;
}

/** Why the actor may not read the card, or null. */
export function readRefusal(actor: Actor, card: CardRelation): string | null {
  if (card.own && actor.can(C.TIME_CARDS_OWN)) return null;
  if (actor.can(C.TIME_CARDS_ENTER) || actor.can(C.TIME_CARDS_APPROVE_ALL)) return null;
  if (actor.can(C.TIME_CARDS_APPROVE_REPORTS) && card.directReport) return null;
  return 'You see your own time card and those of the people who report to you.';
}

/** Why the actor may not approve (or send back) the card, or null: the manager on the org chart's line, or the practice's approvers. */
export function approvalRefusal(actor: Actor, card: CardRelation): string | null {
  if (card.own) return 'Nobody approves their own time card.';
  if (actor.can(C.TIME_CARDS_APPROVE_ALL)) return null;
  if (actor.can(C.TIME_CARDS_APPROVE_REPORTS)) {
    return card.directReport ? null : 'You approve the cards of the people who report to you; the practice manager approves the others.';
  }
  return 'Your role enters time cards; a manager approves them.';
}

/** Why the actor may not enter or correct entries on the card, or null; `correcting`: changing or removing what is there. */
export function entryRefusal(actor: Actor, card: CardRelation, correcting: boolean): string | null {
  if (actor.can(C.TIME_CARDS_ENTER)) return null;
  if (!card.own) return 'Only the office manager or an assistant enters time for someone else.';
  if (correcting) return 'Ask the office manager to correct a shift: a correction needs a reason and is kept with the card.';
  return actor.can(C.TIME_CARDS_OWN) ? null : 'Your role does not keep a time card.';
}

/** Why the actor may not reopen a card in this status, or null: an exported card is the administrator's to reopen. */
export function reopenRefusal(actor: Actor, card: CardRelation & { status: TimeCardStatus }): string | null {
  if (card.status === TimeCardStatus.EXPORTED) {
    return actor.can(C.COMPENSATION_APPROVE) ? null : 'The card went to payroll: only the administrator reopens it.';
  }
  return approvalRefusal(actor, card);
}

/** Bad time keeping input: VALIDATION_FAILED with the field at fault and the reason, for clients to switch on. */
export enum TimeCardProblem {
  OVERLAPPING_SHIFTS = 'OVERLAPPING_SHIFTS',
  CLOCK_OUT_BEFORE_CLOCK_IN = 'CLOCK_OUT_BEFORE_CLOCK_IN',
  SHIFT_OVER_24_HOURS = 'SHIFT_OVER_24_HOURS',
  MEAL_OUTSIDE_SHIFT = 'MEAL_OUTSIDE_SHIFT',
  CARD_LOCKED = 'CARD_LOCKED',
  ALREADY_CLOCKED_IN = 'ALREADY_CLOCKED_IN',
  NOT_CLOCKED_IN = 'NOT_CLOCKED_IN',
  MISSING_CLOCK_OUT = 'MISSING_CLOCK_OUT',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NOTHING_TO_EXPORT = 'NOTHING_TO_EXPORT',
}

export class TimeCardError extends PraxisError {
  constructor(problem: TimeCardProblem, field: string, message: string) {
    super(ErrorCode.VALIDATION_FAILED, message, { field, problem });
  }
}
