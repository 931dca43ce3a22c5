import type { Actor } from '../../core/context';
import { Capability } from '../../core/policy';

/** Whose actions the actor may read in the audit log: everyone's, or (the practice manager) only their own. */
export function auditScope(actor: Actor): { actor?: string } {
  return actor.can(Capability.AUDIT_READ_ALL) ? {} : { actor: actor.userId };
}
