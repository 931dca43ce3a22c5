import type { PracticeArea } from '@/gql/graphql';
import { NAV_SECTIONS, type NavItem, type NavSectionTitle } from '@/shared/feature';
import { features } from './features';

export type { NavItem } from '@/shared/feature';

export interface NavSection {
  title: NavSectionTitle;
  items: NavItem[];
}

const items = features.flatMap((f) => f.nav ?? []);

/** Each feature's items, in the order of the sections and then of their own `order`. */
export const navigation: NavSection[] = NAV_SECTIONS.map((title) => ({
  title,
  items: items.filter((item) => item.section === title).sort((a, b) => a.order - b.order),
}));

/**
 * The sections and items a viewer with these rights sees; empty sections disappear. An item of an
 * area the practice has not started is left out (all of them while `inUse` is not known yet), and
 * Get started shows while there is such an area.
 */
export function visibleNavigation(
  allows: (requirement: NavItem['capability']) => boolean,
  isProvider = false,
  inUse: ReadonlySet<PracticeArea> | null = null,
): NavSection[] {
  const permitted = (item: NavItem) => allows(item.capability) && (!item.providersOnly || isProvider);
  const toStart = inUse !== null && items.some((item) => item.area && permitted(item) && !inUse.has(item.area));
  const shown = (item: NavItem) => permitted(item) && (!item.area || !!inUse?.has(item.area)) && (!item.whileAreasToStart || toStart);
  return navigation.map((section) => ({ ...section, items: section.items.filter(shown) })).filter((section) => section.items.length > 0);
}
