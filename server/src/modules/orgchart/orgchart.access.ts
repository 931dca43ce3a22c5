import type { Actor } from '../../core/context';
import { Capability } from '../../core/policy';
import { StaffCategory, isProvider } from './orgchart.entity';

/** Which capability editing a seat or a person of this category needs (DESIGN.md, the people rows). */
export function editCapabilityFor(category: StaffCategory): Capability {
  if (isProvider(category)) return Capability.PEOPLE_EDIT_PROVIDERS;
  if (category === StaffCategory.MANAGEMENT) return Capability.PEOPLE_EDIT_NON_PROVIDER_STAFF;
  return Capability.PEOPLE_EDIT_OFFICE_STAFF;
}

/** Why the actor may not edit a person or seat of this category, or null when they may. */
export function editLockedBecause(actor: Actor, category: StaffCategory): string | null {
  if (actor.can(editCapabilityFor(category))) return null;
  const base = 'Your role can view this person but not edit their record';
  if (isProvider(category)) return `${base}: providers’ records are the administrator’s.`;
  if (category === StaffCategory.MANAGEMENT) return `${base}: managers’ records are the practice manager’s or the administrator’s.`;
  return `${base}.`;
}
