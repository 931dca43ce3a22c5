import type { Capability, StaffCategory } from '@/gql/graphql';
import { PROVIDER_CATEGORIES } from '@/shared/format';

/** Which capability editing a person of this category needs; mirrors the server's rule, which decides. */
export function editCapabilityFor(category: StaffCategory): Capability {
  if (PROVIDER_CATEGORIES.includes(category)) return 'PEOPLE_EDIT_PROVIDERS';
  if (category === 'MANAGEMENT') return 'PEOPLE_EDIT_NON_PROVIDER_STAFF';
  return 'PEOPLE_EDIT_OFFICE_STAFF';
}
