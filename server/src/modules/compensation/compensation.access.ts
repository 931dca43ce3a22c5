import type { Actor } from '../../core/context';
import { Capability } from '../../core/policy';
import { PositionTier, StaffCategory, isProvider } from '../orgchart/orgchart.entity';
import { CycleStatus } from './compensation.entity';

const C = Capability;

/** Whose pay a record is: the person's category and, when they sign in, their user. */
export interface PayOwner {
  category: StaffCategory;
  userId?: string | null;
}

export const isOwnPay = (actor: Actor, owner: PayOwner): boolean => !!actor.userId && owner.userId === actor.userId;

/** Providers' pay: the administrator's. Staff pay: whoever holds staff compensation. Own pay: oneself. */
export function mayReadPay(actor: Actor, owner: PayOwner): boolean {
  if (isOwnPay(actor, owner) && actor.can(C.COMPENSATION_OWN_READ)) return true;
  return actor.can(isProvider(owner.category) ? C.PROVIDER_COMPENSATION : C.STAFF_COMPENSATION_READ);
}

/** Whether the actor sees provider pay at all (bands, proposals, pool). */
export const seesProviderPay = (actor: Actor): boolean => actor.can(C.PROVIDER_COMPENSATION);

/**
 * Why the actor may not propose a raise for this person, or null when they may: nobody proposes
 * their own; providers' and executives' raises are the administrator's.
 */
export function proposalRefusal(actor: Actor, owner: PayOwner & { provider: boolean; tier?: PositionTier | null }): string | null {
  const mayPropose = owner.provider
    ? actor.can(C.PROVIDER_COMPENSATION)
    : actor.can(C.STAFF_COMPENSATION_PROPOSE) || actor.can(C.PROVIDER_COMPENSATION);
  if (!mayPropose) {
    return actor.can(C.STAFF_COMPENSATION_READ) || actor.can(C.PROVIDER_COMPENSATION)
      ? owner.provider
        ? 'Provider raises are the administrator’s.'
        : 'Your role reads the worksheet but does not propose raises.'
      : 'Your role does not propose raises.';
  }
  if (isOwnPay(actor, owner)) return 'Nobody proposes their own raise.';
  if (owner.tier === PositionTier.EXECUTIVE && !actor.can(C.COMPENSATION_APPROVE))
    return 'The practice’s executives’ raises are for the administrator.';
  return null;
}

/** Why a worksheet row is locked for the actor, as the worksheet shows it: a closed cycle first, then the refusal. */
export function proposalLockedBecause(
  actor: Actor,
  cycleStatus: CycleStatus,
  owner: PayOwner & { provider: boolean; tier?: PositionTier | null },
): string | null {
  if (cycleStatus !== CycleStatus.OPEN) return `The cycle is ${cycleStatus.toLowerCase()}: proposals are closed.`;
  return proposalRefusal(actor, owner);
}
