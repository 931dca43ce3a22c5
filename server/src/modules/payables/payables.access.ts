import type { Actor } from '../../core/context';
import { formatCents } from '../../core/format';
import { Capability } from '../../core/policy';

/** A role's approval limit in cents, from the practice's payables settings; null when the role approves any amount. */
export function approvalLimitOf(actor: Actor, limits: Record<string, number>): number | null {
  const limit = actor.role ? limits[actor.role] : undefined;
  return limit === undefined ? null : limit;
}

/**
 * Why the actor may not approve a bill of this total, or null when they may: approving needs the
 * payables approval right and a limit (the practice's settings per role) at or above the total.
 */
export function approvalRefusal(
  actor: Actor,
  item: { total: number },
  limits: Record<string, number>,
  what: 'Bills' | 'Orders' = 'Bills',
): string | null {
  if (!actor.can(Capability.PAYABLES_APPROVE)) return `Your role enters ${what.toLowerCase()}; a manager approves them.`;
  const limit = approvalLimitOf(actor, limits);
  if (limit !== null && item.total > limit) return `${what} over ${formatCents(limit)} go to the practice manager or the administrator.`;
  return null;
}

/** Why the actor may not record a payment of this bill, or null: with separation on, the approver does not pay. */
export function paymentRefusal(actor: Actor, bill: { approvedById?: string | null }, separateApproverAndPayer: boolean): string | null {
  if (!actor.can(Capability.PAYABLES_ENTER)) return 'Your role reads payables but does not record payments.';
  if (separateApproverAndPayer && bill.approvedById && bill.approvedById === actor.userId) {
    return 'Whoever approved a bill does not also pay it: someone else records the payment (or turn off the separation in the payables settings if you are the practice’s only approver).';
  }
  return null;
}

/** The vendor's taxpayer id as the actor may see it: whole for those who enter or approve payables, otherwise the last four digits. */
export function visibleTaxId(actor: Actor, taxId: string | null | undefined): string | null {
  if (!taxId) return null;
  if (actor.can(Capability.PAYABLES_ENTER) || actor.can(Capability.PAYABLES_APPROVE)) return taxId;
  return `•••••${taxId.replace(/\D/g, '').slice(-4)}`;
}
