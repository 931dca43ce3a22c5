import type { Capability, StaffCategory } from '@/gql/graphql';
import { CATEGORY_LABEL, PROVIDER_CATEGORIES } from '@/shared/format';
import { usePermissions } from '@/shared/usePermissions';

/** Any right to edit people: who sees "Add person". The server checks the category of each hire. */
export const PEOPLE_EDIT: readonly Capability[] = ['PEOPLE_EDIT_OFFICE_STAFF', 'PEOPLE_EDIT_NON_PROVIDER_STAFF', 'PEOPLE_EDIT_PROVIDERS'];

/** The capability a person or seat of this category needs, as the server's `editCapabilityFor` decides. */
export function editCapabilityFor(category: StaffCategory): Capability {
  if (PROVIDER_CATEGORIES.includes(category)) return 'PEOPLE_EDIT_PROVIDERS';
  if (category === 'MANAGEMENT') return 'PEOPLE_EDIT_NON_PROVIDER_STAFF';
  return 'PEOPLE_EDIT_OFFICE_STAFF';
}

/** The staff categories the signed-in viewer may add people in, in the order the labels list them. */
export function editableCategories(): StaffCategory[] {
  const { can } = usePermissions();
  return (Object.keys(CATEGORY_LABEL) as StaffCategory[]).filter((c) => can(editCapabilityFor(c)));
}
