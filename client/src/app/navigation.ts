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

/** The sections and items a viewer with these rights sees; empty sections disappear. */
export function visibleNavigation(allows: (requirement: NavItem['capability']) => boolean, isProvider = false): NavSection[] {
  return navigation
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => allows(item.capability) && (!item.providersOnly || isProvider)),
    }))
    .filter((section) => section.items.length > 0);
}
